/**
 * `dist/ogi-autoloader.js`: one module script that loads only the modules of the `ogi-`
 * elements a page uses. It looks at the page once, then watches for elements added later,
 * also inside open shadow roots that a site's own components add, and imports
 * `./<tag>.js` (with the chunks it needs) from its own folder the first time a tag appears.
 *
 * On a busy page it stays cheap: additions are only noted when they happen and looked at
 * together in idle time (`requestIdleCallback`, else a timeout), the tags are matched by the
 * browser (`querySelector`), and once every module has been asked for it stops watching.
 * A module that fails to load is tried once more, then reported on the console.
 *
 * A shadow root that is attached to an element after the element was added to the page is
 * not seen (attaching one fires nothing): such a site loads the element's module itself.
 */
import { ELEMENTS } from './elements.js';

/** Tags not imported yet. */
const pending = new Set<string>(ELEMENTS.map((e) => e.tag));
/** Roots already watched. */
const watched = new WeakSet<Node>();
/** Elements added since the last look. */
let added: Element[] = [];

const observer = new MutationObserver((records) => {
  // An empty list means no look is scheduled yet.
  const scheduled = added.length;
  // nodeType, not instanceof: a node made in another frame is an Element of another realm.
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeType === 1) added.push(node as Element);
  if (!scheduled && added.length) later(look);
});

/** Runs `fn` when the page is idle (within a second even on a page that never is). */
const later = (fn: () => void) =>
  'requestIdleCallback' in self ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 100);

function look(): void {
  const nodes = added;
  added = [];
  for (const node of nodes) if (node.isConnected) scan(node);
}

/** Imports `url`; once more after a failure (by another URL: a module that failed stays failed under its own), then says so. */
const get = (url: string, retried?: boolean): Promise<unknown> =>
  import(/* @vite-ignore */ url).catch((error) =>
    retried ? console.error(`[ogi-widgets] could not load ${url}:`, error) : get(`${url}?retry`, true),
  );

/** Loads what `root` (and every open shadow root inside it) holds, and watches those shadow roots. */
function scan(root: Element | Document | ShadowRoot): void {
  if (!pending.size) return;
  const selector = [...pending].join();
  for (const el of [root as Element, ...root.querySelectorAll(selector)])
    if (pending.has(el.localName)) {
      pending.delete(el.localName);
      if (!customElements.get(el.localName)) void get(new URL(`./${el.localName}.js`, import.meta.url).href);
    }
  // Every module asked for: nothing left to watch for.
  if (!pending.size) return observer.disconnect();
  // The root itself too: a site's component added with its shadow root already attached.
  for (const el of [root as Element, ...root.querySelectorAll('*')]) if (el.shadowRoot) watch(el.shadowRoot);
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

watch(document);
