/**
 * `dist/ogi-autoloader.js`: one module script that loads only the modules of the `ogi-`
 * elements a page uses. It looks at the page once, then watches for elements added later,
 * also inside open shadow roots that a site's own components add, and imports
 * `./<tag>.js` (with the chunks it needs) from its own folder the first time a tag appears.
 *
 * A shadow root that is attached to an element after the element was added to the page is
 * not seen (attaching one fires nothing): such a site loads the element's module itself.
 */
import { ELEMENTS } from './elements.js';

/** Tags not imported yet. */
const pending = new Set<string>(ELEMENTS.map((e) => e.tag));
/** Roots already watched. */
const watched = new WeakSet<Node>();

const observer = new MutationObserver((records) => {
  // nodeType, not instanceof: a node made in another frame is an Element of another realm.
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
});

function load(tag: string): void {
  pending.delete(tag);
  if (!customElements.get(tag)) void import(/* @vite-ignore */ new URL(`./${tag}.js`, import.meta.url).href);
  // Every module asked for: nothing left to watch for.
  if (!pending.size) observer.disconnect();
}

/** Loads what `root` (and every open shadow root inside it) holds, and watches those shadow roots. */
function scan(root: Element | Document | ShadowRoot): void {
  const elements = root.nodeType === 1 ? [root as Element, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const el of elements) {
    if (pending.has(el.localName)) load(el.localName);
    if (el.shadowRoot) watch(el.shadowRoot);
  }
}

function watch(root: Document | ShadowRoot): void {
  if (!pending.size || watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

watch(document);
