/* global customElements */
// The README's WordPress picture: an Author's post with the contact card and the FAQ (dark theme),
// in a throw-away WordPress (Debian's, as test/node/wordpress.test.mjs runs it), Chromium at 1280 px.
//   npm run build && node scripts/dev/wordpress-screenshot.mjs   → docs/images/wordpress.png
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../browsers/browsers.mjs';
import { missing, startSite } from '../../test/node/wordpress-site.mjs';

const out = fileURLToPath(new URL('../../docs/images/wordpress.png', import.meta.url));
if (missing().length) throw new Error(`needs ${missing().join(', ')} (see .ci/run)`);
const site = await startSite();
try {
  const post = site.postAsAuthor(
    'Open Government Indonesia',
    [
      '<p>How to reach the OGI National Secretariat, and what people ask us.</p>',
      '[ogi_contact lang="en" theme="dark"]',
      '[ogi_faq lang="en" theme="dark"]',
    ].join('\n\n'),
  );
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await page.goto(post, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ogi-faq, ogi-contact')].every(
      (e) => customElements.get(e.localName) && e.hasUpdated,
    ),
  );
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  await site.stop();
}
