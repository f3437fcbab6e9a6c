/**
 * The demo's settings: their defaults, how they live in the URL's query
 * string, and which `--ogi-*` tokens they set. No DOM here.
 */
import { ELEMENTS, type ElementInfo } from '../src/elements.js';
import { normalizeHex } from './contrast.js';

/** The widgets, in the order of src/elements.ts. `key` is what the URL and the controls use. */
export const WIDGETS: readonly Pick<ElementInfo, 'key' | 'tag'>[] = ELEMENTS;
export type WidgetKey = ElementInfo['key'];
export type WidgetTag = ElementInfo['tag'];
export type WidgetChoice = 'all' | WidgetKey;

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const WIDTHS = ['320', '375', '768', '1280', 'full'] as const;
export type Width = (typeof WIDTHS)[number];
export const BACKGROUNDS = ['light', 'dark', 'cms'] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** Font stacks a designer can try; all are installed fonts, never web fonts. */
export const FONTS = {
  inherit: '',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  sans: 'Arial, Helvetica, sans-serif',
  verdana: 'Verdana, Geneva, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
} as const;
export type FontKey = keyof typeof FONTS;

export const COLOR_KEYS = ['accent', 'text', 'surface'] as const;
export type ColorKey = (typeof COLOR_KEYS)[number];

/** The widgets' own colour defaults per theme (src/shared/styles.ts). */
export const COLOR_DEFAULTS: Record<'light' | 'dark', Record<ColorKey, string>> = {
  light: { accent: '#9b1c1f', text: '#1c2530', surface: '#ffffff' },
  dark: { accent: '#ff9d97', text: '#e8edf3', surface: '#161b22' },
};

/** The CSS custom property behind each setting. */
export const TOKEN_NAMES = {
  accent: '--ogi-color-accent',
  text: '--ogi-color-text',
  surface: '--ogi-color-surface',
  font: '--ogi-font-family',
  radius: '--ogi-radius',
  space: '--ogi-space',
} as const;

/** Range of the length controls, in rem. */
export const RADIUS_RANGE = { min: 0, max: 1.5, step: 0.125, default: 0.5 } as const;
export const SPACE_RANGE = { min: 0.5, max: 2, step: 0.125, default: 1 } as const;

export interface DemoState {
  widget: WidgetChoice;
  lang: Lang;
  theme: Theme;
  headingLevel: number;
  /** A colour the designer chose (`#rrggbb`), or `null` for the theme's default. */
  colors: Record<ColorKey, string | null>;
  font: FontKey;
  /** rem */
  radius: number;
  /** rem */
  space: number;
  width: Width;
  background: Background;
  /** Preview the static fragment with scripts off instead of the live element. */
  noJs: boolean;
}

export const DEFAULT_HEADING_LEVEL = 2;

export function defaultState(): DemoState {
  return {
    widget: 'all',
    lang: 'id',
    theme: 'light',
    headingLevel: DEFAULT_HEADING_LEVEL,
    colors: { accent: null, text: null, surface: null },
    font: 'inherit',
    radius: RADIUS_RANGE.default,
    space: SPACE_RANGE.default,
    width: 'full',
    background: 'light',
    noJs: false,
  };
}

export function widgetKeys(choice: WidgetChoice): WidgetKey[] {
  return choice === 'all' ? WIDGETS.map((w) => w.key) : [choice];
}

export function tagOf(key: WidgetKey): WidgetTag {
  return WIDGETS.find((w) => w.key === key)!.tag;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;

function inRange(value: string | null, range: { min: number; max: number; step: number; default: number }): number {
  if (value === null || value.trim() === '') return range.default;
  const n = Number(value);
  if (!Number.isFinite(n) || n < range.min || n > range.max) return range.default;
  return Math.round(n / range.step) * range.step;
}

/** The colour defaults that apply: the theme's, or for `auto` the system's. */
export function themeDefaults(theme: Theme, prefersDark: boolean): Record<ColorKey, string> {
  return COLOR_DEFAULTS[theme === 'dark' || (theme === 'auto' && prefersDark) ? 'dark' : 'light'];
}

/** The colours the widget actually shows. */
export function effectiveColors(state: DemoState, prefersDark: boolean): Record<ColorKey, string> {
  const defaults = themeDefaults(state.theme, prefersDark);
  return {
    accent: state.colors.accent ?? defaults.accent,
    text: state.colors.text ?? defaults.text,
    surface: state.colors.surface ?? defaults.surface,
  };
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
  return { ...state, colors };
}

/** The query-string keys of the settings; each control is named after its key. */
export const PARAM_KEYS = [
  'w',
  'lang',
  'theme',
  'hl',
  ...COLOR_KEYS,
  'font',
  'radius',
  'space',
  'width',
  'bg',
  'nojs',
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
      s.widget = oneOf<WidgetChoice>(['all', ...WIDGETS.map((w) => w.key)], value, d.widget);
      break;
    case 'lang':
      s.lang = oneOf(LANGS, value, d.lang);
      break;
    case 'theme':
      s.theme = oneOf(THEMES, value, d.theme);
      break;
    case 'hl': {
      const hl = Number(value);
      s.headingLevel = value !== null && Number.isInteger(hl) && hl >= 1 && hl <= 6 ? hl : d.headingLevel;
      break;
    }
    case 'accent':
    case 'text':
    case 'surface':
      s.colors[key] = value === null ? null : (normalizeHex(value) ?? null);
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
  return normalize(s);
}

/** The settings as a query string, holding only what differs from the defaults. */
export function writeState(state: DemoState): URLSearchParams {
  const d = defaultState();
  const s = normalize(state);
  const p = new URLSearchParams();
  if (s.widget !== d.widget) p.set('w', s.widget);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.theme !== d.theme) p.set('theme', s.theme);
  if (s.headingLevel !== d.headingLevel) p.set('hl', String(s.headingLevel));
  for (const key of COLOR_KEYS) {
    const value = s.colors[key];
    if (value) p.set(key, value);
  }
  if (s.font !== d.font) p.set('font', s.font);
  if (s.radius !== d.radius) p.set('radius', String(s.radius));
  if (s.space !== d.space) p.set('space', String(s.space));
  if (s.width !== d.width) p.set('width', s.width);
  if (s.background !== d.background) p.set('bg', s.background);
  if (s.noJs) p.set('nojs', '1');
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
  return out;
}

/** The attributes of each element: `lang` always, the others only when not the default. */
export function elementAttributes(state: DemoState): [string, string][] {
  const attrs: [string, string][] = [['lang', state.lang]];
  if (state.theme !== 'light') attrs.push(['theme', state.theme]);
  if (state.headingLevel !== DEFAULT_HEADING_LEVEL) attrs.push(['heading-level', String(state.headingLevel)]);
  return attrs;
}
