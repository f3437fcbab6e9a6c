// `npm run bench:causes`: what each suspected cause of <ogi-faq>'s time costs (issue 24), measured by
// turning it off. Each variant below is the current source with one patch applied
// (`git apply bench/causes/<name>.patch`), built with `vite build --mode bundle` into a temporary
// folder, and reverted. Then the unmodified build and every variant render <ogi-faq> with N
// questions through `items` on a fresh page per sample, alternating (the bench's FAQ-at-scale
// harness: bench/lib/measure.mjs, bench/page/harness.js), at CPU 1× and 4×, and each variant is
// reported as variant ÷ current, paired run by run. Writes bench/causes.json and the section
// "Where the FAQ's time goes" at the end of BENCHMARKS.md (between its markers; the reading under
// `<!-- causes:reading -->` is hand-written and kept; `npm run bench` keeps the whole section).
//   --quick          one run of N = 100 at CPU 1× with two variants; nothing written (checks that it runs)
//   CAUSES_RUNS=n    samples per row and side (default 11)
//   CAUSES_ONLY=a,b  only these variants (the A/A control `same` always runs)
// src/ must be clean (the patches apply to it); it is left as it was, the build in dist/ untouched.
// A variant is a patch: make one with `git diff -- src > bench/causes/<name>.patch`, then list it below.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/dev/serve.mjs';
import { launch } from './lib/browser.mjs';
import { sizes } from './lib/bytes.mjs';
import { machine } from './lib/machine.mjs';
import { measureScale } from './lib/measure.mjs';
import { prepareFiles } from './lib/prepare.mjs';
import { CAUSES_END, CAUSES_READING, CAUSES_START } from './lib/report.mjs';
import { pairedRatio } from './lib/stats.mjs';

/** The variants: `name` → bench/causes/<name>.patch (none for the A/A control), and what it turns off. */
const VARIANTS = [
  { name: 'same', cause: 'none: the current source built again (A/A control: what noise alone gives)', patch: false },
  {
    name: 'second-update',
    cause:
      '1. the second update after each render, put back (`firstUpdated()` requests one): the current source has none',
  },
  { name: 'no-keyed', cause: '2. a plain `map`, no `keyed()` around each question' },
  { name: 'repeat', cause: '2. `repeat()` instead of `map` + `keyed()`' },
  { name: 'no-hydration', cause: '3. no hydration support: no `Hydration` controller, no `@lit-labs/ssr-client`' },
  { name: 'fixed-colours', cause: '4. fixed colours instead of the `color-mix()` tokens' },
  { name: 'no-content-visibility', cause: '5. no `content-visibility` rule for long lists (`.long > .item`)' },
  {
    name: 'plain-template',
    cause: "6. each question a plain details/summary/answer: no search's `at()`/`hides()` branches, no `?hidden`",
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const quick = process.argv.includes('--quick');
const runs = quick ? 1 : Number(process.env.CAUSES_RUNS ?? 11);
const only = process.env.CAUSES_ONLY?.split(',');
const variants = VARIANTS.filter((v, i) => (quick ? i < 2 : !only || v.patch === false || only.includes(v.name)));
const rows = (
  quick
    ? [[100, 1]]
    : [
        [100, 1],
        [1000, 1],
        [100, 4],
        [1000, 4],
      ]
).map(([n, throttle]) => ({
  n,
  throttle,
  runs,
}));

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const log = (line) => console.log(`[causes] ${line}`);

/** Builds dist/ogi-widgets.js from the source as it is now into `outDir`; its brotli size. */
function build(outDir) {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'bundle'], {
    cwd: root,
    env: { ...process.env, OGI_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return sizes(readFileSync(join(outDir, 'ogi-widgets.js'))).brotli;
}

if (git('status', '--porcelain', '--', 'src').trim())
  throw new Error('src/ has uncommitted changes: commit or stash them');
const tmp = mkdtempSync(join(os.tmpdir(), 'ogi-causes-'));
// The bundle build rewrites the treemap (stats/treemap.html): the variants' must not stay there.
const treemap = join(root, 'stats/treemap.html');
const treemapBefore = existsSync(treemap) ? readFileSync(treemap) : undefined;
const bytes = {};
try {
  log('building the current source');
  bytes.current = build(join(tmp, 'current'));
  for (const { name, patch } of variants) {
    const file = join(benchDir, 'causes', `${name}.patch`);
    log(`building ${name}`);
    if (patch !== false) git('apply', file);
    try {
      bytes[name] = build(join(tmp, name));
    } finally {
      if (patch !== false) git('apply', '-R', file);
    }
  }
} finally {
  if (treemapBefore) writeFileSync(treemap, treemapBefore);
}

const loadBefore = os.loadavg();
const serveRoot = await prepareFiles({ root, benchDir, distDir: join(tmp, 'current') });
for (const { name } of variants) cpSync(join(tmp, name), join(serveRoot, name), { recursive: true });
rmSync(tmp, { recursive: true, force: true });
const server = await serve(serveRoot);
const browser = await launch();
const browserVersion = browser.version();
let scale;
try {
  // measureScale's own ratios are `ours` ÷ each other side: the current build is `ours`.
  const faq = (dir) => ({ module: `/${dir}/ogi-widgets.js`, tag: 'ogi-faq' });
  log(`${variants.length + 1} builds, ${runs} samples each per row, alternating`);
  scale = await measureScale(browser, server.url, {
    sides: { ours: faq('dist'), ...Object.fromEntries(variants.map((v) => [v.name, faq(v.name)])) },
    rows,
  });
} finally {
  await browser.close();
  await server.close();
  rmSync(serveRoot, { recursive: true, force: true });
}

const metric = (row, side, key) => row.samples[side].map((s) => s[key]);
const results = {
  generatedBy: 'npm run bench:causes (bench/causes.mjs)',
  machine: { ...machine(browserVersion), loadavg: { before: loadBefore, after: os.loadavg() } },
  bytes,
  variants: variants.map(({ name, cause }) => ({ name, cause })),
  rows: scale.map((row) => ({
    n: row.n,
    throttle: row.throttle,
    runs: row.runs,
    current: { painted: row.ours.painted, render: row.ours.render, updates: row.ours.updates },
    variants: Object.fromEntries(
      variants.map(({ name }) => [
        name,
        {
          painted: row[name].painted,
          updates: row[name].updates,
          // variant ÷ current, run by run
          ratio: pairedRatio(metric(row, name, 'painted'), metric(row, 'ours', 'painted')),
          renderRatio: pairedRatio(metric(row, name, 'render'), metric(row, 'ours', 'render')),
        },
      ]),
    ),
  })),
};
for (const row of results.rows)
  log(
    `N ${row.n}, CPU ${row.throttle}×: ${variants.map(({ name }) => `${name} ${row.variants[name].ratio.paired.median.toFixed(2)}×`).join(', ')}`,
  );

// ---- the section of BENCHMARKS.md ---------------------------------------------------------------

const x = (n) => `${n.toFixed(2)}×`;
const ms = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const int = (n) => n.toLocaleString('en-US');

function section(r, reading) {
  const m = r.machine;
  const load = (a) => a.map((v) => v.toFixed(2)).join(', ');
  return [
    CAUSES_START,
    "## Where the FAQ's time goes",
    '',
    `Generated by \`npm run bench:causes\` (\`bench/causes.mjs\`) on ${m.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}, ${m.cpu} (${m.cores} cores), Chromium ${m.chromium}. Load average (1, 5, 15 minutes) when the measurements started: ${load(m.loadavg.before)}; when they ended: ${load(m.loadavg.after)}${m.loadavg.before[0] > m.cores ? ' (other people’s builds and browser tests were running: the milliseconds are noisy, the paired ratios less so)' : ''}.`,
    '',
    `Each variant is the current source with one suspected cause turned off (a patch, \`bench/causes/<name>.patch\`), built as \`dist/ogi-widgets.js\` (\`vite build --mode bundle\`). The unmodified build and every variant render \`<ogi-faq>\` with N questions through \`items\` on a fresh page per sample, the order of the builds rotating from run to run; the time is from adding the script to the second frame after the first render (\`painted\`: the script fetched, compiled and run, the first render with its frame, then one more frame). **variant ÷ current** is the median of the run-by-run ratios (quartiles; min–max): below 1× the cause costs time, about 1× it costs nothing measurable. The \`same\` row (the current source built a second time) shows how far from 1× noise alone goes. "first render" is the same ratio for the element's first render alone (created until its first render and a frame, the script already loaded).`,
    '',
    '| cause turned off (variant) | N | CPU | runs | current (ms) | variant (ms) | variant ÷ current | first render: variant ÷ current |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.variants.flatMap(({ name, cause }) =>
      r.rows.map((row, k) => {
        const v = row.variants[name];
        const p = v.ratio.paired;
        return `| ${k ? `\`${name}\`` : `${cause} (\`${name}\`)`} | ${int(row.n)} | ${row.throttle}× | ${row.runs} | ${ms(row.current.painted.median)} | ${ms(v.painted.median)} | **${x(p.median)}** (${x(p.q1)}–${x(p.q3)}; ${x(p.min)}–${x(p.max)}) | ${x(v.renderRatio.paired.median)} (${x(v.renderRatio.paired.q1)}–${x(v.renderRatio.paired.q3)}) |`;
      }),
    ),
    '',
    `Lit \`update()\` calls over the bench's whole scale run (first render, two clicks, open all, a language switch), median: current ${r.rows.map((row) => row.current.updates.median).join(' / ')}; ${r.variants.map(({ name }) => `\`${name}\` ${r.rows.map((row) => row.variants[name].updates.median).join(' / ')}`).join('; ')} (one figure per row above, in order).`,
    '',
    `\`dist/ogi-widgets.js\` brotli: current ${int(r.bytes.current)} B; ${r.variants.map(({ name }) => `\`${name}\` ${int(r.bytes[name])} B (${r.bytes[name] - r.bytes.current >= 0 ? '+' : ''}${int(r.bytes[name] - r.bytes.current)})`).join('; ')}.`,
    '',
    CAUSES_READING,
    reading.trim(),
    CAUSES_END,
  ].join('\n');
}

if (quick) {
  section(results, ''); // a section that cannot be written is a broken benchmark
  log('quick: ran through; bench/causes.json and BENCHMARKS.md left as they were');
} else {
  writeFileSync(join(benchDir, 'causes.json'), `${JSON.stringify(results, null, 2)}\n`);
  const mdPath = join(root, 'BENCHMARKS.md');
  const md = readFileSync(mdPath, 'utf8');
  const start = md.indexOf(CAUSES_START);
  const end = md.indexOf(CAUSES_END);
  const had = start >= 0 && end > start;
  const readingAt = md.indexOf(CAUSES_READING);
  const reading =
    had && readingAt > start && readingAt < end
      ? md.slice(readingAt + CAUSES_READING.length, end)
      : '_No reading written yet: read the figures above with the `same` row as the noise._';
  const block = section(results, reading);
  writeFileSync(
    mdPath,
    had ? md.slice(0, start) + block + md.slice(end + CAUSES_END.length) : `${md.trimEnd()}\n\n${block}\n`,
  );
  log('wrote bench/causes.json and the section of BENCHMARKS.md');
}
