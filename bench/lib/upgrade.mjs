// What the no-script path costs once the script comes: the bytes of hydration support, and
// the time to take over four server-rendered widgets (dist/static/) against rendering the
// same four on the client, alternating the two on fresh pages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { openPage } from './browser.mjs';
import { ELEMENT_NAMES, oursTag, page } from './prepare.mjs';
import { pairedRatio, summarize } from './stats.mjs';

const log = (...args) => console.log('  ', ...args);
const brotli = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** pages/upgrade-ssr.html (the four fragments of dist/static/, Indonesian) and pages/upgrade-csr.html (the four empty elements). */
export function prepareUpgradePages(serveRoot) {
  const fragments = ELEMENT_NAMES.map((n) =>
    readFileSync(join(serveRoot, 'dist', 'static', `${oursTag(n)}.id.html`), 'utf8'),
  );
  writeFileSync(join(serveRoot, 'pages', 'upgrade-ssr.html'), page(fragments.join('\n')));
  writeFileSync(
    join(serveRoot, 'pages', 'upgrade-csr.html'),
    page(ELEMENT_NAMES.map((n) => `<${oursTag(n)} lang="id"></${oursTag(n)}>`).join('\n')),
  );
}

/**
 * The bundle (src/index.ts) with and without Lit's hydration (`@lit-labs/ssr-client`'s `hydrate`
 * replaced by a function that does nothing), both bundled and minified by esbuild the same way:
 * the difference is what hydration support costs. (dist/ is built by Vite with terser, so its
 * own size differs a little from both.)
 */
export async function measureHydrationBytes(root) {
  const bundle = async (withHydration) => {
    const result = await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      legalComments: 'none',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'silent',
      plugins: withHydration
        ? []
        : [
            {
              name: 'no-hydration',
              setup(b) {
                b.onResolve({ filter: /^@lit-labs\/ssr-client$/ }, () => ({ path: 'stub', namespace: 'no-hydration' }));
                b.onLoad({ filter: /.*/, namespace: 'no-hydration' }, () => ({
                  contents: 'export const hydrate = () => {};',
                }));
              },
            },
          ],
    });
    const text = result.outputFiles[0].text;
    return { min: Buffer.byteLength(text), brotli: brotli(text) };
  };
  const withHydration = await bundle(true);
  const without = await bundle(false);
  const distBundle = readFileSync(join(root, 'dist', 'ogi-widgets.js'), 'utf8');
  return {
    withHydration,
    without,
    cost: { min: withHydration.min - without.min, brotli: withHydration.brotli - without.brotli },
    dist: { min: Buffer.byteLength(distBundle), brotli: brotli(distBundle) },
  };
}

/**
 * Time from adding dist/ogi-widgets.js to all four rendered (or taken over) and a frame
 * produced, on the page with the server-rendered fragments and on the page with empty
 * elements; alternating, fresh context per load. The first load of each side is also
 * checked: each widget's shadow root holds one `base` part (taken over, not drawn twice).
 */
export async function measureUpgrade(browser, url, { oursUrls, runs, warmup, throttles }) {
  const tags = ELEMENT_NAMES.map(oursTag);
  const arms = { ssr: `${url}/pages/upgrade-ssr.html`, csr: `${url}/pages/upgrade-csr.html` };
  const out = { runs, warmup, rows: {} };
  for (const throttle of throttles) {
    const samples = { ssr: [], csr: [] };
    for (let i = 0; i < warmup + runs; i++) {
      for (const side of ['ssr', 'csr']) {
        const p = await openPage(browser, arms[side], { throttle });
        const result = await p.page.evaluate(({ urls, tags }) => window.bench.timeRender(urls, tags), {
          urls: oursUrls,
          tags,
        });
        if (i === 0) {
          const bases = await p.page.evaluate(
            (tags) => tags.map((t) => document.querySelector(t).shadowRoot.querySelectorAll('[part~="base"]').length),
            tags,
          );
          if (bases.some((n) => n !== 1))
            throw new Error(`${side}: base parts per widget ${bases.join(', ')} (drawn twice?)`);
        }
        p.check();
        await p.close();
        if (i >= warmup) samples[side].push(result.total);
      }
    }
    const row = {
      throttle,
      samples,
      ssr: summarize(samples.ssr),
      csr: summarize(samples.csr),
      ratio: pairedRatio(samples.ssr, samples.csr),
    };
    out.rows[`${throttle}x`] = row;
    log(
      `upgrade, CPU ${throttle}×: server-rendered ${row.ssr.median.toFixed(1)} ms, client-only ${row.csr.median.toFixed(1)} ms (×${row.ratio.ofMedians.toFixed(2)})`,
    );
  }
  return out;
}
