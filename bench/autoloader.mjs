// What a page downloads through dist/ogi-autoloader.js, against the whole bundle: the scripts
// each page really requested (the browser's resource timing, in headless Chromium), each
// compressed on its own as a server sends it. Writes the "Autoloader" section of BENCHMARKS.md
// (between its markers; `npm run bench` writes it too).
//   node bench/autoloader.mjs   (after `npm run build`; BENCH_DIST=dir: other built files)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { TAGS } from '../scripts/elements.mjs';
import { launch } from './lib/browser.mjs';
import { sizes, sum } from './lib/bytes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- autoloader:start -->';
const END = '<!-- autoloader:end -->';

/** Opens `page` from `url` and resolves to the dist paths of the scripts it requested once `tags` are defined. */
async function scriptsFor(browser, url, page, tags) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    await tab.goto(`${url}/${page}`);
    await tab.waitForFunction((list) => list.every((t) => window.customElements.get(t)), tags);
    // Anything requested late would still show up: wait for the network to settle.
    await tab.waitForLoadState('networkidle');
    const paths = await tab.evaluate(() =>
      window.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    );
    return [...new Set(paths)].map((p) => p.replace(/^\/dist\//, '')).sort();
  } finally {
    await context.close();
  }
}

/**
 * Measures each case in Chromium against the files of `distDir`, served by `url` under /dist/;
 * the case's page is written into `pagesDir`, served under /pages/. One case per tag of `tags`, and all four.
 */
export async function measureAutoloader(browser, url, { distDir, pagesDir, tags = TAGS }) {
  const bytesOf = (files) => sum(files.map((f) => sizes(readFileSync(join(distDir, f)))));
  const cases = [...tags.map((tag) => ({ name: `<${tag}>`, tags: [tag] })), { name: 'all four', tags: [...TAGS] }];
  const rows = [];
  for (const c of cases) {
    const page = `autoloader-${c.tags.length === 1 ? c.tags[0] : 'all'}.html`;
    writeFileSync(join(pagesDir, page), autoloaderPage(c.tags));
    const files = await scriptsFor(browser, url, `pages/${page}`, c.tags);
    rows.push({ name: c.name, files, bytes: bytesOf(files) });
  }
  return { rows, bundle: bytesOf(['ogi-widgets.js']), autoloader: bytesOf(['ogi-autoloader.js']) };
}

const n = (x) => x.toLocaleString('en-US');

/** The section, markers included. */
export function autoloaderSection({ rows, bundle, autoloader }) {
  return [
    START,
    '## Autoloader',
    '',
    'What a page downloads with `<script type="module" src="…/ogi-autoloader.js">` and only the widgets named, against the whole bundle (`dist/ogi-widgets.js`, brotli ' +
      `${n(bundle.brotli)} B). The files are the scripts the page requested (resource timing in headless Chromium), each compressed on its own (brotli quality 11), as a server sends them. The autoloader itself is ${n(autoloader.min)} B minified, ${n(autoloader.brotli)} B brotli. A page with all four widgets is better served by the bundle (one file). Measured by \`bench/autoloader.mjs\`.`,
    '',
    '| page holds | scripts requested | minified | brotli | brotli vs the bundle |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name === 'all four' ? 'all four' : `\`${r.name}\``} | ${r.files.length}: ${r.files.map((f) => `\`${f}\``).join(', ')} | ${n(r.bytes.min)} | ${n(r.bytes.brotli)} | ${((100 * r.bytes.brotli) / bundle.brotli).toFixed(0)} % |`,
    ),
    END,
  ].join('\n');
}

/** Replaces the section in BENCHMARKS.md, or appends it. */
export function updateBenchmarks(section) {
  const path = join(root, 'BENCHMARKS.md');
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(START);
  const next =
    at >= 0
      ? text.slice(0, at) + section + text.slice(text.indexOf(END) + END.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}

/** A page holding `tags`, loading them through the autoloader only. */
const autoloaderPage = (tags) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoloader</title>
<script type="module" src="../dist/ogi-autoloader.js"></script></head><body>
${tags.map((t) => `<${t}></${t}>`).join('\n')}
</body></html>
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync, cpSync, mkdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const distDir = resolve(root, process.env.BENCH_DIST ?? 'dist');
  const serveRoot = mkdtempSync(join(tmpdir(), 'ogi-autoloader-'));
  cpSync(distDir, join(serveRoot, 'dist'), { recursive: true });
  mkdirSync(join(serveRoot, 'pages'));
  const server = await serve(serveRoot);
  const browser = await launch();
  try {
    const result = await measureAutoloader(browser, server.url, { distDir, pagesDir: join(serveRoot, 'pages') });
    updateBenchmarks(autoloaderSection(result));
    for (const r of result.rows)
      console.log(`${r.name}: ${r.files.length} files, ${r.bytes.brotli} B brotli (bundle ${result.bundle.brotli} B)`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(serveRoot, { recursive: true, force: true });
  }
}
