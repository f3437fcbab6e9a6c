<?php
/**
 * Deleting the plugin removes its one option.
 *
 * @package ogi-widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'ogi_widgets' );
