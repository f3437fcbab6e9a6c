// Turns bench/results.json into the goals verdicts and the readable BENCHMARKS.md.
// `node bench/lib/report.mjs` rewrites BENCHMARKS.md from the last results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { autoloaderSection } from '../autoloader.mjs';

/** A step ×10 in questions may cost up to this many times more and still count as linear (noise margin). */
const LINEAR_LIMIT = 12;
// The performance targets (ratios as paired medians, in one run).
const BUNDLE_BUDGET = 24_576;
const FAQ_VS_RELEASE = 0.9;
const FAQ_VS_FLOOR = 1.3;
const ALL_FOUR_VS_FLOOR = 1.3;
const UPGRADE_VS_CLIENT = 0.5;
const HEAP_PER_WIDGET = 10 * 1024;
const SCALE_VS_FLOOR = 1.3;
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

// ---- formatting -----------------------------------------------------------

/** `3 runs`, `1 run`. */
const count = (n, word) => `${int(n)} ${word}${n === 1 ? '' : 's'}`;
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (n) => (!Number.isFinite(n) ? '–' : n >= 100 ? int(n) : n.toFixed(1));
const x = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
const kib = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KiB` : '–');
const kibNumber = (n) => (Number.isFinite(n) ? (n / 1024).toFixed(1) : '–');
const us = (n) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–');
/** median (q1–q3; min–max) */
const spread = (s, f = ms) => `${f(s.median)} (${f(s.q1)}–${f(s.q3)}; ${f(s.min)}–${f(s.max)})`;
const ratioCell = (r) => `${x(r.ofMedians)} (paired ${x(r.paired.median)}, ${x(r.paired.min)}–${x(r.paired.max)})`;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

// ---- goals ----------------------------------------------------------------

/**
 * Each goal: { id, title, met, summary, why?, proposals? } from the results alone. The targets are
 * the project's performance goals: ratios to the previous release and to the floor, measured in the
 * same run, alternating, as paired medians (the ratio of the medians is shown too).
 */
export function evaluateGoals(r) {
  const goals = [];
  const b = r.bytes;
  const bundle = b.allFour.bundle;
  /** How far a ratio is from its target, in words. */
  const off = (ratio, target) =>
    ratio <= target
      ? `within ${x(target)}`
      : `${x(ratio)} against ${x(target)}: ${((ratio / target - 1) * 100).toFixed(0)} % over`;
  const paired = (ratio) => ratio.paired?.median ?? ratio.ofMedians;

  // 1. Bytes: the bundle's budget.
  {
    const over = bundle.brotli - BUNDLE_BUDGET;
    const g = {
      id: 'bytes',
      title: `dist/ogi-widgets.js ≤ ${int(BUNDLE_BUDGET)} B brotli (all four widgets, both languages)`,
      met: r.ours.bundleComplete && over <= 0,
      summary: `${int(bundle.brotli)} B, ${over <= 0 ? `${int(-over)} B to spare` : `${int(over)} B over`}; one widget in one language by each delivery path: section 1`,
    };
    if (!g.met) {
      const oneLocale = b.content.brotli - Math.max(b.content.perLocale.id.brotli, b.content.perLocale.en.brotli);
      g.why = [`The bundle is ${int(over)} B over its budget.`];
      g.proposals = [
        `Ship each language's words as its own chunk, loaded on demand: about ${int(oneLocale)} B less for a page in one language.`,
      ];
    }
    goals.push(g);
  }

  // 2. <ogi-faq> painted with 100 and 1,000 questions, against the previous release and the floor.
  {
    const rows = r.scale.filter((s) => (s.n === 100 || s.n === 1000) && s.ratio.release);
    if (rows.length) {
      const fails = rows.filter(
        (s) => paired(s.ratio.release.render) > FAQ_VS_RELEASE || paired(s.ratio.floor.render) > FAQ_VS_FLOOR,
      );
      const g = {
        id: 'faq-paint',
        title: `<ogi-faq> with 100 and 1,000 questions painted: ≤ ${x(FAQ_VS_RELEASE)} the previous release, ≤ ${x(FAQ_VS_FLOOR)} the floor`,
        met: !fails.length,
        summary: rows
          .map(
            (s) =>
              `${int(s.n)} at CPU ${s.throttle ?? 1}×: ÷ release ${off(paired(s.ratio.release.render), FAQ_VS_RELEASE)}, ÷ floor ${off(paired(s.ratio.floor.render), FAQ_VS_FLOOR)}`,
          )
          .join('; '),
      };
      if (fails.length) {
        g.why = fails.map(
          (s) =>
            `${int(s.n)} questions at CPU ${s.throttle ?? 1}× (${s.runs} runs): ${ms(s.ours.render.median)} ms against ${ms(s.release.render.median)} (release) and ${ms(s.floor.render.median)} (floor); ÷ release ${off(paired(s.ratio.release.render), FAQ_VS_RELEASE)}, ÷ floor ${off(paired(s.ratio.floor.render), FAQ_VS_FLOOR)}.`,
        );
        g.why.push(
          'Since the first release the FAQ gained hydration of server-rendered markup, regional content, deep links that settle in long lists and the open-all state; its first render has stayed level with the release (paired ratios around 1×) instead of falling below it. The floor clones finished DOM; Lit prepares each template and creates a part for every binding, which is what the remaining gap to the floor measures.',
          'What each suspected cause costs, measured by turning it off: section "Where the FAQ\'s time goes" (`npm run bench:causes`).',
        );
        g.proposals = [
          'Render an answer\'s content only when its question is first opened (all answers start closed, yet every one is rendered up front), keeping the text findable with `hidden="until-found"`.',
          'Fold static text into the templates instead of binding it, and avoid a template per list entry where plain text would do.',
        ];
      }
      goals.push(g);
    }
  }

  // 3. All four rendered at CPU 4×, against the stamped floors.
  {
    const row = Object.values(r.render).find((row) => row.throttle === 4);
    if (row) {
      const ratio = paired(row.ratio);
      const g = {
        id: 'render',
        title: `all four widgets rendered at CPU 4×: ≤ ${x(ALL_FOUR_VS_FLOOR)} the floor`,
        met: ratio <= ALL_FOUR_VS_FLOOR,
        summary: `${ms(row.ours.median)} vs ${ms(row.floor.median)} ms: ${off(ratio, ALL_FOUR_VS_FLOOR)}`,
      };
      if (!g.met) {
        g.why = [
          `Until the scripts have run (up to the last \`customElements.define\`) ours takes ${ms(row.defined.ours.median)} ms and the floor ${ms(row.defined.floor.median)} ms; rendering after that takes ${ms(row.ours.median - row.defined.ours.median)} vs ${ms(row.floor.median - row.defined.floor.median)} ms: the gap is the first render.`,
        ];
        const each = r.perWidget?.widgets;
        if (each)
          g.why.push(
            `Each widget's first render alone (CPU ${r.perWidget.throttle}×, ours vs floor): ${Object.entries(each)
              .map(([n, w]) => `${n} ${ms(w.ours.median)} vs ${ms(w.floor.median)} ms`)
              .join(', ')}.`,
          );
        const intl = r.perWidget?.firstDateFormat;
        if (intl)
          g.why.push(
            `The timeline's first render holds the page's first date formatting: the first \`Intl.DateTimeFormat\` on a fresh page takes ${ms(intl.median)} ms at CPU ${r.perWidget.throttle}× (the engine loads its locale data once per page; later formatters cost well under a millisecond), which the floor, a copy of finished text, does not pay. A page that has formatted a date, a number or a list with \`Intl\` before has paid it already.`,
          );
        g.proposals = [
          'Write the built-in dates without `Intl` (their month names in the language packs), keeping `Intl.DateTimeFormat` for the languages a regional pack brings: it costs bytes the main bundle does not have yet.',
          'The about widget is the next furthest from its floor: fewer bindings in its templates (static text folded in), and no per-entry template where plain text would do.',
        ];
      }
      goals.push(g);
    }
  }

  // 4. Taking over server-rendered widgets against a client-only render.
  if (r.upgrade) {
    const rows = Object.values(r.upgrade.rows);
    const g = {
      id: 'upgrade',
      title: `taking over the four server-rendered widgets: ≤ ${x(UPGRADE_VS_CLIENT)} a client-only render`,
      met: rows.every((row) => paired(row.ratio) <= UPGRADE_VS_CLIENT),
      summary: rows
        .map(
          (row) =>
            `CPU ${row.throttle}×: ${ms(row.ssr.median)} vs ${ms(row.csr.median)} ms, ${off(paired(row.ratio), UPGRADE_VS_CLIENT)}`,
        )
        .join('; '),
    };
    if (!g.met) {
      g.why = [
        'Taking over still runs every template once to find its parts in the server-rendered DOM (Lit hydration walks the markup and checks each value), so it saves creating DOM but not evaluating the templates; the saving is largest under a slow CPU.',
      ];
      g.proposals = ['Defer taking over widgets that are off screen until they come near the viewport.'];
    }
    goals.push(g);
  }

  // 4b. Typing among 1,000 questions.
  if (r.search?.keystrokes.every((k) => k.work)) {
    const s = r.search;
    const worst = s.keystrokes.reduce((a, b) => (b.work.median > a.work.median ? b : a));
    const name = (k) => (k.query ? `"${k.query}"` : 'clearing');
    const g = {
      id: 'search',
      title: `<ogi-faq searchable> with ${int(s.n)} questions: each keystroke's work (update and its frame's rendering) within one frame (${ms(FRAME_MS)} ms)`,
      met: s.keystrokes.every((k) => k.work.median <= FRAME_MS),
      summary: `at most ${ms(worst.work.median)} ms (${name(worst)}: update ${ms(worst.update.median)} + rendering ${ms(worst.render.median)} ms), medians of ${s.runs} runs at CPU ${s.throttle}×; the slowest single keystroke ${ms(Math.max(...s.keystrokes.map((k) => k.work.max)))} ms`,
    };
    if (!g.met) {
      const slow = s.keystrokes.filter((k) => k.work.median > FRAME_MS);
      g.why = [
        `${slow.map(name).join(', ')} ${slow.length > 1 ? 'take' : 'takes'} longer, in the frame's rendering (the browser's style, layout and paint), not in our update. A trace (CDP, \`devtools.timeline\`) of "seknas" shows that frame styling and laying out about 20 questions the browser has never drawn (a new screenful, none of them on screen before), in two passes: once as they are shown, once more as \`content-visibility: auto\` finds them near the screen.`,
        ...(s.keystrokes.every((k) => k.floor)
          ? [
              `The floor, which only sets the same questions hidden or shown, takes ${slow
                .map((k) => `${ms(k.floor.median)} ms for ${name(k)}`)
                .join(', ')}: that result costs about a frame to render here with no code of ours.`,
            ]
          : []),
      ];
      g.proposals = [
        'Draw the questions not yet drawn while the browser is idle, once the reader focuses the field, and keep a question the search hides drawn (`content-visibility: hidden` rather than `display: none`): tried, the second alone took clearing from about 12 to 10 ms and left "seknas" as it was; the first costs about half a millisecond a question.',
      ];
    }
    goals.push(g);
  }

  // 5. Heap.
  {
    const rows = Object.entries(r.memory);
    const g = {
      id: 'heap',
      title: `heap after ${int(r.config.memory.cycles)} add/remove cycles: ≤ ${kib(HEAP_PER_WIDGET)} growth per widget`,
      met: rows.every(([, m]) => m.ours.growth.median <= HEAP_PER_WIDGET),
      summary: rows
        .map(
          ([name, m]) =>
            `${name} ${kib(m.ours.growth.median)}${m.ours.growth.median > HEAP_PER_WIDGET ? `, ${kib(m.ours.growth.median - HEAP_PER_WIDGET)} (${((m.ours.growth.median / HEAP_PER_WIDGET - 1) * 100).toFixed(0)} %) over` : ''}${m.floor ? ` (floor ${kib(m.floor.growth.median)})` : ''}`,
        )
        .join(', '),
    };
    if (!g.met) {
      g.why = [
        `The growth does not rise with the number of cycles (it is ${kib(Math.max(...rows.map(([, m]) => m.ours.growth.max)))} at most after ${int(r.config.memory.cycles)} cycles, not per cycle): it is what stays cached once per page (Lit's prepared templates, the adopted stylesheets, the words), not a leak.`,
      ];
      g.proposals = [
        'Compare heap snapshots after 100 and after 1,000 cycles (CDP HeapProfiler.takeHeapSnapshot) to name what is kept, and drop caches that only one widget instance uses.',
      ];
    }
    goals.push(g);
  }

  // 6. The FAQ at 10,000 questions.
  {
    const row = r.scale.find((s) => s.n === 10000 && (s.throttle ?? 1) === 1);
    if (row) {
      const ratio = paired(row.ratio.floor.render);
      const click = row.ours.click.median;
      const g = {
        id: 'scale',
        title: `<ogi-faq> with 10,000 questions: first render ≤ ${x(SCALE_VS_FLOOR)} the floor, a click answered within one frame (${ms(FRAME_MS)} ms)`,
        met: ratio <= SCALE_VS_FLOOR && click <= FRAME_MS,
        summary: `render ${ms(row.ours.render.median)} vs ${ms(row.floor.render.median)} ms, ${off(ratio, SCALE_VS_FLOOR)}; click to answer shown ${ms(click)} ms${click > FRAME_MS ? `, ${ms(click - FRAME_MS)} ms (${((click / FRAME_MS - 1) * 100).toFixed(0)} %) over one frame` : ''} (floor ${ms(row.floor.click.median)} ms)`,
      };
      if (!g.met) {
        g.why = [];
        if (ratio > SCALE_VS_FLOOR) g.why.push(`The first render is ${off(ratio, SCALE_VS_FLOOR)}.`);
        if (click > FRAME_MS)
          g.why.push(
            `A click takes ${ms(click)} ms to show its answer; the floor, with the same DOM and CSS and no framework, takes ${ms(row.floor.click.median)} ms: the browser restyles and lays out the list of ${int(row.n)} questions after the change, so one frame cannot be reached by our code alone.`,
          );
        g.proposals = [
          'Render long lists in slices and keep far-away questions out of layout (already `content-visibility: auto`); measure the click on a list of 1,000 too, where a frame is within reach.',
        ];
      }
      goals.push(g);
    }
  }
  return goals;
}

// ---- the document -----------------------------------------------------------

function machineSection(m, r) {
  return [
    '## Machine',
    '',
    table(
      ['CPU', 'cores', 'memory', 'OS', 'Node', 'Chromium', 'date', 'commit'],
      [
        [
          m.cpu,
          String(m.cores),
          `${m.memoryGiB} GiB`,
          m.os,
          m.node,
          m.chromium,
          m.date.slice(0, 16).replace('T', ' ') + ' UTC',
          `${m.commit}${m.dirty ? ' + uncommitted changes in src/' : ''}`,
        ],
      ],
    ),
    '',
    `Measured files: \`${r.config.dist}/\`. The whole run took ${int(r.durationSeconds)} s${r.config.quick ? ' (**BENCH_QUICK: a few runs only, figures not meaningful**)' : ''}.`,
    ...(m.loadavg
      ? [
          '',
          `Load average (1 minute) when the measurements started and when they ended: ${m.loadavg.before[0].toFixed(2)} and ${m.loadavg.after[0].toFixed(2)} on ${m.cores} cores (the build just before and the benchmark's own browser count in it)${m.loadavg.before[0] > m.cores ? '. Other work was running, so the milliseconds are noisier than on an idle machine; the ratios, measured alternately, suffer less' : ''}.`,
        ]
      : []),
  ].join('\n');
}

function goalsSection(goals) {
  const lines = [
    '## Goals',
    '',
    table(
      ['goal', 'result', 'figures'],
      goals.map((g) => [g.title, g.met ? '**met**' : '**not met**', g.summary]),
    ),
  ];
  for (const g of goals.filter((g) => !g.met)) {
    lines.push(
      '',
      `### Not met: ${g.title}`,
      '',
      '**Why.**',
      '',
      ...g.why.map((w) => `- ${w}`),
      '',
      '**What would meet it.**',
      '',
      ...g.proposals.map((p) => `- ${p}`),
    );
  }
  return lines.join('\n');
}

function methodSection(r) {
  const c = r.config;
  const failed = r.sameDom.filter((d) => !d.equal);
  return [
    '## Method',
    '',
    "- **Browser.** Debian's `/usr/bin/chromium`, headless, through playwright-core; a new browser context (empty cache, fresh heap) and page for every load. CPU throttling, garbage collection and heap size go through CDP (`Emulation.setCPUThrottlingRate`, `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`, `Memory.getDOMCounters`). Files are served by `scripts/dev/serve.mjs` from a snapshot of the measured directory.",
    '- **The floor.** `<floor-faq>` (`bench/floor/floor-faq.js`) is a hand-written, dependency-free element that renders the same FAQ content with the same shadow DOM (elements, parts, ids, classes, `open` state) and the same CSS as `<ogi-faq>`, with `createElement`/`cloneNode`/`textContent` (no `innerHTML` of data). It supports `items`, `openAll()`/`closeAll()` and the one toggle button, `lang` and `heading-level`, and fires `ogi-faq-toggle`; it does not follow the URL hash, printing or `lang` changes on ancestors. Its content is the bundled FAQ data (`src/content/faq.ts` with `id/` and `en/`, bundled by esbuild into `bench/.build/`).',
    "- **Floors for the other three.** The honest cheapest way to show the same DOM: a generic element (`bench/floor/floor-stamp.js`) that clones, from a `<template>`, the exact shadow DOM captured from our rendered widget in each language (`shadowRoot.innerHTML` without Lit's comment markers), with the captured adopted stylesheets as one shared constructable stylesheet (CSS minified by esbuild). It has no logic and no data, so it is a floor for rendering, not for features (no copy button, no hash, no reaction to ancestors' `lang`). The floors are bundled and minified with esbuild, like ours are with Vite.",
    `- **Same DOM, checked.** Before timing, ours and the floor are rendered side by side and their shadow DOMs compared (comments dropped, whitespace collapsed, attributes sorted): ${failed.length ? `**${failed.length} of ${r.sameDom.length} cases differ** (${failed.map((d) => d.name).join('; ')})` : `all ${r.sameDom.length} cases equal`} (${r.sameDom.map((d) => d.name).join('; ')}).`,
    ...(r.release
      ? [
          `- **The previous release.** ${r.release.tag} (commit ${r.release.sha}, found as \`${r.release.ref}\`) is taken from git (\`git archive\`) into a temporary folder and built there with its own Vite config (\`vite build\` and \`vite build --mode bundle\`; its dependencies: ${r.release.deps}; ${int(r.release.seconds)} s), by \`bench/lib/release.mjs\`. It is measured in the same run, alternating with this build and the floor, on the same pages: "this ÷ ${r.release.tag}" is paired run by run like "this ÷ floor".`,
        ]
      : ['- **The previous release.** Not measured in this run (`--no-release`, or the clone lacks it).']),
    ...(r.base
      ? [
          `- **Base.** \`BENCH_BASE=${r.base.ref}\` (commit ${r.base.sha}): \`ogi-faq.js\` built from that ref the same way, measured in the FAQ-at-scale rows as a fourth side ("this ÷ base": the effect of the changes since).`,
        ]
      : []),
    `- **Time to render.** The page holds the four elements; the timer starts just before the \`<script type="module">\` is added and stops once every element is defined, has resolved \`updateComplete\`, and a frame has been produced: a \`requestAnimationFrame\` callback and then the next task, so the frame's style, layout and paint are included. Ours is ${r.ours.bundleComplete ? '`dist/ogi-widgets.js`' : `the four per-element modules (${r.ours.scripts.map((s) => `\`${s.split('/').pop()}\``).join(', ')}), because \`dist/ogi-widgets.js\` defines only ${r.ours.bundleDefines.join(', ')}`}${r.release ? `, the previous release its own \`${r.release.scripts.map((s) => s.split('/').pop()).join('`, `')}\`` : ''}; the floor is \`floor-all.min.js\`. ${count(c.render.runs, 'load')} per side and CPU setting after ${count(c.render.warmup, 'discarded warm-up load')}, alternating the sides (this, ${r.release ? 'previous release, ' : ''}floor, this, …).`,
    `- **Each widget alone.** Scripts loaded first (not timed), then each widget created, appended and rendered in turn (the first of its kind), CPU ${c.perWidget.throttle}×, ${count(c.perWidget.runs, 'run')} per side, alternating: to see which widget's first render costs what.`,
    `- **Scale.** \`<ogi-faq>\` (from each side's \`ogi-faq.js\`) and \`<floor-faq>\` get questions through \`items\`: the bundled questions of both languages repeated, with unique ids (\`<id>-<i>\`) and numbered questions. On one page per run: first render (element created, \`items\` set, appended, \`updateComplete\`, frame), the longest task meanwhile (Long Tasks API; 0 = none over 50 ms), the time to the next frame after it, a click on the first question until its answer is shown (a frame), \`openAll()\` (then \`updateComplete\` and a frame) and switching \`lang\` from id to en (\`updateComplete\` and a frame). Rows (questions, CPU, runs): ${c.scale.map((row) => `${int(row.n)} at ${row.throttle}× × ${row.runs}`).join(', ')} (fewer for the large sizes), alternating the sides.`,
    `- **Memory.** On a fresh page with all four defined: ${c.memory.warmup} warm-up add/remove cycles, forced GC, heap read, ${int(c.memory.cycles)} cycles (create, append, \`updateComplete\`, remove), forced GC, heap read. ${count(c.memory.runs, 'run')} per widget and side, alternating.`,
    '- **Figures.** Times in ms as *median (interquartile range; min–max)* over the runs counted. Ratios are this build ÷ the floor (or ÷ the previous release): the ratio of the medians, and the median and range of the run-by-run ratios of alternating pairs ("paired"). Bytes: minified = the file as shipped; gzip level 9 and brotli quality 11 with node:zlib; files a page downloads separately are compressed separately and added up.',
  ].join('\n');
}

function bytesSection(r) {
  const b = r.bytes;
  const row = (name, files, o, f) => [
    name,
    files,
    int(o.min),
    int(o.gzip),
    int(o.brotli),
    f ? int(f.min) : '–',
    f ? int(f.brotli) : '–',
    f ? x(o.brotli / f.brotli) : '–',
  ];
  const base = b.lit.brotli + b.content.brotli;
  return [
    '## 1. Bytes',
    '',
    '### Every file in dist',
    '',
    table(
      ['file', 'minified', 'gzip', 'brotli'],
      b.files.map((f) => [`\`${f.file}\``, int(f.min), int(f.gzip), int(f.brotli)]),
    ),
    b.dynamic.length
      ? `\nFiles with a dynamic \`import()\` (downloads not counted below): ${b.dynamic.join(', ')}.`
      : '',
    '',
    '### What a page downloads, against the floor',
    '',
    'One widget: `dist/ogi-<name>.js` plus every chunk it imports, followed transitively. All four: `dist/ogi-widgets.js`. Floor: `floor-<name>.min.js` / `floor-all.min.js` (the stamp floors carry pre-rendered markup in both languages, the FAQ floor carries the data and code).',
    '',
    table(
      ['page loads', 'files', 'ours min', 'ours gzip', 'ours brotli', 'floor min', 'floor brotli', 'brotli ratio'],
      [
        ...Object.entries(b.perWidget).map(([name, w]) =>
          row(`\`<ogi-${name}>\``, w.files.map((f) => `\`${f}\``).join(', '), w.ours, w.floor),
        ),
        row(
          `all four: \`ogi-widgets.js\`${r.ours.bundleComplete ? '' : ` (defines only ${r.ours.bundleDefines.length} of 4)`}`,
          '1',
          b.allFour.bundle,
          b.allFour.floor,
        ),
        row(
          'all four: the per-element modules together',
          String(b.allFour.modules.files.length),
          b.allFour.modules,
          b.allFour.floor,
        ),
      ],
    ),
    '',
    deliverySection(r),
    '',
    '### Against Lit and the content',
    '',
    table(
      ['what', 'minified', 'gzip', 'brotli'],
      [
        [
          "Lit runtime alone (`export * from 'lit'`, esbuild, minified)",
          int(b.lit.min),
          int(b.lit.gzip),
          int(b.lit.brotli),
        ],
        [
          `Lit as our sources import it (${Object.entries(b.litAsUsed.imports)
            .map(([s, n]) => `\`${s}\`: ${n.join(', ')}`)
            .join('; ')})`,
          int(b.litAsUsed.min),
          int(b.litAsUsed.gzip),
          int(b.litAsUsed.brotli),
        ],
        [
          `Content, both languages (${b.content.modules.map((m) => `\`${m.replace('src/content/', '')}\``).join(', ')})`,
          int(b.content.min),
          int(b.content.gzip),
          int(b.content.brotli),
        ],
        [
          'Content, Indonesian only',
          int(b.content.perLocale.id.min),
          int(b.content.perLocale.id.gzip),
          int(b.content.perLocale.id.brotli),
        ],
        [
          'Content, English only',
          int(b.content.perLocale.en.min),
          int(b.content.perLocale.en.gzip),
          int(b.content.perLocale.en.brotli),
        ],
        ['**Goal: 1.5 × (Lit runtime + content)**', '', '', `**${int(1.5 * base)}**`],
        [
          '`dist/ogi-widgets.js`',
          int(b.allFour.bundle.min),
          int(b.allFour.bundle.gzip),
          `${int(b.allFour.bundle.brotli)} (${x(b.allFour.bundle.brotli / base)} the base)`,
        ],
        [
          '`dist/ogi-widgets.js` with line breaks and indentation in template literals collapsed (estimate)',
          int(b.collapsedTemplates.min),
          int(b.collapsedTemplates.gzip),
          int(b.collapsedTemplates.brotli),
        ],
      ],
    ),
    ...(b.bundleComposition
      ? [
          '',
          '### Where the bytes of `dist/ogi-widgets.js` come from',
          '',
          'By its source map: each generated character attributed to the source it came from (the lines of a multi-line template literal to the mapping before them). Each part is compressed alone, so the parts add up to a little more than the whole.',
          '',
          table(
            ['part', 'minified', 'gzip', 'brotli'],
            b.bundleComposition.map((p) => [p.group, int(p.min), int(p.gzip), int(p.brotli)]),
          ),
        ]
      : []),
  ].join('\n');
}

/** One widget in one language, by each delivery path: the bundle, its module with its chunks, the autoloader. */
function deliverySection(r) {
  const b = r.bytes;
  const auto = Object.fromEntries((r.autoloader?.rows ?? []).map((row) => [row.name, row]));
  const prev = r.bytes.release;
  const tag = r.release?.tag;
  const oneLocale = Math.max(b.content.perLocale.id.brotli, b.content.perLocale.en.brotli);
  return [
    '### One widget in one language, by delivery path (brotli, B)',
    '',
    `A page with one widget in one language. **Bundle**: \`<script type="module" src="ogi-widgets.js">\` (all four widgets). **Per element**: \`ogi-<name>.js\` and the chunks it imports. **Autoloader**: \`ogi-autoloader.js\` and what it requested for that tag in Chromium (section "Autoloader" below). Each file compressed on its own. Every path carries both languages' words (the content is bundled per element, not per language; \`dist/content/<lang>.json\` are optional language packs, not loaded): one language's words of all four widgets are about ${int(oneLocale)} B of the ${int(b.content.brotli)} B both take.${prev ? ` ${tag}: the same files from the previous release (it had no autoloader).` : ''}`,
    '',
    table(
      ['widget', 'bundle', 'per element', 'autoloader', ...(prev ? [`${tag} bundle`, `${tag} per element`] : [])],
      Object.entries(b.perWidget).map(([name, w]) => [
        `\`<ogi-${name}>\``,
        int(b.allFour.bundle.brotli),
        `${int(w.ours.brotli)} (${w.files.length} files)`,
        auto[`<ogi-${name}>`]
          ? `${int(auto[`<ogi-${name}>`].bytes.brotli)} (${auto[`<ogi-${name}>`].files.length} files)`
          : '–',
        ...(prev
          ? [
              int(prev.bundle.brotli),
              `${int(prev.perWidget[name].brotli)} (${prev.perWidget[name].files.length} files)`,
            ]
          : []),
      ]),
    ),
  ].join('\n');
}

/** Column labels of the sides other than ours, in the order measured. */
const sideName = (r, side) =>
  ({ release: r.release?.tag ?? 'previous release', base: `base (${r.base?.ref})`, floor: 'floor' })[side];
const others = (r, row) => ['release', 'base', 'floor'].filter((side) => row[side]);

function renderSection(r) {
  const rows = Object.values(r.render);
  const sides = others(r, rows[0]);
  return [
    '## 2. Time to render all four',
    '',
    `From adding the script to all four rendered and a frame produced (ms). "Scripts run" is the part until the last \`customElements.define\` call (fetched, compiled and run, before any rendering); the rest is rendering, style, layout and the frame.`,
    '',
    table(
      [
        'CPU',
        'runs',
        'this build',
        ...sides.map((side) => sideName(r, side)),
        ...sides.map((side) => `this ÷ ${sideName(r, side)}`),
        'scripts run: this',
        ...sides.map((side) => `scripts run: ${sideName(r, side)}`),
      ],
      rows.map((row) => [
        `${row.throttle}×`,
        String(row.ours.n),
        spread(row.ours),
        ...sides.map((side) => spread(row[side])),
        ...sides.map((side) => ratioCell(row.ratios?.[side] ?? row.ratio)),
        ms(row.defined.ours.median),
        ...sides.map((side) => ms(row.defined[side].median)),
      ]),
    ),
    ...(r.perWidget
      ? [
          '',
          `### Each widget's first render alone (CPU ${r.perWidget.throttle}×)`,
          '',
          'Scripts loaded first (not timed); then each widget in turn created, appended and rendered (`updateComplete` and a frame), the first instance of its kind on the page.',
          '',
          table(
            ['widget', 'runs', 'ours', 'floor', 'ours ÷ floor'],
            Object.entries(r.perWidget.widgets).map(([name, w]) => [
              `\`<ogi-${name}>\``,
              String(w.ours.n),
              spread(w.ours),
              spread(w.floor),
              ratioCell(w.ratio),
            ]),
          ),
        ]
      : []),
  ].join('\n');
}

const METRIC_NAMES = {
  render: 'first render',
  nextFrame: 'next frame after render',
  click: 'click → answer shown',
  openAll: 'open all',
  lang: 'switch language',
  longestTask: 'longest task during render',
  updates: 'Lit update() calls over the whole run (first render, two clicks, open all, language; the floor has none)',
};

/** `<ogi-faq searchable>`: each keystroke among `n` questions, against one frame. */
function searchSection(s) {
  const work = s.keystrokes.every((k) => k.work);
  const floor = s.keystrokes.every((k) => k.floor);
  return [
    `## 3b. \`<ogi-faq searchable>\`: typing among ${int(s.n)} questions`,
    '',
    `Each keystroke: the field's \`input\` event until the questions shown are rendered and a frame produced (CPU ${s.throttle}×, ${s.runs} runs, a fresh page each), one keystroke right after the other's frame. In a list this long, a keystroke shows and hides at once the questions from the top of the list down to two screens below the viewport; the others follow in chunks when the browser is idle (or at once on scrolling, or once typing pauses), outside these times. Questions shown: counted once typing pauses.`,
    '',
    work
      ? `The goal is one frame (${ms(FRAME_MS)} ms) of work per keystroke: our update (from the \`input\` event until the element has updated, marks included) and the browser's rendering of the frame that shows it (from its animation frame callbacks until the frame is done: style, layout, paint), both on the page's one thread. Work of that size, whenever the keystroke comes, is on screen at the next frame or the one after, as any change is; "to the frame" also holds the wait for the next frame, which does not depend on the search.${s.control ? ` The control, a keystroke into a field of the page that changes nothing, measured the same way on the same page: to the frame ${ms(s.control.median)} ms (max ${ms(s.control.max)}), of which the frame's rendering ${ms(s.controlRender.median)} ms.` : ''}${floor ? " The floor: the hand-written FAQ (the same DOM and CSS) given the same questions, on a fresh page, shows for each keystroke the questions ours showed once typing paused, set in one plain loop over all of them, without marks: what the browser takes to show that result with no code of ours, timed the same way (its loop, then its frame's rendering)." : ''}`
      : `The goal is one frame (${ms(FRAME_MS)} ms).`,
    ...(s.measured?.alone
      ? [
          '',
          `Measured on its own with \`BENCH_ONLY=search node bench/run.mjs\` on ${s.measured.date.slice(0, 16).replace('T', ' ')} UTC (load average ${s.measured.loadavg[0].toFixed(2)} on ${s.measured.cores} cores when it ended), not in the same run as the sections above.`,
        ]
      : []),
    '',
    table(
      [
        'field holds',
        'questions shown',
        'to the frame, median ms',
        'max ms',
        'the update, median ms',
        ...(work ? ["the frame's rendering, median ms", 'work (update + rendering), median ms', 'max ms'] : []),
        ...(floor ? ['the floor’s work, median ms'] : []),
      ],
      s.keystrokes.map((k) => [
        k.query ? `\`${k.query}\`` : '(cleared)',
        int(k.shown),
        ms(k.ms.median),
        ms(k.ms.max),
        ms(k.update.median),
        ...(work ? [ms(k.render.median), ms(k.work.median), ms(k.work.max)] : []),
        ...(floor ? [ms(k.floor.median)] : []),
      ]),
    ),
  ].join('\n');
}

function scaleSection(r) {
  const lines = ['## 3. `<ogi-faq>` at scale', ''];
  const sides = others(r, r.scale[0]);
  const ratioSides = sides.filter((side) => r.scale[0].ratio[side]);
  lines.push(
    '### Summary: this build ÷ the other sides (ratio of medians; paired median in brackets)',
    '',
    table(
      [
        'questions',
        'CPU',
        'runs',
        ...['render', 'click', 'openAll', 'lang'].flatMap((m) =>
          ratioSides.map((side) => `${METRIC_NAMES[m]}: ÷ ${sideName(r, side)}`),
        ),
      ],
      r.scale.map((row) => [
        int(row.n),
        `${row.throttle ?? 1}×`,
        String(row.runs),
        ...['render', 'click', 'openAll', 'lang'].flatMap((m) =>
          ratioSides.map((side) =>
            row.ratio[side] ? `${x(row.ratio[side][m].ofMedians)} (${x(row.ratio[side][m].paired.median)})` : 'not run',
          ),
        ),
      ]),
    ),
    '',
  );
  for (const metric of Object.keys(METRIC_NAMES)) {
    lines.push(`### ${METRIC_NAMES[metric]}${metric === 'updates' ? '' : ' (ms)'}`, '');
    lines.push(
      table(
        ['questions', 'CPU', 'runs', 'this build', ...sides.map((side) => sideName(r, side))],
        r.scale.map((row) => [
          int(row.n),
          `${row.throttle ?? 1}×`,
          String(row.runs),
          spread(row.ours[metric]),
          ...sides.map((side) => (row[side] ? spread(row[side][metric]) : 'not run')),
        ]),
      ),
      '',
    );
  }
  const quiet = r.scale.filter((row) => (row.throttle ?? 1) === 1);
  lines.push('### Cost per question and growth (CPU 1×)', '');
  lines.push(
    'Median time ÷ questions (µs per question), and how much the median grows when the questions grow ×10 (linear: 10×; a fixed cost makes it less). A step counts as faster than linear above ' +
      `${LINEAR_LIMIT}×.`,
    '',
  );
  const metrics = ['render', 'openAll', 'lang', 'click'];
  const head = ['questions'];
  for (const m of metrics) head.push(`${METRIC_NAMES[m]}: ours µs/q`, 'floor µs/q', 'ours growth');
  lines.push(
    table(
      head,
      quiet.map((row, i) => {
        const prev = quiet[i - 1];
        const cells = [int(row.n)];
        for (const m of metrics) {
          cells.push(us((row.ours[m].median * 1000) / row.n), us((row.floor[m].median * 1000) / row.n));
          cells.push(prev ? x(row.ours[m].median / prev.ours[m].median) : '–');
        }
        return cells;
      }),
    ),
    '',
  );
  lines.push(...linearity(quiet).map((v) => `- ${v}`));
  return lines.join('\n');
}

/**
 * Plain sentences on whether each metric grows no faster than linearly, ours
 * against the floor. A step is "faster than linear" when even the larger size's
 * lower quartile over the smaller size's upper quartile exceeds the limit; when
 * only the medians do, it is within the noise of the runs.
 */
function linearity(scale) {
  const out = [];
  for (const m of ['render', 'openAll', 'lang', 'click']) {
    const name = METRIC_NAMES[m];
    const steps = [];
    for (let i = 1; i < scale.length; i++) {
      const a = scale[i - 1];
      const b = scale[i];
      const limit = ((b.n / a.n) * LINEAR_LIMIT) / 10;
      const ours = b.ours[m].median / a.ours[m].median;
      if (ours <= limit) continue;
      const sure = b.ours[m].q1 / a.ours[m].q3 > limit;
      const floor = b.floor[m].median / a.floor[m].median;
      const who =
        floor > limit ? "the floor too, so the browser's cost for this DOM and CSS" : 'the floor stays linear';
      steps.push(
        `${int(a.n)} → ${int(b.n)}: ours ${x(ours)}, floor ${x(floor)} (${who}${sure ? '' : '; within the spread of the runs, so not certain'})`,
      );
    }
    out.push(
      steps.length
        ? `**${name}**: faster than linear by the medians at ${steps.join('; ')}; linear elsewhere.`
        : `**${name}**: ours grows no faster than linearly at any step.`,
    );
  }
  return out;
}

function memorySection(r) {
  const rows = Object.entries(r.memory);
  return [
    `## 4. Heap after ${int(r.config.memory.cycles)} add/remove cycles`,
    '',
    'JS heap used after forced garbage collection, before and after the cycles; growth = after − before. DOM nodes and JS event listeners: change in the CDP DOM counters over the same span.',
    '',
    table(
      [
        'widget',
        'runs',
        'heap before: ours',
        'growth: ours',
        'growth: floor',
        'DOM nodes Δ ours / floor',
        'listeners Δ ours / floor',
        'ms per cycle ours / floor',
      ],
      rows.map(([name, m]) => [
        `\`<ogi-${name}>\``,
        String(m.ours.growth.n),
        kib(m.ours.before.median),
        `${spread(m.ours.growth, kibNumber)} KiB`,
        `${spread(m.floor.growth, kibNumber)} KiB`,
        `${int(m.ours.nodes.median)} / ${int(m.floor.nodes.median)}`,
        `${int(m.ours.listeners.median)} / ${int(m.floor.listeners.median)}`,
        `${m.ours.msPerCycle.median.toFixed(2)} / ${m.floor.msPerCycle.median.toFixed(2)}`,
      ]),
    ),
  ].join('\n');
}

/** BENCHMARKS.md from the results. */
/** Section 5: the upgrade path (server-rendered fragments taken over by the script). */
function upgradeReport(r) {
  const u = r.upgrade;
  const b = u.bytes;
  const lines = [
    '## 5. Upgrading server-rendered widgets',
    '',
    `A page that shows the four widgets from \`dist/static/\` (no script needed to read them) and then loads \`dist/ogi-widgets.js\` pays twice: the bytes of hydration support, and the time for the script to take the server-rendered DOM over.`,
    '',
    '### Bytes of hydration support',
    '',
    `\`src/index.ts\` bundled and minified by esbuild twice, with Lit's \`hydrate\` (\`@lit-labs/ssr-client\`) and with it replaced by a function that does nothing: the difference is its cost. (The shipped bundle is built by Vite with terser: ${int(b.dist.brotli)} B brotli.)`,
    '',
    table(
      ['bundle', 'minified', 'brotli'],
      [
        ['with hydration support', int(b.withHydration.min), int(b.withHydration.brotli)],
        ['without', int(b.without.min), int(b.without.brotli)],
        ['**cost of hydration support**', `**${int(b.cost.min)}**`, `**${int(b.cost.brotli)}**`],
      ],
    ),
    '',
    '### Time to take over four server-rendered widgets',
    '',
    `Two pages with the four widgets in Indonesian: one holds the fragments of \`dist/static/\` (the widgets are visible before any script), the other the four empty elements. On each, the timer starts just before \`dist/ogi-widgets.js\` is added and stops once every element is defined, has resolved \`updateComplete\`, and a frame has been produced (the same harness as section 2). ${count(u.runs, 'load')} per side and CPU setting after ${count(u.warmup, 'discarded warm-up load')}, alternating server-rendered, client-only, server-rendered…; a fresh context per load. The first load of each side checks that each shadow root holds one \`base\` part (taken over, not drawn a second time).${u.measured.alone ? ` Measured on its own with \`BENCH_ONLY=upgrade npm run bench\` on ${u.measured.date.slice(0, 16).replace('T', ' ')} UTC (load average ${u.measured.loadavg[0].toFixed(2)} on ${r.machine.cores ?? 2} cores when it ended), not in the same run as the sections above.` : ''}`,
    '',
    table(
      ['CPU', 'server-rendered, taken over (ms)', 'client-only render (ms)', 'server-rendered ÷ client-only'],
      Object.values(u.rows).map((row) => [`${row.throttle}×`, spread(row.ssr), spread(row.csr), ratioCell(row.ratio)]),
    ),
    '',
    'What a visitor sees differs more than these times: with the fragments the content is on screen at first paint, before the script is even requested; the time above is when the widgets become live (buttons, `lang` changes, events), not when they appear.',
  ];
  return lines.join('\n');
}

/** Section 6: first paint by Lighthouse (`npm run bench:lighthouse`, bench/lighthouse.mjs). */
function lighthouseReport(r) {
  const l = r.lighthouse;
  const cls = (s) => (Number.isFinite(s.median) ? `${s.median.toFixed(3)} (max ${s.max.toFixed(3)})` : '–');
  return [
    '## 6. First paint (Lighthouse)',
    '',
    `Lighthouse ${l.version}, performance category, mobile preset with simulated throttling, in the Chromium above; ${count(l.runs, 'run')} per page, alternating the pages, on ${l.date.slice(0, 16).replace('T', ' ')} UTC (load average ${l.loadavg[0].toFixed(2)} when it ended). Each page holds the four widgets in Indonesian and nothing else. Reproduce with \`npm run build && npm run bench:lighthouse\` (\`LH_RUNS=n\` for more runs); it is not part of CI. Medians; "observed" is what the loaded machine actually took, unthrottled.`,
    '',
    table(
      ['page', 'FCP (ms)', 'LCP (ms)', 'CLS', 'observed FCP (ms)', 'observed LCP (ms)', 'score'],
      Object.entries(l.pages).map(([name, p]) => [
        name,
        int(p.fcp.median),
        int(p.lcp.median),
        cls(p.cls),
        int(p.observedFcp.median),
        int(p.observedLcp.median),
        Number.isFinite(p.score.median) ? int(p.score.median * 100) : '–',
      ]),
    ),
    '',
    '- **fragments + script**: the four fragments of `dist/static/`, then `<script type="module" src="dist/ogi-widgets.js">` (a module script never blocks the parser nor the first paint).',
    '- **fragments only**: the same without any script, the floor for first paint.',
    '- **script only**: four empty elements and the script: nothing shows until the script has been fetched, run and has rendered.',
    '',
    "The pages are served uncompressed by `scripts/dev/serve.mjs` (the script is about 73 KB as shipped, the four fragments about 73 KB of HTML), so under the simulated slow network the script's bytes compete with the page's own; a server that sends brotli changes both. With one run per page on a loaded machine, read the CLS column with confidence and the milliseconds as rough.",
  ].join('\n');
}

/** The markers of the section `bench/causes.mjs` writes into BENCHMARKS.md; the reading after CAUSES_READING is hand-written. */
export const CAUSES_START = '<!-- causes:start -->';
export const CAUSES_READING = '<!-- causes:reading -->';
export const CAUSES_END = '<!-- causes:end -->';

/** Writes the report to `path`, keeping the section `bench/causes.mjs` wrote there (it has its own run). */
export function writeReport(path, r) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = old.indexOf(CAUSES_START);
  const end = old.indexOf(CAUSES_END);
  const kept = start >= 0 && end > start ? `\n${old.slice(start, end + CAUSES_END.length)}\n` : '';
  writeFileSync(path, renderReport(r) + kept);
}

export function renderReport(r) {
  const goals = r.goals ?? evaluateGoals(r);
  return `${[
    '# Benchmarks',
    '',
    `> Generated by \`npm run bench\` (\`bench/run.mjs\`); do not edit by hand. The machine-readable figures are in \`bench/results.json\`. This is a benchmark, not a test: it never fails on a figure. CI runs it in a quick mode (\`node bench/run.mjs --quick\`: a run or two of each, nothing written, fails only when the benchmark itself breaks) so that it cannot rot. Milliseconds depend on the machine below; the ratios to the previous release and to the floor, measured alternately in the same run, travel better. The machine is shared (other engineers' builds and browser tests ran meanwhile) and each figure comes from one run: read the ratios, not the milliseconds, and small differences as noise.`,
    '',
    machineSection(r.machine, r),
    '',
    goalsSection(goals),
    '',
    methodSection(r),
    '',
    bytesSection(r),
    '',
    renderSection(r),
    '',
    scaleSection(r),
    ...(r.search ? ['', searchSection(r.search)] : []),
    '',
    memorySection(r),
    ...(r.upgrade ? ['', upgradeReport(r)] : []),
    ...(r.lighthouse ? ['', lighthouseReport(r)] : []),
    ...(r.autoloader ? ['', autoloaderSection(r.autoloader)] : []),
  ].join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = JSON.parse(readFileSync(fileURLToPath(new URL('../results.json', import.meta.url)), 'utf8'));
  results.goals = evaluateGoals(results);
  writeReport(fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url)), results);
  console.log('wrote BENCHMARKS.md');
}
