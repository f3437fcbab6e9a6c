<?php
/**
 * The shortcodes' and the block's output. The widget markup comes from fragments/, written at
 * build time by the widgets' server renderer; the only edits made here are the stylesheet's
 * URL and attribute values on the element's own opening tag.
 *
 * @package ogi-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The languages the widgets carry themselves (the fragments' languages). */
const OGI_WIDGETS_LOCALES = array( 'id', 'en' );
/** The values of `theme`; the first is the default. */
const OGI_WIDGETS_THEMES = array( 'light', 'dark', 'auto' );
/** The values of the timeline's `orientation`; the first is the default. */
const OGI_WIDGETS_ORIENTATIONS = array( 'vertical', 'horizontal' );
/** The values of a yes-or-no attribute (`searchable`) that turn it on, in any case; anything else is off. */
const OGI_WIDGETS_YES = array( '1', 'true', 'yes' );
/** What the fragments hold where the stylesheet's URL goes (scripts/build/wordpress.mjs writes the same). */
const OGI_WIDGETS_STYLESHEET_PLACEHOLDER = 'OGI_WIDGETS_STYLESHEET_URL';
/** Flags for JSON printed inside a <script> element: no `<`, `>`, `&`, quote can close or break it. */
const OGI_WIDGETS_JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;

/**
 * The four widgets by shortcode: their tag, and the key of their part in a regional content file.
 *
 * @return array<string, array{tag: string, key: string, widget: string}>
 */
function ogi_widgets_elements(): array {
	return array(
		'ogi_about'        => array( 'tag' => 'ogi-about', 'key' => 'about', 'widget' => 'about' ),
		'ogi_faq'          => array( 'tag' => 'ogi-faq', 'key' => 'faq', 'widget' => 'faq' ),
		'ogi_ogp_timeline' => array( 'tag' => 'ogi-ogp-timeline', 'key' => 'ogp-timeline', 'widget' => 'ogp-timeline' ),
		'ogi_contact'      => array( 'tag' => 'ogi-contact', 'key' => 'contact', 'widget' => 'contact' ),
	);
}

/** The element for a tag (`ogi-faq`), or null. */
function ogi_widgets_element( string $tag ): ?array {
	foreach ( ogi_widgets_elements() as $shortcode => $element ) {
		if ( $element['tag'] === $tag ) {
			return $element + array( 'shortcode' => $shortcode );
		}
	}
	return null;
}

/** An attribute's value as a trimmed string ('' for anything that is not a scalar). */
function ogi_widgets_scalar( $value ): string {
	return is_scalar( $value ) ? trim( (string) $value ) : '';
}

/** `$value` when it is an http(s) URL with a host and nothing that could leave an attribute, else ''. */
function ogi_widgets_http_url( $value ): string {
	$url = ogi_widgets_scalar( $value );
	if ( '' === $url || strlen( $url ) > 2048 || preg_match( '/[\x00-\x20\x7f"\'<>\\\\`]/', $url ) ) {
		return '';
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	return $url;
}

/**
 * Whether a yes-or-no attribute is on: `1`, `true` or `yes` (any case, or the block's boolean
 * `true`); anything else, missing or not a scalar, is off.
 */
function ogi_widgets_yes( $value ): bool {
	return in_array( strtolower( ogi_widgets_scalar( $value ) ), OGI_WIDGETS_YES, true );
}

/** A language tag (`jv`, `en-gb`), lower case with `-`, or '' when `$value` is not one. */
function ogi_widgets_lang_tag( $value ): string {
	$tag = strtolower( str_replace( '_', '-', ogi_widgets_scalar( $value ) ) );
	return preg_match( '/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/', $tag ) ? $tag : '';
}

/** The regional content pasted on the settings page, decoded (objects as stdClass), or null. */
function ogi_widgets_site_content(): ?object {
	static $cache = array();
	$settings = ogi_widgets_settings();
	if ( 'json' !== $settings['source'] || '' === $settings['json'] ) {
		return null;
	}
	$key = md5( $settings['json'] );
	if ( ! array_key_exists( $key, $cache ) ) {
		$value         = json_decode( $settings['json'], false, 64 );
		$cache[ $key ] = is_object( $value ) ? $value : null;
	}
	return $cache[ $key ];
}

/** The language pack `$lang` in `$content`, or null. */
function ogi_widgets_pack( ?object $content, string $lang ) {
	if ( null === $content || '' === $lang || ! isset( $content->languages ) || ! is_object( $content->languages ) ) {
		return null;
	}
	return property_exists( $content->languages, $lang ) ? $content->languages->$lang : null;
}

/**
 * Which language a widget shows: the one asked for, else the site's default, else Indonesian.
 * A language other than id/en is taken when the site's content has its pack, or when the
 * content comes from a URL (the script reads the file; the server does not fetch it).
 *
 * @return array{0: string, 1: string} the fragment's language (id|en) and the element's `lang`
 */
function ogi_widgets_resolve_lang( string $requested, ?object $content, bool $remote ): array {
	$settings = ogi_widgets_settings();
	$fallback = in_array( $settings['lang'], OGI_WIDGETS_LOCALES, true ) ? $settings['lang'] : OGI_WIDGETS_LOCALES[0];
	foreach ( array( ogi_widgets_lang_tag( $requested ), $settings['lang'] ) as $lang ) {
		if ( '' === $lang ) {
			continue;
		}
		$primary = explode( '-', $lang )[0];
		if ( null !== ogi_widgets_pack( $content, $lang ) ) {
			return array( in_array( $primary, OGI_WIDGETS_LOCALES, true ) ? $primary : $fallback, $lang );
		}
		if ( in_array( $primary, OGI_WIDGETS_LOCALES, true ) ) {
			return array( $primary, $primary );
		}
		if ( $remote ) {
			return array( $fallback, $lang );
		}
	}
	return array( $fallback, $fallback );
}

/**
 * A stored fragment, its stylesheet placeholder replaced by the plugin's ogi-widgets.css.
 * Every part of the file name has been checked against a fixed list by the caller.
 */
function ogi_widgets_fragment( string $tag, string $locale, int $level, string $orientation, bool $searchable = false ): string {
	static $files = array();
	$name = sprintf(
		'%s.%s.h%d%s%s.html',
		$tag,
		$locale,
		$level,
		'horizontal' === $orientation ? '.horizontal' : '',
		$searchable ? '.searchable' : ''
	);
	if ( ! isset( $files[ $name ] ) ) {
		$path = dirname( __DIR__ ) . '/fragments/' . $name;
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$files[ $name ] = is_readable( $path ) ? (string) file_get_contents( $path ) : '';
	}
	return str_replace(
		OGI_WIDGETS_STYLESHEET_PLACEHOLDER,
		esc_url( plugins_url( 'ogi-widgets.css', OGI_WIDGETS_FILE ) ),
		$files[ $name ]
	);
}

/**
 * Sets attributes on the element's opening tag (the fragment's first tag), escaped; an
 * attribute already there gets the new value, another is added at the end.
 *
 * @param array<string, string> $attributes
 */
function ogi_widgets_set_attributes( string $html, array $attributes ): string {
	$end = strpos( $html, '>' );
	if ( false === $end ) {
		return $html;
	}
	$open = substr( $html, 0, $end );
	foreach ( $attributes as $name => $value ) {
		$pair  = ' ' . $name . '="' . esc_attr( $value ) . '"';
		$count = 0;
		$open  = preg_replace_callback(
			'/ ' . preg_quote( $name, '/' ) . '="[^"]*"/',
			static function () use ( $pair ) {
				return $pair;
			},
			$open,
			1,
			$count
		);
		if ( 0 === $count ) {
			$open .= $pair;
		}
	}
	return $open . substr( $html, $end );
}

/**
 * One widget, as the shortcodes and the block print it.
 *
 * @param string $tag  `ogi-about`, `ogi-faq`, `ogi-ogp-timeline` or `ogi-contact`.
 * @param array  $atts lang, theme, heading_level, content_src, orientation, searchable (any value; bad
 *                     ones fall back; `searchable` is on for `1`, `true`, `yes` or a bare `searchable`).
 */
function ogi_widgets_render( string $tag, array $atts ): string {
	$element = ogi_widgets_element( $tag );
	if ( null === $element ) {
		return '';
	}
	// A bare `[ogi_faq searchable]`, written like the HTML attribute, arrives as a value under a number.
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && ! isset( $atts['searchable'] ) && 'searchable' === strtolower( ogi_widgets_scalar( $value ) ) ) {
			$atts['searchable'] = '1';
		}
	}
	$atts     = shortcode_atts(
		array(
			'lang'          => '',
			'theme'         => '',
			'heading_level' => '',
			'content_src'   => '',
			'orientation'   => '',
			'searchable'    => '',
		),
		$atts,
		$element['shortcode']
	);
	$settings = ogi_widgets_settings();

	$theme = ogi_widgets_scalar( $atts['theme'] );
	if ( ! in_array( $theme, OGI_WIDGETS_THEMES, true ) ) {
		$theme = $settings['theme'];
	}
	$level = filter_var(
		is_scalar( $atts['heading_level'] ) ? trim( (string) $atts['heading_level'] ) : '',
		FILTER_VALIDATE_INT,
		array( 'options' => array( 'min_range' => 1, 'max_range' => 6 ) )
	);
	$level       = false === $level ? 2 : $level;
	$orientation = ogi_widgets_scalar( $atts['orientation'] );
	if ( 'ogi-ogp-timeline' !== $tag || ! in_array( $orientation, OGI_WIDGETS_ORIENTATIONS, true ) ) {
		$orientation = OGI_WIDGETS_ORIENTATIONS[0];
	}
	$searchable = 'ogi-faq' === $tag && ogi_widgets_yes( $atts['searchable'] );

	// Regional content: the shortcode's own file wins over the site's settings.
	$src     = ogi_widgets_http_url( $atts['content_src'] );
	$content = null;
	if ( '' === $src ) {
		$src     = 'url' === $settings['source'] ? $settings['url'] : '';
		$content = '' === $src ? ogi_widgets_site_content() : null;
	}
	[ $locale, $lang ] = ogi_widgets_resolve_lang( ogi_widgets_scalar( $atts['lang'] ), $content, '' !== $src );

	$fragment = ogi_widgets_set_attributes(
		ogi_widgets_fragment( $tag, $locale, $level, $orientation, $searchable ),
		array( 'theme' => $theme )
	);
	if ( '' === $fragment ) {
		return '';
	}
	if ( wp_script_is( 'ogi-widgets', 'registered' ) ) {
		wp_enqueue_script( 'ogi-widgets' );
	}

	$inline = null;
	if ( null !== $content ) {
		$part = array();
		$key  = $element['key'];
		if ( property_exists( $content, $key ) ) {
			$part[ $key ] = $content->$key;
		}
		$pack = ogi_widgets_pack( $content, $lang );
		if ( null !== $pack ) {
			$part['languages'] = (object) array( $lang => $pack );
		}
		$inline = $part ? (object) $part : null;
	}
	if ( '' === $src && null === $inline ) {
		return $fragment;
	}

	// The element without its declarative shadow root: the script renders the regional content
	// (no national content first). Without the script, the <noscript> shows the national widget.
	$end  = strpos( $fragment, '>' );
	// Without a shadow root there is nothing to take over: the stamp of the fragment goes.
	$open = preg_replace( '/ data-ogi-ssr="[^"]*"/', '', substr( $fragment, 0, $end + 1 ), 1 );
	$host = array( 'lang' => $lang );
	if ( '' !== $src ) {
		$host['content-src'] = esc_url( $src, array( 'http', 'https' ) );
	}
	$out = ogi_widgets_set_attributes( $open, $host );
	if ( null !== $inline ) {
		$out .= '<script type="application/json">' . wp_json_encode( $inline, OGI_WIDGETS_JSON_FLAGS ) . '</script>';
	}
	return $out . '<noscript>' . $fragment . '</noscript></' . $tag . '>';
}

/** The block: the same output as the shortcode of the chosen widget. */
function ogi_widgets_render_block( $attributes ): string {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$widget     = ogi_widgets_scalar( $attributes['widget'] ?? '' );
	foreach ( ogi_widgets_elements() as $element ) {
		if ( $element['widget'] === $widget ) {
			return ogi_widgets_render(
				$element['tag'],
				array(
					'lang'          => $attributes['lang'] ?? '',
					'theme'         => $attributes['theme'] ?? '',
					'heading_level' => $attributes['headingLevel'] ?? '',
					'content_src'   => $attributes['contentSrc'] ?? '',
					'orientation'   => $attributes['orientation'] ?? '',
					'searchable'    => $attributes['searchable'] ?? false,
				)
			);
		}
	}
	return '';
}
