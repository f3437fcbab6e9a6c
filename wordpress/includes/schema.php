<?php
/**
 * A small validator for the regional content schema (ogi-content.schema.json, shipped in this
 * folder). It knows exactly the keywords that schema uses; any other keyword is an error of
 * the schema (an exception), so that schema and validator cannot drift apart unnoticed.
 *
 * Messages follow the widgets' runtime: a value failing a (sub)schema with a `title` gets
 * `expected <title>`; an unknown property `unknown key`; a missing required one `required`.
 * Paths as the widgets write them: dotted keys (`ogp-timeline.events`), `[i]` for array indexes; the root is ''.
 *
 * @package ogi-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** A schema this validator cannot apply (an unknown keyword, a bad `$ref` or `type`). */
class Ogi_Widgets_Schema_Error extends Exception {
}

/** Every keyword the validator supports. */
const OGI_WIDGETS_SCHEMA_KEYWORDS = array(
	'$schema',
	'$id',
	'title',
	'description',
	'$defs',
	'$ref',
	'type',
	'properties',
	'required',
	'additionalProperties',
	'propertyNames',
	'items',
	'minItems',
	'maxItems',
	'enum',
	'pattern',
	'minLength',
	'maxLength',
	'anyOf',
);

const OGI_WIDGETS_SCHEMA_TYPES = array( 'object', 'array', 'string', 'integer', 'number', 'boolean' );

/** The shipped schema, decoded (objects as arrays). */
function ogi_widgets_schema(): array {
	static $schema = null;
	if ( null === $schema ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$text   = file_get_contents( dirname( __DIR__ ) . '/ogi-content.schema.json' );
		$schema = is_string( $text ) ? json_decode( $text, true ) : null;
		if ( ! is_array( $schema ) ) {
			throw new Ogi_Widgets_Schema_Error( 'ogi-content.schema.json is missing or not JSON' );
		}
	}
	return $schema;
}

/** Throws unless every (sub)schema of `$schema` uses only supported keywords, correctly. */
function ogi_widgets_schema_check( $schema, array $root, string $where = '#' ): void {
	if ( is_bool( $schema ) ) {
		return;
	}
	if ( ! is_array( $schema ) ) {
		throw new Ogi_Widgets_Schema_Error( "$where: a schema must be an object" );
	}
	foreach ( $schema as $keyword => $value ) {
		if ( ! in_array( $keyword, OGI_WIDGETS_SCHEMA_KEYWORDS, true ) ) {
			throw new Ogi_Widgets_Schema_Error( "$where: unsupported keyword \"$keyword\"" );
		}
	}
	if ( isset( $schema['type'] ) && ! in_array( $schema['type'], OGI_WIDGETS_SCHEMA_TYPES, true ) ) {
		throw new Ogi_Widgets_Schema_Error( "$where: type must be one of " . implode( ', ', OGI_WIDGETS_SCHEMA_TYPES ) );
	}
	if ( isset( $schema['$ref'] ) ) {
		ogi_widgets_schema_ref( $root, $schema['$ref'] );
	}
	if ( isset( $schema['pattern'] ) && false === @preg_match( ogi_widgets_schema_regex( $schema['pattern'] ), '' ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors
		throw new Ogi_Widgets_Schema_Error( "$where: pattern is not a regular expression" );
	}
	foreach ( array( '$defs', 'properties' ) as $keyword ) {
		foreach ( $schema[ $keyword ] ?? array() as $name => $sub ) {
			ogi_widgets_schema_check( $sub, $root, "$where/$keyword/$name" );
		}
	}
	foreach ( array( 'additionalProperties', 'propertyNames', 'items' ) as $keyword ) {
		if ( array_key_exists( $keyword, $schema ) ) {
			ogi_widgets_schema_check( $schema[ $keyword ], $root, "$where/$keyword" );
		}
	}
	foreach ( $schema['anyOf'] ?? array() as $i => $sub ) {
		ogi_widgets_schema_check( $sub, $root, "$where/anyOf/$i" );
	}
}

/** The schema `#/$defs/NAME` points to. */
function ogi_widgets_schema_ref( array $root, $ref ): array {
	if ( ! is_string( $ref ) || ! preg_match( '~^#/\$defs/([^/]+)$~', $ref, $m ) || ! isset( $root['$defs'][ $m[1] ] ) || ! is_array( $root['$defs'][ $m[1] ] ) ) {
		throw new Ogi_Widgets_Schema_Error( 'unsupported $ref ' . wp_json_encode( $ref ) . ' (only #/$defs/NAME of an existing definition)' );
	}
	return $root['$defs'][ $m[1] ];
}

/** A schema's `pattern` as a PCRE (Unicode; the schema's patterns are ECMAScript ones without flags). */
function ogi_widgets_schema_regex( string $pattern ): string {
	// A slash the pattern leaves bare is escaped for the delimiter; an escaped one (`\/`) stays as it is.
	$body = preg_replace_callback(
		'~\\\\.|/~s',
		static function ( array $m ): string {
			return '/' === $m[0] ? '\/' : $m[0];
		},
		$pattern
	);
	return '/' . $body . '/u';
}

/** `$path` followed by an object key, written as the widgets write it (`ogp-timeline.events`). */
function ogi_widgets_path_key( string $path, string $key ): string {
	return '' === $path ? $key : "$path.$key";
}

/** Whether a JSON value (decoded with objects as stdClass) is of a schema type. */
function ogi_widgets_is_type( $value, string $type ): bool {
	switch ( $type ) {
		case 'object':
			return $value instanceof stdClass;
		case 'array':
			return is_array( $value );
		case 'string':
			return is_string( $value );
		case 'integer':
			return is_int( $value ) || ( is_float( $value ) && is_finite( $value ) && floor( $value ) === $value );
		case 'number':
			return is_int( $value ) || is_float( $value );
		case 'boolean':
			return is_bool( $value );
	}
	return false;
}

/** How a schema is named in a message about a value that fails it. */
function ogi_widgets_schema_name( $schema, array $root ): string {
	if ( is_array( $schema ) && isset( $schema['title'] ) ) {
		return (string) $schema['title'];
	}
	if ( is_array( $schema ) && isset( $schema['$ref'] ) ) {
		return ogi_widgets_schema_name( ogi_widgets_schema_ref( $root, $schema['$ref'] ), $root );
	}
	$articles = array(
		'object'  => 'an object',
		'array'   => 'a list',
		'string'  => 'a string',
		'integer' => 'a whole number',
		'number'  => 'a number',
		'boolean' => 'true or false',
	);
	return is_array( $schema ) && isset( $schema['type'] ) ? $articles[ $schema['type'] ] : 'another value';
}

/**
 * The errors of `$value` (json_decode()d with objects as stdClass) against `$schema`.
 *
 * @return list<array{path: string, message: string}>
 * @throws Ogi_Widgets_Schema_Error When the schema uses what this validator does not support.
 */
function ogi_widgets_validate( $value, array $schema ): array {
	ogi_widgets_schema_check( $schema, $schema );
	$errors = array();
	ogi_widgets_validate_at( $value, $schema, $schema, '', $errors );
	return $errors;
}

/** Adds the errors of `$value` at `$path` against `$schema` to `$errors`. */
function ogi_widgets_validate_at( $value, $schema, array $root, string $path, array &$errors ): void {
	if ( true === $schema ) {
		return;
	}
	if ( false === $schema ) {
		$errors[] = array( 'path' => $path, 'message' => 'not allowed' );
		return;
	}
	$own = array(); // What is wrong with the value itself; its children report their own errors.

	if ( isset( $schema['$ref'] ) ) {
		$found = array();
		ogi_widgets_validate_at( $value, ogi_widgets_schema_ref( $root, $schema['$ref'] ), $root, $path, $found );
		foreach ( $found as $error ) {
			if ( $error['path'] === $path ) {
				$own[] = $error['message'];
			} else {
				$errors[] = $error;
			}
		}
	}
	if ( isset( $schema['anyOf'] ) ) {
		$matched = false;
		$deeper  = null; // The first list the value is, whose errors are all in its items.
		foreach ( $schema['anyOf'] as $branch ) {
			$found = array();
			ogi_widgets_validate_at( $value, $branch, $root, $path, $found );
			if ( ! $found ) {
				$matched = true;
				break;
			}
			$inside = array_filter(
				$found,
				static function ( array $error ) use ( $path ): bool {
					return $error['path'] !== $path;
				}
			);
			$list = is_array( $branch ) && 'array' === ( $branch['type'] ?? '' );
			if ( null === $deeper && $list && count( $inside ) === count( $found ) ) {
				$deeper = $found;
			}
		}
		if ( ! $matched && null !== $deeper ) {
			// A list of items, one of which is wrong: name the item's place, as the widgets do.
			array_push( $errors, ...$deeper );
		} elseif ( ! $matched ) {
			$names = array_map(
				static function ( $branch ) use ( $root ) {
					return ogi_widgets_schema_name( $branch, $root );
				},
				$schema['anyOf']
			);
			$own[] = 'expected ' . implode( ' or ', array_unique( $names ) );
		}
	}
	if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
		$own[] = 'expected one of ' . implode( ', ', array_map( 'wp_json_encode', $schema['enum'] ) );
	}

	$typed = ! isset( $schema['type'] ) || ogi_widgets_is_type( $value, $schema['type'] );
	if ( ! $typed ) {
		$own[] = 'expected ' . ogi_widgets_schema_name( array( 'type' => $schema['type'] ), $root );
	}
	if ( $typed && is_string( $value ) ) {
		$length = mb_strlen( $value, 'UTF-8' );
		if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
			$own[] = sprintf( 'expected at least %d characters', $schema['minLength'] );
		}
		if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
			$own[] = sprintf( 'expected at most %d characters', $schema['maxLength'] );
		}
		if ( isset( $schema['pattern'] ) && 1 !== preg_match( ogi_widgets_schema_regex( $schema['pattern'] ), $value ) ) {
			$own[] = 'expected text matching ' . $schema['pattern'];
		}
	}
	if ( $typed && is_array( $value ) ) {
		if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
			$own[] = sprintf( 'expected at least %d items', $schema['minItems'] );
		}
		if ( isset( $schema['maxItems'] ) && count( $value ) > $schema['maxItems'] ) {
			$own[] = sprintf( 'expected at most %d items', $schema['maxItems'] );
		}
		if ( array_key_exists( 'items', $schema ) ) {
			foreach ( array_values( $value ) as $i => $item ) {
				ogi_widgets_validate_at( $item, $schema['items'], $root, "{$path}[$i]", $errors );
			}
		}
	}
	if ( $typed && $value instanceof stdClass ) {
		$members = get_object_vars( $value );
		foreach ( $schema['required'] ?? array() as $key ) {
			if ( ! array_key_exists( $key, $members ) ) {
				$errors[] = array( 'path' => ogi_widgets_path_key( $path, (string) $key ), 'message' => 'required' );
			}
		}
		$properties = $schema['properties'] ?? array();
		foreach ( $members as $key => $member ) {
			$key   = (string) $key;
			$where = ogi_widgets_path_key( $path, $key );
			if ( array_key_exists( 'propertyNames', $schema ) ) {
				$found = array();
				ogi_widgets_validate_at( $key, $schema['propertyNames'], $root, $where, $found );
				if ( $found ) {
					$errors[] = array( 'path' => $where, 'message' => 'expected ' . ogi_widgets_schema_name( $schema['propertyNames'], $root ) );
					continue;
				}
			}
			if ( array_key_exists( $key, $properties ) ) {
				ogi_widgets_validate_at( $member, $properties[ $key ], $root, $where, $errors );
			} elseif ( array_key_exists( 'additionalProperties', $schema ) ) {
				if ( false === $schema['additionalProperties'] ) {
					$errors[] = array( 'path' => $where, 'message' => 'unknown key' );
				} else {
					ogi_widgets_validate_at( $member, $schema['additionalProperties'], $root, $where, $errors );
				}
			}
		}
	}

	if ( $own ) {
		if ( isset( $schema['title'] ) ) {
			$errors[] = array( 'path' => $path, 'message' => 'expected ' . $schema['title'] );
		} else {
			foreach ( array_unique( $own ) as $message ) {
				$errors[] = array( 'path' => $path, 'message' => $message );
			}
		}
	}
}

/**
 * Checks regional content pasted as JSON: size, syntax, then the schema.
 *
 * @return list<string> `path: message` lines; none when the content is valid.
 */
function ogi_widgets_check_content( string $text ): array {
	if ( strlen( $text ) > 256 * 1024 ) {
		return array( __( 'The content is larger than 256 KB.', 'ogi-widgets' ) );
	}
	try {
		$value = json_decode( $text, false, 64, JSON_THROW_ON_ERROR );
	} catch ( JsonException $e ) {
		/* translators: %s: the JSON parser's message */
		return array( sprintf( __( 'This is not valid JSON (%s).', 'ogi-widgets' ), $e->getMessage() ) );
	}
	try {
		$errors = ogi_widgets_validate( $value, ogi_widgets_schema() );
	} catch ( Ogi_Widgets_Schema_Error $e ) {
		/* translators: %s: what is wrong with the schema */
		return array( sprintf( __( 'The plugin cannot read its content schema: %s', 'ogi-widgets' ), $e->getMessage() ) );
	}
	return array_map(
		static function ( $error ) {
			return '' === $error['path'] ? $error['message'] : $error['path'] . ': ' . $error['message'];
		},
		$errors
	);
}
