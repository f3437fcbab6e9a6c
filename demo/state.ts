/**
 * The demo's settings: their defaults, how they live in the URL's query
 * string, and which `--ogi-*` tokens they set. No DOM here.
 */
import {
  BASE_COLORS,
  DEFAULT_HEADING_LEVEL,
  ELEMENTS,
  HEADING_LEVELS,
  LOCALES,
  MIXED_COLORS,
  ORIENTATIONS,
  THEMES,
  parseHeadingLevel,
  type ColorToken,
  type ElementInfo,
  type Locale,
  type Orientation,
  type Scheme,
  type Theme,
} from '../src/shared/values.js';
import { mixOklab, normalizeHex } from './contrast.js';

export { DEFAULT_HEADING_LEVEL, HEADING_LEVELS, ORIENTATIONS, THEMES };
export type { Orientation, Scheme, Theme };

/** The widgets (src/elements.ts, in its order); `key` is what the URL and the controls use. */
export { ELEMENTS };
export type WidgetKey = ElementInfo['key'];
export type WidgetTag = ElementInfo['tag'];
export type WidgetChoice = 'all' | WidgetKey;
/** The widget choices, in the order of the controls: every widget, then each alone. */
export const WIDGET_CHOICES: readonly WidgetChoice[] = ['all', ...ELEMENTS.map((w) => w.key)];

/** The widgets' languages, which are also the demo's own. */
export const LANGS = LOCALES;
export type Lang = Locale;
export const WIDTHS = ['320', '375', '768', '1280', 'full'] as const;
export type Width = (typeof WIDTHS)[number];
export const BACKGROUNDS = ['light', 'dark', 'cms'] as const;
export type Background = (typeof BACKGROUNDS)[number];
/** `--ogi-max-width`: `''` is the widget's own default (46rem, at least 736px). */
export const MAX_WIDTHS = ['', '40rem', '60rem', '72rem', 'none'] as const;
export type MaxWidth = (typeof MAX_WIDTHS)[number];
/** `--ogi-space-after`, the space below each widget: `''` is the widget's own default (2rem). */
export const SPACE_AFTERS = ['', '0', '1rem', '3rem'] as const;
export type SpaceAfter = (typeof SPACE_AFTERS)[number];
/** How the FAQ preview is shown: as it loads, every answer open, or opened by a link to one question (`#id`). */
export type FaqView = 'closed' | 'open' | `#${string}`;

/** Font stacks a designer can try; all are installed fonts, never web fonts. */
export const FONTS = {
  inherit: '',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  sans: 'Arial, Helvetica, sans-serif',
  verdana: 'Verdana, Geneva, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
} as const;
export type FontKey = keyof typeof FONTS;

/** Every colour token; each is a control and a URL key of the same name. */
export const COLOR_KEYS = [
  'accent',
  'text',
  'surface',
  'muted',
  'border',
  'subtle',
  'accent-soft',
  'focus',
] as const satisfies readonly ColorToken[];
export type ColorKey = (typeof COLOR_KEYS)[number];

/**
 * The colours a widget shows in `scheme` (`#rrggbb`) for the base colours `chosen` (or the
 * theme's, src/shared/values.ts): the mixed ones (muted, border, subtle, soft accent) follow the
 * base ones as the widgets' styles mix them (in oklab), unless chosen themselves.
 */
export function paletteOf(
  scheme: Scheme,
  chosen: Partial<Record<ColorKey, string | null>> = {},
): Record<ColorKey, string> {
  const out = {} as Record<ColorKey, string>;
  for (const [key, value] of Object.entries(BASE_COLORS[scheme]) as [keyof (typeof BASE_COLORS)[Scheme], string][])
    out[key] = chosen[key] ?? normalizeHex(value)!;
  for (const [key, [from, share]] of Object.entries(MIXED_COLORS) as [
    keyof typeof MIXED_COLORS,
    readonly [keyof typeof out, number],
  ][])
    out[key] = chosen[key] ?? mixOklab(out[from], out.surface, share / 100);
  return out;
}

/** The widgets' own colour defaults per colour scheme. */
export const COLOR_DEFAULTS: Record<Scheme, Record<ColorKey, string>> = {
  light: paletteOf('light'),
  dark: paletteOf('dark'),
};

/** The CSS custom property behind each setting. */
export const TOKEN_NAMES = {
  accent: '--ogi-color-accent',
  text: '--ogi-color-text',
  surface: '--ogi-color-surface',
  muted: '--ogi-color-muted',
  border: '--ogi-color-border',
  subtle: '--ogi-color-subtle',
  'accent-soft': '--ogi-color-accent-soft',
  focus: '--ogi-color-focus',
  font: '--ogi-font-family',
  radius: '--ogi-radius',
  space: '--ogi-space',
  maxWidth: '--ogi-max-width',
  spaceAfter: '--ogi-space-after',
  frame: '--ogi-frame',
  eyebrow: '--ogi-eyebrow',
  timelineLine: '--ogi-timeline-line',
} as const;

/** Range of the length controls, in rem. */
export const RADIUS_RANGE = { min: 0, max: 1.5, step: 0.125, default: 0.5 } as const;
export const SPACE_RANGE = { min: 0.5, max: 2, step: 0.125, default: 1 } as const;

export interface DemoState {
  widget: WidgetChoice;
  /** The language of the demo's own words (`?ui=`), chosen apart from the widgets' `lang`. */
  ui: Lang;
  lang: Lang;
  theme: Theme;
  headingLevel: number;
  /** A colour the designer chose (`#rrggbb`), or `null` for the theme's default. */
  colors: Record<ColorKey, string | null>;
  /** Under `theme="auto"`: the accent for a dark system (`@media (prefers-color-scheme: dark)`), or `null`. */
  darkAccent: string | null;
  font: FontKey;
  /** rem */
  radius: number;
  /** rem */
  space: number;
  maxWidth: MaxWidth;
  /** Below each widget, so that widgets pasted one after another keep apart. */
  spaceAfter: SpaceAfter;
  /** `--ogi-frame: 0`: the widget without its border and padding, blending into the host page (native) rather than a card (embedded). */
  noFrame: boolean;
  /** `--ogi-eyebrow: none`: no small label above the title. */
  noEyebrow: boolean;
  /** `--ogi-timeline-line` (`#rrggbb`), or `null` for the widget's own (the border colour). */
  timelineLine: string | null;
  orientation: Orientation;
  width: Width;
  /** Scale a fixed-width preview wider than its column down to fit, instead of scrolling. */
  fit: boolean;
  background: Background;
  /** Preview the static fragment with scripts off instead of the live element. */
  noJs: boolean;
  /** Show each widget in both languages, side by side. */
  both: boolean;
  faqView: FaqView;
}

const noColors = (): Record<ColorKey, string | null> =>
  Object.fromEntries(COLOR_KEYS.map((k) => [k, null])) as Record<ColorKey, string | null>;

export function defaultState(): DemoState {
  return {
    widget: 'all',
    ui: 'id',
    lang: 'id',
    theme: 'light',
    headingLevel: DEFAULT_HEADING_LEVEL,
    colors: noColors(),
    darkAccent: null,
    font: 'inherit',
    radius: RADIUS_RANGE.default,
    space: SPACE_RANGE.default,
    maxWidth: '',
    spaceAfter: '',
    noFrame: false,
    noEyebrow: false,
    timelineLine: null,
    orientation: 'vertical',
    width: 'full',
    fit: true,
    background: 'light',
    noJs: false,
    both: false,
    faqView: 'closed',
  };
}

export function widgetKeys(choice: WidgetChoice): WidgetKey[] {
  return choice === 'all' ? ELEMENTS.map((w) => w.key) : [choice];
}

export function tagOf(key: WidgetKey): WidgetTag {
  return ELEMENTS.find((w) => w.key === key)!.tag;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;

function inRange(value: string | null, range: { min: number; max: number; step: number; default: number }): number {
  if (value === null || value.trim() === '') return range.default;
  const n = Number(value);
  if (!Number.isFinite(n) || n < range.min || n > range.max) return range.default;
  return Math.round(n / range.step) * range.step;
}

/** The colour scheme a widget shows: the theme's, or for `auto` the system's. */
export function schemeOf(theme: Theme, prefersDark: boolean): Scheme {
  return theme === 'dark' || (theme === 'auto' && prefersDark) ? 'dark' : 'light';
}

/** The colour defaults that apply: the theme's, or for `auto` the system's. */
export function themeDefaults(theme: Theme, prefersDark: boolean): Record<ColorKey, string> {
  return COLOR_DEFAULTS[schemeOf(theme, prefersDark)];
}

/** The colours the widget shows in `scheme`, with the snippet's tokens (the dark accent only applies under `auto`). */
export function schemeColors(state: DemoState, scheme: Scheme): Record<ColorKey, string> {
  const chosen = { ...state.colors };
  if (scheme === 'dark' && state.theme === 'auto' && state.darkAccent) chosen.accent = state.darkAccent;
  return paletteOf(scheme, chosen);
}

/** The colours the widget actually shows. */
export function effectiveColors(state: DemoState, prefersDark: boolean): Record<ColorKey, string> {
  return schemeColors(state, schemeOf(state.theme, prefersDark));
}

/** The colour schemes a visitor can see: both under `auto`, else the theme's. */
export function schemesOf(theme: Theme): Scheme[] {
  return theme === 'auto' ? ['light', 'dark'] : [theme];
}

/**
 * Drops chosen colours that equal the default of a fixed theme, so that they
 * stay out of the snippet. Under `auto` a chosen colour is kept, since it
 * differs from the default in one of the two schemes.
 */
export function normalize(state: DemoState): DemoState {
  const colors = { ...state.colors };
  if (state.theme !== 'auto') {
    for (const key of COLOR_KEYS) {
      if (colors[key] === COLOR_DEFAULTS[state.theme][key]) colors[key] = null;
    }
  }
  // The dark accent is written under `auto` only, and only where it differs from what dark would show anyway.
  const darkAccent =
    state.theme === 'auto' && state.darkAccent !== (colors.accent ?? COLOR_DEFAULTS.dark.accent)
      ? state.darkAccent
      : null;
  const faqView = state.widget === 'all' || state.widget === 'faq' ? state.faqView : 'closed';
  return { ...state, colors, darkAccent, faqView };
}

/** The query-string keys of the settings; each control is named after its key. */
export const PARAM_KEYS = [
  'w',
  'ui',
  'lang',
  'theme',
  'hl',
  'orientation',
  ...COLOR_KEYS,
  'dark-accent',
  'font',
  'radius',
  'space',
  'max-width',
  'space-after',
  'noframe',
  'noeyebrow',
  'line',
  'width',
  'fit',
  'bg',
  'nojs',
  'both',
  'faq',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/**
 * One setting changed to `value` (from the URL or a control); an invalid
 * value means that setting's default. Returns a new state.
 */
export function withParam(state: DemoState, key: ParamKey, value: string | null): DemoState {
  const d = defaultState();
  const s: DemoState = { ...state, colors: { ...state.colors } };
  switch (key) {
    case 'w':
      s.widget = oneOf(WIDGET_CHOICES, value, d.widget);
      break;
    case 'ui':
      s.ui = oneOf(LANGS, value, d.ui);
      break;
    case 'lang':
      s.lang = oneOf(LANGS, value, d.lang);
      break;
    case 'orientation':
      s.orientation = oneOf(ORIENTATIONS, value, d.orientation);
      break;
    case 'theme':
      s.theme = oneOf(THEMES, value, d.theme);
      break;
    case 'hl':
      s.headingLevel = parseHeadingLevel(value) ?? d.headingLevel;
      break;
    case 'dark-accent':
      s.darkAccent = value === null ? null : (normalizeHex(value) ?? null);
      break;
    case 'max-width':
      s.maxWidth = oneOf(MAX_WIDTHS, value, d.maxWidth);
      break;
    case 'space-after':
      s.spaceAfter = oneOf(SPACE_AFTERS, value, d.spaceAfter);
      break;
    case 'fit':
      s.fit = value !== '0';
      break;
    case 'noframe':
      s.noFrame = value === '1';
      break;
    case 'noeyebrow':
      s.noEyebrow = value === '1';
      break;
    case 'line':
      s.timelineLine = value === null ? null : (normalizeHex(value) ?? null);
      break;
    case 'both':
      s.both = value === '1';
      break;
    case 'faq':
      s.faqView =
        value === 'open' || (value !== null && /^#[a-z0-9-]{1,80}$/.test(value)) ? (value as FaqView) : d.faqView;
      break;
    default:
      if ((COLOR_KEYS as readonly string[]).includes(key)) {
        s.colors[key as ColorKey] = value === null ? null : (normalizeHex(value) ?? null);
      }
      break;
    case 'font':
      s.font = oneOf(Object.keys(FONTS) as FontKey[], value, d.font);
      break;
    case 'radius':
      s.radius = inRange(value, RADIUS_RANGE);
      break;
    case 'space':
      s.space = inRange(value, SPACE_RANGE);
      break;
    case 'width':
      s.width = oneOf(WIDTHS, value, d.width);
      break;
    case 'bg':
      s.background = oneOf(BACKGROUNDS, value, d.background);
      break;
    case 'nojs':
      s.noJs = value === '1';
      break;
  }
  return s;
}

/** Reads the settings from a query string; anything missing or invalid is the default. */
export function readState(params: URLSearchParams): DemoState {
  let s = defaultState();
  for (const key of PARAM_KEYS) {
    if (params.has(key)) s = withParam(s, key, params.get(key));
  }
  // A shared link without `ui` shows the demo in the widgets' language.
  if (!params.has('ui')) s.ui = s.lang;
  return normalize(s);
}

/** The settings as a query string, holding only what differs from the defaults. */
export function writeState(state: DemoState): URLSearchParams {
  const d = defaultState();
  const s = normalize(state);
  const p = new URLSearchParams();
  if (s.widget !== d.widget) p.set('w', s.widget);
  if (s.ui !== s.lang) p.set('ui', s.ui);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.theme !== d.theme) p.set('theme', s.theme);
  if (s.headingLevel !== d.headingLevel) p.set('hl', String(s.headingLevel));
  if (s.orientation !== d.orientation) p.set('orientation', s.orientation);
  for (const key of COLOR_KEYS) {
    const value = s.colors[key];
    if (value) p.set(key, value);
  }
  if (s.darkAccent) p.set('dark-accent', s.darkAccent);
  if (s.font !== d.font) p.set('font', s.font);
  if (s.radius !== d.radius) p.set('radius', String(s.radius));
  if (s.space !== d.space) p.set('space', String(s.space));
  if (s.maxWidth !== d.maxWidth) p.set('max-width', s.maxWidth);
  if (s.spaceAfter !== d.spaceAfter) p.set('space-after', s.spaceAfter);
  if (s.noFrame) p.set('noframe', '1');
  if (s.noEyebrow) p.set('noeyebrow', '1');
  if (s.timelineLine) p.set('line', s.timelineLine);
  if (s.width !== d.width) p.set('width', s.width);
  if (!s.fit) p.set('fit', '0');
  if (s.background !== d.background) p.set('bg', s.background);
  if (s.noJs) p.set('nojs', '1');
  if (s.both) p.set('both', '1');
  if (s.faqView !== d.faqView) p.set('faq', s.faqView);
  return p;
}

/** A length in rem as CSS (`0` for zero). */
export function rem(n: number): string {
  return n === 0 ? '0' : `${n}rem`;
}

/** The `--ogi-*` declarations that differ from the defaults, in a stable order. */
export function tokenDeclarations(state: DemoState): [string, string][] {
  const s = normalize(state);
  const out: [string, string][] = [];
  for (const key of COLOR_KEYS) {
    const value = s.colors[key];
    if (value) out.push([TOKEN_NAMES[key], value]);
  }
  if (s.font !== 'inherit') out.push([TOKEN_NAMES.font, FONTS[s.font]]);
  if (s.radius !== RADIUS_RANGE.default) out.push([TOKEN_NAMES.radius, rem(s.radius)]);
  if (s.space !== SPACE_RANGE.default) out.push([TOKEN_NAMES.space, rem(s.space)]);
  if (s.maxWidth) out.push([TOKEN_NAMES.maxWidth, s.maxWidth]);
  if (s.spaceAfter) out.push([TOKEN_NAMES.spaceAfter, s.spaceAfter]);
  if (s.noFrame) out.push([TOKEN_NAMES.frame, '0']);
  if (s.noEyebrow) out.push([TOKEN_NAMES.eyebrow, 'none']);
  if (s.timelineLine) out.push([TOKEN_NAMES.timelineLine, s.timelineLine]);
  return out;
}

/** The declarations for a dark system under `theme="auto"` (the dark accent), or none. */
export function darkTokenDeclarations(state: DemoState): [string, string][] {
  const s = normalize(state);
  return s.darkAccent ? [[TOKEN_NAMES.accent, s.darkAccent]] : [];
}

/** The attributes of an element: `lang` always, the others only when not the default. */
export function elementAttributes(state: DemoState, tag?: WidgetTag): [string, string][] {
  const attrs: [string, string][] = [['lang', state.lang]];
  if (state.theme !== 'light') attrs.push(['theme', state.theme]);
  if (state.headingLevel !== DEFAULT_HEADING_LEVEL) attrs.push(['heading-level', String(state.headingLevel)]);
  if (tag === 'ogi-ogp-timeline' && state.orientation !== 'vertical') attrs.push(['orientation', state.orientation]);
  return attrs;
}
