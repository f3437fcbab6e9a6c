/**
 * The values the widgets' attributes and tokens take, and their parsers: defined once here and
 * imported by the elements, the server renderer (which re-exports them for the CLI, the build
 * scripts and the benchmark), the demo and the tests. What an element accepts, `renderToString`
 * and the CLI accept; what it refuses (with a warning and its default), they refuse (with an error).
 *
 * No DOM and no Lit here: the lowest layer of `src/`.
 */
export { ELEMENTS, TAGS, type ElementInfo, type ElementTag } from '../elements.js';

/** Whether `value` is one of `list` (an `as const` list of the values an attribute takes). */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/** The languages every widget carries. The first one is the fallback. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/**
 * Maps a BCP 47 tag to a language the widgets carry by its primary subtag
 * (`en-GB` → `en`, `ID-id` → `id`, and `in`, the old code for Indonesian, → `id`), or
 * `undefined` when we do not carry it.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary == 'in') primary = 'id';
  return isOneOf(LOCALES, primary) ? primary : undefined;
}

/** A language tag as a regional content file's `languages` takes it (`jv`, `su`, `en-GB`). */
export const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z\d]{1,8})*$/;

/**
 * The language a widget shows for the tag `tag`: a carried language (`matchLocale`), else the
 * regional language pack named by the tag or by its primary subtag (`packs`: the packs a content
 * file brings, by tag), else `undefined` (the widget then shows `DEFAULT_LOCALE`).
 */
export function resolveLang(tag: string, packs: Record<string, unknown> = {}): string | undefined {
  return (
    matchLocale(tag) ??
    (Object.hasOwn(packs, tag)
      ? tag
      : Object.keys(packs).find((k) => k.toLowerCase() == tag.toLowerCase().split('-')[0]))
  );
}

/** The values of `theme`; the first is the default. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The values of `<ogi-ogp-timeline orientation>`; the first is the default. */
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** The levels `heading-level` takes. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
/** The level of a widget's title when `heading-level` is absent or invalid. */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The heading level `value` names: 1–6 as a number or as the plain digit (spaces around it
 * allowed, as in an attribute); `undefined` for anything else.
 */
export const parseHeadingLevel = (value: unknown): number | undefined => {
  const n = typeof value == 'string' && /^\s*[1-6]\s*$/.test(value) ? Number(value) : value;
  return Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 6 ? (n as number) : undefined;
};

/** The colour tokens each theme sets (`--ogi-color-<name>`), by theme. */
export const BASE_COLORS = {
  light: { accent: '#9b1c1f', text: '#1c2530', surface: '#fff', focus: '#1a5fb4' },
  dark: { accent: '#ff9d97', text: '#e8edf3', surface: '#161b22', focus: '#8cc4ff' },
} as const;
export type Scheme = keyof typeof BASE_COLORS;

/**
 * The colour tokens derived from the base ones unless a site sets them: each is `[from, %]`,
 * that share of the `from` colour mixed (in oklab) with the surface colour.
 */
export const MIXED_COLORS = {
  'accent-soft': ['accent', 10],
  muted: ['text', 80],
  subtle: ['text', 5],
  border: ['text', 28],
} as const;
export type ColorToken = keyof (typeof BASE_COLORS)['light'] | keyof typeof MIXED_COLORS;

/** The defaults of the other tokens (`--ogi-<name>`), as CSS. */
export const TOKEN_DEFAULTS = {
  radius: '0.5rem',
  space: '1rem',
  'max-width': 'max(46rem, 736px)',
  frame: '1',
  'space-after': '2rem',
} as const;
