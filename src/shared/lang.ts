import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, resolveLang } from './values.js';

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

type Host = ReactiveControllerHost & Element;

/** Hosts that inherit their language, updated when any `lang` in the document changes. */
const hosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** Inherited language tags already reported as unsupported: one warning for all the widgets under them. */
const warned = new Set<string>();

/**
 * A widget's language: which one it shows (`resolve`) and an update of its host whenever a
 * `lang` that may decide it changes — in the document (one observer for all widgets) or in the
 * shadow roots around the host, which the document's observer cannot see into.
 */
export class LangController implements ReactiveController {
  #host: Host;
  #roots?: MutationObserver;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    hosts.add(host);
    if (!documentObserver && typeof MutationObserver != 'undefined') {
      documentObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      documentObserver.observe(document.documentElement, LANG_CHANGES);
    }
    // `host` rather than `instanceof ShadowRoot`: the root may come from another window.
    for (let root = host.getRootNode() as ShadowRoot; root.host; root = root.host.getRootNode() as ShadowRoot)
      (this.#roots ??= new MutationObserver(() => host.requestUpdate())).observe(root, LANG_CHANGES);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (!hosts.size) documentObserver = void documentObserver?.disconnect();
    this.#roots = void this.#roots?.disconnect();
  }

  /**
   * The language to show: the tag that applies to the host (`inheritedLang`) as a carried
   * language or one of `packs` (regional language packs), else `DEFAULT_LOCALE` with one warning
   * through `warn` (once per tag for all widgets when inherited, once per widget for its own).
   */
  resolve(
    packs: Record<string, unknown> | undefined,
    warn: (value: string, message: string, seen?: Set<string>) => void,
  ): string {
    const host = this.#host;
    const tag = inheritedLang(host);
    const lang = resolveLang(tag, packs);
    if (lang) return lang;
    if (tag)
      warn(
        tag,
        `language "${tag.slice(0, 40)}" is not available; showing "${DEFAULT_LOCALE}". Use lang="id" or lang="en".`,
        host.hasAttribute('lang') ? undefined : warned,
      );
    return DEFAULT_LOCALE;
  }
}
