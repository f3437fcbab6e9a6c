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
