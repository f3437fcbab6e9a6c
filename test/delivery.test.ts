/**
 * How a webmaster loads the built files: with Subresource Integrity, and through
 * dist/ogi-autoloader.js. Each page is a fresh document in an iframe (its own module map and
 * its own resource timing). Imports nothing from src/: the elements come from dist/.
 */
import { expect } from '@open-wc/testing';
import { TAGS } from './support/tags.js';

type Win = Window & typeof globalThis;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A blank page in an iframe with `body` as its markup; resolves when it has loaded. */
async function blankPage(body = ''): Promise<Win> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Win;
}

/** Resolves once `tag` is defined in `win`, or rejects after `timeout` ms. */
function defined(win: Win, tag: string, timeout = 8000): Promise<unknown> {
  return Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`<${tag}> was not defined within ${timeout} ms`)), timeout),
    ),
  ]);
}

/** Adds a script to `win`'s page; resolves to 'load' or 'error'. */
function addScript(win: Win, src: string, attributes: Record<string, string>): Promise<'load' | 'error'> {
  const script = win.document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.src = src;
  const result = new Promise<'load' | 'error'>((resolve) => {
    script.onload = () => resolve('load');
    script.onerror = () => resolve('error');
  });
  win.document.head.append(script);
  return result;
}

/** The built files byte for byte (see `rawDist` in web-test-runner.config.mjs). */
const RAW = '/raw/dist';

const integrity = async (): Promise<Record<string, string>> => (await fetch('/dist/integrity.json')).json();

/** The files `file` (under /dist/) imports statically, followed transitively, itself included. */
async function withImports(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = await (await fetch(file)).text();
  for (const [, spec] of source.matchAll(/(?:import|from)\s*["'](\.[^"']+)["']/g)) {
    await withImports(new URL(spec, new URL(file, location.origin)).pathname, seen);
  }
  return seen;
}

/** The paths of the scripts `win`'s page has requested. */
const scriptsRequested = (win: Win): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'));

describe('Subresource Integrity (dist/integrity.json)', () => {
  it('the bundle loaded with its integrity and crossorigin works', async () => {
    const win = await blankPage('<ogi-contact lang="en"></ogi-contact>');
    const hash = (await integrity())['ogi-widgets.js'];
    expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(
      await addScript(win, `${RAW}/ogi-widgets.js`, { type: 'module', integrity: hash, crossorigin: 'anonymous' }),
    ).to.equal('load');
    await defined(win, 'ogi-contact');
    const el = win.document.querySelector('ogi-contact') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Address and contact');
  });

  it('the classic script loaded with its integrity works', async () => {
    const win = await blankPage('<ogi-faq></ogi-faq>');
    const hash = (await integrity())['ogi-widgets.iife.js'];
    expect(await addScript(win, `${RAW}/ogi-widgets.iife.js`, { integrity: hash, crossorigin: 'anonymous' })).to.equal(
      'load',
    );
    expect(win.customElements.get('ogi-faq')).to.be.a('function');
  });

  it('the bundle with a wrong hash is blocked', async () => {
    const win = await blankPage('<ogi-contact lang="en"></ogi-contact>');
    // A well-formed hash of another file.
    const wrong = (await integrity())['ogi-contact.js'];
    expect(
      await addScript(win, `${RAW}/ogi-widgets.js`, { type: 'module', integrity: wrong, crossorigin: 'anonymous' }),
    ).to.equal('error');
    expect(win.customElements.get('ogi-contact')).to.equal(undefined);
    expect(win.document.querySelector('ogi-contact')!.shadowRoot).to.equal(null);
  });
});

describe('dist/ogi-autoloader.js', () => {
  it('on a page with only <ogi-contact>, requests only the contact module and its chunks', async () => {
    const win = await blankPage(
      '<script type="module" src="/dist/ogi-autoloader.js"></script><ogi-contact lang="en"></ogi-contact>',
    );
    await defined(win, 'ogi-contact');
    const el = win.document.querySelector('ogi-contact') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('contact@opengovindonesia.org');
    // Give a stray import time to show up before counting.
    await new Promise((r) => setTimeout(r, 300));
    const expected = [...(await withImports('/dist/ogi-contact.js')), '/dist/ogi-autoloader.js'].sort();
    expect(expected.some((p) => p.startsWith('/dist/chunks/'))).to.equal(true);
    expect([...new Set(scriptsRequested(win))].sort()).to.deep.equal(expected);
    for (const tag of TAGS.filter((t) => t !== 'ogi-contact'))
      expect(win.customElements.get(tag), tag).to.equal(undefined);
  });

  it('defines a widget added later, one inside an open shadow root, and one added to a shadow root later', async () => {
    const win = await blankPage('<script type="module" src="/dist/ogi-autoloader.js"></script><p>no widget yet</p>');
    const doc = win.document;
    // Let the autoloader run on the page as loaded (nothing to load).
    await new Promise((r) => setTimeout(r, 200));
    expect(scriptsRequested(win)).to.deep.equal(['/dist/ogi-autoloader.js']);

    doc.body.append(doc.createElement('ogi-faq'));
    await defined(win, 'ogi-faq');

    // A site's component: an open shadow root holding a widget, added in one go.
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(doc.createElement('ogi-about'));
    doc.body.append(host);
    await defined(win, 'ogi-about');

    // A component whose open shadow root gets the widget after the component was added.
    const later = doc.createElement('section');
    const shadow = later.attachShadow({ mode: 'open' });
    doc.body.append(later);
    await new Promise((r) => setTimeout(r, 50));
    const timeline = doc.createElement('ogi-ogp-timeline');
    shadow.append(timeline);
    await defined(win, 'ogi-ogp-timeline');
    await (timeline as Widget).updateComplete;
    expect(timeline.shadowRoot!.querySelector('[part~="title"]')).to.exist;
    expect(win.customElements.get('ogi-contact')).to.equal(undefined);
  });
});
