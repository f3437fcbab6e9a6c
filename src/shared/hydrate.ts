import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement, ReactiveController, TemplateResult } from 'lit';
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

/** What a widget's stamp is made of (protected members of `OgiElement`, read here only). */
type Stamped = LitElement & { locale: string; titleLevel: number; render(): unknown };

/**
 * Takes a server-rendered shadow root over in the widget's first update. A shadow root that came
 * with the HTML (a declarative one, from `ogi-widgets/ssr` or `dist/static/`) is kept: Lit reuses
 * it and adopts the element's styles into it, so that it is styled even where the page's CSP
 * blocks the fragment's inline `<style>`. Its first update binds the template to the DOM already
 * there when that DOM is what this release renders now (the host's `data-ogi-ssr` is the stamp of
 * `render()`), so that what the visitor did before the script came (an open question, focus)
 * stays; any other HTML is drawn anew, with one warning (`takeOver`).
 */
export class Hydration implements ReactiveController {
  #host: Stamped;
  /** Set while a server-rendered root waits for the first update. */
  #pending: boolean;

  constructor(host: LitElement) {
    (this.#host = host as Stamped).addController(this);
    // Upgraded with a declarative root (even one a sanitiser emptied).
    this.#pending = !!host.shadowRoot;
  }

  hostConnected(): void {
    const host = this.#host;
    // A root Lit made is empty until the first update; one with nodes came with the HTML (parsed after the constructor ran).
    if (!host.hasUpdated && (this.#pending || host.renderRoot.firstChild)) {
      this.#pending = true;
      // Lit would render before the root's first node (the fragment's `<style>`); the taken-over part is the root's.
      host.renderOptions.renderBefore = null;
    }
  }

  hostUpdate(): void {
    if (!this.#pending) return;
    this.#pending = false;
    const host = this.#host;
    const result = host.render();
    takeOver(host, result, host.getAttribute(STAMP) == stamp(host.locale, host.titleLevel, result));
  }
}
