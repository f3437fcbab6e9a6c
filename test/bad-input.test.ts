/**
 * Bad input: every attribute with empty, unknown, oversized and hostile values, rapid
 * changes, elements created before and after the script, moved between documents and
 * shadow roots, removed mid-update. Never an uncaught error, never an empty widget, a clear
 * console warning where the author made a mistake.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import { loadFrame, rendered, type Widget } from './support/frame.js';
import { TAGS } from './support/tags.js';

const HOSTILE = [
  '',
  ' ',
  'xx',
  'neon',
  '-1',
  '99',
  '1e3',
  'NaN',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  `${'a'.repeat(100000)}`,
];
const ATTRIBUTES = ['lang', 'heading-level', 'theme', 'orientation'];

/** Collects uncaught errors and console warnings while `run` runs. */
async function watch(run: () => Promise<void>): Promise<{ errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await nextFrame();
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { errors, warnings };
}

function assertRendered(el: Widget): void {
  const root = el.shadowRoot!;
  const title = root.querySelector('[part~="title"]');
  expect(title, `${el.localName} has a title`).to.exist;
  expect(title!.textContent!.trim().length).to.be.greaterThan(3);
  expect(root.textContent!.trim().length, 'content').to.be.greaterThan(100);
  expect(root.querySelector('img, script, iframe'), 'no injected markup').to.equal(null);
  expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
}

describe('bad input', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const attribute of ATTRIBUTES) {
        it(`survives empty, unknown, oversized and hostile ${attribute} values`, async () => {
          const { errors } = await watch(async () => {
            for (const value of HOSTILE) {
              const wrap = await fixture<HTMLElement>(html`<div></div>`);
              const el = document.createElement(tag) as Widget;
              el.setAttribute(attribute, value);
              wrap.append(el);
              await el.updateComplete;
              assertRendered(el);
              // …and as a later change on a rendered element
              el.setAttribute(attribute, value.split('').reverse().join(''));
              await el.updateComplete;
              assertRendered(el);
            }
          });
          expect(errors).to.deep.equal([]);
        });
      }

      it('warns clearly, once, about each mistaken value', async () => {
        const { warnings } = await watch(async () => {
          const el = await fixture<Widget>(html`<div></div>`).then((wrap) => {
            const e = document.createElement(tag) as Widget;
            e.setAttribute('lang', 'xx');
            e.setAttribute('heading-level', 'abc');
            e.setAttribute('theme', 'neon');
            wrap.append(e);
            return e;
          });
          await el.updateComplete;
          (el as unknown as { requestUpdate(): void }).requestUpdate();
          await el.updateComplete;
        });
        const mine = warnings.filter((w) => w.includes(`<${tag}>`));
        expect(mine.filter((w) => w.includes('"xx"'))).to.have.length(1);
        expect(mine.filter((w) => w.includes('heading-level'))).to.have.length(1);
        expect(mine.filter((w) => w.includes('theme'))).to.have.length(1);
      });

      it('ends in the right state after rapid attribute changes', async () => {
        const { errors } = await watch(async () => {
          const el = await fixture<Widget>(html`<div></div>`).then((wrap) => {
            const e = document.createElement(tag) as Widget;
            wrap.append(e);
            return e;
          });
          for (let i = 0; i < 300; i++) {
            el.setAttribute('lang', i % 2 ? 'en' : 'id');
            el.setAttribute('theme', ['light', 'dark', 'auto'][i % 3]);
            el.setAttribute('heading-level', String((i % 6) + 1));
            if (i % 50 === 0) await nextFrame();
          }
          el.setAttribute('lang', 'en');
          el.setAttribute('heading-level', '4');
          await el.updateComplete;
          const base = el.shadowRoot!.querySelector('[part~="base"]')!;
          expect(base.getAttribute('lang')).to.equal('en');
          expect(el.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h4');
        });
        expect(errors).to.deep.equal([]);
      });

      it('is removed mid-update and re-added without an error', async () => {
        const { errors } = await watch(async () => {
          const wrap = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement(tag) as Widget;
          wrap.append(el);
          el.setAttribute('lang', 'en');
          el.remove();
          await nextFrame();
          el.setAttribute('lang', 'id');
          wrap.append(el);
          await el.updateComplete;
          assertRendered(el);
        });
        expect(errors).to.deep.equal([]);
      });

      it('follows its new ancestors when moved into a shadow root and into another document', async () => {
        const { errors } = await watch(async () => {
          const wrap = await fixture<HTMLElement>(html`<div lang="id"></div>`);
          const el = document.createElement(tag) as Widget;
          wrap.append(el);
          await el.updateComplete;
          const host = document.createElement('div');
          host.setAttribute('lang', 'en');
          wrap.append(host);
          const root = host.attachShadow({ mode: 'open' });
          root.append(el);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
          const frame = await loadFrame('/test/fixtures/blank.html');
          const other = frame.contentDocument!;
          other.body.append(other.adoptNode(el));
          await el.updateComplete;
          assertRendered(el);
          wrap.append(document.adoptNode(el));
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('id');
          frame.remove();
        });
        expect(errors).to.deep.equal([]);
      });
    });
  }

  it('upgrades elements written before the script and creates them after it', async () => {
    const frame = await loadFrame('/test/fixtures/blank.html');
    const win = frame.contentWindow as Window & typeof globalThis;
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    for (const tag of TAGS) {
      const el = win.document.createElement(tag);
      el.setAttribute('lang', 'en');
      win.document.body.append(el);
    }
    const script = win.document.createElement('script');
    script.src = '/dist/ogi-widgets.iife.js';
    const loaded = new Promise((r) => (script.onload = r));
    win.document.head.append(script);
    await loaded;
    for (const tag of TAGS) assertRendered(await rendered(win, tag));
    for (const tag of TAGS) {
      const late = win.document.createElement(tag) as Widget;
      win.document.body.append(late);
      await late.updateComplete;
      assertRendered(late);
    }
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
