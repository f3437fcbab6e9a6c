// Screenshots of every widget in both languages, light and dark, at 375 and 1280 px,
// taken from dist/ (or $OGI_OUT_DIR, relative to the repository) with Debian's Chromium.
// Run `npm run build` first.
//   node scripts/screenshots.mjs [tag …]   → screenshots/<tag>-<lang>-<theme>-<width>.png
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';
import { TAGS } from './elements.mjs';
import { serve } from './serve.mjs';

const tags = process.argv.slice(2).length ? process.argv.slice(2) : TAGS;
const root = new URL('..', import.meta.url).pathname;
await mkdir(`${root}screenshots`, { recursive: true });
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
          const file = `${root}screenshots/${tag}-${lang}-${theme}-${width}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
