// Screenshots of every widget in both languages, light and dark, at 320, 375, 768 and 1280 px
// (and the timeline's horizontal row, and one widget embedded and native), taken from dist/ (or
// $OGI_OUT_DIR, relative to the repository) with Debian's Chromium. Run `npm run build` first.
//   node scripts/dev/screenshots.mjs [tag …]   → screenshots/<tag>-<lang>-<theme>-<width>.png
// and the demo page (served from source by Vite, as `npm start` does) at 375 and 1280 px:
//   node scripts/dev/screenshots.mjs demo      → screenshots/demo-<view>-<width>.png
// and the demo with the example content loaded (also docs/images/demo-content.png, for the README):
//   node scripts/dev/screenshots.mjs demo-content → screenshots/demo-content-<width>.png
// and the content editor, filled with the example and one e-mail refused (also docs/images/demo-editor.png):
//   node scripts/dev/screenshots.mjs demo-editor → screenshots/demo-editor-<width>[-<view>].png
// and <ogi-faq searchable> in Indonesian with "lapor" typed, cropped to the widget (docs/images/faq-search.png,
// made smaller by optipng when it is installed):
//   node scripts/dev/screenshots.mjs faq-search  → screenshots/faq-search-1280.png
// and every widget on a real host page, loaded from dist/ogi-widgets.js as a webmaster does
// (HOST_SETS below): a GOV.UK Frontend page (scripts/dev/govuk.html: its template, header, width
// container, main wrapper and a two-thirds column) at 1280 and 375 px, and a page with a main
// column and a 300 px sidebar holding the widget (scripts/dev/sidebar.html), light and dark:
//   node scripts/dev/screenshots.mjs govuk       → screenshots/govuk-<tag>-<lang>-light-<width>.png
//   node scripts/dev/screenshots.mjs sidebar     → screenshots/sidebar-<tag>-<lang>-<theme>-1280.png
// With no argument it takes all of them. $OGI_SHOTS_DIR (absolute) writes them elsewhere, e.g. /tmp/shots.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { URLSearchParams } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../browsers/browsers.mjs';
import { LOCALES, TAGS } from '../lib/values.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const DEMO_MODES = ['demo', 'demo-content', 'demo-editor'];
/** The host pages (scripts/dev/<set>.html) and what each is taken at. */
const HOST_SETS = {
  govuk: { widths: [1280, 375], themes: ['light'] },
  sidebar: { widths: [1280], themes: ['light', 'dark'] },
};
const MODES = [...DEMO_MODES, 'faq-search', ...Object.keys(HOST_SETS)];
const tags = args.length ? args.filter((a) => !MODES.includes(a)) : TAGS;
const root = new URL('../..', import.meta.url).pathname;
const out = process.env.OGI_SHOTS_DIR ?? `${root}screenshots`;
const govukAssets = `${root}node_modules/govuk-frontend/dist/govuk/assets/`;
await mkdir(out, { recursive: true });
const server = await serve(root);
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROMIUM_ARGS,
});

/**
 * One shot of `tag` with `params` (attributes, `lang`, `theme`; see shot.mjs) at `width`, on
 * scripts/dev/<host>.html; false when not in dist. Into `dir` the whole page, elsewhere the widget
 * (`page`: the whole page there too).
 */
async function shoot(tag, params, width, name, { dir = out, host = 'shot', page: whole = dir === out } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  try {
    // GOV.UK Frontend's stylesheet names its fonts at /assets/, where a GOV.UK site serves them.
    await page.route(`${server.url}/assets/**`, (route) =>
      route.fulfill({ path: `${govukAssets}${new URL(route.request().url()).pathname.slice('/assets/'.length)}` }),
    );
    const query = new URLSearchParams({ tag, dist: process.env.OGI_OUT_DIR ?? 'dist', ...params });
    await page.goto(`${server.url}/scripts/dev/${host}.html?${query}`);
    await page.waitForFunction(() => window.ready !== undefined);
    if (!(await page.evaluate(() => window.ready))) return false;
    await page.evaluate(() => document.fonts.ready);
    const file = `${dir}/${name}.png`;
    if (whole) await page.screenshot({ path: file, fullPage: true });
    else await page.locator('body > *').screenshot({ path: file });
    console.log(file);
    return true;
  } finally {
    await page.close();
  }
}

try {
  for (const tag of tags) {
    let found = true;
    for (const lang of LOCALES) {
      for (const theme of ['light', 'dark']) {
        for (const width of [320, 375, 768, 1280]) {
          found = found && (await shoot(tag, { lang, theme }, width, `${tag}-${lang}-${theme}-${width}`));
        }
      }
    }
    if (!found) {
      console.log(`skip ${tag}: not in dist`);
      continue;
    }
    if (tag === 'ogi-ogp-timeline') {
      for (const theme of ['light', 'dark'])
        for (const width of [768, 1280])
          await shoot(
            tag,
            { lang: 'en', theme, orientation: 'horizontal' },
            width,
            `${tag}-horizontal-${theme}-${width}`,
          );
    }
  }
  // Embedded (the widget's own card and accent) and native (the host's card and link colour),
  // for the README: docs/images/.
  if (tags.includes('ogi-contact')) {
    const docs = `${root}docs/images`;
    await mkdir(docs, { recursive: true });
    await shoot('ogi-contact', { lang: 'en', theme: 'light' }, 768, 'embedded', { dir: docs });
    await shoot(
      'ogi-contact',
      {
        lang: 'en',
        theme: 'light',
        host: 'native',
        style: '--ogi-frame: 0; --ogi-eyebrow: none; --ogi-color-accent: #00703c; --ogi-color-surface: transparent',
      },
      768,
      'native',
      { dir: docs },
    );
  }
  for (const set of Object.keys(HOST_SETS)) if (!args.length || args.includes(set)) await hostShots(set);
  if (!args.length || args.includes('faq-search')) await faqSearchShot();
  if (!args.length || args.includes('demo')) await demoShots();
  else if (args.includes('demo-content') || args.includes('demo-editor'))
    await demoShots({ only: args.includes('demo-content') ? 'content' : 'editor' });
} finally {
  await browser.close();
  await server.close();
}

/** Lossless, smaller: Debian's optipng when it is installed (apt-get install optipng). */
function optimise(file) {
  try {
    execFileSync('optipng', ['-o7', '-strip', 'all', '-quiet', file]);
  } catch {
    console.log(`optipng not found: ${file} left as Chromium wrote it`);
  }
}

/**
 * Every widget on the host page `set` (HOST_SETS), in both languages, loaded from
 * dist/ogi-widgets.js, the whole page: screenshots/<set>-<tag>-<lang>-<theme>-<width>.png.
 */
async function hostShots(set) {
  const { widths, themes } = HOST_SETS[set];
  for (const tag of TAGS) {
    for (const lang of LOCALES) {
      for (const theme of themes) {
        for (const width of widths) {
          const params = { lang, theme, script: 'ogi-widgets.js' };
          if (!(await shoot(tag, params, width, `${set}-${tag}-${lang}-${theme}-${width}`, { host: set }))) {
            console.log(`skip ${tag}: not in dist`);
          } else if (set === 'govuk' && tag === 'ogi-contact' && lang === 'en' && width === 1280) {
            // For the README's styling section: the contact in GOV.UK's two-thirds column, at 768 px.
            await mkdir(`${root}docs/images`, { recursive: true });
            await shoot(tag, params, 768, 'govuk', { host: set, dir: `${root}docs/images`, page: true });
            optimise(`${root}docs/images/govuk.png`);
          }
        }
      }
    }
  }
}

/**
 * `<ogi-faq searchable>` in Indonesian, light, at 1280 px, with "lapor" typed: the questions
 * filtered, the one shown opened with its match marked and the count announced; cropped to the
 * widget. Also docs/images/faq-search.png, for the README.
 */
async function faqSearchShot() {
  const width = 1280;
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  try {
    const query = new URLSearchParams({
      tag: 'ogi-faq',
      dist: process.env.OGI_OUT_DIR ?? 'dist',
      lang: 'id',
      theme: 'light',
      searchable: '',
    });
    await page.goto(`${server.url}/scripts/dev/shot.html?${query}`);
    await page.waitForFunction(() => window.ready !== undefined);
    if (!(await page.evaluate(() => window.ready))) throw new Error('faq-search: ogi-faq is not in dist');
    // The search module has attached once the marks' styles are adopted.
    await page.waitForFunction(() =>
      document
        .querySelector('ogi-faq')
        .shadowRoot.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('mark'))),
    );
    await page.locator('ogi-faq input[type="search"]').fill('lapor');
    await page.waitForFunction(() =>
      document.querySelector('ogi-faq').shadowRoot.querySelector('details.item[hidden]'),
    );
    // The match is in an answer: its marks show once the question is open.
    await page.evaluate(() => document.querySelector('ogi-faq').openAll());
    await page.waitForFunction(() => {
      const root = document.querySelector('ogi-faq').shadowRoot;
      return root.querySelector('mark') && root.querySelector('[part~="status"]')?.textContent.trim();
    });
    await page.waitForTimeout(300);
    const widget = page.locator('ogi-faq');
    const file = `${out}/faq-search-${width}.png`;
    await widget.screenshot({ path: file });
    console.log(file);
    await mkdir(`${root}docs/images`, { recursive: true });
    const docs = `${root}docs/images/faq-search.png`;
    await widget.screenshot({ path: docs });
    optimise(docs);
    console.log(docs);
  } finally {
    await page.close();
  }
}

/** A new page of `width` × 900 px at the demo page's `url`, once the demo is ready. */
async function openDemoPage(url, width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true', null, { timeout: 60000 });
  return page;
}

/**
 * The demo page at 375 and 1280 px: as it opens, and with the views a designer checks (both
 * languages side by side, theme "auto" with an accent that fails in the dark palette, the FAQ
 * opened by a deep link, a 1280 px preview scaled to fit).
 */
async function demoShots({ only } = {}) {
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    server: { port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  const base = vite.resolvedUrls.local[0];
  const views = {
    default: '',
    english: '?ui=en&lang=en&w=contact',
    designer: '?ui=en&w=faq&theme=auto&accent=%230b5394&faq=%23peluncuran-ogp&width=1280&both=1',
    timeline: '?w=timeline&orientation=horizontal&muted=%23333333&max-width=72rem&width=1280',
  };
  try {
    for (const [name, query] of only ? [] : Object.entries(views)) {
      for (const width of [375, 1280]) {
        const page = await openDemoPage(`${base}${query}`, width);
        await page.waitForTimeout(800);
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = `${out}/demo-${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: width === 375 ? false : true });
        console.log(file);
        if (width === 375) {
          // On a phone, also the preview the "Go to the preview" button leads to.
          await page.click('#to-preview');
          await page.waitForTimeout(300);
          const after = `${out}/demo-${name}-${width}-preview.png`;
          await page.screenshot({ path: after });
          console.log(after);
        }
        await page.close();
      }
    }
    if (only !== 'editor') await contentShots(base);
    if (only !== 'content') await editorShots(base);
  } finally {
    await vite.close();
  }
}

/**
 * The "Your content" panel with the example loaded, in English: the settings scrolled to the
 * panel, the snippet carrying the content and the previews showing it. The 1280 px one is also
 * docs/images/demo-content.png.
 */
async function contentShots(base) {
  for (const width of [375, 1280]) {
    const page = await openDemoPage(`${base}?ui=en&lang=en&w=contact`, width);
    await page.click('#content-example');
    await page.waitForFunction(() => document.querySelector('#content-status')?.textContent?.trim());
    await page.waitForTimeout(800);
    // Wide: the preview beside the panel (the settings stay in view); a phone: the panel, then the preview.
    await page.evaluate((wide) => {
      if (wide) document.querySelector('#preview-heading').scrollIntoView({ block: 'start' });
      document.querySelector('#content-group').scrollIntoView({ block: 'start' });
    }, width > 1000);
    const file = `${out}/demo-content-${width}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    if (width === 1280) {
      await mkdir(`${root}docs/images`, { recursive: true });
      await page.screenshot({ path: `${root}docs/images/demo-content.png` });
      console.log(`${root}docs/images/demo-content.png`);
    } else {
      await page.evaluate(() => document.querySelector('#preview-heading').scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/demo-content-${width}-preview.png` });
      console.log(`${out}/demo-content-${width}-preview.png`);
    }
    await page.close();
  }
}

/**
 * The content editor, in English, with the example loaded and an e-mail the check refuses: the
 * contact's fields side by side with the preview (1280 px, also docs/images/demo-editor.png), and
 * on a phone the contact, a question and the outputs.
 */
async function editorShots(base) {
  for (const width of [375, 1280]) {
    const page = await openDemoPage(`${base}?ui=en&lang=en&w=contact`, width);
    await page.click('#content-example');
    await page.waitForFunction(() => document.querySelector('#ed-contact-email')?.value);
    await page.fill('#ed-contact-email', 'ogi@contoh');
    await page.waitForFunction(() => document.querySelector('#ed-contact-email-error')?.textContent);
    await page.waitForTimeout(800);
    const views =
      width > 1000
        ? { '': '#content-editor-set' }
        : { '': '#content-editor-set', '-question': '#ed-faq-items-0', '-outputs': '#content-outputs' };
    for (const [view, target] of Object.entries(views)) {
      await page.evaluate((sel) => {
        for (const d of document.querySelectorAll('#ed-faq, #out-wordpress')) d.open = true;
        document.querySelector(sel).scrollIntoView({ block: 'start' });
      }, target);
      await page.waitForTimeout(300);
      const file = `${out}/demo-editor-${width}${view}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    if (width === 1280) {
      await mkdir(`${root}docs/images`, { recursive: true });
      // The preview beside the form: the window at the preview, the settings (their own scroll box) at the contact.
      await page.evaluate(() => {
        document.querySelector('#preview-heading').scrollIntoView({ block: 'start' });
        const form = document.querySelector('#settings');
        form.scrollTop +=
          document.querySelector('#ed-contact').getBoundingClientRect().top - form.getBoundingClientRect().top - 16;
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${root}docs/images/demo-editor.png` });
      console.log(`${root}docs/images/demo-editor.png`);
    }
    await page.close();
  }
}
