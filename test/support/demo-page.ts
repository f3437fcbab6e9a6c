/**
 * The demo page in a frame, for the tests of its "Your content" panel and editor
 * (test/demo-content.test.ts, test/demo-editor.test.ts): open it, read its previews, paste its
 * snippet into a blank page next to the built script, run axe on it.
 */
import { EXAMPLE_URL } from '../../demo/content.js';
import { SCRIPT_DIR } from '../../demo/snippet.js';
import { squash, until as waitUntil, type Widget } from './dom.js';

/** The built files, byte for byte (see `rawDist` in web-test-runner.config.mjs). */
export const BUILT_DIR = '/raw/dist/';

export type Win = Window & typeof globalThis;

export const until = (check: () => boolean, what: string, timeout = 8000) => waitUntil(check, what, timeout);

const frames: HTMLIFrameElement[] = [];

/** Removes every frame the tests opened (call it in `afterEach`). */
export function closeFrames(): void {
  while (frames.length) frames.pop()!.remove();
}

/** Keeps the frames opened so far past the next `closeFrames()` (a page shared by a block of tests). */
export function keepFrames(): void {
  frames.length = 0;
}

export async function iframe(
  setup: (f: HTMLIFrameElement) => void,
  width: number,
  height = 900,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  setup(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

export interface DemoPage {
  win: Win;
  doc: Document;
  $: <T extends Element = HTMLElement>(sel: string) => T;
}

/** The demo page at `query` (a query string, and a hash if any), ready. */
export async function openDemo(query = '', width = 1280): Promise<DemoPage> {
  const frame = await iframe((f) => (f.src = `/demo/index.html${query}`), width);
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  await until(() => doc.documentElement.dataset.demoReady === 'true', 'the demo to be ready', 20000);
  return { win, doc, $: <T extends Element>(sel: string) => doc.querySelector<T>(sel)! };
}

export const KEYS: Record<string, string> = {
  'ogi-about': 'about',
  'ogi-faq': 'faq',
  'ogi-ogp-timeline': 'timeline',
  'ogi-contact': 'contact',
};

/**
 * The live preview frame of the chosen widgets (its first language column): one frame for one
 * widget, or for "All" one frame holding the four, as the snippet places them.
 */
export const liveFrame = (page: DemoPage): HTMLIFrameElement =>
  page.$<HTMLIFrameElement>('.widget-section:not([hidden]) .frame-column[data-alt="false"] iframe.preview-frame');

export async function previewWidget(page: DemoPage, tag: string): Promise<Widget> {
  const frame = liveFrame(page);
  await until(() => frame.dataset.ready === 'true', `the preview of <${tag}>`, 20000);
  const el = frame.contentDocument!.querySelector<Widget>(tag)!;
  await el.updateComplete;
  return el;
}

/** A widget's shadow text, white space squashed (the widget may be of another window). */
export const text = (el: Element) => squash(el.shadowRoot?.textContent);
export const snippetText = (page: DemoPage) => page.$('#snippet').textContent!;
export const statusText = (page: DemoPage) => page.$('#content-status').textContent!.replace(/\s+/g, ' ').trim();

/** Types `value` into the content box as a user does (one input event), from the demo's realm. */
export function type(page: DemoPage, value: string): void {
  const box = page.$<HTMLTextAreaElement>('#content');
  box.value = value;
  box.dispatchEvent(new page.win.Event('input', { bubbles: true }));
}

/** The widget's text once it contains `wanted`. */
export async function shows(el: Widget, wanted: string, what = el.localName): Promise<string> {
  await until(() => text(el).includes(wanted), `${what} to show "${wanted}" (${text(el).slice(0, 200)})`);
  return text(el);
}

export const example = async () => (await (await fetch(EXAMPLE_URL)).json()) as Record<string, unknown>;

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}
type AxeWin = Win & { axe?: { run: (context: unknown, options: unknown) => Promise<AxeResults> } };

export async function axe(doc: Document): Promise<string[]> {
  const win = doc.defaultView as AxeWin;
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const s = doc.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('axe'));
      doc.head.append(s);
    });
  }
  const results = await win.axe!.run(doc, { iframes: false, resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}

/**
 * The snippet `code` pasted into a blank page, its script taken from the built `file` of dist/
 * (with that file's integrity hash) and, when `contentFile` is given, every `content-src`
 * pointing at that text served as a file. Resolves with the page's window once `tags` exist.
 */
export async function pasteIntoBlank(code: string, file: string, tags: string[], contentFile?: string): Promise<Win> {
  // The snippet carries the real hashes: only the folder changes.
  let pasted = code.replaceAll(SCRIPT_DIR, BUILT_DIR);
  if (contentFile !== undefined) {
    const served = `/__content.json?body=${encodeURIComponent(contentFile)}`;
    pasted = pasted.replace(
      /content-src="[^"]*"/g,
      `content-src="${served.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
    );
  }
  const blank = await iframe(
    (f) =>
      (f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body>${pasted}</body></html>`),
    800,
  );
  const bwin = blank.contentWindow as Win;
  for (const tag of tags) await until(() => Boolean(bwin.customElements.get(tag)), `${tag} from ${BUILT_DIR}${file}`);
  return bwin;
}
