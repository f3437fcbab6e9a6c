/**
 * WCAG 2.x contrast, for the demo's colour controls.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** The ratio text needs against its background for WCAG AA (normal-size text). */
export const AA_NORMAL_TEXT = 4.5;

/** `#rgb` or `#rrggbb` (case-insensitive) as `[r, g, b]` in 0–255, or `undefined`. */
export function parseHex(color: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  let hex = m[1];
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** `#rgb` / `#rrggbb` as lower-case `#rrggbb`, or `undefined` when it is not a hex colour. */
export function normalizeHex(color: string): string | undefined {
  const rgb = parseHex(color);
  return rgb && `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** One sRGB channel (0–255) linearised. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a hex colour, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const rgb = parseHex(color);
  if (!rgb) throw new TypeError(`not a hex colour: ${color}`);
  const [r, g, b] = rgb.map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether `fg` on `bg` is readable as normal-size text under WCAG AA (4.5:1). */
export function passesAA(fg: string, bg: string): boolean {
  return contrastRatio(fg, bg) >= AA_NORMAL_TEXT;
}

/**
 * A ratio as people write it (`4.54:1`, in Indonesian `4,54:1`), rounded down
 * to two decimals so that a failing pair never reads as passing (4.499 shows
 * as 4.49, not 4.50).
 */
export function formatRatio(ratio: number, locale = 'en'): string {
  const value = Math.floor(ratio * 100) / 100;
  return `${value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
}

/** Linear sRGB (0–1) to OKLab, and back (Björn Ottosson's matrices, as CSS Color 4 uses them). */
const LMS = [
  [0.4122214708, 0.5363325363, 0.0514459929],
  [0.2119034982, 0.6806995451, 0.1073969566],
  [0.0883024619, 0.2817188376, 0.6299787005],
];
const LAB = [
  [0.2104542553, 0.793617785, -0.0040720468],
  [1.9779984951, -2.428592205, 0.4505937099],
  [0.0259040371, 0.7827717662, -0.808675766],
];
const LMS_BACK = [
  [1, 0.3963377774, 0.2158037573],
  [1, -0.1055613458, -0.0638541728],
  [1, -0.0894841775, -1.291485548],
];
const RGB_BACK = [
  [4.0767416621, -3.3077115913, 0.2309699292],
  [-1.2684380046, 2.6097574011, -0.3413193965],
  [-0.0041960863, -0.7034186147, 1.707614701],
];
const times = (m: number[][], v: number[]) => m.map((row) => row.reduce((sum, x, i) => sum + x * v[i], 0));

function toOklab(color: string): number[] {
  const rgb = parseHex(color);
  if (!rgb) throw new TypeError(`not a hex colour: ${color}`);
  return times(LAB, times(LMS, rgb.map(linear)).map(Math.cbrt));
}

function fromOklab(lab: number[]): string {
  const rgb = times(
    RGB_BACK,
    times(LMS_BACK, lab).map((c) => c ** 3),
  );
  const channel = (c: number) => {
    const v = Math.min(1, Math.max(0, c));
    const s = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
    return Math.round(s * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${rgb.map(channel).join('')}`;
}

/**
 * `share` (0–1) of colour `a` mixed with `b` in OKLab, as CSS `color-mix(in oklab, a <share>, b)`
 * computes it (the widgets mix their muted, border, subtle and soft accent colours so), as `#rrggbb`.
 */
export function mixOklab(a: string, b: string, share: number): string {
  const [x, y] = [toOklab(a), toOklab(b)];
  return fromOklab(x.map((v, i) => v * share + y[i] * (1 - share)));
}

/**
 * `color`, or the nearest colour towards white or black (whichever `background` contrasts with
 * more; mixed in oklab, in steps of 5 %) that reaches `ratio` on `background`: a starting point
 * that passes, for a picker whose colour would fail there.
 */
export function passingColor(color: string, background: string, ratio = AA_NORMAL_TEXT): string {
  const towards = contrastRatio('#ffffff', background) >= contrastRatio('#000000', background) ? '#ffffff' : '#000000';
  for (let step = 0; step <= 20; step++) {
    const candidate = mixOklab(towards, color, step / 20);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return towards;
}
