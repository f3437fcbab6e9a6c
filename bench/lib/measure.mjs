// The timed parts of the benchmark, each alternating ours and the floor (A B A B …)
// on fresh pages: time to render all four, the FAQ at scale, and heap after add/remove.
import { heapAfterGC, openPage } from './browser.mjs';
import { ELEMENT_NAMES, floorTag, oursTag } from './prepare.mjs';
import { pairedRatio, summarize } from './stats.mjs';

const log = (...args) => console.log('  ', ...args);

/** The ratios of a row: ours ÷ each other side that was measured, paired run by run. */
function ratios(samples, metric = (v) => v) {
  const out = {};
  for (const side of Object.keys(samples).filter((s) => s !== 'ours'))
    out[side] = pairedRatio(samples.ours.map(metric), samples[side].map(metric));
  return out;
}

/**
 * Time from adding the script(s) to all four elements rendered and a frame
 * produced; `runs` fresh page loads per side (after `warmup` discarded ones),
 * without and with CPU throttling. `sides`: { ours, release?, floor } →
 * { page, urls, tags }, measured in turn (ours, release, floor, ours, …).
 */
export async function measureRender(browser, { sides, runs, warmup, throttles }) {
  const out = {};
  for (const throttle of throttles) {
    const samples = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
    const defined = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
    for (let i = 0; i < warmup + runs; i++) {
      for (const [side, arm] of Object.entries(sides)) {
        const p = await openPage(browser, arm.page, { throttle });
        const result = await p.page.evaluate(({ urls, tags }) => window.bench.timeRender(urls, tags), arm);
        p.check();
        await p.close();
        if (i < warmup) continue;
        samples[side].push(result.total);
        defined[side].push(result.defined);
      }
    }
    const row = { throttle, samples, ratios: ratios(samples), defined: {} };
    for (const side of Object.keys(sides)) {
      row[side] = summarize(samples[side]);
      row.defined[side] = summarize(defined[side]);
    }
    row.ratio = row.ratios.floor;
    out[`${throttle}x`] = row;
    log(
      `render, CPU ${throttle}×: ${Object.keys(sides)
        .map((side) => `${side} ${row[side].median.toFixed(1)} ms`)
        .join(
          ', ',
        )} (÷ floor ${row.ratio.ofMedians.toFixed(2)}${row.ratios.release ? `, ÷ release ${row.ratios.release.ofMedians.toFixed(2)}` : ''})`,
    );
  }
  return out;
}

/**
 * The first render of each widget on its own (scripts loaded beforehand, not
 * timed), ours and the floor alternating, on a fresh page per run.
 */
export async function measurePerWidget(browser, url, { oursUrls, runs, throttle }) {
  const arms = {
    ours: { urls: oursUrls, tags: ELEMENT_NAMES.map(oursTag) },
    floor: { urls: ['/floor/floor-all.min.js'], tags: ELEMENT_NAMES.map(floorTag) },
  };
  const samples = { ours: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    for (const side of ['ours', 'floor']) {
      const p = await openPage(browser, `${url}/pages/blank.html`, { throttle });
      const result = await p.page.evaluate(async ({ urls, tags }) => {
        await window.bench.load(urls, tags);
        return window.bench.timeEach(tags);
      }, arms[side]);
      p.check();
      await p.close();
      samples[side].push(result);
    }
  }
  // What the timeline's first render holds that no floor pays: the page's first date formatting.
  const intl = [];
  for (let i = 0; i < runs; i++) {
    const p = await openPage(browser, `${url}/pages/blank.html`, { throttle });
    intl.push(await p.page.evaluate(() => window.bench.firstDateFormat()));
    p.check();
    await p.close();
  }
  const out = { throttle, runs, widgets: {}, firstDateFormat: summarize(intl) };
  for (const name of ELEMENT_NAMES) {
    const o = samples.ours.map((r) => r[oursTag(name)]);
    const f = samples.floor.map((r) => r[floorTag(name)]);
    out.widgets[name] = { ours: summarize(o), floor: summarize(f), ratio: pairedRatio(o, f) };
  }
  log(
    `each widget, CPU ${throttle}×: ${ELEMENT_NAMES.map((n) => `${n} ${out.widgets[n].ratio.ofMedians.toFixed(2)}×`).join(', ')}`,
  );
  return out;
}

/**
 * `load`: the script added until the tag is defined (fetched, compiled, run); `render`: the element
 * created until its first render and a frame; `painted`: from adding the script to the second frame
 * after the first render (`load` + `render` + `nextFrame`).
 */
const SCALE_METRICS = ['load', 'render', 'nextFrame', 'painted', 'click', 'openAll', 'lang', 'longestTask', 'updates'];

/**
 * `<ogi-faq>` (from each side's `ogi-faq.js`) and `<floor-faq>` given `n` questions through
 * `items` (see the harness's `scaleRun`), alternating, one row per `{ n, throttle, runs, without? }`
 * (`without`: sides left out of that row), the order of the sides rotating from run to run.
 * `sides`: { ours, release?, base?, floor } → { module, tag } (or any other names: `bench/causes.mjs`).
 */
export async function measureScale(browser, url, { sides, rows }) {
  const out = [];
  for (const { n, throttle, runs, without = [] } of rows) {
    const rowSides = Object.fromEntries(Object.entries(sides).filter(([side]) => !without.includes(side)));
    const samples = Object.fromEntries(Object.keys(rowSides).map((side) => [side, []]));
    const order = Object.entries(rowSides);
    for (let i = 0; i < runs; i++) {
      // Each run starts with the next side, so that no side always comes first (or right after another).
      for (const [side, arm] of [...order.slice(i % order.length), ...order.slice(0, i % order.length)]) {
        const p = await openPage(browser, `${url}/pages/blank.html`, { throttle });
        const result = await p.page.evaluate(
          async ({ module, tag, n }) => {
            // The items module first, so that `load` is the widget's script alone (fetched, compiled, run).
            const { makeItems } = await import('/page/items.js');
            const items = makeItems(n);
            const t = window.performance.now();
            await window.bench.load([module], [tag]);
            const load = window.performance.now() - t;
            return { load, ...(await window.bench.scaleRun(tag, items)) };
          },
          { ...arm, n },
        );
        p.check();
        await p.close();
        samples[side].push({ ...result, painted: result.load + result.render + result.nextFrame });
      }
    }
    const row = { n, throttle, runs, ratio: {}, samples };
    for (const side of Object.keys(rowSides)) {
      row[side] = {};
      for (const metric of SCALE_METRICS) row[side][metric] = summarize(samples[side].map((r) => r[metric]));
    }
    for (const metric of SCALE_METRICS) {
      for (const [side, r] of Object.entries(ratios(samples, (v) => v[metric]))) (row.ratio[side] ??= {})[metric] = r;
    }
    out.push(row);
    const f = (side, metric) => row[side][metric].median.toFixed(1);
    log(
      `scale ${n}, CPU ${throttle}× (${runs} runs): render ${Object.keys(rowSides)
        .map((side) => `${side} ${f(side, 'render')}`)
        .join(', ')} ms; open all ${Object.keys(rowSides)
        .map((side) => `${side} ${f(side, 'openAll')}`)
        .join(', ')} ms`,
    );
  }
  return out;
}

/**
 * Typing into `<ogi-faq searchable>` holding `n` questions: for each keystroke of `queries`
 * (typing a word letter by letter, then another, then clearing), the time until the questions
 * shown are rendered and a frame produced; a fresh page per run. Each keystroke's work is its
 * update (input to `updateComplete`) and its frame's rendering (animation frame callbacks to the
 * frame done); the goal is one frame (16.7 ms) of it. The control: keystrokes into a field that
 * changes nothing, on the same page. The floor: the hand-written FAQ shows the same results (the
 * questions ours showed once typing paused) in one plain loop, on a fresh page (`searchFloorRun`).
 */
export async function measureSearch(browser, url, { module, n, runs, throttle, queries }) {
  const samples = queries.map(() => []);
  const updates = queries.map(() => []);
  const renders = queries.map(() => []);
  const works = queries.map(() => []);
  const control = [];
  const controlRender = [];
  const floor = queries.map(() => []);
  let shown = [];
  for (let i = 0; i < runs; i++) {
    const p = await openPage(browser, `${url}/pages/blank.html`, { throttle });
    const result = await p.page.evaluate(
      async ({ module, n, queries }) => {
        await window.bench.load([module], ['ogi-faq']);
        const { makeItems } = await import('/page/items.js');
        return window.bench.searchRun('ogi-faq', makeItems(n), queries);
      },
      { module, n, queries },
    );
    p.check();
    await p.close();
    result.keystrokes.forEach((r, k) => {
      samples[k].push(r.ms);
      updates[k].push(r.update);
      renders[k].push(r.render);
      works[k].push(r.update + r.render);
    });
    for (const c of result.control) {
      control.push(c.ms);
      controlRender.push(c.render);
    }
    // The floor: the same result shown by the hand-written FAQ, on a fresh page.
    const f = await openPage(browser, `${url}/pages/blank.html`, { throttle });
    const floorResult = await f.page.evaluate(
      async ({ n, hidden }) => {
        await window.bench.load(['/floor/floor-faq.min.js'], ['floor-faq']);
        const { makeItems } = await import('/page/items.js');
        return window.bench.searchFloorRun('floor-faq', makeItems(n), hidden);
      },
      { n, hidden: result.keystrokes.map((r) => r.hidden) },
    );
    f.check();
    await f.close();
    floorResult.forEach((r, k) => floor[k].push(r.update + r.render));
    shown = result.keystrokes.map((r) => r.shown);
  }
  const keystrokes = queries.map((query, k) => ({
    query,
    shown: shown[k],
    ms: summarize(samples[k]),
    update: summarize(updates[k]),
    render: summarize(renders[k]),
    work: summarize(works[k]),
    floor: summarize(floor[k]),
  }));
  const all = summarize(samples.flat());
  const idle = summarize(control);
  const idleRender = summarize(controlRender);
  log(
    `search, ${n} questions, CPU ${throttle}× (${runs} runs), to the frame (update + the frame's rendering): ${keystrokes.map((k) => `"${k.query}" ${k.ms.median.toFixed(1)} (${k.update.median.toFixed(1)} + ${k.render.median.toFixed(1)}; floor ${k.floor.median.toFixed(1)})`).join(', ')} ms; median ${all.median.toFixed(1)} ms; a keystroke that changes nothing ${idle.median.toFixed(1)} ms (its frame's rendering ${idleRender.median.toFixed(1)})`,
  );
  return { n, runs, throttle, keystrokes, all, control: idle, controlRender: idleRender };
}

/**
 * Heap after forced GC, before and after adding and removing each element
 * `cycles` times (after `warmup` cycles), on a fresh page per run.
 */
export async function measureMemory(browser, url, { oursUrls, runs, cycles, warmup, widgets = ELEMENT_NAMES }) {
  const out = {};
  for (const name of widgets) {
    const arms = {
      ours: { urls: oursUrls, tags: ELEMENT_NAMES.map(oursTag), tag: oursTag(name) },
      floor: { urls: ['/floor/floor-all.min.js'], tags: ELEMENT_NAMES.map(floorTag), tag: floorTag(name) },
    };
    const samples = { ours: [], floor: [] };
    for (let i = 0; i < runs; i++) {
      for (const side of ['ours', 'floor']) {
        const { urls, tags, tag } = arms[side];
        const p = await openPage(browser, `${url}/pages/blank.html`);
        await p.page.evaluate(({ urls, tags }) => window.bench.load(urls, tags), { urls, tags });
        await p.page.evaluate(({ tag, warmup }) => window.bench.cycle(tag, warmup), { tag, warmup });
        const before = await heapAfterGC(p.cdp);
        const t0 = Date.now();
        await p.page.evaluate(({ tag, cycles }) => window.bench.cycle(tag, cycles), { tag, cycles });
        const ms = Date.now() - t0;
        const after = await heapAfterGC(p.cdp);
        p.check();
        await p.close();
        samples[side].push({
          before: before.used,
          after: after.used,
          growth: after.used - before.used,
          nodes: (after.nodes ?? NaN) - (before.nodes ?? NaN),
          listeners: (after.listeners ?? NaN) - (before.listeners ?? NaN),
          msPerCycle: ms / cycles,
        });
      }
    }
    const row = { runs, cycles, warmup };
    for (const side of ['ours', 'floor']) {
      row[side] = {};
      for (const key of ['before', 'after', 'growth', 'nodes', 'listeners', 'msPerCycle']) {
        row[side][key] = summarize(samples[side].map((s) => s[key]));
      }
    }
    row.samples = samples;
    out[name] = row;
    log(
      `memory ${name}: growth ours ${(row.ours.growth.median / 1024).toFixed(1)} KiB, floor ${(row.floor.growth.median / 1024).toFixed(1)} KiB`,
    );
  }
  return out;
}
