/**
 * The demo page (demo/): its modules on their own, then the page itself,
 * loaded in an iframe from the test server the way a designer opens it.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  contrastRatio,
  formatRatio,
  normalizeHex,
  parseHex,
  passesAA,
  passingColor,
  relativeLuminance,
} from '../demo/contrast.js';
import { contrastChecks } from '../demo/demo.js';
import { CLASSIC_FILE, SCRIPT_DIR, SCRIPT_PLACEHOLDER, scriptFile, snippet, tokenCss } from '../demo/snippet.js';
import { VERSION } from '../demo/release.js';
import { COLOR_KEYS, defaultState, readState, writeState, type DemoState } from '../demo/state.js';
import { strings } from '../demo/strings.js';
import { sleep, type Widget } from './support/dom.js';
import {
  BUILT_DIR,
  closeFrames,
  iframe,
  keepFrames,
  liveFrame,
  openDemo,
  until,
  type DemoPage,
  type Win,
} from './support/demo-page.js';

/** dist/integrity.json of the build under test. */
const builtIntegrity = async () => (await (await fetch('/raw/dist/integrity.json')).json()) as Record<string, string>;

afterEach(closeFrames);

const sectionOf = (page: DemoPage, key: string) => page.$(`.widget-section[data-widget="${key}"]`);
const frameOf = (page: DemoPage, key: string) => sectionOf(page, key).querySelector('iframe')!;

/**
 * The preview's widget element `tag`, once rendered, from the frame of the chosen widgets (for
 * "All", the one frame holding the four); `undefined` when the element is not in this build.
 */
async function previewWidget(page: DemoPage, tag: string): Promise<Widget | undefined> {
  const frame = liveFrame(page);
  await until(() => frame.dataset.ready === 'true', `the preview of <${tag}>`, 20000);
  const win = frame.contentWindow as Win;
  if (!win.customElements.get(tag)) return undefined;
  const el = frame.contentDocument!.querySelector<Widget>(tag)!;
  await el.updateComplete;
  return el;
}

async function contact(page: DemoPage): Promise<Widget> {
  const el = await previewWidget(page, 'ogi-contact');
  expect(el, '<ogi-contact> in the preview').to.exist;
  await el!.updateComplete;
  return el!;
}

const shadow = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const base = (el: HTMLElement) => shadow(el, '[part~="base"]');
const title = (el: HTMLElement) => shadow(el, '[part~="title"]');
const styleOf = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);
const snippetText = (page: DemoPage) => page.$('#snippet').textContent!;

const ALL_TAGS = ['ogi-about', 'ogi-faq', 'ogi-ogp-timeline', 'ogi-contact'];
/** The elements of the snippet, in its order. */
const snippetTags = (page: DemoPage) => [...snippetText(page).matchAll(/^<(ogi-[a-z-]+)[ >]/gm)].map((m) => m[1]);
/** The live preview frames a designer sees (in a shown section and column). */
const shownLiveFrames = (page: DemoPage) =>
  [...page.doc.querySelectorAll<HTMLIFrameElement>('iframe.preview-frame:not(.static-frame)')].filter(
    (f) => f.getClientRects().length > 0,
  );
/** The widgets of a preview frame's host page: every `ogi-*` element, in document order. */
const hostWidgets = (fdoc: Document) =>
  [...fdoc.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('ogi-'));
/** The vertical space between each widget and the next one, in CSS px. */
function gapsBetween(widgets: Element[]): number[] {
  const rects = widgets.map((w) => w.getBoundingClientRect());
  return rects.slice(1).map((r, i) => r.top - rects[i].bottom);
}
/** Waits until every gap between consecutive widgets is `px` (±1 px for rounding). */
async function gapsAre(widgets: Element[], px: number, what: string): Promise<void> {
  await until(
    () => gapsBetween(widgets).every((g) => Math.abs(g - px) <= 1),
    `${what}: gaps of ${px} px (${gapsBetween(widgets).join(', ')})`,
  );
}
/** Checks that `frame` shows `tags` in that order, stacked in its one host page's main column. */
function expectStacked(frame: HTMLIFrameElement, tags: string[]): HTMLElement[] {
  const fdoc = frame.contentDocument!;
  const widgets = hostWidgets(fdoc);
  expect(widgets.map((w) => w.localName)).to.deep.equal(tags);
  expect(fdoc.querySelectorAll('#page').length, 'one host page').to.equal(1);
  expect(fdoc.querySelectorAll('main').length, 'one main column').to.equal(1);
  const main = fdoc.querySelector('main.host-main')!;
  for (const [i, w] of widgets.entries()) {
    expect(w.parentElement, `${w.localName} in the main column`).to.equal(main);
    // One after another, nothing between them: as the pasted snippet places them.
    if (i) expect(w.previousElementSibling, w.localName).to.equal(widgets[i - 1]);
  }
  return widgets;
}
/** Waits until `frame` is as tall as its host page (so it needs no scrollbar of its own). */
async function fitsItsPage(frame: HTMLIFrameElement): Promise<void> {
  const fdoc = frame.contentDocument!;
  await until(
    () =>
      Math.abs(frame.offsetHeight - fdoc.getElementById('page')!.offsetHeight) <= 1 &&
      fdoc.documentElement.scrollHeight <= fdoc.documentElement.clientHeight + 1,
    'the frame to fit its page',
  );
}

/** Fires the events a user's change fires, from the demo's own realm. */
function setValue(page: DemoPage, selector: string, value: string): void {
  const el = page.$<HTMLInputElement | HTMLSelectElement>(selector);
  el.value = value;
  el.dispatchEvent(new page.win.Event('input', { bubbles: true }));
  el.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

function choose(page: DemoPage, name: string, value: string): void {
  page.$<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`).click();
}

/** Waits for the URL to follow the controls (it is written after a short delay). */
async function urlParams(page: DemoPage, has: (p: URLSearchParams) => boolean): Promise<URLSearchParams> {
  await until(() => has(new URLSearchParams(page.win.location.search)), `the URL (${page.win.location.search})`);
  return new URLSearchParams(page.win.location.search);
}

async function loadScript(doc: Document, src: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(s);
  });
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}
type AxeWin = Win & { axe?: { run: (context: unknown, options: unknown) => Promise<AxeResults> } };

async function axe(doc: Document, context: unknown): Promise<string[]> {
  const win = doc.defaultView as AxeWin;
  if (!win.axe) await loadScript(doc, '/node_modules/axe-core/axe.min.js');
  const results = await win.axe!.run(context, { iframes: false, resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}

/* ------------------------------------------------------------------ */

describe('demo/contrast.ts', () => {
  it('gives 21:1 for black on white, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#fff', '#000')).to.be.closeTo(21, 1e-9);
  });

  it('gives 1:1 for a colour on itself', () => {
    for (const c of ['#000000', '#767676', '#9b1c1f', '#ffffff']) expect(contrastRatio(c, c)).to.equal(1);
  });

  it('gives about 4.54:1 for #767676 on white (the lightest grey that passes AA)', () => {
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(passesAA('#767676', '#ffffff')).to.equal(true);
    expect(passesAA('#777777', '#ffffff')).to.equal(false);
  });

  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance('#000000')).to.equal(0);
    expect(relativeLuminance('#ffffff')).to.be.closeTo(1, 1e-9);
    expect(relativeLuminance('#ff0000')).to.be.closeTo(0.2126, 1e-9);
    expect(relativeLuminance('#808080')).to.be.closeTo(0.2159, 1e-4);
  });

  it('fails the pair the demo warns about: #777777 on #888888', () => {
    expect(contrastRatio('#777777', '#888888')).to.be.lessThan(1.5);
    expect(passesAA('#777777', '#888888')).to.equal(false);
  });

  it('suggests the nearest passing colour for one that fails, and keeps one that passes', () => {
    // A light theme's blue on the dark surface fails; the suggestion is lighter and passes.
    const suggested = passingColor('#0b5394', '#161b22');
    expect(contrastRatio('#0b5394', '#161b22')).to.be.lessThan(4.5);
    expect(contrastRatio(suggested, '#161b22')).to.be.at.least(4.5);
    expect(relativeLuminance(suggested)).to.be.greaterThan(relativeLuminance('#0b5394'));
    // On white it goes darker.
    expect(contrastRatio(passingColor('#ff9d97', '#ffffff'), '#ffffff')).to.be.at.least(4.5);
    expect(passingColor('#ff9d97', '#161b22')).to.equal('#ff9d97');
  });

  it('reads #rgb and #rrggbb, and nothing else', () => {
    expect(parseHex('#0b5394')).to.deep.equal([11, 83, 148]);
    expect(parseHex('#FFF')).to.deep.equal([255, 255, 255]);
    expect(normalizeHex('#ABC')).to.equal('#aabbcc');
    for (const bad of ['', 'red', '#12', '#12345g', 'rgb(0,0,0)']) expect(parseHex(bad), bad).to.equal(undefined);
    expect(() => relativeLuminance('red')).to.throw(TypeError);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).to.equal('4.49:1');
    expect(formatRatio(21)).to.equal('21.00:1');
    expect(formatRatio(4.54, 'id')).to.equal('4,54:1');
  });
});

describe('demo/state.ts and demo/snippet.ts', () => {
  it('round-trips every setting through the query string, writing only what differs', () => {
    const s: DemoState = {
      widget: 'faq',
      ui: 'id',
      lang: 'en',
      theme: 'auto',
      headingLevel: 3,
      colors: {
        accent: '#0b5394',
        text: '#f0f0f0',
        surface: '#202020',
        muted: '#c0c0c0',
        border: '#555555',
        subtle: '#2a2a2a',
        'accent-soft': '#10263d',
        focus: '#ffbf47',
      },
      darkAccent: '#8cc4ff',
      font: 'serif',
      radius: 0,
      space: 1.5,
      maxWidth: '60rem',
      spaceAfter: '3rem',
      noFrame: true,
      noEyebrow: true,
      timelineLine: '#336699',
      orientation: 'horizontal',
      width: '375',
      fit: false,
      background: 'cms',
      noJs: true,
      both: true,
      faqView: '#peluncuran-ogp',
    };
    const q = writeState(s);
    expect(q.get('nojs')).to.equal('1');
    expect(q.get('accent')).to.equal('#0b5394');
    expect(q.get('accent-soft')).to.equal('#10263d');
    expect(q.get('dark-accent')).to.equal('#8cc4ff');
    expect(q.get('ui')).to.equal('id');
    expect(q.get('fit')).to.equal('0');
    expect(q.get('faq')).to.equal('#peluncuran-ogp');
    expect([q.get('noframe'), q.get('noeyebrow'), q.get('line')]).to.deep.equal(['1', '1', '#336699']);
    expect(q.get('space-after')).to.equal('3rem');
    expect(q.toString()).to.contain('accent=%230b5394');
    expect(readState(q)).to.deep.equal(s);
    expect(writeState(defaultState()).toString()).to.equal('');
    // Without `ui`, the demo speaks the widgets' language.
    expect(readState(new URLSearchParams('lang=en')).ui).to.equal('en');
    expect(readState(new URLSearchParams('lang=en&ui=id')).ui).to.equal('id');
  });

  it('treats missing and invalid values as the defaults', () => {
    const s = readState(
      new URLSearchParams(
        'w=nope&ui=de&lang=fr&theme=pink&hl=9&accent=red&muted=x&focus=%23ggg&font=comic&radius=-1&space=abc&max-width=9px&space-after=2rem&orientation=up&width=999&bg=x&faq=%3Cb%3E',
      ),
    );
    expect(s).to.deep.equal(defaultState());
  });

  it('drops a chosen colour that equals the theme default, except under auto', () => {
    expect(readState(new URLSearchParams('theme=dark&surface=%23161b22')).colors.surface).to.equal(null);
    expect(readState(new URLSearchParams('theme=auto&surface=%23ffffff')).colors.surface).to.equal('#ffffff');
  });

  it('writes the default snippet with lang, the placeholder script path and its real integrity', async () => {
    // The value of the build (dist/integrity.json), not a placeholder that turns the check off.
    const hashes = await builtIntegrity();
    expect(snippet(defaultState())).to.equal(
      [
        '<script',
        '  type="module"',
        `  src="${SCRIPT_PLACEHOLDER}"`,
        `  integrity="${hashes['ogi-widgets.js']}"`,
        '  crossorigin="anonymous"',
        '></script>',
        '<ogi-about lang="id"></ogi-about>',
        '<ogi-faq lang="id"></ogi-faq>',
        '<ogi-ogp-timeline lang="id"></ogi-ogp-timeline>',
        '<ogi-contact lang="id"></ogi-contact>',
      ].join('\n'),
    );
    expect(SCRIPT_PLACEHOLDER).to.equal('/path/to/ogi-widgets.js');
  });

  it('writes --ogi-space-after for the chosen widgets only when not the default, and keeps it in the URL', () => {
    expect(tokenCss(defaultState())).to.equal('');
    for (const value of ['0', '1rem', '3rem']) {
      const s = readState(new URLSearchParams(`space-after=${value}`));
      expect(s.spaceAfter).to.equal(value);
      expect(writeState(s).toString()).to.equal(`space-after=${value}`);
      expect(readState(writeState(s))).to.deep.equal(s);
      expect(tokenCss(s)).to.equal(
        `ogi-about, ogi-faq, ogi-ogp-timeline, ogi-contact {\n  --ogi-space-after: ${value};\n}`,
      );
    }
    expect(tokenCss(readState(new URLSearchParams('w=faq&space-after=1rem')))).to.equal(
      'ogi-faq {\n  --ogi-space-after: 1rem;\n}',
    );
    // The default (2rem) is not written, nor is a value the control does not offer.
    for (const q of ['space-after=', 'space-after=2rem', 'space-after=9rem']) {
      expect(readState(new URLSearchParams(q)).spaceAfter, q).to.equal('');
      expect(writeState(readState(new URLSearchParams(q))).toString(), q).to.equal('');
    }
  });

  it('writes the frame, the eyebrow and the timeline line as tokens when changed', () => {
    const s = readState(new URLSearchParams('w=timeline&noframe=1&noeyebrow=1&line=%23AA0000'));
    expect(tokenCss(s)).to.equal(
      'ogi-ogp-timeline {\n  --ogi-frame: 0;\n  --ogi-eyebrow: none;\n  --ogi-timeline-line: #aa0000;\n}',
    );
    expect(tokenCss(readState(new URLSearchParams('noframe=0&line=red')))).to.equal('');
  });

  it('adds a <style> block with only the tokens that differ; one module comes with a preload per chunk', async () => {
    const s = readState(new URLSearchParams('w=contact&hl=4&radius=0&font=serif'));
    expect(tokenCss(s)).to.equal(
      'ogi-contact {\n  --ogi-font-family: Georgia, "Times New Roman", serif;\n  --ogi-radius: 0;\n}',
    );
    const hashes = await builtIntegrity();
    // What dist/ogi-contact.js imports, read from the built file itself.
    const chunks = [...(await (await fetch('/raw/dist/ogi-contact.js')).text()).matchAll(/from"\.\/(chunks\/[^"]+)"/g)]
      .map((m) => m[1])
      .sort();
    expect(chunks.length).to.be.greaterThan(0);
    expect(snippet(s, '/x/')).to.equal(
      [
        '<script type="importmap">',
        '  {',
        '    "integrity": {',
        ...chunks.map((chunk, i) => `      "/x/${chunk}": "${hashes[chunk]}"${i < chunks.length - 1 ? ',' : ''}`),
        '    }',
        '  }',
        '</script>',
        ...chunks.flatMap((chunk) => [
          '<link',
          '  rel="modulepreload"',
          `  href="/x/${chunk}"`,
          `  integrity="${hashes[chunk]}"`,
          '  crossorigin="anonymous"',
          '/>',
        ]),
        '<script',
        '  type="module"',
        '  src="/x/ogi-contact.js"',
        `  integrity="${hashes['ogi-contact.js']}"`,
        '  crossorigin="anonymous"',
        '></script>',
        '<style>',
        '  ogi-contact {',
        '    --ogi-font-family: Georgia, "Times New Roman", serif;',
        '    --ogi-radius: 0;',
        '  }',
        '</style>',
        '<ogi-contact lang="id" heading-level="4"></ogi-contact>',
      ].join('\n'),
    );
  });
});

describe('demo: the whole API and both palettes', () => {
  it('loads the element’s own module for one widget, the bundle for all', () => {
    expect(scriptFile(readState(new URLSearchParams('w=faq')))).to.equal('ogi-faq.js');
    expect(scriptFile(readState(new URLSearchParams('w=timeline')))).to.equal('ogi-ogp-timeline.js');
    expect(scriptFile(defaultState())).to.equal('ogi-widgets.js');
    expect(snippet(readState(new URLSearchParams('w=faq')))).to.contain('src="/path/to/ogi-faq.js"');
  });

  it('writes every colour token, --ogi-max-width and orientation (on the timeline only)', () => {
    const q = new URLSearchParams('orientation=horizontal&max-width=40rem');
    for (const key of COLOR_KEYS) q.set(key, '#123456');
    const code = snippet(readState(q));
    for (const token of ['accent', 'text', 'surface', 'muted', 'border', 'subtle', 'accent-soft', 'focus']) {
      expect(code).to.contain(`--ogi-color-${token}: #123456;`);
    }
    expect(code).to.contain('--ogi-max-width: 40rem;');
    expect(code).to.contain('<ogi-ogp-timeline lang="id" orientation="horizontal"></ogi-ogp-timeline>');
    expect(code).to.contain('<ogi-faq lang="id"></ogi-faq>');
  });

  it('under theme="auto", carries the dark accent in a prefers-color-scheme: dark rule', () => {
    const s = readState(new URLSearchParams('w=contact&theme=auto&accent=%230b5394&dark-accent=%238cc4ff'));
    expect(tokenCss(s)).to.equal(
      [
        'ogi-contact {',
        '  --ogi-color-accent: #0b5394;',
        '}',
        '@media (prefers-color-scheme: dark) {',
        '  ogi-contact {',
        '    --ogi-color-accent: #8cc4ff;',
        '  }',
        '}',
      ].join('\n'),
    );
    // A fixed theme has one palette: no dark rule.
    expect(tokenCss({ ...s, theme: 'light' })).not.to.contain('@media');
  });

  it('checks contrast in both palettes under theme="auto"', () => {
    const light = readState(new URLSearchParams('accent=%230b5394'));
    expect(contrastChecks(light).map((c) => c.scheme)).to.deep.equal(['light', 'light', 'light', 'light']);
    expect(contrastChecks(light).every((c) => c.ok)).to.equal(true);
    // The same accent on the dark palette's background: about 2.2:1.
    const auto = readState(new URLSearchParams('theme=auto&accent=%230b5394'));
    const failing = contrastChecks(auto).filter((c) => !c.ok);
    expect(failing.map((c) => `${c.scheme} ${c.key}`)).to.deep.equal(['dark accent']);
    expect(failing[0].ratio).to.be.closeTo(contrastRatio('#0b5394', '#161b22'), 1e-9);
    const fixed = readState(new URLSearchParams('theme=auto&accent=%230b5394&dark-accent=%238cc4ff'));
    expect(contrastChecks(fixed).every((c) => c.ok)).to.equal(true);
    // The focus ring needs 3:1 (non-text contrast), not 4.5:1.
    const focus = contrastChecks(readState(new URLSearchParams('focus=%23888888')));
    expect(focus.find((c) => c.key === 'focus')!.ok).to.equal(true);
    expect(contrastRatio('#888888', '#ffffff')).to.be.below(4.5);
  });
});

describe('demo/strings.ts', () => {
  it('has every string in both languages, and they differ where they are words', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(strings.en)).to.deep.equal(keys(strings.id));
    expect(strings.en.settingsHeading).not.to.equal(strings.id.settingsHeading);
  });
});

/* ------------------------------------------------------------------ */

describe('demo page', function () {
  this.timeout(60000);

  describe('controls update the preview and the snippet', () => {
    let page: DemoPage;
    before(async () => {
      page = await openDemo('?w=contact');
      // Keep this page for the whole block.
      keepFrames();
    });
    after(() => page.win.frameElement?.remove());

    it('starts with the defaults', async () => {
      const el = await contact(page);
      expect(el.getAttribute('lang')).to.equal('id');
      expect(title(el).tagName).to.equal('H2');
      expect(snippetText(page)).to.equal(snippet(readState(new URLSearchParams('w=contact'))));
      expect(snippetText(page)).not.to.contain('<style>');
    });

    it('language: the widget, the snippet and the URL; the demo’s own words apart', async () => {
      choose(page, 'lang', 'en');
      const el = await contact(page);
      expect(el.getAttribute('lang')).to.equal('en');
      expect(title(el).textContent).to.equal('Address and contact');
      expect(snippetText(page)).to.contain('<ogi-contact lang="en"></ogi-contact>');
      // The widget's language leaves the demo's own words alone…
      expect(page.doc.documentElement.lang).to.equal('id');
      expect(page.$('#settings-heading').textContent).to.equal(strings.id.settingsHeading);
      expect((await urlParams(page, (p) => p.has('ui'))).get('ui')).to.equal('id');
      // …which have their own choice, and leave the widget alone.
      choose(page, 'ui', 'en');
      expect(el.getAttribute('lang')).to.equal('en');
      expect(page.doc.documentElement.lang).to.equal('en');
      expect(page.$('#settings-heading').textContent).to.equal(strings.en.settingsHeading);
      expect(page.doc.title).to.equal(strings.en.pageTitle);
      expect(frameOf(page, 'contact').title).to.equal(strings.en.frameTitle('<ogi-contact>'));
      expect((await urlParams(page, (p) => p.has('lang'))).get('lang')).to.equal('en');
      for (const node of page.doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
        expect(node.textContent!.trim(), node.dataset.i18n).not.to.equal('');
      }
    });

    it('theme', async () => {
      choose(page, 'theme', 'dark');
      const el = await contact(page);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(styleOf(base(el)).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(snippetText(page)).to.contain('theme="dark"');
      // The colour pickers show the dark defaults.
      expect(page.$<HTMLInputElement>('#surface').value).to.equal('#161b22');
      choose(page, 'theme', 'light');
      await el.updateComplete;
      expect(styleOf(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(snippetText(page)).not.to.contain('theme=');
    });

    it('heading level', async () => {
      setValue(page, '#hl', '4');
      const el = await contact(page);
      expect(title(el).tagName).to.equal('H4');
      expect(snippetText(page)).to.contain('heading-level="4"');
      setValue(page, '#hl', '2');
      await el.updateComplete;
      expect(title(el).tagName).to.equal('H2');
      expect(snippetText(page)).not.to.contain('heading-level');
    });

    it('accent colour', async () => {
      setValue(page, '#accent', '#0b5394');
      const el = await contact(page);
      expect(styleOf(shadow(el, 'a.email')).color).to.equal('rgb(11, 83, 148)');
      expect(snippetText(page)).to.contain('--ogi-color-accent: #0b5394;');
      expect(page.$('#accent-hex').textContent).to.equal('#0b5394');
      expect((await urlParams(page, (p) => p.has('accent'))).get('accent')).to.equal('#0b5394');
    });

    it('text colour', async () => {
      setValue(page, '#text', '#333333');
      expect(styleOf(base(await contact(page))).color).to.equal('rgb(51, 51, 51)');
      expect(snippetText(page)).to.contain('--ogi-color-text: #333333;');
    });

    it('surface colour', async () => {
      setValue(page, '#surface', '#fafafa');
      expect(styleOf(base(await contact(page))).backgroundColor).to.equal('rgb(250, 250, 250)');
      expect(snippetText(page)).to.contain('--ogi-color-surface: #fafafa;');
      expect(snippetText(page)).to.match(/<style>\n {2}ogi-contact \{\n/);
    });

    it('font', async () => {
      setValue(page, '#font', 'serif');
      expect(styleOf(base(await contact(page))).fontFamily).to.contain('Georgia');
      expect(snippetText(page)).to.contain('--ogi-font-family: Georgia, "Times New Roman", serif;');
    });

    it('corner radius', async () => {
      setValue(page, '#radius', '0');
      expect(styleOf(base(await contact(page))).borderTopLeftRadius).to.equal('0px');
      expect(snippetText(page)).to.contain('--ogi-radius: 0;');
      expect(page.$('#radius-value').textContent).to.equal('0rem');
    });

    it('spacing', async () => {
      setValue(page, '#space', '1.5');
      const el = await contact(page);
      expect(styleOf(el).getPropertyValue('--ogi-space').trim()).to.equal('1.5rem');
      // The frame's padding-block is 1 to 1.5 × the spacing unit (3 % of the widget's width between them).
      expect(parseFloat(styleOf(base(el)).paddingTop)).to.be.within(24, 36);
      expect(snippetText(page)).to.contain('--ogi-space: 1.5rem;');
    });

    it('reset puts every token back and empties the <style> block', async () => {
      page.$<HTMLButtonElement>('#reset').click();
      const el = await contact(page);
      expect(snippetText(page)).not.to.contain('<style>');
      expect(styleOf(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(styleOf(base(el)).borderTopLeftRadius).to.equal('8px');
      expect(page.$<HTMLInputElement>('#accent').value).to.equal('#9b1c1f');
      await until(() => page.$('#reset-status').textContent === strings.en.tokensReset, 'the reset announcement');
    });

    it('preview width really constrains the widget, without sideways scrolling', async () => {
      const before = snippetText(page);
      for (const width of ['320', '375', '768']) {
        choose(page, 'width', width);
        const frame = frameOf(page, 'contact');
        const fdoc = frame.contentDocument!;
        await until(() => fdoc.documentElement.clientWidth === Number(width), `a ${width} px preview`);
        await (
          await contact(page)
        ).updateComplete;
        expect(fdoc.documentElement.scrollWidth, `scroll width at ${width}`).to.be.at.most(Number(width));
        const widget = fdoc.querySelector('ogi-contact')!;
        expect(widget.getBoundingClientRect().width).to.be.at.most(Number(width));
      }
      choose(page, 'width', 'full');
      const frame = frameOf(page, 'contact');
      await until(() => frame.getBoundingClientRect().width > 800, 'a full-width preview');
      expect(snippetText(page)).to.equal(before);
      expect((await urlParams(page, (p) => !p.has('width'))).has('width')).to.equal(false);
    });

    it('host-page background: light, dark and a busy CMS page', async () => {
      const before = snippetText(page);
      const fdoc = frameOf(page, 'contact').contentDocument!;
      choose(page, 'bg', 'dark');
      expect(styleOf(fdoc.body).backgroundColor).to.equal('rgb(13, 17, 23)');
      choose(page, 'bg', 'cms');
      expect(fdoc.body.className).to.equal('bg-cms');
      expect(styleOf(fdoc.body).fontFamily).to.contain('Georgia');
      expect(fdoc.querySelector<HTMLElement>('.cms-header')!.hidden).to.equal(false);
      expect(fdoc.querySelector('.cms-sidebar')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(fdoc.querySelector('nav a')!.textContent).to.equal(strings.en.cms.nav[0]);
      // The host page's serif font reaches the widget, as on a real page; its text-align does not.
      const el = await contact(page);
      expect(styleOf(base(el)).fontFamily).to.contain('Georgia');
      expect(styleOf(base(el)).textAlign).to.be.oneOf(['start', 'left']);
      expect(snippetText(page)).to.equal(before);
      choose(page, 'bg', 'light');
      expect(fdoc.querySelector<HTMLElement>('.cms-header')!.hidden).to.equal(true);
    });

    it('widget selector shows one widget alone, or all', async () => {
      choose(page, 'w', 'faq');
      expect(sectionOf(page, 'faq').hidden).to.equal(false);
      for (const key of ['about', 'timeline', 'contact']) expect(sectionOf(page, key).hidden, key).to.equal(true);
      expect(snippetText(page)).to.contain('<ogi-faq lang="en"></ogi-faq>');
      expect(snippetText(page)).not.to.contain('<ogi-contact');
      expect((await urlParams(page, (p) => p.get('w') === 'faq')).get('w')).to.equal('faq');

      choose(page, 'w', 'all');
      // All four in one section, one frame: the one widget's section goes.
      expect(sectionOf(page, 'all').hidden).to.equal(false);
      for (const key of ['about', 'faq', 'timeline', 'contact'])
        expect(sectionOf(page, key).hidden, key).to.equal(true);
      for (const tag of ['ogi-about', 'ogi-faq', 'ogi-ogp-timeline', 'ogi-contact']) {
        expect(snippetText(page)).to.contain(`<${tag} lang="en"></${tag}>`);
        expect(await previewWidget(page, tag), tag).to.exist;
      }
      choose(page, 'w', 'contact');
      expect(sectionOf(page, 'faq').hidden).to.equal(true);
    });

    it('warns next to the colours when text or links fail WCAG AA, and stops when fixed', async () => {
      const warning = page.$('#contrast-warning');
      expect(warning.textContent).to.equal('');
      setValue(page, '#text', '#777777');
      setValue(page, '#surface', '#888888');
      expect(warning.textContent).to.equal(strings.en.contrastWarning);
      expect(warning.getAttribute('role')).to.equal('status');
      expect(page.$('#ratio-light-text').classList.contains('fail')).to.equal(true);
      expect(page.$('#ratio-light-text .value').textContent).to.equal(formatRatio(contrastRatio('#777777', '#888888')));
      expect(page.$('#contrast').contains(page.$('#surface'))).to.equal(false);
      expect(page.$('#contrast').parentElement).to.equal(page.$('#surface').closest('fieldset'));

      setValue(page, '#text', '#000000');
      expect(page.$('#ratio-light-text').classList.contains('fail')).to.equal(false);
      // The default accent (#9b1c1f) still fails on #888888.
      expect(page.$('#ratio-light-accent').classList.contains('fail')).to.equal(true);
      expect(warning.textContent).to.equal(strings.en.contrastWarning);

      setValue(page, '#surface', '#ffffff');
      expect(warning.textContent).to.equal('');
      expect(page.$('#contrast').classList.contains('has-warning')).to.equal(false);
    });

    it('the copy button copies the snippet and says so in a polite live region', async () => {
      let copied = '';
      let fail = false;
      Object.defineProperty(page.win.navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: (text: string) => {
            if (fail) return Promise.reject(new Error('denied'));
            copied = text;
            return Promise.resolve();
          },
        },
      });
      const status = page.$('#copy-status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      page.$<HTMLButtonElement>('#copy').click();
      await until(() => status.textContent === strings.en.copied, 'the copy announcement');
      expect(copied).to.equal(snippetText(page));

      fail = true;
      page.$<HTMLButtonElement>('#copy').click();
      await until(() => status.textContent === strings.en.copyFailed, 'the copy failure announcement');
      expect(page.win.getSelection()!.toString()).to.equal(snippetText(page));
    });

    it('works by keyboard, with a visible focus', async () => {
      const radio = page.$<HTMLInputElement>('input[name="theme"][value="light"]');
      radio.focus();
      await sendKeys({ press: 'ArrowRight' });
      const dark = page.$<HTMLInputElement>('input[name="theme"][value="dark"]');
      await until(() => dark.checked, 'the arrow key to choose "dark"');
      expect(page.doc.activeElement).to.equal(dark);
      expect((await contact(page)).getAttribute('theme')).to.equal('dark');
      // The ring itself, not :focus-visible: WebKit does not match it on a radio the arrow keys focused.
      expect(styleOf(dark).outlineStyle).to.equal('solid');
      expect(parseFloat(styleOf(dark).outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => radio.checked, 'the arrow key to choose "light"');
    });
  });

  it('restores the controls and the preview from a shared URL', async () => {
    const query =
      '?w=contact&lang=en&theme=dark&hl=3&accent=%23ffcc00&text=%23f0f0f0&surface=%23202020&font=serif&radius=0.25&space=1.25&width=375&bg=cms';
    const page = await openDemo(query);
    const checked = (name: string) => page.$<HTMLInputElement>(`input[name="${name}"]:checked`).value;
    expect(checked('w')).to.equal('contact');
    expect(checked('lang')).to.equal('en');
    expect(checked('theme')).to.equal('dark');
    expect(checked('width')).to.equal('375');
    expect(checked('bg')).to.equal('cms');
    expect(page.$<HTMLSelectElement>('#hl').value).to.equal('3');
    expect(page.$<HTMLSelectElement>('#font').value).to.equal('serif');
    expect(page.$<HTMLInputElement>('#accent').value).to.equal('#ffcc00');
    expect(page.$<HTMLInputElement>('#text').value).to.equal('#f0f0f0');
    expect(page.$<HTMLInputElement>('#surface').value).to.equal('#202020');
    expect(page.$<HTMLInputElement>('#radius').value).to.equal('0.25');
    expect(page.$<HTMLInputElement>('#space').value).to.equal('1.25');

    const el = await contact(page);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(title(el).tagName).to.equal('H3');
    expect(styleOf(base(el)).backgroundColor).to.equal('rgb(32, 32, 32)');
    expect(frameOf(page, 'contact').contentDocument!.documentElement.clientWidth).to.equal(375);
    expect(snippetText(page)).to.equal(snippet(readState(new URLSearchParams(query))));
    // Nothing changed, so the URL is still the one that was shared (as a set of settings).
    await sleep(300);
    expect(readState(new URLSearchParams(page.win.location.search))).to.deep.equal(
      readState(new URLSearchParams(query)),
    );

    // A change is written back with history.replaceState, not a new history entry.
    const length = page.win.history.length;
    setValue(page, '#hl', '5');
    expect((await urlParams(page, (p) => p.get('hl') === '5')).get('accent')).to.equal('#ffcc00');
    expect(page.win.history.length).to.equal(length);
  });

  it('shows a note instead of a preview for an element that is not in this build', async () => {
    const page = await openDemo();
    // "All": one frame; each element in this build is in it, any other is named in the note.
    const all = sectionOf(page, 'all');
    const fwin = liveFrame(page).contentWindow as Win;
    const tags = ['ogi-about', 'ogi-faq', 'ogi-ogp-timeline', 'ogi-contact'];
    const missing = tags.filter((tag) => !fwin.customElements.get(tag));
    expect(all.querySelector<HTMLElement>('.missing')!.hidden).to.equal(missing.length === 0);
    for (const tag of missing) expect(all.querySelector('.missing')!.textContent).to.contain(`<${tag}>`);
    for (const tag of tags.filter((t) => !missing.includes(t)))
      expect((await previewWidget(page, tag))!.shadowRoot!.textContent!.trim(), tag).not.to.equal('');
    // Each alone: its own section, with its frame or its note.
    for (const [key, tag] of [
      ['about', 'ogi-about'],
      ['faq', 'ogi-faq'],
      ['timeline', 'ogi-ogp-timeline'],
      ['contact', 'ogi-contact'],
    ]) {
      choose(page, 'w', key);
      const section = sectionOf(page, key);
      await until(() => frameOf(page, key).dataset.ready === 'true', `the ${key} preview`, 20000);
      const defined = Boolean((frameOf(page, key).contentWindow as Win).customElements.get(tag));
      expect(section.querySelector<HTMLElement>('.missing')!.hidden, key).to.equal(defined);
      expect(section.querySelector<HTMLElement>('.frame-wrap')!.hidden, key).to.equal(!defined);
      if (defined) expect((await previewWidget(page, tag))!.shadowRoot!.textContent!.trim()).not.to.equal('');
    }
    expect(await previewWidget(page, 'ogi-contact')).to.exist;
  });

  describe('the snippet, pasted into a blank page next to the built script, reproduces the preview', () => {
    for (const query of [
      '',
      '?lang=en&theme=dark&hl=4',
      '?w=contact&lang=en&hl=3&accent=%230b5394&text=%23222222&surface=%23fdf6e3&font=serif&radius=0&space=1.25&bg=cms&width=375',
      '?w=contact&theme=dark&surface=%23000000',
    ]) {
      it(query || '(defaults)', async () => {
        const page = await openDemo(query);
        const code = snippetText(page);
        const file = scriptFile(readState(new URLSearchParams(query)));
        expect(code).to.contain(`src="${SCRIPT_DIR}${file}"`);
        // The webmaster's one replacement: where dist/ lives. The hashes are the real ones.
        const hashes = await builtIntegrity();
        expect(hashes[file], `${file} in integrity.json`).to.match(/^sha384-/);
        expect(code).to.contain(`integrity="${hashes[file]}"`);
        const pasted = code.replaceAll(SCRIPT_DIR, BUILT_DIR);
        const blank = await iframe(
          (f) =>
            (f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body>${pasted}</body></html>`),
          // As wide as the preview: below 30rem the widgets draw a lighter frame.
          Number(new URLSearchParams(query).get('width')) || 800,
        );
        const bwin = blank.contentWindow as Win;
        const tags = [...code.matchAll(/^<(ogi-[a-z-]+) /gm)].map((m) => m[1]);
        expect(tags.length).to.be.greaterThan(0);
        let compared = 0;
        for (const tag of tags) {
          const shown = await previewWidget(page, tag);
          if (!shown) continue; // not in this build yet
          await until(() => Boolean(bwin.customElements.get(tag)), `${tag} from ${BUILT_DIR}${file}`);
          const pasted = bwin.document.querySelector<Widget>(tag)!;
          await pasted.updateComplete;
          expect(title(pasted).textContent, `${tag} title`).to.equal(title(shown).textContent);
          expect(title(pasted).tagName, `${tag} heading`).to.equal(title(shown).tagName);
          expect(base(pasted).getAttribute('lang'), `${tag} lang`).to.equal(base(shown).getAttribute('lang'));
          for (const prop of ['backgroundColor', 'color', 'borderTopLeftRadius', 'paddingTop'] as const) {
            expect(styleOf(base(pasted))[prop], `${tag} ${prop}`).to.equal(styleOf(base(shown))[prop]);
          }
          if (code.includes('--ogi-font-family')) {
            expect(styleOf(base(pasted)).fontFamily).to.equal(styleOf(base(shown)).fontFamily);
          }
          compared++;
        }
        expect(compared, 'widgets compared').to.be.greaterThan(0);
      });
    }
  });

  describe('"All": the four widgets in one host page, as the snippet places them', () => {
    it('one live frame, holding the four in the snippet’s order in one host page, 32 px apart', async () => {
      const page = await openDemo('?ui=en');
      expect(shownLiveFrames(page).length, 'live preview frames shown').to.equal(1);
      const section = sectionOf(page, 'all');
      expect(section.hidden).to.equal(false);
      for (const key of ['about', 'faq', 'timeline', 'contact'])
        expect(sectionOf(page, key).hidden, key).to.equal(true);
      expect(section.querySelector('h3')!.textContent).to.equal(strings.en.widgetNames.all);
      const frame = liveFrame(page);
      expect(shownLiveFrames(page)[0]).to.equal(frame);
      expect(frame.title).to.equal(strings.en.frameTitle(ALL_TAGS.map((t) => `<${t}>`).join(', ')));
      expect(snippetTags(page)).to.deep.equal(ALL_TAGS);
      const widgets = expectStacked(frame, snippetTags(page));
      for (const w of widgets) await (w as Widget).updateComplete;
      // Each widget's own bottom margin, --ogi-space-after (2rem at a 16 px root), spaces them.
      expect(styleOf(frame.contentDocument!.documentElement).fontSize).to.equal('16px');
      await gapsAre(widgets, 32, 'by default');
      expect(gapsBetween(widgets).length).to.equal(3);
      await fitsItsPage(frame);
      // On the busy CMS page too, in its main column beside the sidebar.
      choose(page, 'bg', 'cms');
      expect(frame.contentDocument!.querySelector('.cms-sidebar')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await gapsAre(widgets, 32, 'on the CMS page');
      await fitsItsPage(frame);
      // Every setting reaches the four.
      choose(page, 'theme', 'dark');
      setValue(page, '#hl', '3');
      for (const w of widgets) {
        await (w as Widget).updateComplete;
        expect(w.getAttribute('theme'), w.localName).to.equal('dark');
        expect(title(w).tagName, w.localName).to.equal('H3');
      }
      expect(shownLiveFrames(page).length).to.equal(1);
    });

    it('the space-after control spaces them: 0, 1rem, 3rem, and back to the default, in the snippet and the URL', async () => {
      const page = await openDemo('?ui=id');
      const control = page.$<HTMLSelectElement>('#space-after');
      expect(control.value).to.equal('');
      expect(page.$(`label[for="space-after"]`).textContent).to.contain(strings.id.spaceAfterLabel);
      expect(control.options[0].textContent).to.equal(strings.id.spaceAfterDefault);
      const frame = liveFrame(page);
      const widgets = expectStacked(frame, ALL_TAGS);
      for (const [value, px] of [
        ['0', 0],
        ['1rem', 16],
        ['3rem', 48],
      ] as const) {
        setValue(page, '#space-after', value);
        await gapsAre(widgets, px, `--ogi-space-after: ${value}`);
        expect(snippetText(page)).to.contain(
          `<style>\n  ${ALL_TAGS.join(', ')} {\n    --ogi-space-after: ${value};\n  }\n</style>`,
        );
        expect((await urlParams(page, (p) => p.get('space-after') === value)).get('space-after')).to.equal(value);
        await fitsItsPage(frame);
      }
      choose(page, 'ui', 'en');
      expect(control.options[0].textContent).to.equal(strings.en.spaceAfterDefault);
      setValue(page, '#space-after', '');
      await gapsAre(widgets, 32, 'the default again');
      expect(snippetText(page)).not.to.contain('<style>');
      expect(snippetText(page)).not.to.contain('--ogi-space-after');
      await urlParams(page, (p) => !p.has('space-after'));
      // From a shared link, and the reset button puts it back.
      const shared = await openDemo('?space-after=3rem&w=contact');
      expect(shared.$<HTMLSelectElement>('#space-after').value).to.equal('3rem');
      expect(snippetText(shared)).to.contain('ogi-contact {\n    --ogi-space-after: 3rem;');
      const el = await contact(shared);
      expect(styleOf(el).marginBottom).to.equal('48px');
      shared.$<HTMLButtonElement>('#reset').click();
      expect(shared.$<HTMLSelectElement>('#space-after').value).to.equal('');
      expect(styleOf(el).marginBottom).to.equal('32px');
      expect(snippetText(shared)).not.to.contain('<style>');
    });

    it('side by side: one frame per language, each holding the four', async () => {
      const page = await openDemo('?lang=en&ui=en&both=1&space-after=1rem');
      const columns = [...sectionOf(page, 'all').querySelectorAll<HTMLElement>('.frame-column')];
      const frames = columns.map((c) => c.querySelector<HTMLIFrameElement>('iframe.preview-frame:not(.static-frame)')!);
      await until(() => frames.every((f) => f.dataset.ready === 'true'), 'both languages’ frames');
      expect(shownLiveFrames(page)).to.deep.equal(frames);
      for (const c of columns) expect(c.querySelectorAll('iframe.preview-frame:not(.static-frame)').length).to.equal(1);
      const [a, b] = columns.map((c) => c.getBoundingClientRect());
      expect(b.left, 'side by side').to.be.greaterThan(a.right - 1);
      for (const [i, frame] of frames.entries()) {
        const widgets = expectStacked(frame, ALL_TAGS);
        for (const w of widgets) expect(w.getAttribute('lang'), w.localName).to.equal(i ? 'id' : 'en');
        await gapsAre(widgets, 16, `column ${i}`);
        await fitsItsPage(frame);
      }
      expect(frames[1].title).to.equal(
        `${strings.en.frameTitle(ALL_TAGS.map((t) => `<${t}>`).join(', '))} (${strings.en.langNames.id})`,
      );
      expect(await axe(page.doc, page.doc)).to.deep.equal([]);
    });

    it('the FAQ view and the content reach the FAQ among the four', async () => {
      const page = await openDemo('?faq=open');
      const faq = (await previewWidget(page, 'ogi-faq'))!;
      const details = () => [...faq.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')];
      await until(() => details().length > 3 && details().every((d) => d.open), 'every answer open');
      expect(hostWidgets(liveFrame(page).contentDocument!).map((w) => w.localName)).to.deep.equal(ALL_TAGS);
      await fitsItsPage(liveFrame(page));
      setValue(page, '#faq', 'closed');
      await until(() => details().every((d) => !d.open), 'every answer closed');
    });

    it('has no axe violation in the host page around the four', async () => {
      const page = await openDemo('?bg=cms&lang=en');
      const fdoc = liveFrame(page).contentDocument!;
      expectStacked(liveFrame(page), ALL_TAGS);
      expect(await axe(fdoc, { include: [[':root']], exclude: ALL_TAGS.map((t) => [t]) })).to.deep.equal([]);
    });
  });

  describe('the "without JavaScript" switch', () => {
    const staticFrameOf = (page: DemoPage, key: string) =>
      sectionOf(page, key).querySelector<HTMLIFrameElement>('iframe.static-frame')!;
    /** The static frame once it shows the fragment for `lang` and heading level `hl`. */
    async function staticWidget(page: DemoPage, key: string, tag: string, lang: string, hl: number) {
      const frame = staticFrameOf(page, key);
      await until(
        () => frame.dataset.ready === 'true' && frame.src.endsWith(`/static/${tag}.${lang}.h${hl}.html`),
        `the static preview of <${tag}> (${lang}, h${hl})`,
        20000,
      );
      const fdoc = frame.contentDocument!;
      return { frame, fdoc, fwin: frame.contentWindow as Win, el: fdoc.querySelector<HTMLElement>(tag)! };
    }

    it('shows the server-rendered fragment in a frame where no script runs, and follows the settings', async () => {
      const page = await openDemo('?w=faq&lang=en&hl=3');
      const live = (await previewWidget(page, 'ogi-faq'))!;
      const box = page.$<HTMLInputElement>('#nojs');
      expect(box.checked).to.equal(false);
      expect(staticFrameOf(page, 'faq').hidden).to.equal(true);
      box.click();
      expect(box.checked).to.equal(true);
      expect(frameOf(page, 'faq').hidden, 'the live preview').to.equal(true);
      const { frame, fdoc, fwin, el } = await staticWidget(page, 'faq', 'ogi-faq', 'en', 3);
      expect(frame.hidden).to.equal(false);
      expect(frame.title).to.equal(strings.en.staticFrameTitle('<ogi-faq>'));
      expect(frame.getAttribute('sandbox')!.split(/\s+/)).not.to.include('allow-scripts');

      // Nothing defines the element in there: what shows is the declarative shadow root the browser parsed.
      expect(fwin.customElements.get('ogi-faq')).to.equal(undefined);
      expect(el.matches(':defined')).to.equal(false);
      expect(fdoc.querySelector('script')).to.equal(null);
      // And no script can run there, not even one this page adds.
      const probe = fdoc.createElement('script');
      probe.textContent = 'document.documentElement.dataset.ran = "yes"';
      fdoc.body.append(probe);
      await sleep(100);
      expect(fdoc.documentElement.dataset.ran).to.equal(undefined);

      // The same widget as the live preview: same title, same level, styled, questions open by click.
      expect(title(el).tagName).to.equal('H3');
      expect(title(el).textContent!.trim()).to.equal(title(live).textContent!.trim());
      expect(el.shadowRoot!.querySelectorAll('details').length).to.equal(
        live.shadowRoot!.querySelectorAll('details').length,
      );
      expect(styleOf(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.click();
      expect(details.open).to.equal(true);
      expect((await urlParams(page, (p) => p.has('nojs'))).get('nojs')).to.equal('1');

      // Language and heading level load the matching fragment; the theme is the element's attribute.
      const englishTitle = title(el).textContent!.trim();
      choose(page, 'lang', 'id');
      const id = await staticWidget(page, 'faq', 'ogi-faq', 'id', 3);
      expect(id.el.getAttribute('lang')).to.equal('id');
      expect(id.fdoc.documentElement.lang).to.equal('id');
      expect(title(id.el).textContent!.trim()).not.to.equal(englishTitle);
      setValue(page, '#hl', '4');
      const h4 = await staticWidget(page, 'faq', 'ogi-faq', 'id', 4);
      expect(title(h4.el).tagName).to.equal('H4');
      choose(page, 'theme', 'dark');
      expect(styleOf(base(h4.el)).backgroundColor).to.equal('rgb(22, 27, 34)');
      // The host page around it, as for the live preview.
      choose(page, 'bg', 'cms');
      expect(h4.fdoc.querySelector<HTMLElement>('.cms-header')!.hidden).to.equal(false);
      expect(h4.fdoc.body.className).to.equal('bg-cms');
      await until(
        () => Math.abs(h4.frame.offsetHeight - h4.fdoc.getElementById('page')!.offsetHeight) <= 1,
        'the frame to fit its page',
      );

      // Off again: back to the live element.
      box.click();
      expect(frameOf(page, 'faq').hidden).to.equal(false);
      expect(h4.frame.hidden).to.equal(true);
      expect(await urlParams(page, (p) => !p.has('nojs'))).to.exist;
    });

    it('is restored from a shared URL, and passes axe', async () => {
      const page = await openDemo('?w=contact&nojs=1');
      expect(page.$<HTMLInputElement>('#nojs').checked).to.equal(true);
      const { fwin, el } = await staticWidget(page, 'contact', 'ogi-contact', 'id', 2);
      expect(fwin.customElements.get('ogi-contact')).to.equal(undefined);
      expect(el.shadowRoot!.textContent).to.contain('@');
      expect(page.$('#nojs-hint').textContent).to.equal(strings.id.noJsHint);
      expect(await axe(page.doc, page.doc)).to.deep.equal([]);
    });

    it('"All": the four server-rendered fragments stacked in one host page, as the snippet places them', async () => {
      const page = await openDemo('?nojs=1&lang=en&bg=cms');
      const frame = staticFrameOf(page, 'all');
      const ready = (lang: string) =>
        until(
          () =>
            frame.dataset.ready === 'true' &&
            frame.src.endsWith(`/static/ogi-about.${lang}.h2.html`) &&
            hostWidgets(frame.contentDocument!).length === 4,
          `the static preview of the four (${lang})`,
          20000,
        );
      await ready('en');
      expect(frame.hidden).to.equal(false);
      expect(liveFrame(page).hidden, 'the live preview').to.equal(true);
      expect(frame.getAttribute('sandbox')!.split(/\s+/)).not.to.include('allow-scripts');
      expect(frame.title).to.equal(strings.en.staticFrameTitle(ALL_TAGS.map((t) => `<${t}>`).join(', ')));
      const fwin = frame.contentWindow as Win;
      const widgets = expectStacked(frame, ALL_TAGS);
      for (const w of widgets) {
        // The browser's own parse of each fragment: a declarative shadow root, no element defined.
        expect(fwin.customElements.get(w.localName), w.localName).to.equal(undefined);
        expect(w.matches(':defined'), w.localName).to.equal(false);
        expect(w.shadowRoot!.textContent!.trim(), w.localName).not.to.equal('');
        expect(w.getAttribute('lang'), w.localName).to.equal('en');
      }
      expect(frame.contentDocument!.querySelector('script')).to.equal(null);
      await gapsAre(widgets, 32, 'without JavaScript');
      setValue(page, '#space-after', '0');
      await gapsAre(widgets, 0, 'without JavaScript, --ogi-space-after: 0');
      await fitsItsPage(frame);
      // Another language: the four fragments in that language.
      choose(page, 'lang', 'id');
      await ready('id');
      const again = expectStacked(frame, ALL_TAGS);
      for (const w of again) expect(w.getAttribute('lang'), w.localName).to.equal('id');
      await gapsAre(again, 0, 'in Indonesian');
      expect(await axe(page.doc, page.doc)).to.deep.equal([]);
    });
  });

  describe('the whole API, both palettes, two languages', () => {
    it('orientation: the timeline preview and its snippet line, and no other element', async () => {
      const page = await openDemo('?w=all');
      choose(page, 'orientation', 'horizontal');
      const timeline = await previewWidget(page, 'ogi-ogp-timeline');
      if (timeline) expect(timeline.getAttribute('orientation')).to.equal('horizontal');
      expect(snippetText(page)).to.contain('<ogi-ogp-timeline lang="id" orientation="horizontal">');
      expect(snippetText(page)).to.contain('<ogi-faq lang="id"></ogi-faq>');
      expect(liveFrame(page).contentDocument!.querySelector('ogi-faq')!.hasAttribute('orientation')).to.equal(false);
      expect((await urlParams(page, (p) => p.has('orientation'))).get('orientation')).to.equal('horizontal');
      choose(page, 'orientation', 'vertical');
      if (timeline) expect(timeline.hasAttribute('orientation')).to.equal(false);
    });

    it('every colour token and --ogi-max-width reach the widget and the snippet', async () => {
      const page = await openDemo('?w=contact');
      const el = await contact(page);
      const values: Record<string, string> = {
        muted: '#3d4a5c',
        border: '#0b5394',
        subtle: '#eef4fa',
        'accent-soft': '#dcebf7',
        focus: '#ff8800',
      };
      for (const [key, value] of Object.entries(values)) {
        setValue(page, `#${key}`, value);
        expect(snippetText(page), key).to.contain(`--ogi-color-${key}: ${value};`);
        // The widget's private token reads the public one.
        expect(styleOf(el).getPropertyValue(`--ogi-color-${key}`).trim(), key).to.equal(value);
        expect(page.$(`#${key}-hex`).textContent).to.equal(value);
      }
      expect(styleOf(base(el)).borderTopColor).to.equal('rgb(11, 83, 148)');
      setValue(page, '#max-width', '40rem');
      expect(styleOf(el).maxWidth).to.equal('640px');
      expect(snippetText(page)).to.contain('--ogi-max-width: 40rem;');
      expect((await urlParams(page, (p) => p.has('max-width'))).get('muted')).to.equal('#3d4a5c');
      page.$<HTMLButtonElement>('#reset').click();
      expect(snippetText(page)).not.to.contain('<style>');
      // The default, max(46rem, 736px), at a 16 px root.
      expect(styleOf(el).maxWidth).to.equal('736px');
    });

    it('one widget: its own module, with integrity, named in the snippet and its intro', async () => {
      const page = await openDemo('?w=faq&ui=en');
      expect(snippetText(page)).to.contain('src="/path/to/ogi-faq.js"');
      const hashes = await builtIntegrity();
      expect(snippetText(page)).to.contain(`integrity="${hashes['ogi-faq.js']}"`);
      expect(snippetText(page)).to.contain('crossorigin="anonymous"');
      expect(snippetText(page)).to.contain('rel="modulepreload"');
      expect(page.$('#snippet-intro').textContent).to.equal(strings.en.snippetIntro('ogi-faq.js', VERSION, true));
      expect(page.$('#snippet-intro').textContent).to.contain('import map');
      choose(page, 'w', 'all');
      expect(snippetText(page)).to.contain('src="/path/to/ogi-widgets.js"');
      expect(snippetText(page)).not.to.contain('modulepreload');
      expect(snippetText(page)).not.to.contain('importmap');
      expect(page.$('#snippet-intro').textContent).to.equal(strings.en.snippetIntro('ogi-widgets.js', VERSION, false));
      // The classic-script hint carries the classic script's real hash and crossorigin.
      expect(page.$('#classic-script').textContent).to.equal(
        `<script src="/path/to/${CLASSIC_FILE}" integrity="${hashes[CLASSIC_FILE]}" crossorigin="anonymous" defer></script>`,
      );
    });

    it('theme "auto": both palettes checked, a dark accent, and the snippet panel says when colours fail', async () => {
      const page = await openDemo('?w=contact&ui=en');
      expect(page.$('#dark-accent-field').hidden).to.equal(true);
      choose(page, 'theme', 'auto');
      expect(page.$('#dark-accent-field').hidden).to.equal(false);
      expect(page.$('#ratio-light-accent')).to.exist;
      expect(page.$('#ratio-dark-accent')).to.exist;
      const panelWarning = page.$('#snippet-warning');
      expect(panelWarning.hidden).to.equal(true);
      // The default accent under auto passes; a light-only accent fails on the dark background.
      setValue(page, '#accent', '#0b5394');
      expect(page.$('#ratio-light-accent').classList.contains('fail')).to.equal(false);
      expect(page.$('#ratio-dark-accent').classList.contains('fail')).to.equal(true);
      expect(page.$('#ratio-dark-accent .value').textContent).to.equal(
        formatRatio(contrastRatio('#0b5394', '#161b22')),
      );
      expect(panelWarning.hidden).to.equal(false);
      expect(panelWarning.textContent).to.equal(strings.en.snippetWarning);
      expect(page.$('#snippet-panel').contains(panelWarning)).to.equal(true);

      let copied = '';
      Object.defineProperty(page.win.navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
      });
      const status = page.$('#copy-status');
      page.$<HTMLButtonElement>('#copy').click();
      await until(() => status.textContent === strings.en.copiedFailingColours, 'the copy-with-warning message');
      expect(copied).to.equal(snippetText(page));
      expect(status.classList.contains('warn')).to.equal(true);
      // Not the green of success.
      expect(styleOf(status).color).not.to.equal('rgb(29, 107, 52)');

      setValue(page, '#dark-accent', '#8cc4ff');
      expect(page.$('#ratio-dark-accent').classList.contains('fail')).to.equal(false);
      expect(panelWarning.hidden).to.equal(true);
      expect(snippetText(page)).to.contain('@media (prefers-color-scheme: dark) {');
      expect(snippetText(page)).to.contain('--ogi-color-accent: #8cc4ff;');
      expect((await urlParams(page, (p) => p.has('dark-accent'))).get('dark-accent')).to.equal('#8cc4ff');
      page.$<HTMLButtonElement>('#copy').click();
      await until(() => status.textContent === strings.en.copied, 'the plain copy message');
      expect(status.classList.contains('warn')).to.equal(false);
      expect(styleOf(status).color).to.equal('rgb(29, 107, 52)');
    });

    it('theme "auto": the preview in a dark system shows the dark accent', async function () {
      // puppeteer-core emulates media features through the DevTools protocol, which Firefox (BiDi) lacks.
      if (navigator.userAgent.includes('Firefox')) this.skip();
      const page = await openDemo('?w=contact&theme=auto&accent=%230b5394&dark-accent=%238cc4ff');
      const el = await contact(page);
      const link = shadow(el, 'a.email');
      expect(styleOf(link).color).to.equal('rgb(11, 83, 148)');
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip(); // this browser's driver cannot emulate the colour scheme
      }
      try {
        await until(() => styleOf(link).color === 'rgb(140, 196, 255)', 'the dark accent in a dark system');
        expect(styleOf(base(el)).backgroundColor).to.equal('rgb(22, 27, 34)');
        // The pickers follow the palette the designer sees.
        await until(() => page.$<HTMLInputElement>('#surface').value === '#161b22', 'the dark pickers');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('both languages side by side, each in its own frame, following the chosen language', async () => {
      const page = await openDemo('?w=contact&lang=en&ui=en');
      const section = sectionOf(page, 'contact');
      const columns = () => [...section.querySelectorAll<HTMLElement>('.frame-column')];
      expect(columns()[1].hidden).to.equal(true);
      page.$<HTMLInputElement>('#both').click();
      expect(columns()[1].hidden).to.equal(false);
      const altFrame = columns()[1].querySelector<HTMLIFrameElement>('iframe.preview-frame')!;
      await until(() => altFrame.dataset.ready === 'true', 'the second language’s frame');
      const alt = altFrame.contentDocument!.querySelector<Widget>('ogi-contact')!;
      await alt.updateComplete;
      const main = await contact(page);
      expect(main.getAttribute('lang')).to.equal('en');
      expect(alt.getAttribute('lang')).to.equal('id');
      expect(title(alt).textContent).not.to.equal(title(main).textContent);
      expect(columns().map((c) => c.querySelector('.frame-lang')!.textContent)).to.deep.equal([
        'English',
        'Bahasa Indonesia',
      ]);
      // Side by side on a wide screen.
      const [a, b] = columns().map((c) => c.getBoundingClientRect());
      expect(b.left).to.be.greaterThan(a.right - 1);
      expect(Math.abs(a.top - b.top)).to.be.below(2);
      // The snippet stays the chosen language's.
      expect(snippetText(page)).to.contain('<ogi-contact lang="en">');
      expect(snippetText(page)).not.to.contain('lang="id"');
      choose(page, 'lang', 'id');
      await main.updateComplete;
      expect(alt.getAttribute('lang')).to.equal('en');
      expect((await urlParams(page, (p) => p.has('both'))).get('both')).to.equal('1');
      expect(await axe(page.doc, page.doc)).to.deep.equal([]);
    });

    it('FAQ states: all open, a deep-linked question, all closed', async () => {
      const page = await openDemo('?w=faq&faq=open');
      const faq = (await previewWidget(page, 'ogi-faq'))!;
      const details = () => [...faq.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')];
      await until(() => details().length > 3 && details().every((d) => d.open), 'every answer open');

      page.$('#faq').focus();
      setValue(page, '#faq', '#peluncuran-ogp');
      const fwin = frameOf(page, 'faq').contentWindow!;
      await until(
        () =>
          details()
            .filter((d) => d.open)
            .map((d) => d.id)
            .join() === 'peluncuran-ogp',
        'only the linked question open',
      );
      expect(fwin.location.hash).to.equal('#peluncuran-ogp');
      expect(page.$('#faq-link-note').hidden).to.equal(false);
      expect(page.$('#faq-link-note code').textContent).to.equal('#peluncuran-ogp');
      // The designer keeps their place in the settings.
      await until(() => page.doc.activeElement === page.$('#faq'), 'focus back on the control');
      expect((await urlParams(page, (p) => p.get('faq') === '#peluncuran-ogp')).get('faq')).to.equal('#peluncuran-ogp');

      setValue(page, '#faq', 'closed');
      await until(() => details().every((d) => !d.open), 'every answer closed');
      expect(fwin.location.hash).to.equal('');
      expect(page.$('#faq-link-note').hidden).to.equal(true);
      // The control only shows where the FAQ does.
      choose(page, 'w', 'contact');
      expect(page.$('#faq-field').hidden).to.equal(true);
    });

    it('scales a 1280 px preview down to fit its column, or scrolls it when asked', async () => {
      const page = await openDemo('?w=contact&width=1280&ui=en', 1024);
      const frame = frameOf(page, 'contact');
      const wrap = frame.closest<HTMLElement>('.frame-wrap')!;
      const hint = sectionOf(page, 'contact').querySelector<HTMLElement>('.scroll-hint')!;
      await until(() => frame.style.transform.startsWith('scale('), 'the preview to be scaled');
      // Its viewport is still 1280 px wide; it is drawn smaller.
      expect(frame.contentDocument!.documentElement.clientWidth).to.equal(1280);
      const box = wrap.getBoundingClientRect();
      expect(frame.getBoundingClientRect().right).to.be.at.most(box.right + 1);
      expect(frame.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
      const scale = frame.getBoundingClientRect().width / 1280;
      expect(scale).to.be.below(1);
      expect(hint.hidden).to.equal(false);
      expect(hint.querySelector('.scroll-hint-text')!.textContent).to.equal(
        strings.en.fitNote(Math.floor(scale * 100)),
      );
      expect(wrap.hasAttribute('tabindex')).to.equal(false);

      page.$<HTMLInputElement>('#fit').click();
      expect(frame.style.transform).to.equal('');
      expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
      expect(hint.querySelector('.scroll-hint-text')!.textContent).to.equal(strings.en.scrollHint);
      expect(wrap.getAttribute('tabindex')).to.equal('0');
      expect((await urlParams(page, (p) => p.has('fit'))).get('fit')).to.equal('0');
    });

    it('side by side on a wide screen: both languages at 1:1 with sideways scroll, or scaled, from beside the preview', async () => {
      const page = await openDemo('?w=contact&width=1280&both=1&ui=en', 1280);
      // The switch is next to the side-by-side choice, and says what turning it off does.
      const fit = page.$<HTMLInputElement>('#fit');
      expect(page.$('#both').closest('.field')!.nextElementSibling).to.equal(fit.closest('.field'));
      expect(page.$(`#${fit.getAttribute('aria-describedby')}`).textContent).to.equal(strings.en.fitHint);
      const columns = [...sectionOf(page, 'contact').querySelectorAll<HTMLElement>('.frame-column')];
      const frames = columns.map((c) => c.querySelector<HTMLIFrameElement>('iframe.preview-frame')!);
      const wraps = columns.map((c) => c.querySelector<HTMLElement>('.frame-wrap')!);
      const toggles = columns.map((c) => c.querySelector<HTMLButtonElement>('.fit-toggle')!);
      await until(() => frames.every((f) => f.dataset.ready === 'true'), 'both languages’ frames');
      await until(() => frames.every((f) => f.style.transform.startsWith('scale(')), 'both previews scaled');
      const [a, b] = columns.map((c) => c.getBoundingClientRect());
      expect(b.left, 'side by side').to.be.greaterThan(a.right - 1);
      for (const [i, frame] of frames.entries()) {
        // Drawn at a third of its size or so: too small to read.
        expect(frame.getBoundingClientRect().width / 1280).to.be.below(0.5);
        expect(toggles[i].hidden).to.equal(false);
        expect(toggles[i].textContent).to.equal(strings.en.fitOff);
      }

      // 1:1, from the button beside the preview: each frame at its real size, its box scrolling sideways.
      toggles[1].focus();
      toggles[1].click();
      expect(fit.checked).to.equal(false);
      expect(page.doc.activeElement).to.equal(toggles[1]);
      for (const [i, frame] of frames.entries()) {
        expect(frame.style.transform).to.equal('');
        expect(frame.getBoundingClientRect().width).to.be.closeTo(1280, 0.5);
        expect(frame.contentDocument!.documentElement.clientWidth).to.equal(1280);
        expect(wraps[i].scrollWidth).to.be.greaterThan(wraps[i].clientWidth);
        expect(wraps[i].clientWidth).to.be.below(1280);
        expect(wraps[i].getAttribute('tabindex')).to.equal('0');
        expect(columns[i].querySelector('.scroll-hint-text')!.textContent).to.equal(strings.en.scrollHint);
        expect(toggles[i].textContent).to.equal(strings.en.fitOn);
      }
      // The widgets' text is at its own size.
      const widgets = frames.map((f) => f.contentDocument!.querySelector<Widget>('ogi-contact')!);
      const titleSize = (w: Widget) => title(w).getBoundingClientRect().height;
      expect(titleSize(widgets[0])).to.be.greaterThan(20);
      // The two languages scroll together, so that the same part of both is in view.
      wraps[0].scrollLeft = 400;
      await until(() => Math.abs(wraps[1].scrollLeft - wraps[0].scrollLeft) < 1, 'the other language to follow');
      expect(wraps[1].scrollLeft).to.be.greaterThan(300);
      expect((await urlParams(page, (p) => p.has('fit'))).get('fit')).to.equal('0');
      expect(await axe(page.doc, page.doc)).to.deep.equal([]);

      // And back: scaled to fit, from the same button.
      toggles[0].click();
      expect(fit.checked).to.equal(true);
      for (const [i, frame] of frames.entries()) {
        expect(frame.style.transform.startsWith('scale(')).to.equal(true);
        expect(wraps[i].scrollLeft).to.equal(0);
      }
      await urlParams(page, (p) => !p.has('fit'));
    });

    it('opens side by side at 1:1 from its URL', async () => {
      const page = await openDemo('?w=contact&width=1280&both=1&fit=0&ui=id', 1280);
      expect(page.$<HTMLInputElement>('#fit').checked).to.equal(false);
      expect(page.$<HTMLInputElement>('#both').checked).to.equal(true);
      const columns = [...sectionOf(page, 'contact').querySelectorAll<HTMLElement>('.frame-column')];
      const frames = columns.map((c) => c.querySelector<HTMLIFrameElement>('iframe.preview-frame')!);
      await until(() => frames.every((f) => f.dataset.ready === 'true'), 'both languages’ frames');
      for (const [i, frame] of frames.entries()) {
        expect(frame.style.transform).to.equal('');
        expect(frame.getBoundingClientRect().width).to.be.closeTo(1280, 0.5);
        const wrap = columns[i].querySelector<HTMLElement>('.frame-wrap')!;
        expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
        expect(columns[i].querySelector('.fit-toggle')!.textContent).to.equal(strings.id.fitOn);
      }
    });

    it('on a phone, a button in the settings leads to the preview', async () => {
      const page = await openDemo('?w=contact', 375);
      const link = page.$<HTMLAnchorElement>('#to-preview');
      const r = link.getBoundingClientRect();
      // Stuck to the bottom of the screen while the settings are in view.
      expect(r.height).to.be.greaterThan(40);
      expect(r.bottom).to.be.at.most(900 + 1);
      expect(r.top).to.be.greaterThan(600);
      const heading = page.$('#preview-heading');
      // The previews load after the demo is ready; until they have their height, the page may end
      // before the heading can reach the top (a loaded machine shows it).
      const room = () =>
        page.doc.scrollingElement!.scrollHeight - (heading.getBoundingClientRect().top + page.win.scrollY);
      await until(() => room() >= page.win.innerHeight, 'the previews to fill the page below the heading', 10000);
      link.click();
      await until(() => Math.abs(heading.getBoundingClientRect().top) < 2, 'the preview at the top');
      expect(page.doc.activeElement).to.equal(heading);
      expect(page.$('#more-settings').getBoundingClientRect().height).to.equal(0);
    });

    it('on a wide screen, says that the settings scroll, until their end', async () => {
      const page = await openDemo('?w=contact', 1280);
      const form = page.$('#settings');
      const more = page.$('#more-settings');
      expect(form.scrollHeight).to.be.greaterThan(form.clientHeight);
      expect(more.hidden).to.equal(false);
      expect(more.getBoundingClientRect().bottom).to.be.at.most(form.getBoundingClientRect().bottom + 1);
      // In the window, also while the page header is in view.
      expect(form.getBoundingClientRect().bottom).to.be.at.most(page.win.innerHeight);
      expect(more.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(page.$('#to-preview').getBoundingClientRect().height).to.equal(0);
      form.scrollTop = form.scrollHeight;
      await until(() => more.hidden === true, 'the hint to go at the end of the settings');
      form.scrollTop = 0;
      await until(() => more.hidden === false, 'the hint back at the top');
    });
  });

  describe('accessibility (axe)', () => {
    for (const query of [
      '',
      '?lang=en',
      '?ui=en',
      '?lang=en&ui=id&theme=dark&bg=cms&w=contact',
      '?bg=cms&width=320&hl=3',
      '?ui=en&theme=auto&accent=%230b5394&w=faq&faq=%23peluncuran-ogp&width=1280',
      '?both=1&space-after=0&bg=cms&ui=en',
    ]) {
      it(`has no violation: demo page ${query || '(defaults)'}`, async () => {
        const page = await openDemo(query);
        expect(await axe(page.doc, page.doc)).to.deep.equal([]);
      });
    }

    for (const bg of ['light', 'dark', 'cms']) {
      it(`has no violation in the host page around the widget: ${bg}`, async () => {
        const page = await openDemo(`?bg=${bg}&w=contact&lang=en`);
        const fdoc = frameOf(page, 'contact').contentDocument!;
        // The widgets are audited by their own tests; this checks the page the demo builds around them.
        expect(await axe(fdoc, { include: [[':root']], exclude: [['ogi-contact']] })).to.deep.equal([]);
      });
    }
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await openDemo('?bg=cms&width=320', 320);
    await sleep(100);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    for (const frame of page.doc.querySelectorAll('iframe')) {
      if (!frame.closest<HTMLElement>('.frame-wrap')!.hidden) {
        expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(320);
      }
    }
  });
});
