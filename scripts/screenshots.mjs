// Screenshots of every widget in both languages, light and dark, at 375 and 1280 px,
// taken from dist/ (or $OGI_OUT_DIR, relative to the repository) with Debian's Chromium.
// Run `npm run build` first.
//   node scripts/screenshots.mjs [tag …]   → screenshots/<tag>-<lang>-<theme>-<width>.png
// and the demo page (served from source by Vite, as `npm start` does) at 375 and 1280 px:
//   node scripts/screenshots.mjs demo      → screenshots/demo-<view>-<width>.png
// With no argument it takes both. OGI_SHOTS_DIR writes them elsewhere.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';
import { TAGS } from './elements.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const tags = args.length ? args.filter((a) => a !== 'demo') : TAGS;
const root = new URL('..', import.meta.url).pathname;
const shotsDir = process.env.OGI_SHOTS_DIR ? `${process.env.OGI_SHOTS_DIR.replace(/\/$/, '')}/` : `${root}screenshots/`;
await mkdir(shotsDir, { recursive: true });
const server = await serve(root);
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROMIUM_ARGS,
});
try {
  for (const tag of tags) {
    for (const lang of ['id', 'en']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [375, 1280]) {
          const page = await browser.newPage({ viewport: { width, height: 800 } });
          await page.goto(
            `${server.url}/scripts/shot.html?tag=${tag}&lang=${lang}&theme=${theme}&dist=${process.env.OGI_OUT_DIR ?? 'dist'}`,
          );
          await page.waitForFunction(() => window.ready !== undefined);
          if (!(await page.evaluate(() => window.ready))) {
            console.log(`skip ${tag}: not in dist`);
            await page.close();
            break;
          }
          const file = `${shotsDir}${tag}-${lang}-${theme}-${width}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await page.close();
        }
      }
    }
  }
  if (!args.length || args.includes('demo')) await demoShots();
} finally {
  await browser.close();
  await server.close();
}

/**
 * The demo page at 375 and 1280 px: as it opens, and with the views a designer checks (both
 * languages side by side, theme "auto" with an accent that fails in the dark palette, the FAQ
 * opened by a deep link, a 1280 px preview scaled to fit).
 */
async function demoShots() {
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
    for (const [name, query] of Object.entries(views)) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${base}${query}`);
        await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true', null, {
          timeout: 60000,
        });
        await page.waitForTimeout(800);
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = `${shotsDir}demo-${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: width === 375 ? false : true });
        console.log(file);
        if (width === 375) {
          // On a phone, also the preview the "Go to the preview" button leads to.
          await page.click('#to-preview');
          await page.waitForTimeout(300);
          const after = `${shotsDir}demo-${name}-${width}-preview.png`;
          await page.screenshot({ path: after });
          console.log(after);
        }
        await page.close();
      }
    }
  } finally {
    await vite.close();
  }
}
