<?php
/**
 * Plugin Name:       OGI Widgets
 * Plugin URI:        https://github.com/open-government-indonesia/ogi-widgets
 * Description:       Open Government Indonesia's widgets (about, FAQ, OGP timeline, contact) as shortcodes and a block, server-rendered so they show without JavaScript, in Indonesian and English, with your own regional content.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Open Government Indonesia
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ogi-widgets
 *
 * Built by `npm run build` (scripts/build/wordpress.mjs) from the repository's wordpress/ folder:
 * the widget markup in fragments/ is written by the widgets' own server renderer, never here.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const OGI_WIDGETS_VERSION = '@VERSION@';
const OGI_WIDGETS_FILE    = __FILE__;

require_once __DIR__ . '/includes/schema.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'ogi_widgets_init' );

/** Registers the script, the four shortcodes and the block. */
function ogi_widgets_init(): void {
	wp_register_script(
		'ogi-widgets',
		plugins_url( 'ogi-widgets.js', OGI_WIDGETS_FILE ),
		array(),
		OGI_WIDGETS_VERSION,
		true
	);
	foreach ( ogi_widgets_elements() as $shortcode => $element ) {
		add_shortcode(
			$shortcode,
			static function ( $atts ) use ( $element ) {
				return ogi_widgets_render( $element['tag'], is_array( $atts ) ? $atts : array() );
			}
		);
	}
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'ogi_widgets_render_block' )
	);
}

add_filter( 'script_loader_tag', 'ogi_widgets_module_tag', 10, 2 );

/**
 * WordPress 6.1 has no wp_enqueue_script_module(): the script is enqueued as usual and its tag
 * becomes a module script here (a module runs once however often a page imports it).
 */
function ogi_widgets_module_tag( $tag, $handle ) {
	if ( 'ogi-widgets' !== $handle || ! is_string( $tag ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\s+type=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

add_action( 'enqueue_block_editor_assets', 'ogi_widgets_editor_assets' );

/** The block's preview in the editor is the server's markup; the script makes it live there too. */
function ogi_widgets_editor_assets(): void {
	wp_enqueue_script( 'ogi-widgets' );
}
