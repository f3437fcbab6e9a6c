/** The languages every widget carries. The first one is the fallback. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/**
 * Maps a BCP 47 tag to a supported locale by its primary subtag
 * (`en-GB` → `en`, `ID-id` → `id`, and `in`, the old code for Indonesian, → `id`), or
 * `undefined` when we do not carry it.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'in') primary = 'id';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The language tag that applies to `el`: its own `lang`, else the nearest
 * ancestor's, walking out of shadow roots to their hosts, else `<html lang>`.
 * Returns `''` when none is set anywhere.
 */
export function inheritedLang(el: Element): string {
  let node: Node | null = el;
  // Not `instanceof`: in an iframe the nodes belong to another window (and on the server to a shim).
  while (node) {
    // `lang=""` means "unknown" in HTML; keep walking out.
    const value = (node as Element).getAttribute && (node as Element).getAttribute('lang')?.trim();
    if (value) return value;
    node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode;
  }
  return el.ownerDocument?.documentElement?.getAttribute('lang')?.trim() ?? '';
}
