/**
 * No side effects: no network request of its own, no global CSS or globals beyond the
 * element definitions, no listener or observer left after removal, a flat heap.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { loadFrame, rendered, type Widget } from './support/frame.js';
import { TAGS } from './support/tags.js';

async function loadInto(win: Window, kind: 'module' | 'classic'): Promise<void> {
  const s = win.document.createElement('script');
  if (kind === 'module') {
    s.type = 'module';
    s.src = '/dist/ogi-widgets.js';
  } else {
    s.src = '/dist/ogi-widgets.iife.js';
  }
  const loaded = new Promise((resolve, reject) => {
    s.onload = resolve;
    s.onerror = reject;
  });
  win.document.head.append(s);
  await loaded;
}

describe('no side effects', () => {
  for (const kind of ['module', 'classic'] as const) {
    it(`adds no global, no stylesheet and makes no request of its own (${kind})`, async () => {
      const frame = await loadFrame('/test/fixtures/blank.html');
      const win = frame.contentWindow as Window & typeof globalThis;
      const globalsBefore = new Set(Object.getOwnPropertyNames(win));
      const resourcesBefore = win.performance.getEntriesByType('resource').length;
      await loadInto(win, kind);
      for (const tag of TAGS) win.document.body.append(win.document.createElement(tag));
      for (const tag of TAGS) await rendered(win, tag);
      // Use the widgets a little: open the FAQ, switch language.
      win.document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r, 50));
      const added = Object.getOwnPropertyNames(win).filter((k) => !globalsBefore.has(k));
      // Lit's own markers (which Lit versions are on the page, and its decorator metadata map)
      // are the only globals; nothing of ours. See the README's "Security and accessibility".
      const LIT_RUNTIME = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
      expect(
        added.filter((k) => !LIT_RUNTIME.includes(k)),
        'new globals',
      ).to.deep.equal([]);
      expect(win.document.styleSheets.length).to.equal(0);
      expect(win.document.adoptedStyleSheets.length).to.equal(0);
      const requests = win.performance
        .getEntriesByType('resource')
        .slice(resourcesBefore)
        .map((e) => new URL(e.name).pathname);
      for (const path of requests) expect(path, 'request').to.match(/^\/dist\/[\w./-]+\.js$/);
      frame.remove();
    });
  }

  for (const tag of TAGS) {
    it(`<${tag}> removes every window/document listener it added`, async () => {
      const added = new Map<string, number>();
      const count = (delta: number) =>
        function (this: EventTarget, type: string) {
          const key = `${this === window ? 'window' : 'document'}:${type}`;
          added.set(key, (added.get(key) ?? 0) + delta);
        };
      const targets: EventTarget[] = [window, document];
      const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
      targets.forEach((t) => {
        const [add, remove] = [t.addEventListener, t.removeEventListener];
        t.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
          count(1).call(this, args[0]);
          return add.apply(this, args);
        };
        t.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
          count(-1).call(this, args[0]);
          return remove.apply(this, args);
        };
      });
      try {
        const wrap = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement(tag) as Widget;
        wrap.append(el);
        await el.updateComplete;
        el.remove();
        await nextFrame();
      } finally {
        targets.forEach((t, i) => {
          t.addEventListener = originals[i][0];
          t.removeEventListener = originals[i][1];
        });
      }
      const left = [...added].filter(([, n]) => n > 0);
      expect(left, 'listeners left behind').to.deep.equal([]);
    });

    it(`<${tag}> no longer reacts to <html lang> once removed`, async () => {
      const el = document.createElement(tag) as Widget & { requestUpdate: () => void };
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      let updates = 0;
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = () => {
        updates++;
        original();
      };
      const previous = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', previous === 'en' ? 'id' : 'en');
      await nextFrame();
      if (previous === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', previous);
      expect(updates).to.equal(0);
    });
  }

  it('keeps the heap flat over 1,000 add/remove cycles of every widget (Chromium heap via DevTools protocol)', async function () {
    this.timeout(120000);
    const heap = async () =>
      (await executeServerCommand<{ usedSize: number | null }, undefined>('heap-usage')).usedSize;
    const first = await heap();
    if (first === null) {
      // Firefox and WebKit expose no heap measurement to the test runner; the listener tests above cover it.
      this.skip();
    }
    const host = document.createElement('div');
    document.body.append(host);
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const els = TAGS.map((t) => document.createElement(t) as Widget);
        host.append(...els);
        await Promise.all(els.map((e) => e.updateComplete));
        els.forEach((e) => e.remove());
      }
    };
    await cycle(100); // warm-up: caches, compiled templates
    const before = (await heap())!;
    await cycle(1000);
    const after = (await heap())!;
    host.remove();
    const growth = after - before;
    console.log(`heap before ${before} B, after ${after} B, growth ${growth} B over 1,000 cycles`);
    expect(growth).to.be.lessThan(1024 * 1024);
  });
});
