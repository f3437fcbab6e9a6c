/**
 * Tests of what `npm run build` ships, loaded as a webmaster loads it.
 * This file imports nothing from src/, so the elements come from dist/.
 */
import { expect } from '@open-wc/testing';
import { TAGS } from './support/tags.js';

const ELEMENTS = TAGS;

function loadClassic(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(s);
  });
}

/** A blank page in an iframe, with `body` as its markup; resolves when it has loaded. */
async function blankPage(
  body: string,
): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const errors: string[] = [];
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(e.message));
  return { frame, win, errors };
}

async function whenDefined(win: Window, tag: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  await win.customElements.whenDefined(tag);
  const el = win.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

describe('dist/', () => {
  it('has only relative imports in every module', async () => {
    for (const file of ['ogi-widgets.js', ...ELEMENTS.map((e) => `${e}.js`)]) {
      const source = await (await fetch(`/dist/${file}`)).text();
      const specifiers = [...source.matchAll(/(?:import|from)\s*["']([^"']+)["']/g)].map((m) => m[1]);
      for (const s of specifiers) expect(s, `${file} imports ${s}`).to.match(/^\.\.?\//);
    }
  });

  it('ogi-widgets.js is one self-contained file', async () => {
    const source = await (await fetch('/dist/ogi-widgets.js')).text();
    expect(source).not.to.match(/(?:import|from)\s*["']/);
  });

  it('loads the module and the classic script twice each without an error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await loadClassic(document, '/dist/ogi-widgets.iife.js');
      await import(/* @vite-ignore */ `${'/dist/ogi-widgets.js'}`);
      await loadClassic(document, '/dist/ogi-widgets.iife.js?again');
      await import(/* @vite-ignore */ `${'/dist/ogi-widgets.js?again'}`);
      for (const tag of ELEMENTS) await import(/* @vite-ignore */ `/dist/${tag}.js?again`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const tag of ELEMENTS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('shows the English contact card on a blank page with only the classic script', async () => {
    const { frame, win, errors } = await blankPage(
      '<script src="/dist/ogi-widgets.iife.js" defer></script><ogi-contact lang="en"></ogi-contact>',
    );
    const el = await whenDefined(win, 'ogi-contact');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Address and contact');
    expect(el.shadowRoot!.textContent).to.contain('contact@opengovindonesia.org');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  for (const tag of ELEMENTS) {
    it(`dist/${tag}.js works alone on a blank page`, async () => {
      const { frame, win, errors } = await blankPage(
        `<script type="module" src="/dist/${tag}.js"></script><${tag} lang="en"></${tag}>`,
      );
      const el = await whenDefined(win, tag);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.length).to.be.greaterThan(3);
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }
});
