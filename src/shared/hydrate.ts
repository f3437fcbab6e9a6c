import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement, TemplateResult } from 'lit';
import { VERSION } from '../version.js';

/**
 * The attribute the server writes on a rendered widget's host: `<version>|<lang>|<level>|<hash>`,
 * the release, the language and title level it rendered, and a hash of what it rendered (see
 * `stamp`). The browser takes that HTML over only when it would render exactly the same.
 */
export const STAMP = 'data-ogi-ssr';

/** The text of what `render()` returned: its templates' strings and its values, recursively (listeners aside). */
const text = (v: unknown): string =>
  v && typeof v == 'object'
    ? Array.isArray(v)
      ? v.map(text).join('\x1f')
      : ((v as TemplateResult).strings?.join('\x1e') ?? '') + text((v as TemplateResult).values)
    : typeof v == 'function'
      ? ''
      : String(v);

/** The stamp of a widget rendering `result` in `lang` with its title at `level`: the same on the server and in the browser. */
export function stamp(lang: string, level: number, result: unknown): string {
  let h = 2166136261;
  const s = text(result);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `${VERSION}|${lang}|${level}|${(h >>> 0).toString(36)}`;
}

let warned = false;

/**
 * Takes a server-rendered shadow root over (Lit's `hydrate`) when `fresh` (its stamp is what this
 * element renders now). Otherwise, or when hydration fails or finds no markers, the root is emptied,
 * to be drawn anew by the update (its styles are the element's adopted ones): one widget, always.
 */
export function takeOver(el: LitElement, result: unknown, fresh: boolean): void {
  const root = el.renderRoot as ShadowRoot & { _$litPart$?: unknown };
  try {
    // Without its markers (a minifier or sanitiser took the comments out) there is nothing to take over.
    if (fresh && [...root.childNodes].some((n) => n.nodeType == 8 && (n as Comment).data.startsWith('lit-part')))
      hydrate(result, root, el.renderOptions);
  } catch {
    root._$litPart$ = undefined;
  }
  if (root._$litPart$) return;
  root.replaceChildren();
  if (!warned)
    console.warn(`[ogi-widgets] <${el.localName}>: server-rendered HTML of another release, or changed: drawn anew.`);
  warned = true;
}
