/**
 * "Works without JavaScript": the server-rendered widgets (dist/static/, the `ogi-widgets`
 * command, `ogi-widgets/ssr`) shown on pages that run no script, and the upgrade when the
 * script comes later. This file imports nothing from src/, so no element is defined here:
 * the widgets come from the built files, rendered by the test server through the command
 * and the Node API (see test/support/ssr-server.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { FACTS, missing, normalise } from './support/facts.js';
import { TAGS } from './support/tags.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
interface Job {
  tag: string;
  options?: Record<string, unknown>;
}
/** The `ogi-widgets` command with these arguments, run by the test server. */
const cli = (...args: string[]) =>
  executeServerCommand<Run, { via: 'cli'; args: string[] }>('ssr-render', { via: 'cli', args });
/** `renderToString()` of `ogi-widgets/ssr` for each job, in one Node process of the test server. */
const api = (jobs: Job[]) =>
  executeServerCommand<Run[], { via: 'api'; jobs: Job[] }>('ssr-render', { via: 'api', jobs });

const LANGS = ['id', 'en'] as const;
const fragmentUrl = (tag: string, lang: string) => `/dist/static/${tag}.${lang}.html`;
const fetchText = async (url: string) => (await fetch(url)).text();
const nextFrame = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/**
 * A real no-script page: an iframe whose sandbox lacks `allow-scripts`, holding `body`.
 * Its own inline script would rename the page; the checks below make sure it never ran.
 */
async function noScriptPage(body: string, lang = 'id'): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>No script</title></head><body>${body}<script>document.title = 'a script ran'</script></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  expect(doc.title, 'scripts are off in the page').to.equal('No script');
  return { frame, win, doc };
}

/** A page served by the test server (see ssr-server.mjs), in a plain iframe. */
async function servedPage(src: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

const widgets = (doc: Document) => TAGS.map((tag) => doc.querySelector(tag)!).filter(Boolean) as HTMLElement[];
const root = (el: Element) => el.shadowRoot!;
/** The visible text of the widgets (their frames, without the inline style's text). */
const shownText = (doc: Document) =>
  normalise(
    widgets(doc)
      .map((el) => root(el).querySelector('[part~="base"]')!.textContent)
      .join(' \n '),
  );
const headings = (doc: Document) =>
  widgets(doc).flatMap((el) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')]);

describe('without JavaScript', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    for (const host of document.querySelectorAll('.no-js-host')) host.remove();
  });

  describe('dist/static/', () => {
    for (const tag of TAGS) {
      for (const lang of LANGS) {
        it(`${tag}.${lang}.html: the element, its declarative shadow root, inline styles, no script`, async () => {
          const html = await fetchText(fragmentUrl(tag, lang));
          expect(html).to.match(
            new RegExp(
              `^<${tag} lang="${lang}" theme="light"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`,
            ),
          );
          expect(html.trimEnd().endsWith(`</template></${tag}>`)).to.equal(true);
          expect(html).not.to.match(/<script/i);
          // The markers the script needs to take the DOM over.
          expect(html).to.contain('<!--lit-part');
        });
      }
    }

    for (const lang of LANGS) {
      it(`read without CSS (a text browser), the quotation's name, office and note are lines of their own (${lang})`, async () => {
        // A text browser shows a declarative shadow root's markup as it is, without its styles.
        const html = await fetchText(fragmentUrl('ogi-about', lang));
        const markup = html.slice(html.indexOf('<template'), html.lastIndexOf('</template>'));
        const plain = document.createElement('div');
        plain.className = 'no-js-host';
        plain.innerHTML = markup.replace(/^<template[^>]*>/, '').replace(/<style>[\s\S]*?<\/style>/g, '');
        document.body.append(plain);
        const caption = plain.querySelector('figcaption')!.innerText.trim();
        const lines = caption.split('\n').map((l) => l.trim());
        expect(lines[0]).to.equal('Joko Widodo');
        // Name and office; in English also the note on the translation.
        expect(lines.length, caption).to.equal(lang === 'en' ? 3 : 2);
        for (const line of lines)
          expect(line, caption).not.to.match(/Indonesia(unofficial|Unofficial|Terjemahan|terjemahan)/);
      });
    }

    for (const lang of LANGS) {
      it(`every fact of the source shows with scripts off (${lang})`, async () => {
        const fragments = await Promise.all(TAGS.map((tag) => fetchText(fragmentUrl(tag, lang))));
        const { win, doc } = await noScriptPage(fragments.join('\n'), lang);
        for (const el of widgets(doc)) {
          expect(win.customElements.get(el.localName), `${el.localName} is not defined`).to.equal(undefined);
          expect(el.shadowRoot, `${el.localName} has its declarative shadow root`).to.exist;
          expect(el.getBoundingClientRect().height, `${el.localName} takes room`).to.be.greaterThan(100);
        }
        const text = shownText(doc);
        for (const fact of FACTS) expect(missing(text, fact[lang]), `${fact.fact} (${lang})`).to.deep.equal([]);
        // Each widget says it in its language.
        for (const el of widgets(doc))
          expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      });

      it(`is styled, and shows no control that needs the script (${lang})`, async () => {
        const fragments = await Promise.all(TAGS.map((tag) => fetchText(fragmentUrl(tag, lang))));
        const { win, doc } = await noScriptPage(fragments.join('\n'), lang);
        for (const el of widgets(doc)) {
          expect(win.getComputedStyle(root(el).querySelector('[part~="base"]')!).borderTopStyle, el.localName).to.equal(
            'solid',
          );
          // The script draws its controls (open all, copy) itself: the fragment has none, and a text
          // browser reads none.
          expect(root(el).querySelectorAll('button').length, `${el.localName}: no button`).to.equal(0);
        }
        expect(shownText(doc)).not.to.match(/Buka semua|Open all|Salin|Copy e-mail/);
        // The "add to contacts" link needs no script: it stays.
        const vcard = root(doc.querySelector('ogi-contact')!).querySelector<HTMLElement>('a[download]')!;
        expect(win.getComputedStyle(vcard).visibility).to.equal('visible');
        // No room for controls that cannot work: the FAQ's list follows its lead as any paragraph follows another.
        const faq = root(doc.querySelector('ogi-faq')!);
        const lead = faq.querySelector('.lead')!;
        expect(faq.querySelector('.toolbar')!.getBoundingClientRect().height).to.equal(0);
        expect(
          faq.querySelector('[part="list"]')!.getBoundingClientRect().top - lead.getBoundingClientRect().bottom,
          'lead to list: the paragraph margin',
        ).to.be.closeTo(parseFloat(win.getComputedStyle(lead).marginBottom), 1);
      });

      it(`axe finds nothing in the widgets as a no-script page has them (${lang})`, async function () {
        // axe over four widgets' shadow roots: WebKit on a busy machine needed more than 30 s.
        this.timeout(90000);
        // axe runs in this page: the fragments are parsed here (declarative shadow roots
        // included) and stay un-upgraded, since this page defines no element either.
        const host = document.createElement('div');
        host.className = 'no-js-host';
        host.lang = lang;
        const fragments = await Promise.all(TAGS.map((tag) => fetchText(fragmentUrl(tag, lang))));
        host.setHTMLUnsafe(fragments.join('\n'));
        document.body.append(host);
        for (const tag of TAGS) {
          expect(customElements.get(tag), tag).to.equal(undefined);
          expect(host.querySelector(tag)!.shadowRoot, tag).to.exist;
        }
        await expect(host).to.be.accessible();
      });
    }

    it('an FAQ question opens by click and by keyboard with no script', async () => {
      const { doc } = await noScriptPage(await fetchText(fragmentUrl('ogi-faq', 'en')), 'en');
      const items = [...root(doc.querySelector('ogi-faq')!).querySelectorAll<HTMLDetailsElement>('details')];
      expect(items.length).to.be.greaterThan(5);
      expect(
        items.every((d) => !d.open),
        'all closed at first',
      ).to.equal(true);
      items[0].querySelector('summary')!.click();
      expect(items[0].open, 'opened by click').to.equal(true);
      const answer = items[0].querySelector<HTMLElement>('[part~="answer"]')!;
      expect(answer.getBoundingClientRect().height, 'its answer shows').to.be.greaterThan(10);

      items[1].querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(items[1].open, 'opened by Enter').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(items[1].open, 'closed by Enter').to.equal(false);
      items[2].querySelector('summary')!.focus();
      await sendKeys({ press: ' ' }); // Space
      expect(items[2].open, 'opened by Space').to.equal(true);
    });
  });

  describe('dist/embed/ (iframe pages)', () => {
    for (const tag of TAGS) {
      for (const lang of LANGS) {
        it(`${tag}.${lang}.html: a complete page with the fragment and the script`, async () => {
          const [page, fragment] = await Promise.all([
            fetchText(`/dist/embed/${tag}.${lang}.html`),
            fetchText(fragmentUrl(tag, lang)),
          ]);
          expect(page).to.match(/^<!doctype html>\n<html lang="(id|en)">/);
          expect(page).to.contain(`<html lang="${lang}">`);
          expect(page).to.match(/<title>[^<]+ · Open Government Indonesia<\/title>/);
          // The same fragment, its styles linked (a strict CSP blocks inline ones).
          expect(page).to.contain('<link rel="stylesheet" href="../ogi-widgets.css">');
          expect(page).not.to.contain('<style');
          expect(page).to.contain(
            fragment.trimEnd().replace(/<style>[^<]*<\/style>/, '<link rel="stylesheet" href="../ogi-widgets.css">'),
          );
          expect(page).to.contain('<script type="module" src="../ogi-widgets.js"></script>');
        });
      }
    }

    it('shows the widget with scripts off', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.cssText = 'width: 800px; height: 600px; border: 0';
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.src = '/dist/embed/ogi-faq.en.html';
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & typeof globalThis;
      expect(doc.title).to.equal('Frequently asked questions · Open Government Indonesia');
      expect(win.customElements.get('ogi-faq'), 'no script ran').to.equal(undefined);
      const el = doc.querySelector('ogi-faq')!;
      expect(root(el).querySelectorAll('details').length).to.be.greaterThan(5);
      expect(win.getComputedStyle(root(el).querySelector('[part~="base"]')!).borderTopStyle).to.equal('solid');
      // Our own page sets a sans-serif font: no browser default serif.
      expect(win.getComputedStyle(root(el).querySelector('[part~="base"]')!).fontFamily).to.contain('sans-serif');
      // The page is the widget alone: no space after it (--ogi-space-after: 0), which would only make the frame taller.
      expect(doc.documentElement.getBoundingClientRect().height).to.be.closeTo(el.getBoundingClientRect().height, 1);
    });

    it('goes live with the script and tells its parent its height, again when it changes', async function () {
      this.timeout(20000);
      const heights: number[] = [];
      const frame = document.createElement('iframe');
      // In view, as a host's frame is when its height matters: WebKit holds back rendering
      // updates (ResizeObserver, resize) in frames out of view.
      frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 900px; height: 300px; border: 0';
      const onMessage = (e: MessageEvent) => {
        if (e.source === frame.contentWindow && e.data?.type === 'ogi-widgets:height') heights.push(e.data.height);
      };
      window.addEventListener('message', onMessage);
      try {
        const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
        frame.src = '/dist/embed/ogi-contact.en.html';
        document.body.append(frame);
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        await win.customElements.whenDefined('ogi-contact');
        const el = frame.contentDocument!.querySelector('ogi-contact')!;
        expect(root(el).querySelectorAll('[part~="base"]').length, 'taken over, not drawn twice').to.equal(1);
        for (let i = 0; i < 50 && !heights.length; i++) await sleep(50);
        const docHeight = () => frame.contentDocument!.documentElement.getBoundingClientRect().height;
        expect(heights.at(-1)).to.be.closeTo(docHeight(), 1);
        const wide = heights.at(-1)!;
        // WebKitGTK in our Xvfb harness runs no ResizeObserver or resize callback inside the frame
        // after it is resized (not yet understood; Safari itself untested): the first height, sent on
        // load, is checked above in every browser; the change is checked in Chromium and Firefox.
        if (navigator.userAgent.includes('AppleWebKit') && !navigator.userAgent.includes('Chrome/')) this.skip();
        frame.style.width = '320px';
        for (let i = 0; i < 50 && heights.at(-1) === wide; i++) await sleep(50);
        expect(heights.at(-1), 'taller when narrow').to.be.greaterThan(wide);
        expect(heights.at(-1)).to.be.closeTo(docHeight(), 1);
      } finally {
        window.removeEventListener('message', onMessage);
      }
    });
  });

  describe('the ogi-widgets command and ogi-widgets/ssr', () => {
    it('give the same fragments as dist/static/', async function () {
      this.timeout(120000);
      const jobs = TAGS.flatMap((tag) => LANGS.map((lang) => ({ tag, options: { lang } })));
      const fromApi = await api(jobs);
      // One command at a time: each answer must reach the browser within the runner's 20 s.
      const fromCli: Run[] = [];
      for (const { tag, options } of jobs) fromCli.push(await cli('render', tag, '--lang', options.lang));
      const files = await Promise.all(jobs.map(({ tag, options }) => fetchText(fragmentUrl(tag, options.lang))));
      jobs.forEach(({ tag, options }, i) => {
        const what = `${tag} ${options.lang}`;
        expect(fromCli[i].code, `${what}: ${fromCli[i].stderr}`).to.equal(0);
        expect(fromCli[i].stderr).to.equal('');
        expect(fromApi[i].code, fromApi[i].stderr).to.equal(0);
        expect(fromCli[i].stdout, `${what}: command = API`).to.equal(`${fromApi[i].stdout}\n`);
        expect(fromApi[i].stdout, `${what}: API = dist/static`).to.equal(files[i].trimEnd());
      });
    });

    it('apply --heading-level and --theme, and their fragments pass the no-script checks', async function () {
      this.timeout(90000);
      const outputs: Run[] = [];
      for (const tag of TAGS)
        outputs.push(await cli('render', tag, '--lang', 'en', '--theme', 'dark', '--heading-level', '4'));
      const [fromApi] = await api([{ tag: 'ogi-faq', options: { lang: 'en', theme: 'dark', headingLevel: 4 } }]);
      expect(outputs[1].stdout).to.equal(`${fromApi.stdout}\n`);
      const { win, doc } = await noScriptPage(outputs.map((o) => o.stdout).join('\n'), 'en');
      const text = shownText(doc);
      for (const fact of FACTS) expect(missing(text, fact.en), fact.fact).to.deep.equal([]);
      for (const el of widgets(doc)) {
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(root(el).querySelector('[part~="title"]')!.localName, el.localName).to.equal('h4');
        // The dark palette: light text.
        expect(win.getComputedStyle(root(el).querySelector('[part~="base"]')!).color, el.localName).to.equal(
          'rgb(232, 237, 243)',
        );
      }
    });

    it('accept --content with a readable JSON file (applied once regional content lands)', async function () {
      this.timeout(20000);
      const out = await cli('render', 'ogi-faq', '--content', 'test/fixtures/no-js/content.json');
      expect(out.code, out.stderr).to.equal(0);
      expect(out.stdout).to.contain('<ogi-faq lang="id"');
    });

    const mistakes: [string, string[]][] = [
      ['an unknown tag', ['render', 'ogi-nope']],
      ['no tag', ['render']],
      ['an unknown command', ['draw', 'ogi-faq']],
      ['an unknown option', ['render', 'ogi-faq', '--colour', 'red']],
      ['an unsupported language', ['render', 'ogi-faq', '--lang', 'fr']],
      ['an unknown theme', ['render', 'ogi-faq', '--theme', 'pink']],
      ['a heading level out of range', ['render', 'ogi-faq', '--heading-level', '7']],
      ['a heading level that is no number', ['render', 'ogi-faq', '--heading-level', 'two']],
      ['an empty stylesheet URL', ['render', 'ogi-faq', '--stylesheet', '']],
      ['a content file that does not exist', ['render', 'ogi-faq', '--content', 'test/fixtures/no-js/absent.json']],
      ['a content file that is not JSON', ['render', 'ogi-faq', '--content', 'test/fixtures/no-js/broken.json']],
    ];
    for (const [what, args] of mistakes) {
      it(`answers ${what} with one line on stderr, nothing on stdout, a non-zero exit`, async function () {
        this.timeout(20000);
        const out = await cli(...args);
        expect(out.code).not.to.equal(0);
        expect(out.stdout).to.equal('');
        expect(out.stderr).to.match(/^ogi-widgets: [^\n]+\n$/);
      });
    }

    it('renderToString rejects an unknown tag and a bad option', async function () {
      this.timeout(20000);
      const bad = [
        { tag: 'ogi-nope' },
        { tag: 'ogi-faq', options: { lang: 'fr' } },
        { tag: 'ogi-faq', options: { headingLevel: 0 } },
      ];
      const results = await api(bad);
      results.forEach((out, i) => {
        expect(out.code, JSON.stringify(bad[i])).not.to.equal(0);
        expect(out.stdout).to.equal('');
        expect(out.stderr).to.match(/^RenderError: [^\n]+$/);
      });
    });
  });

  describe('--stylesheet and dist/ogi-widgets.css', () => {
    it('a linked stylesheet styles every element exactly as the inline styles do', async function () {
      this.timeout(30000);
      const results = await api(
        TAGS.flatMap((tag) => [
          { tag, options: { lang: 'en' } },
          { tag, options: { lang: 'en', stylesheet: '/dist/ogi-widgets.css' } },
        ]),
      );
      const fragments = TAGS.map((_, i) => [results[2 * i].stdout, results[2 * i + 1].stdout]);
      for (const [, linked] of fragments) {
        expect(linked).not.to.contain('<style');
        expect(linked).to.contain('<link rel="stylesheet" href="/dist/ogi-widgets.css">');
      }
      const a = await noScriptPage(fragments.map((f) => f[0]).join('\n'), 'en');
      const b = await noScriptPage(fragments.map((f) => f[1]).join('\n'), 'en');
      // Compared at rest: after the stylesheet has loaded and the timeline's entrance motion.
      await sleep(200);
      await Promise.all(
        [a, b].flatMap(({ doc }) =>
          widgets(doc).flatMap((el) =>
            root(el)
              .getAnimations()
              .map((x) => x.finished),
          ),
        ),
      );
      for (const tag of TAGS) {
        const left = [...root(a.doc.querySelector(tag)!).querySelectorAll('*')].filter(
          (e) => !['style', 'link'].includes(e.localName),
        );
        const right = [...root(b.doc.querySelector(tag)!).querySelectorAll('*')].filter(
          (e) => !['style', 'link'].includes(e.localName),
        );
        expect(right.length, tag).to.equal(left.length);
        left.forEach((el, i) => {
          const x = a.win.getComputedStyle(el);
          const y = b.win.getComputedStyle(right[i]);
          const differ = [...x].filter((p) => x.getPropertyValue(p) !== y.getPropertyValue(p));
          expect(differ, `${tag} ${el.localName}.${el.getAttribute('class') ?? ''}`).to.deep.equal([]);
        });
      }
    });

    it(`is styled under "default-src 'self'; script-src 'none'; style-src 'self'" with no violation report`, async function () {
      this.timeout(30000);
      await fetch('/__ssr/csp-reports');
      const src = `/__ssr/page?tags=${TAGS.join(',')}&lang=en&stylesheet=/dist/ogi-widgets.css&csp=strict`;
      const policy = (await fetch(src)).headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("script-src 'none'");
      expect(policy).to.contain("style-src 'self'");
      const { win, doc } = await servedPage(src);
      await sleep(300);
      for (const el of widgets(doc)) {
        expect(win.getComputedStyle(root(el).querySelector('[part~="base"]')!).borderTopStyle, el.localName).to.equal(
          'solid',
        );
      }
      const faqItem = root(doc.querySelector('ogi-faq')!).querySelector('[part~="item"]')!;
      expect(win.getComputedStyle(faqItem).borderBottomStyle).to.equal('solid');
      await sleep(500);
      expect(await (await fetch('/__ssr/csp-reports')).json()).to.deep.equal([]);
    });

    it('the check can fail: inline styles under the same policy are blocked and reported', async function () {
      this.timeout(30000);
      await fetch('/__ssr/csp-reports');
      const { win, doc } = await servedPage('/__ssr/page?tags=ogi-faq&lang=en&csp=strict');
      const base = root(doc.querySelector('ogi-faq')!).querySelector('[part~="base"]')!;
      expect(win.getComputedStyle(base).borderTopStyle, 'unstyled').not.to.equal('solid');
      let reports: string[] = [];
      for (let i = 0; i < 30 && !reports.length; i++) {
        await sleep(100);
        reports = await (await fetch('/__ssr/csp-reports')).json();
      }
      expect(reports.length).to.be.greaterThan(0);
      expect(reports.join()).to.contain('style-src');
    });
  });

  describe('the upgrade when the script arrives later', () => {
    it('keeps the DOM, what the visitor did and the layout; then everything is live', async function () {
      this.timeout(40000);
      const { win, doc } = await servedPage(`/__ssr/page?tags=${TAGS.join(',')}&lang=en`);
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      const shifts: number[] = [];
      const canObserveShifts = (win.PerformanceObserver?.supportedEntryTypes ?? []).includes('layout-shift');

      const faq = doc.querySelector('ogi-faq')!;
      const contact = doc.querySelector('ogi-contact')!;
      const items = [...root(faq).querySelectorAll<HTMLDetailsElement>('details')];
      // The visitor opens a question and keeps focus on it before the script comes.
      items[2].querySelector('summary')!.click();
      items[2].querySelector('summary')!.focus();
      // The timeline's entrance motion ends before the layout is measured.
      await Promise.all(
        widgets(doc).flatMap((el) =>
          root(el)
            .getAnimations()
            .map((a) => a.finished),
        ),
      );
      await nextFrame(win);
      // No control yet, but their room (`.later`), kept while the script is on its way.
      expect(root(contact).querySelector('button'), 'no dead copy button').to.equal(null);
      const rooms = widgets(doc).flatMap((el) => [...root(el).querySelectorAll<HTMLElement>('.later')]);
      expect(rooms.length, 'the FAQ and the contact keep room for their controls').to.equal(2);
      const roomRects = rooms.map((r) => r.getBoundingClientRect().toJSON() as DOMRect);
      for (const r of roomRects) expect(r.height, 'room for a button').to.be.at.least(44);

      // Everything but the controls' rooms, which give way to the controls.
      const all = () => [
        doc.body,
        ...widgets(doc).flatMap((el) => [el, ...root(el).querySelectorAll(':not(.later, .later *)')]),
        doc.getElementById('after')!,
      ];
      const before = all();
      const rects = before.map((el) => el.getBoundingClientRect().toJSON());
      const headingCount = headings(doc).length;
      const bases = widgets(doc).map((el) => root(el).querySelector('[part~="base"]'));

      const start = win.performance.now();
      if (canObserveShifts) {
        new win.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (entry.startTime >= start && !entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }
      // The script arrives 1–2 s after the fragments (the motion above took about 0.7 s).
      await sleep(1000);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/ogi-widgets.js';
      doc.head.append(script);
      for (const tag of TAGS) await win.customElements.whenDefined(tag);
      for (const el of widgets(doc)) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await nextFrame(win);
      await sleep(300);

      expect(errors, 'no error').to.deep.equal([]);
      // The same DOM: no second copy, the same nodes.
      widgets(doc).forEach((el, i) => {
        expect(root(el).querySelectorAll('[part~="base"]').length, `${el.localName}: one frame`).to.equal(1);
        expect(root(el).querySelector('[part~="base"]'), `${el.localName}: the same frame`).to.equal(bases[i]);
      });
      expect(headings(doc).length, 'as many headings as before').to.equal(headingCount);
      expect(all().length, 'as many elements as before').to.equal(before.length);
      // What the visitor did.
      expect(items[2].isConnected && items[2].open, 'the opened question is still open').to.equal(true);
      expect(doc.activeElement, 'focus still in the FAQ').to.equal(faq);
      expect(root(faq).activeElement, 'on the same question').to.equal(items[2].querySelector('summary'));
      // The layout: nothing moved.
      const moved = before.filter((el, i) => {
        const r = el.getBoundingClientRect();
        const o = rects[i];
        return (
          Math.abs(r.x - o.x) > 0.5 ||
          Math.abs(r.y - o.y) > 0.5 ||
          Math.abs(r.width - o.width) > 0.5 ||
          Math.abs(r.height - o.height) > 0.5
        );
      });
      expect(
        moved.map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`),
        'moved',
      ).to.deep.equal([]);
      if (canObserveShifts) {
        const cls = shifts.reduce((a, b) => a + b, 0);
        expect(cls, 'cumulative layout shift of the upgrade').to.be.below(0.01);
      }
      // The controls have come, each where its room was.
      const controls = rooms.map((r) => r.querySelector('button')!);
      expect(controls.every(Boolean), 'the open-all and copy buttons have come').to.equal(true);
      controls.forEach((button, i) => {
        const r = button.getBoundingClientRect();
        const o = roomRects[i];
        expect(Math.abs(r.y - o.y) + Math.abs(r.x - o.x), `${button.textContent!.trim()}: in its room`).to.be.below(1);
        expect(Math.abs(r.height - o.height), `${button.textContent!.trim()}: as tall as its room`).to.be.below(1);
      });

      // Live from now on: events, buttons, language.
      const toggles: string[] = [];
      faq.addEventListener('ogi-faq-toggle', (e) => toggles.push((e as CustomEvent<{ id: string }>).detail.id));
      const [openAll] = root(faq).querySelectorAll<HTMLButtonElement>('.toolbar button');
      openAll.click();
      await sleep(100);
      expect(
        items.every((d) => d.open),
        'open all',
      ).to.equal(true);
      expect(toggles.length, 'ogi-faq-toggle for each newly opened question').to.equal(items.length - 1);
      faq.setAttribute('lang', 'id');
      await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(root(faq).querySelector('[part~="title"]')!.textContent).to.equal('Pertanyaan yang Sering Diajukan');
      expect(root(faq).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('id');
      expect(root(faq).querySelectorAll('[part~="base"]').length).to.equal(1);
    });
  });
});
