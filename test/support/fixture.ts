/**
 * One widget, rendered two ways, for cases that must hold for both (as Web Awesome's fixtures do):
 *
 *  - `client-rendered`: the element of `src/` created in this page (the test file imports it);
 *  - `hydrated`: the fragment `ogi-widgets/ssr` writes (the built renderer, run in Node by the test
 *    server: support/ssr-server.mjs), parsed in a fresh frame, then taken over by the built bundle
 *    (`dist/ogi-widgets.js`), as on a page that renders on the server.
 *
 * A hydrated fixture fails unless the bundle really took the server's DOM over (the same frame
 * node, no "drawn anew" warning): a case run on it is never a client render in disguise.
 *
 *     for (const { type, fixture } of fixtures)
 *       it(`names the region by its title (${type})`, async () => {
 *         const el = await fixture('ogi-faq', { lang: 'en' });
 *       });
 *
 * The hydrated element lives in the frame's window: compare with its classes and events, not this
 * page's (`el.ownerDocument.defaultView`).
 */
import { fixture as clientFixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Widget } from './dom.js';

/** What both kinds accept: the server renderer's options, written as attributes on a client-rendered element. */
export interface FixtureOptions {
  lang?: 'id' | 'en';
  theme?: 'light' | 'dark';
  headingLevel?: number;
  orientation?: 'vertical' | 'horizontal';
  searchable?: boolean;
}

export type Rendering = 'client-rendered' | 'hydrated';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fragments already rendered, by tag and options (a render is a Node process: about a second). */
const fragments = new Map<string, Promise<string>>();

/** The server's fragment for `tag` with `options` (the same options give the same bytes). */
export function serverFragment(tag: string, options: FixtureOptions = {}): Promise<string> {
  const key = JSON.stringify([tag, options]);
  let fragment = fragments.get(key);
  if (!fragment) {
    fragment = executeServerCommand<Run[], unknown>('ssr-render', { via: 'api', jobs: [{ tag, options }] }).then(
      ([run]) => {
        if (run.code !== 0) throw new Error(`renderToString(${tag}): ${run.stderr}`);
        return run.stdout;
      },
    );
    fragments.set(key, fragment);
  }
  return fragment;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** `<tag>` created in this page with `options` as attributes, rendered. */
export async function clientRendered<T extends Widget = Widget>(tag: string, options: FixtureOptions = {}): Promise<T> {
  const wrap = await clientFixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as T;
  if (options.lang) el.setAttribute('lang', options.lang);
  if (options.theme) el.setAttribute('theme', options.theme);
  if (options.headingLevel !== undefined) el.setAttribute('heading-level', String(options.headingLevel));
  if (options.orientation) el.setAttribute('orientation', options.orientation);
  if (options.searchable) el.setAttribute('searchable', '');
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** `<tag>` rendered on the server with `options`, then taken over by the bundle in a fresh frame (removed after the test). */
export async function hydrated<T extends Widget = Widget>(tag: string, options: FixtureOptions = {}): Promise<T> {
  const fragment = await serverFragment(tag, options);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.title = `${tag}, server-rendered`;
  frame.srcdoc = `<!doctype html><html lang="${options.lang ?? 'id'}"><head><meta charset="utf-8"><title>hydrated</title></head><body>${fragment}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const el = doc.querySelector(tag) as T;
  const base = el.shadowRoot?.querySelector('[part~="base"]');
  if (!base) throw new Error(`the fragment of <${tag}> has no declarative shadow root`);
  const warnings: string[] = [];
  const warn = win.console.warn;
  win.console.warn = (...a: unknown[]) => (warnings.push(a.map(String).join(' ')), warn(...a));
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/ogi-widgets.js';
  const ran = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error('the frame did not load /dist/ogi-widgets.js'));
  });
  doc.head.append(script);
  await ran;
  await win.customElements.whenDefined(tag);
  await el.updateComplete;
  const drawnAnew = warnings.filter((w) => w.includes('drawn anew'));
  if (drawnAnew.length || el.shadowRoot!.querySelector('[part~="base"]') !== base)
    throw new Error(`<${tag}> was not taken over: ${drawnAnew.join(' ') || 'its frame was replaced'}`);
  return el;
}

/** Both kinds, each with its name (for the test's title) and its fixture. */
export const fixtures: { type: Rendering; fixture: typeof clientRendered }[] = [
  { type: 'client-rendered', fixture: clientRendered },
  { type: 'hydrated', fixture: hydrated },
];
