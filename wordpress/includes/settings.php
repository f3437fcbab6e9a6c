<?php
/**
 * Settings → OGI Widgets: the site's default language and theme, and one regional content
 * source (a URL, or JSON pasted here and checked against ogi-content.schema.json on save).
 * Saved through the Settings API (options.php checks the nonce and `manage_options`).
 *
 * @package ogi-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option's defaults: Indonesian, light, national content. */
function ogi_widgets_default_settings(): array {
	return array(
		'lang'   => 'id',
		'theme'  => 'light',
		'source' => 'none',
		'url'    => '',
		'json'   => '',
	);
}

/** The saved settings, each a string, defaults where missing. */
function ogi_widgets_settings(): array {
	$saved    = get_option( 'ogi_widgets', array() );
	$settings = ogi_widgets_default_settings();
	if ( is_array( $saved ) ) {
		foreach ( $settings as $key => $default ) {
			if ( isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ) {
				$settings[ $key ] = $saved[ $key ];
			}
		}
	}
	if ( ! in_array( $settings['theme'], OGI_WIDGETS_THEMES, true ) ) {
		$settings['theme'] = 'light';
	}
	if ( ! in_array( $settings['source'], array( 'none', 'url', 'json' ), true ) ) {
		$settings['source'] = 'none';
	}
	return $settings;
}

add_action( 'admin_init', 'ogi_widgets_register_settings' );
add_action( 'admin_menu', 'ogi_widgets_settings_menu' );

function ogi_widgets_settings_menu(): void {
	add_options_page(
		__( 'OGI Widgets', 'ogi-widgets' ),
		__( 'OGI Widgets', 'ogi-widgets' ),
		'manage_options',
		'ogi-widgets',
		'ogi_widgets_settings_page'
	);
}

function ogi_widgets_register_settings(): void {
	register_setting(
		'ogi_widgets',
		'ogi_widgets',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ogi_widgets_sanitize_settings',
			'default'           => ogi_widgets_default_settings(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'ogi_widgets_defaults', __( 'Defaults', 'ogi-widgets' ), '__return_false', 'ogi-widgets' );
	add_settings_field( 'ogi_widgets_lang', __( 'Language', 'ogi-widgets' ), 'ogi_widgets_field_lang', 'ogi-widgets', 'ogi_widgets_defaults', array( 'label_for' => 'ogi_widgets_lang' ) );
	add_settings_field( 'ogi_widgets_theme', __( 'Theme', 'ogi-widgets' ), 'ogi_widgets_field_theme', 'ogi-widgets', 'ogi_widgets_defaults', array( 'label_for' => 'ogi_widgets_theme' ) );
	add_settings_section( 'ogi_widgets_content', __( 'Regional content', 'ogi-widgets' ), 'ogi_widgets_section_content', 'ogi-widgets' );
	add_settings_field( 'ogi_widgets_source', __( 'Source', 'ogi-widgets' ), 'ogi_widgets_field_source', 'ogi-widgets', 'ogi_widgets_content' );
	add_settings_field( 'ogi_widgets_url', __( 'Content file URL', 'ogi-widgets' ), 'ogi_widgets_field_url', 'ogi-widgets', 'ogi_widgets_content', array( 'label_for' => 'ogi_widgets_url' ) );
	add_settings_field( 'ogi_widgets_json', __( 'Content JSON', 'ogi-widgets' ), 'ogi_widgets_field_json', 'ogi-widgets', 'ogi_widgets_content', array( 'label_for' => 'ogi_widgets_json' ) );
}

/** Reports a save error once (WordPress may run the sanitizer twice on the first save). */
function ogi_widgets_settings_error( string $code, string $message ): void {
	foreach ( get_settings_errors( 'ogi_widgets' ) as $error ) {
		if ( $error['message'] === $message ) {
			return;
		}
	}
	add_settings_error( 'ogi_widgets', $code, $message, 'error' );
}

/**
 * The settings' sanitize callback. A bad value is reported and the saved one kept; pasted
 * content that fails the schema is never saved (it is kept for the form for a few minutes so
 * that it can be corrected).
 */
function ogi_widgets_sanitize_settings( $input ): array {
	$old = ogi_widgets_settings();
	if ( ! is_array( $input ) ) {
		return $old;
	}
	$out = $old;

	$theme = ogi_widgets_scalar( $input['theme'] ?? '' );
	if ( in_array( $theme, OGI_WIDGETS_THEMES, true ) ) {
		$out['theme'] = $theme;
	}
	$source = ogi_widgets_scalar( $input['source'] ?? '' );
	$source = in_array( $source, array( 'none', 'url', 'json' ), true ) ? $source : $old['source'];

	$url = ogi_widgets_scalar( $input['url'] ?? '' );
	if ( '' === $url ) {
		$out['url'] = '';
	} elseif ( '' !== ogi_widgets_http_url( $url ) ) {
		$out['url'] = esc_url_raw( $url, array( 'http', 'https' ) );
	} else {
		ogi_widgets_settings_error( 'ogi_widgets_url', __( 'Content file URL: expected an http:// or https:// address; the URL was not saved.', 'ogi-widgets' ) );
	}

	$json = is_string( $input['json'] ?? null ) ? trim( $input['json'] ) : '';
	if ( '' === $json ) {
		$out['json'] = '';
	} else {
		$problems = ogi_widgets_check_content( $json );
		if ( $problems ) {
			$shown = array_slice( $problems, 0, 20 );
			if ( count( $problems ) > 20 ) {
				/* translators: %d: how many more errors were found */
				$shown[] = sprintf( __( '… and %d more.', 'ogi-widgets' ), count( $problems ) - 20 );
			}
			ogi_widgets_settings_error(
				'ogi_widgets_json',
				__( 'Content JSON was not saved:', 'ogi-widgets' ) . ' ' . implode( '; ', $shown )
			);
			set_transient( 'ogi_widgets_rejected_' . get_current_user_id(), $json, 10 * MINUTE_IN_SECONDS );
		} else {
			$out['json'] = $json;
		}
	}

	if ( ( 'url' === $source && '' === $out['url'] ) || ( 'json' === $source && '' === $out['json'] ) ) {
		$source = $old['source'];
		if ( ( 'url' === $source && '' === $out['url'] ) || ( 'json' === $source && '' === $out['json'] ) ) {
			$source = 'none';
		}
	}
	$out['source'] = $source;

	// A default language: id, en, or one the pasted content has a pack for.
	$lang = ogi_widgets_lang_tag( $input['lang'] ?? '' );
	if ( in_array( $lang, OGI_WIDGETS_LOCALES, true ) ) {
		$out['lang'] = $lang;
	} elseif ( '' !== $lang ) {
		$content = 'json' === $out['source'] ? json_decode( $out['json'], false, 64 ) : null;
		if ( null !== ogi_widgets_pack( is_object( $content ) ? $content : null, $lang ) || 'url' === $out['source'] ) {
			$out['lang'] = $lang;
		} else {
			ogi_widgets_settings_error( 'ogi_widgets_lang', __( 'Language: expected id, en, or a language your regional content has a pack for.', 'ogi-widgets' ) );
		}
	}
	return $out;
}

function ogi_widgets_field_lang(): void {
	$settings = ogi_widgets_settings();
	printf( '<input type="text" id="ogi_widgets_lang" name="ogi_widgets[lang]" value="%s" class="small-text" list="ogi_widgets_langs">', esc_attr( $settings['lang'] ) );
	echo '<datalist id="ogi_widgets_langs"><option value="id"></option><option value="en"></option></datalist>';
	echo '<p class="description">' . esc_html__( 'id (Indonesian), en (English), or a language your regional content has a pack for. A shortcode\'s lang attribute wins.', 'ogi-widgets' ) . '</p>';
}

function ogi_widgets_field_theme(): void {
	$settings = ogi_widgets_settings();
	echo '<select id="ogi_widgets_theme" name="ogi_widgets[theme]">';
	foreach ( OGI_WIDGETS_THEMES as $theme ) {
		printf( '<option value="%1$s"%2$s>%1$s</option>', esc_attr( $theme ), selected( $settings['theme'], $theme, false ) );
	}
	echo '</select>';
}

function ogi_widgets_section_content(): void {
	echo '<p>' . esc_html__( 'Your own contact, questions, milestones, sections or language, in the format of ogi-content.schema.json (in this plugin\'s folder). A shortcode\'s content_src attribute wins over this.', 'ogi-widgets' ) . '</p>';
}

function ogi_widgets_field_source(): void {
	$settings = ogi_widgets_settings();
	$choices  = array(
		'none' => __( 'None: the national content', 'ogi-widgets' ),
		'url'  => __( 'A content file (URL)', 'ogi-widgets' ),
		'json' => __( 'Pasted JSON', 'ogi-widgets' ),
	);
	echo '<fieldset>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="ogi_widgets[source]" value="%s"%s> %s</label><br>',
			esc_attr( $value ),
			checked( $settings['source'], $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}

function ogi_widgets_field_url(): void {
	$settings = ogi_widgets_settings();
	printf( '<input type="url" id="ogi_widgets_url" name="ogi_widgets[url]" value="%s" class="regular-text code" placeholder="https://">', esc_attr( $settings['url'] ) );
	echo '<p class="description">' . esc_html__( 'Visitors\' browsers fetch it (your Content-Security-Policy\'s connect-src applies).', 'ogi-widgets' ) . '</p>';
}

function ogi_widgets_field_json(): void {
	$settings = ogi_widgets_settings();
	$key      = 'ogi_widgets_rejected_' . get_current_user_id();
	$rejected = get_transient( $key );
	if ( is_string( $rejected ) ) {
		delete_transient( $key );
	}
	printf(
		'<textarea id="ogi_widgets_json" name="ogi_widgets[json]" rows="14" class="large-text code" spellcheck="false">%s</textarea>',
		esc_textarea( is_string( $rejected ) ? $rejected : $settings['json'] )
	);
	if ( is_string( $rejected ) ) {
		echo '<p class="description">' . esc_html__( 'This is the content that was not saved; the saved content is unchanged.', 'ogi-widgets' ) . '</p>';
	}
}

function ogi_widgets_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'ogi_widgets' );
	do_settings_sections( 'ogi-widgets' );
	submit_button();
	echo '</form></div>';
}
