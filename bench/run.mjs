// `npm run bench` (after `npm run build`): bytes, time to render, the FAQ at scale and
// heap growth, ours against a hand-written floor, in headless Chromium. Writes
// bench/results.json and BENCHMARKS.md. Not a test: nothing here fails on a figure.
//   BENCH_DIST=dir   the built files to measure (default: dist)
//   BENCH_QUICK=1    a few runs of each, to try the script out (figures not meaningful)
//   BENCH_KEEP=1     keep the served temporary directory (its path is printed)
//   BENCH_ONLY=upgrade  run only the upgrade scenario (server-rendered against client-only) and
//                    merge it into the last bench/results.json; the other sections keep their figures
//   CHROME_PATH=…    another Chromium (scripts/browsers.mjs finds /usr/bin/chromium otherwise)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout } from 'node:timers';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { autoloaderSection, measureAutoloader, updateBenchmarks } from './autoloader.mjs';
import { launch } from './lib/browser.mjs';
import { measureBytes } from './lib/bytes.mjs';
import { machine } from './lib/machine.mjs';
import {
  CONTENT_VISIBILITY_CSS,
  measureMemory,
  measurePerWidget,
  measureRender,
  measureScale,
} from './lib/measure.mjs';
import { WIDGETS, buildFloors, captureOurs, checkSameDom, oursScripts, prepareFiles } from './lib/prepare.mjs';
import { evaluateGoals, renderReport } from './lib/report.mjs';
import { measureHydrationBytes, measureUpgrade, prepareUpgradePages } from './lib/upgrade.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const distDir = resolve(root, process.env.BENCH_DIST ?? 'dist');
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY;
if (only && only !== 'upgrade') throw new Error(`BENCH_ONLY=${only}: the only scenario that runs alone is "upgrade"`);

const config = {
  dist: relative(root, distDir) || '.',
  quick,
  render: { runs: quick ? 3 : 21, warmup: quick ? 1 : 2, throttles: [1, 4] },
  perWidget: { runs: quick ? 2 : 11, throttle: 4 },
  scale: {
    sizes: [10, 100, 1000, 10000],
    runs: quick ? { 10: 2, 100: 2, 1000: 1, 10000: 1 } : { 10: 15, 100: 15, 1000: 9, 10000: 5 },
    whatIfFrom: 10000,
    whatIfCss: CONTENT_VISIBILITY_CSS,
  },
  memory: { runs: quick ? 1 : 5, cycles: 1000, warmup: 100 },
  upgrade: { runs: quick ? 3 : 21, warmup: quick ? 1 : 2, throttles: [1, 4] },
};

const started = Date.now();

/** The upgrade scenario: hydration's bytes, then server-rendered against client-only, alternating. */
async function upgradeSection(ours) {
  step('bytes of hydration support');
  const bytes = await measureHydrationBytes(root);
  step(
    `upgrading four server-rendered widgets against a client-only render (${config.upgrade.runs} loads per side and CPU setting)`,
  );
  const time = await measureUpgrade(browser, server.url, { oursUrls: ours.urls, ...config.upgrade });
  return {
    measured: { date: new Date().toISOString(), loadavg: os.loadavg(), alone: only === 'upgrade' },
    bytes,
    ...time,
  };
}
// A broken build could leave a page waiting for an element that is never defined: give up after 20 minutes.
setTimeout(() => {
  console.error('[bench] gave up after 20 minutes');
  process.exit(1);
}, 20 * 60_000).unref();
const loadBefore = os.loadavg();
const step = (name) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${name}`);

step(`preparing (dist: ${config.dist})`);
const serveRoot = await prepareFiles({ root, benchDir, distDir });
prepareUpgradePages(serveRoot);
const server = await serve(serveRoot);
if (process.env.BENCH_KEEP === '1') console.log(`  serving ${serveRoot} at ${server.url}`);
const browser = await launch();
try {
  const ours = await oursScripts(browser, server.url);
  if (only === 'upgrade') {
    const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8'));
    results.upgrade = await upgradeSection(ours);
    results.goals = evaluateGoals(results);
    writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(root, 'BENCHMARKS.md'), renderReport(results));
    step('merged the upgrade scenario into bench/results.json and BENCHMARKS.md');
    process.exitCode = 0;
  } else {
    if (!ours.bundleComplete) {
      console.warn(
        `  ! dist/ogi-widgets.js defines only ${ours.bundleDefines.join(', ')}: timing all four with the per-element modules`,
      );
    }
    await captureOurs(browser, server.url, benchDir, ours.urls);
    await buildFloors(benchDir, serveRoot);
    const sameDom = await checkSameDom(browser, server.url, ours.urls);
    for (const c of sameDom.filter((c) => !c.equal))
      console.warn(`  ! the floor's DOM differs: ${c.name}\n${c.difference}`);

    step('bytes');
    const bytes = await measureBytes({
      root,
      dist: join(serveRoot, 'dist'),
      floorDir: join(serveRoot, 'floor'),
      widgets: WIDGETS,
    });

    step(`time to render all four (${config.render.runs} loads per side and CPU setting)`);
    const render = await measureRender(browser, server.url, { oursUrls: ours.urls, ...config.render });

    step(
      `first render of each widget alone (${config.perWidget.runs} runs per side, CPU ${config.perWidget.throttle}×)`,
    );
    const perWidget = await measurePerWidget(browser, server.url, { oursUrls: ours.urls, ...config.perWidget });

    step('<ogi-faq> at scale');
    const scale = await measureScale(browser, server.url, {
      sizes: config.scale.sizes,
      runsFor: (n) => config.scale.runs[n],
      whatIfFrom: config.scale.whatIfFrom,
    });

    step(`heap after ${config.memory.cycles} add/remove cycles`);
    const memory = await measureMemory(browser, server.url, { oursUrls: ours.urls, ...config.memory });

    const upgrade = await upgradeSection(ours);

    const results = {
      generatedBy: 'npm run bench (bench/run.mjs)',
      machine: { ...machine(browser.version()), loadavg: { before: loadBefore, after: os.loadavg() } },
      config,
      ours: { bundleDefines: ours.bundleDefines, bundleComplete: ours.bundleComplete, scripts: ours.urls },
      sameDom,
      bytes,
      render,
      perWidget,
      scale,
      memory,
      upgrade,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    results.goals = evaluateGoals(results);
    writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(root, 'BENCHMARKS.md'), renderReport(results));
    step('what a page downloads through the autoloader');
    const autoloader = await measureAutoloader(browser, server.url, {
      distDir: join(serveRoot, 'dist'),
      pagesDir: join(serveRoot, 'pages'),
    });
    updateBenchmarks(autoloaderSection(autoloader));
    step('wrote bench/results.json and BENCHMARKS.md');
    for (const g of results.goals) console.log(`  ${g.met ? 'met    ' : 'NOT met'}  ${g.title}: ${g.summary}`);
  }
} finally {
  await browser.close();
  await server.close();
  if (process.env.BENCH_KEEP !== '1') rmSync(serveRoot, { recursive: true, force: true });
}
