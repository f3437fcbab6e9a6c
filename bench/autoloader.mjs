// What a page downloads through dist/ogi-autoloader.js, against the whole bundle: the scripts
// each page really requested (the browser's resource timing, in headless Chromium), each
// compressed on its own as a server sends it; and the autoloader's main-thread time on a busy
// page. Writes the "Autoloader" section of BENCHMARKS.md (between its markers; `npm run bench`
// writes it too).
//   node bench/autoloader.mjs   (after `npm run build`; BENCH_DIST=dir: other built files)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/dev/serve.mjs';
import { TAGS } from '../scripts/lib/values.mjs';
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

/**
 * The autoloader's main-thread time on a busy page: `rate` elements a second added (100 per
 * task, more when a task comes late; the oldest removed beyond 5,000) for `seconds`, on a page without widgets (every tag
 * still pending: each addition is noted and looked at) and on one whose four widgets are loaded
 * (the autoloader has stopped watching). Its time is the time spent in its mutation observer's
 * and its idle callbacks (the page wraps both before the autoloader runs). Median of `runs` loads each.
 */
export async function measureAutoloaderCost(browser, url, { pagesDir, seconds = 2, rate = 10000, runs = 3 }) {
  const cases = { pending: [], loaded: [...TAGS] };
  const out = { seconds, rate, runs };
  for (const [name, tags] of Object.entries(cases)) {
    const page = `autoloader-cost-${name}.html`;
    writeFileSync(join(pagesDir, page), costPage(tags, { seconds, rate }));
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      try {
        await tab.goto(`${url}/pages/${page}`);
        const result = await tab.waitForFunction(() => window.autoloaderCost, null, {
          timeout: (seconds + 30) * 1000,
        });
        samples.push(await result.jsonValue());
      } finally {
        await context.close();
      }
    }
    const median = (f) => samples.map(f).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    // A loaded machine adds fewer than `rate` a second: the time per 10,000 added is the comparable figure.
    out[name] = {
      msPerSecond: median((s) => s.ms / s.seconds),
      msPer10000: median((s) => (s.ms / s.added) * 10000),
      addedPerSecond: median((s) => s.added / s.seconds),
      calls: median((s) => s.calls),
    };
  }
  return out;
}

/** A page for measureAutoloaderCost: `tags` in its body, the autoloader, then the churn. */
const costPage = (
  tags,
  { seconds, rate },
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoloader cost</title>
<script>
  // The autoloader's time: its mutation observer's callbacks and its idle callbacks (no other script of this page uses either).
  let ms = 0, calls = 0;
  const timed = (fn) => function (...args) { const t = performance.now(); calls++; try { return fn.apply(this, args); } finally { ms += performance.now() - t; } };
  const Observer = MutationObserver;
  window.MutationObserver = class extends Observer { constructor(fn) { super(timed(fn)); } };
  const idle = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (fn, options) => idle(timed(fn), options);
  addEventListener('load', async () => {
    const tags = ${JSON.stringify(tags)};
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    ms = 0; calls = 0;
    const feed = document.createElement('div');
    document.body.append(feed);
    const perTask = 100, start = performance.now();
    let added = 0;
    await new Promise((done) => {
      const timer = setInterval(() => {
        // On time, 100 a task; a late task catches up, so that the rate holds on a loaded machine.
        const due = Math.max(perTask, Math.round(((performance.now() - start) / 1000) * ${rate}) - added);
        for (let i = 0; i < due; i++) { const item = document.createElement('article'); item.innerHTML = '<h3>item</h3><p>text <a href="#">link</a></p>'; feed.append(item); }
        added += due;
        while (feed.childElementCount > 5000) feed.firstElementChild.remove();
        if (performance.now() - start >= ${seconds * 1000}) { clearInterval(timer); done(); }
      }, ${1000 / (rate / 100)});
    });
    const elapsed = (performance.now() - start) / 1000;
    // The look still pending runs in the next idle periods.
    await new Promise((r) => idle(r));
    await new Promise((r) => idle(r));
    window.autoloaderCost = { ms, calls, added, seconds: elapsed };
  });
</script>
<script type="module" src="../dist/ogi-autoloader.js"></script></head><body>
${tags.map((t) => `<${t}></${t}>`).join('\n')}
</body></html>
`;

const n = (x) => x.toLocaleString('en-US');

/** The section, markers included. */
export function autoloaderSection({ rows, bundle, autoloader, cost }) {
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
    ...(cost
      ? [
          '',
          `Its main-thread cost on a busy page (${n(cost.rate)} elements added a second, each with three elements inside, 100 per task or more when a task is late, for ${cost.seconds} s; median of ${cost.runs} loads in headless Chromium; the time spent in its mutation observer's and idle callbacks):`,
          '',
          '| page | added a second | autoloader time a second | per 10,000 added | its callbacks run |',
          '| --- | --- | --- | --- | --- |',
          ...[
            ['no widget yet (every tag pending)', cost.pending],
            ['all four widgets loaded (stopped watching)', cost.loaded],
          ].map(
            ([name, c]) =>
              `| ${name} | ${n(Math.round(c.addedPerSecond))} | ${c.msPerSecond.toFixed(2)} ms | ${c.msPer10000.toFixed(2)} ms | ${n(c.calls)} |`,
          ),
        ]
      : []),
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
    result.cost = await measureAutoloaderCost(browser, server.url, { pagesDir: join(serveRoot, 'pages') });
    console.log(
      `busy page: ${result.cost.pending.msPer10000.toFixed(2)} ms per 10,000 added with tags pending, ${result.cost.loaded.msPer10000.toFixed(2)} ms once all are loaded`,
    );
    updateBenchmarks(autoloaderSection(result));
    for (const r of result.rows)
      console.log(`${r.name}: ${r.files.length} files, ${r.bytes.brotli} B brotli (bundle ${result.bundle.brotli} B)`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(serveRoot, { recursive: true, force: true });
  }
}
