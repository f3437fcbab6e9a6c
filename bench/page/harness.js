// In-page helpers of the benchmark (loaded by bench pages before anything is timed):
// waiting for a rendered frame, loading scripts, timing renders, add/remove cycles,
// capturing a widget's shadow DOM and comparing two shadow DOMs.
/* global requestAnimationFrame, MessageChannel, performance, PerformanceObserver, customElements, setTimeout */

/**
 * Resolves once the next frame has been produced: a requestAnimationFrame
 * callback, then the first task after it, so the frame's style, layout and
 * paint (which run right after the rAF callbacks) are included.
 */
export function frame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      // Resolves with when the frame's rendering began (its animation frame callbacks run first).
      const start = performance.now();
      channel.port1.onmessage = () => resolve(start);
      channel.port2.postMessage(0);
    });
  });
}

/** Adds one `<script type="module">` per URL; the promise returned never resolves, and rejects if a script fails to load. */
function addScripts(urls) {
  return new Promise((_, reject) => {
    for (const url of urls) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = url;
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.append(script);
    }
  });
}

/** Resolves when every element of these tags on the page has rendered (defined, then its updateComplete if any). */
async function rendered(tags) {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const elements = document.querySelectorAll(tags.join(','));
  for (const el of elements) await el.updateComplete;
  return elements.length;
}

/**
 * Milliseconds from adding the scripts to every element of `tags` (already in
 * the page) rendered and a frame produced (`total`), and to the last of the tags
 * being defined (`defined`: the scripts fetched, compiled and run up to their
 * `customElements.define` calls, before any rendering).
 */
export async function timeRender(urls, tags) {
  const registry = window.customElements;
  const define = registry.define;
  let defined = NaN;
  registry.define = function (name, ...rest) {
    if (tags.includes(name)) defined = performance.now() - t0;
    return define.call(this, name, ...rest);
  };
  const t0 = performance.now();
  try {
    const count = await Promise.race([rendered(tags), addScripts(urls)]);
    await frame();
    const total = performance.now() - t0;
    if (count !== tags.length) throw new Error(`expected ${tags.length} elements, found ${count}`);
    return { total, defined };
  } finally {
    registry.define = define;
  }
}

/**
 * With the scripts already loaded: milliseconds to create, append and render
 * (updateComplete and a frame) the first element of each tag, one after another.
 */
export async function timeEach(tags) {
  const out = {};
  for (const tag of tags) {
    const t0 = performance.now();
    const el = document.createElement(tag);
    document.body.append(el);
    await el.updateComplete;
    await frame();
    out[tag] = performance.now() - t0;
  }
  return out;
}

/**
 * The page's first date formatting (`Intl.DateTimeFormat`, as the timeline makes it): the engine
 * loads its locale data once per page, on the first use of `Intl`; later formatters cost little.
 */
export function firstDateFormat() {
  const t = performance.now();
  new Intl.DateTimeFormat('id', {
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
  }).format(0);
  return performance.now() - t;
}

/** Loads scripts without timing them; resolves once the tags are defined. */
export async function load(urls, tags) {
  await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), addScripts(urls)]);
}

/** Creates `<tag lang=…>`, appends it and waits for its first render. */
export async function mount(tag, { lang, items } = {}) {
  const el = document.createElement(tag);
  if (lang) el.setAttribute('lang', lang);
  if (items) el.items = items;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** `el.shadowRoot` as markup without comments (Lit's markers), and its adopted stylesheets as CSS text. */
export function capture(el) {
  const html = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  const css = el.shadowRoot.adoptedStyleSheets
    .map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'))
    .join('\n');
  return { html, css };
}

/**
 * A canonical text form of a node's subtree, for comparing two shadow DOMs:
 * comments dropped, adjacent text merged, whitespace collapsed and trimmed,
 * attributes sorted, `open` state included.
 */
export function canonical(node) {
  const lines = [];
  const walk = (n, depth) => {
    let text = '';
    const flush = () => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t) lines.push(`${'  '.repeat(depth)}"${t}"`);
      text = '';
    };
    for (const child of n.childNodes) {
      if (child.nodeType === 3) text += child.data;
      else if (child.nodeType === 1) {
        flush();
        const attrs = Array.from(child.attributes, (a) => `${a.name}="${a.value}"`).sort();
        lines.push(`${'  '.repeat(depth)}<${child.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>`);
        walk(child.localName === 'template' ? child.content : child, depth + 1);
      }
    }
    flush();
  };
  walk(node, 0);
  return lines.join('\n');
}

/** The first line where two canonical forms differ, with context; '' when equal. */
export function firstDifference(a, b) {
  if (a === b) return '';
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && la[i] === lb[i]) i++;
  return `line ${i + 1}:\n  ours:  ${la[i] ?? '(end)'}\n  floor: ${lb[i] ?? '(end)'}`;
}

/** Adds and removes `<tag>` `count` times, each time waiting for its render. */
export async function cycle(tag, count) {
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
  }
}

/** Collects the long tasks (≥ 50 ms) seen from now on; call the returned function for the longest so far. */
export function watchLongTasks() {
  const durations = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    return durations.length ? Math.max(...durations) : 0;
  };
}

/**
 * The scale run for one FAQ element: first render of `items`, the longest task
 * meanwhile, the next frame after it, a click on the first question, open all,
 * and a language switch (each until updateComplete and a frame).
 */
export async function scaleRun(tag, items) {
  const longest = watchLongTasks();
  const out = {};
  let t = performance.now();
  const el = document.createElement(tag);
  // Lit's update() calls over the whole run (the floor has none): a second update per change shows here.
  let updates = 0;
  if (typeof el.update === 'function') {
    const update = el.update;
    el.update = function (...args) {
      updates++;
      return update.apply(this, args);
    };
  }
  el.setAttribute('lang', 'id');
  el.items = items;
  document.body.append(el);
  await el.updateComplete;
  await frame();
  out.render = performance.now() - t;
  // Long tasks are reported after they end; give the observer a task to deliver them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  out.longestTask = longest();

  t = performance.now();
  await frame();
  out.nextFrame = performance.now() - t;

  const count = el.shadowRoot.querySelectorAll('details').length;
  if (count !== items.length) throw new Error(`${tag}: rendered ${count} questions, expected ${items.length}`);
  const summary = el.shadowRoot.querySelector('summary');
  t = performance.now();
  summary.click();
  await frame();
  out.click = performance.now() - t;
  if (!summary.parentElement.open) throw new Error(`${tag}: a click on the first question did not open it`);
  summary.click();
  await frame();

  t = performance.now();
  await el.openAll();
  await el.updateComplete;
  await frame();
  out.openAll = performance.now() - t;
  if (el.shadowRoot.querySelectorAll('details:not([open])').length)
    throw new Error(`${tag}: openAll left questions closed`);

  t = performance.now();
  el.setAttribute('lang', 'en');
  await el.updateComplete;
  await frame();
  out.lang = performance.now() - t;
  const base = el.shadowRoot.querySelector('[part~="base"]');
  if (base.getAttribute('lang') !== 'en') throw new Error(`${tag}: the language did not switch`);
  out.updates = updates;
  return out;
}

/**
 * `<ogi-faq searchable>` with `items`: once its search module has loaded, each query typed into
 * the field (as the browser reports typing: an `input` event) until the questions it shows are
 * rendered and a frame produced: `keystrokes`, `{ query, ms, update, shown }` each, in order; and
 * `control`, the same time for keystrokes into a field that changes nothing.
 */
/* global Event */
export async function searchRun(tag, items, queries) {
  const el = document.createElement(tag);
  el.setAttribute('lang', 'id');
  el.setAttribute('searchable', '');
  el.items = items;
  document.body.append(el);
  await el.updateComplete;
  // The module attaches its styles once loaded: wait for them (at most 10 s).
  const attached = () =>
    el.shadowRoot.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.startsWith('mark')));
  for (let i = 0; !attached(); i++) {
    if (i > 500) throw new Error(`${tag}: the search module did not load`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
  await frame();
  // The control: as many keystrokes that change nothing (a field of the page's own, outside the
  // FAQ), on the same page, timed the same way. Starting right after a frame, "to the frame" waits
  // for the next one whatever a keystroke does: what a search keystroke costs beyond this is its own.
  const other = document.createElement('input');
  document.body.append(other);
  const control = [];
  for (let i = 0; i < queries.length; i++) {
    const t = performance.now();
    other.value = String(i);
    other.dispatchEvent(new Event('input', { bubbles: true }));
    const start = await frame();
    const now = performance.now();
    control.push({ ms: now - t, render: now - start });
  }
  other.remove();
  await frame();
  const input = el.shadowRoot.querySelector('input[type="search"]');
  const out = [];
  for (const query of queries) {
    const t = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const update = performance.now() - t;
    // The frame's rendering: from its animation frame callbacks until it is done (style, layout,
    // paint): what the browser does for the keystroke, besides our update, in that frame.
    const start = await frame();
    const now = performance.now();
    out.push({ query, ms: now - t, update, render: now - start });
  }
  // How many questions each query shows: in a long list a keystroke shows and hides at once only
  // the questions near the screen, the others once the browser is idle or typing pauses. So each
  // query again, untimed, until its `ogi-faq-search` (the pause), which must agree with the page.
  for (const row of out) {
    const searched = new Promise((resolve) => el.addEventListener('ogi-faq-search', resolve, { once: true }));
    input.value = row.query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const { detail } = await searched;
    row.shown = el.shadowRoot.querySelectorAll('details.item:not([hidden])').length;
    row.hidden = Array.from(el.shadowRoot.querySelectorAll('details.item'), (d) => d.hidden);
    if (row.shown !== detail.count)
      throw new Error(
        `${tag}: "${row.query}" shows ${row.shown} questions once typing pauses, but counts ${detail.count}`,
      );
  }
  if (out.at(-1).shown !== items.length) throw new Error(`${tag}: clearing the search did not show every question`);
  return { keystrokes: out, control };
}

/**
 * The floor of a search keystroke: the hand-written FAQ (`tag`, the same DOM and CSS) given the
 * same `items`, and for each keystroke the questions ours showed once typing paused (`hidden`, one
 * boolean a question), set in one plain loop over all of them, no marks: what the browser takes to
 * show that result with no code of ours. Timed like `searchRun`.
 */
export async function searchFloorRun(tag, items, keystrokes) {
  const el = document.createElement(tag);
  el.setAttribute('lang', 'id');
  el.items = items;
  document.body.append(el);
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await frame();
  const all = Array.from(el.shadowRoot.querySelectorAll('details.item'));
  if (all.length !== items.length)
    throw new Error(`${tag}: rendered ${all.length} questions, expected ${items.length}`);
  const out = [];
  for (const hidden of keystrokes) {
    const t = performance.now();
    for (let i = 0; i < all.length; i++) if (all[i].hidden !== hidden[i]) all[i].hidden = hidden[i];
    const update = performance.now() - t;
    const start = await frame();
    const now = performance.now();
    out.push({ ms: now - t, update, render: now - start });
  }
  return out;
}
