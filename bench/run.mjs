// `npm run bench` (after `npm run build`): bytes, time to render, the FAQ at scale and heap
// growth, this build against the previous release (built from its tag into a temporary folder)
// and a hand-written floor, alternating, in headless Chromium. Writes bench/results.json and
// BENCHMARKS.md. Not a test: nothing here fails on a figure; it fails when the benchmark itself
// breaks (a scenario throws, the floor's DOM differs from ours).
//   --quick or BENCH_QUICK=1  one or two runs of each, small N, no files written (CI runs it so that
//                    the benchmark cannot rot; its figures mean nothing)
//   --no-release     do not build and measure the previous release
//   BENCH_BASE=ref   also measure the FAQ at scale as built from `ref` (e.g. main, before a change)
//   BENCH_DIST=dir   the built files to measure (default: dist)
//   BENCH_KEEP=1     keep the served temporary directory (its path is printed)
//   BENCH_ONLY=upgrade  run only the upgrade scenario (server-rendered against client-only) and
//                    merge it into the last bench/results.json; the other sections keep their figures
//   BENCH_ONLY=search   the same for the search scenario (<ogi-faq searchable>, section 3b)
//   CHROME_PATH=…    another Chromium (scripts/browsers/browsers.mjs finds /usr/bin/chromium otherwise)
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout } from 'node:timers';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/dev/serve.mjs';
import { measureAutoloader, measureAutoloaderCost } from './autoloader.mjs';
import { launch } from './lib/browser.mjs';
import { deliveryBytes, measureBytes } from './lib/bytes.mjs';
import { machine } from './lib/machine.mjs';
import { measureMemory, measurePerWidget, measureRender, measureScale, measureSearch } from './lib/measure.mjs';
import {
  ELEMENT_NAMES,
  buildFloors,
  captureOurs,
  checkSameDom,
  floorTag,
  oursScripts,
  prepareFiles,
} from './lib/prepare.mjs';
import { PREVIOUS_RELEASE, buildRef } from './lib/release.mjs';
import { evaluateGoals, renderReport, writeReport } from './lib/report.mjs';
import { measureHydrationBytes, measureUpgrade, prepareUpgradePages } from './lib/upgrade.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const distDir = resolve(root, process.env.BENCH_DIST ?? 'dist');
const quick = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const withRelease = !process.argv.includes('--no-release');
const baseRef = process.env.BENCH_BASE;
const only = process.env.BENCH_ONLY;
if (only && only !== 'upgrade' && only !== 'search')
  throw new Error(`BENCH_ONLY=${only}: the scenarios that run alone are "upgrade" and "search"`);

const config = {
  dist: relative(root, distDir) || '.',
  quick,
  render: { runs: quick ? 2 : 11, warmup: quick ? 0 : 2, throttles: quick ? [1] : [1, 4] },
  perWidget: { runs: quick ? 1 : 7, throttle: 4 },
  // One row per size and CPU setting; fewer runs for the large sizes, to keep the run within minutes.
  scale: quick
    ? [{ n: 100, throttle: 1, runs: 1 }]
    : [
        { n: 10, throttle: 1, runs: 9 },
        { n: 100, throttle: 1, runs: 9 },
        { n: 1000, throttle: 1, runs: 5 },
        // The FAQ before the open-all fix (BENCH_BASE=9461576) took about 2 minutes to open all 10,000.
        { n: 10000, throttle: 1, runs: 3, without: ['base'] },
        { n: 100, throttle: 4, runs: 7 },
        { n: 1000, throttle: 4, runs: 5 },
      ],
  // <ogi-faq searchable>: typing a word, another, then clearing, among 1,000 questions (a small row).
  search: {
    n: 1000,
    runs: quick ? 1 : 7,
    throttle: 1,
    queries: ['p', 'pe', 'pem', 'pemerintah', 'pemerintah terbuka', 'seknas', ''],
  },
  memory: {
    runs: quick ? 1 : 3,
    cycles: quick ? 10 : 1000,
    warmup: quick ? 2 : 100,
    widgets: quick ? ['faq'] : ELEMENT_NAMES,
  },
  autoloader: { tags: quick ? ['ogi-faq'] : ELEMENT_NAMES.map((n) => `ogi-${n}`) },
  autoloaderCost: { seconds: quick ? 0.5 : 2, rate: 10000, runs: quick ? 1 : 3 },
  upgrade: { runs: quick ? 1 : 11, warmup: quick ? 0 : 2, throttles: quick ? [1] : [1, 4] },
};

const started = Date.now();
const step = (name) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${name}`);
// A broken build could leave a page waiting for an element that is never defined: give up.
setTimeout(() => {
  console.error('[bench] gave up after 40 minutes');
  process.exit(1);
}, 40 * 60_000).unref();

/** The upgrade scenario: hydration's bytes, then server-rendered against client-only, alternating. */
async function upgradeSection(ours) {
  step('bytes of hydration support');
  const bytes = await measureHydrationBytes(root);
  step(`upgrading four server-rendered widgets against a client-only render (${config.upgrade.runs} loads per side)`);
  const time = await measureUpgrade(browser, server.url, { oursUrls: ours.urls, ...config.upgrade });
  return {
    measured: { date: new Date().toISOString(), loadavg: os.loadavg(), alone: only === 'upgrade' },
    bytes,
    ...time,
  };
}

/** The search scenario: typing among 1,000 questions, each keystroke to the frame. */
async function searchSection() {
  step('<ogi-faq searchable>: typing among 1,000 questions');
  const search = await measureSearch(browser, server.url, { module: '/dist/ogi-faq.js', ...config.search });
  return {
    ...search,
    measured: {
      date: new Date().toISOString(),
      loadavg: os.loadavg(),
      cores: os.cpus().length,
      alone: only === 'search',
    },
  };
}

/** Builds a ref into a temporary folder and serves its dist under `/<name>/`; undefined when this clone lacks it. */
function builtRef(name, refs) {
  step(`building ${refs.join(' (or ')}${refs.length > 1 ? ')' : ''} into a temporary folder`);
  const built = buildRef(root, refs, console.log);
  if (!built) return undefined;
  cpSync(built.dist, join(serveRoot, name), { recursive: true, filter: (src) => !src.endsWith('.map') });
  rmSync(built.dir, { recursive: true, force: true });
  console.log(`  ${built.ref} (${built.sha}) built in ${built.seconds.toFixed(0)} s with ${built.deps}`);
  return { ref: built.ref, sha: built.sha, seconds: built.seconds, deps: built.deps };
}

const loadBefore = os.loadavg();
step(`preparing (dist: ${config.dist}${quick ? '; quick: figures not meaningful, nothing written' : ''})`);
const serveRoot = await prepareFiles({ root, benchDir, distDir });
prepareUpgradePages(serveRoot);

let release;
if (withRelease && !only) {
  release = builtRef('release', [PREVIOUS_RELEASE.tag, PREVIOUS_RELEASE.commit]);
  if (!release) {
    const why = `neither ${PREVIOUS_RELEASE.tag} nor ${PREVIOUS_RELEASE.commit} is in this clone (shallow?)`;
    if (!quick) throw new Error(`${why}: fetch it (git fetch --tags) or pass --no-release`);
    console.log(`  ! previous release skipped: ${why}`);
  }
} else if (!only) console.log('  previous release skipped (--no-release)');
const base = baseRef && !only ? builtRef('base', [baseRef]) : undefined;
if (baseRef && !only && !base) throw new Error(`BENCH_BASE=${baseRef} is not in this clone`);

const server = await serve(serveRoot);
if (process.env.BENCH_KEEP === '1') console.log(`  serving ${serveRoot} at ${server.url}`);
const browser = await launch();
try {
  const ours = await oursScripts(browser, server.url);
  if (only) {
    const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8'));
    if (only === 'upgrade') results.upgrade = await upgradeSection(ours);
    else {
      // The search's floor is the hand-written FAQ.
      await captureOurs(browser, server.url, benchDir, ours.urls);
      await buildFloors(benchDir, serveRoot);
      results.search = await searchSection();
    }
    results.goals = evaluateGoals(results);
    writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeReport(join(root, 'BENCHMARKS.md'), results);
    step(`merged the ${only} scenario into bench/results.json and BENCHMARKS.md`);
  } else {
    if (!ours.bundleComplete)
      console.warn(
        `  ! dist/ogi-widgets.js defines only ${ours.bundleDefines.join(', ')}: timing the per-element modules`,
      );
    const previous = release && (await oursScripts(browser, server.url, '/release'));
    await captureOurs(browser, server.url, benchDir, ours.urls);
    await buildFloors(benchDir, serveRoot);
    const sameDom = await checkSameDom(browser, server.url, ours.urls);
    const differ = sameDom.filter((c) => !c.equal);
    for (const c of differ) console.error(`  ! the floor's DOM differs: ${c.name}\n${c.difference}`);
    // A floor that renders something else measures nothing: stop (update bench/floor/).
    if (differ.length) throw new Error(`the floor's DOM differs from ours in ${differ.length} case(s)`);

    step('bytes');
    const bytes = await measureBytes({
      root,
      dist: join(serveRoot, 'dist'),
      floorDir: join(serveRoot, 'floor'),
      widgets: ELEMENT_NAMES,
    });
    if (release) bytes.release = deliveryBytes(join(serveRoot, 'release'), ELEMENT_NAMES);

    const page = (side) => `${server.url}/pages/all-${side}.html`;
    const sides = {
      ours: { page: page('ours'), urls: ours.urls, tags: ELEMENT_NAMES.map((n) => `ogi-${n}`) },
      ...(previous && {
        release: { page: page('ours'), urls: previous.urls, tags: ELEMENT_NAMES.map((n) => `ogi-${n}`) },
      }),
      floor: { page: page('floor'), urls: ['/floor/floor-all.min.js'], tags: ELEMENT_NAMES.map(floorTag) },
    };
    step(
      `time to render all four (${config.render.runs} loads per side and CPU setting: ${Object.keys(sides).join(', ')})`,
    );
    const render = await measureRender(browser, { sides, ...config.render });

    step(
      `first render of each widget alone (${config.perWidget.runs} runs per side, CPU ${config.perWidget.throttle}×)`,
    );
    const perWidget = await measurePerWidget(browser, server.url, { oursUrls: ours.urls, ...config.perWidget });

    step('<ogi-faq> at scale');
    const faq = (dir) => ({ module: `/${dir}/ogi-faq.js`, tag: 'ogi-faq' });
    const scale = await measureScale(browser, server.url, {
      sides: {
        ours: faq('dist'),
        ...(release && { release: faq('release') }),
        ...(base && { base: faq('base') }),
        floor: { module: '/floor/floor-faq.min.js', tag: 'floor-faq' },
      },
      rows: config.scale,
    });

    const search = await searchSection();

    step(`heap after ${config.memory.cycles} add/remove cycles`);
    const memory = await measureMemory(browser, server.url, { oursUrls: ours.urls, ...config.memory });

    const upgrade = await upgradeSection(ours);

    step('what a page downloads through the autoloader');
    const autoloader = await measureAutoloader(browser, server.url, {
      distDir: join(serveRoot, 'dist'),
      pagesDir: join(serveRoot, 'pages'),
      ...config.autoloader,
    });
    step(`the autoloader's main-thread time on a busy page (${config.autoloaderCost.runs} loads per case)`);
    autoloader.cost = await measureAutoloaderCost(browser, server.url, {
      pagesDir: join(serveRoot, 'pages'),
      ...config.autoloaderCost,
    });
    console.log(
      `   busy page: autoloader ${autoloader.cost.pending.msPer10000.toFixed(2)} ms per 10,000 elements added with every tag pending, ${autoloader.cost.loaded.msPer10000.toFixed(2)} ms once all four are loaded`,
    );

    const results = {
      generatedBy: 'npm run bench (bench/run.mjs)',
      machine: { ...machine(browser.version()), loadavg: { before: loadBefore, after: os.loadavg() } },
      config,
      ours: { bundleDefines: ours.bundleDefines, bundleComplete: ours.bundleComplete, scripts: ours.urls },
      release: release && { ...release, ...PREVIOUS_RELEASE, scripts: previous.urls },
      base: base && { ...base, scripts: [faq('base').module] },
      sameDom,
      bytes,
      render,
      perWidget,
      scale,
      search,
      memory,
      upgrade,
      autoloader,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    // The figures first: a report that fails can be rewritten from them (`node bench/lib/report.mjs`).
    if (!quick) writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    results.goals = evaluateGoals(results);
    renderReport(results); // a report that cannot be written is a broken benchmark, in quick mode too
    if (quick) {
      step('quick mode: the benchmark ran through; bench/results.json and BENCHMARKS.md left as they were');
    } else {
      writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      writeReport(join(root, 'BENCHMARKS.md'), results);
      step('wrote bench/results.json and BENCHMARKS.md');
    }
    if (!quick)
      for (const g of results.goals) console.log(`  ${g.met ? 'met    ' : 'NOT met'}  ${g.title}: ${g.summary}`);
  }
} finally {
  await browser.close();
  await server.close();
  if (process.env.BENCH_KEEP !== '1') rmSync(serveRoot, { recursive: true, force: true });
}
