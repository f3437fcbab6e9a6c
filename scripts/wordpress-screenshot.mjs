/* global customElements */
// The README's WordPress picture: an Author's post with the contact card and the FAQ (dark theme),
// in a throw-away WordPress (Debian's, as test/node/wordpress.test.mjs runs it), Chromium at 1280 px.
//   npm run build && node scripts/wordpress-screenshot.mjs   → docs/images/wordpress.png
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';
import { missing, startSite } from '../test/node/wordpress-site.mjs';

const out = fileURLToPath(new URL('../docs/images/wordpress.png', import.meta.url));
if (missing().length) throw new Error(`needs ${missing().join(', ')} (see .ci/run)`);
const site = await startSite();
try {
  const id = site.php(`
$author = get_user_by( 'login', 'author' );
wp_set_current_user( $author->ID );
kses_init();
echo wp_insert_post( array(
  'post_title'   => 'Open Government Indonesia',
  'post_status'  => 'publish',
  'post_author'  => $author->ID,
  'post_content' => "<p>How to reach the OGI National Secretariat, and what people ask us.</p>\\n\\n[ogi_contact lang=\\"en\\" theme=\\"dark\\"]\\n\\n[ogi_faq lang=\\"en\\" theme=\\"dark\\"]",
) );`);
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await page.goto(`${site.url}/?p=${id.trim()}`, { waitUntil: 'load' });
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
