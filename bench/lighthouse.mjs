// `npm run bench:lighthouse` (after `npm run build`): first paint with the server-rendered
// fragments, by Lighthouse 12.8 (mobile preset, simulated throttling) in Debian's Chromium.
// Three pages, each holding the four widgets in Indonesian and nothing else:
//   fragments + script: the four fragments of dist/static/, then dist/ogi-widgets.js (the upgrade path);
//   fragments only:     the same fragments, no script (what a visitor without JavaScript gets);
//   script only:        four empty elements and dist/ogi-widgets.js (client-side rendering).
// LH_RUNS=n runs per page (default 3; medians reported), alternating the pages. Merges the
// figures into bench/results.json (`lighthouse`) and rewrites BENCHMARKS.md. Not part of CI.
// Lighthouse is run with `npx lighthouse@12.8.2` (not a dependency of the package).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browsers/browsers.mjs';
import { serve } from '../scripts/dev/serve.mjs';
import { TAGS } from '../scripts/lib/values.mjs';
import { evaluateGoals, renderReport } from './lib/report.mjs';
import { summarize } from './lib/stats.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.LH_RUNS ?? 3);

const page = (body, script) => `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ogi-widgets first paint</title><link rel="icon" href="data:,">
${script ? '<script type="module" src="/dist/ogi-widgets.js"></script>\n' : ''}</head>
<body>
${body}
</body>
</html>
`;

const serveRoot = mkdtempSync(join(tmpdir(), 'ogi-lighthouse-'));
cpSync(join(root, 'dist'), join(serveRoot, 'dist'), { recursive: true });
mkdirSync(join(serveRoot, 'pages'));
const fragments = TAGS.map((t) => readFileSync(join(root, 'dist/static', `${t}.id.html`), 'utf8')).join('\n');
const PAGES = {
  'fragments + script': ['fragments-script.html', page(fragments, true)],
  'fragments only': ['fragments-only.html', page(fragments, false)],
  'script only': ['script-only.html', page(TAGS.map((t) => `<${t} lang="id"></${t}>`).join('\n'), true)],
};
for (const [file, html] of Object.values(PAGES)) writeFileSync(join(serveRoot, 'pages', file), html);

const chrome = findBrowser('chromium');
const lighthouse = (url) =>
  new Promise((resolve, reject) => {
    execFile(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout))),
    );
  });

const server = await serve(serveRoot);
const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
let version = '';
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, [file]] of Object.entries(PAGES)) {
      const lhr = await lighthouse(`${server.url}/pages/${file}`);
      version = lhr.lighthouseVersion;
      const m = lhr.audits.metrics.details.items[0];
      const sample = {
        fcp: m.firstContentfulPaint,
        lcp: m.largestContentfulPaint,
        cls: m.cumulativeLayoutShift,
        observedFcp: m.observedFirstContentfulPaint,
        observedLcp: m.observedLargestContentfulPaint,
        score: lhr.categories.performance.score,
      };
      samples[name].push(sample);
      console.log(
        `[lighthouse] ${name} #${i + 1}: FCP ${sample.fcp.toFixed(0)} ms, LCP ${sample.lcp.toFixed(0)} ms, CLS ${sample.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  await server.close();
  rmSync(serveRoot, { recursive: true, force: true });
}

const pick = (list, key) => summarize(list.map((s) => s[key]));
const resultsFile = join(root, 'bench/results.json');
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
results.lighthouse = {
  version,
  runs,
  date: new Date().toISOString(),
  loadavg: os.loadavg(),
  pages: Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        samples: list,
        ...Object.fromEntries(
          ['fcp', 'lcp', 'cls', 'observedFcp', 'observedLcp', 'score'].map((k) => [k, pick(list, k)]),
        ),
      },
    ]),
  ),
};
results.goals = evaluateGoals(results);
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'BENCHMARKS.md'), renderReport(results));
console.log('[lighthouse] merged into bench/results.json and BENCHMARKS.md');
