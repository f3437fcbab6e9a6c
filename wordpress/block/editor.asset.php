<?php
// The editor script's dependencies (WordPress reads this file beside editor.js).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '@VERSION@',
);
