/**
 * The FAQ's search (`<ogi-faq searchable>`): which questions match what the reader typed, where
 * in a text the matches are (to be marked), and the field's behaviour (typing, Escape, the
 * no-match message, the count announced once typing pauses, `ogi-faq-search`). Loaded by
 * `<ogi-faq>` only once `searchable` is set, as a module of its own (`dist/ogi-faq-search.js`):
 * it imports nothing at run time (the element hands it Lit's `html`), so that every build, the
 * classic script included, loads the same file. The field itself is the element's, rendered on
 * the server too; the field's value is the query.
 *
 * A query matches the beginnings of words, in any case and with or without diacritics: `lapor`
 * finds "LAPOR!", `seknas` "Sekretariat Nasional (Seknas)", `kebijakan` "Kebijakan", `cafe`
 * "café". Every word of the query must begin a word of the question or of its answer.
 */
import type { html as Html, TemplateResult } from 'lit';
import { faqSearchContent, type FaqSearchContent } from '../../content/faq-search.js';
import type { Block, Question, RichText } from './items.js';

/** How long typing pauses before the count is announced and `ogi-faq-search` fires (ms). */
const PAUSE = 500;

/** How many questions of a long list are shown or hidden at a time once the browser is idle. */
const CHUNK = 100;

/** Runs `fn` once the browser is idle (where it cannot tell, a little later). */
const idle = (fn: () => void) => ('requestIdleCallback' in self ? requestIdleCallback(fn) : setTimeout(fn, 20));

/**
 * The searches with questions not yet shown or hidden as they have them (each by its function
 * that applies them): all are, as soon as the page scrolls.
 */
const busy = new Set<(to?: number) => void>();
addEventListener('scroll', () => busy.forEach((apply) => apply()), { capture: true, passive: true });

/**
 * The search's own styles, added to each searchable FAQ's shadow root (`adopt`): the marks, the
 * no-match message, and every question printing whatever the search hides. Nothing shown: nothing
 * to open either ("Open all" is hidden while nothing matches). (No comment inside: it would ship.)
 */
const STYLES = `
mark {
  color: inherit;
  background: color-mix(in oklab, var(--_accent) 22%, var(--_surface));
  border-radius: 2px;
  box-shadow: 0 1px 0 var(--_accent);
}
.toolbar button[hidden] {
  display: none;
}
.none {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: calc(var(--_space) * 0.75);
  margin: 0 0 var(--_space);
  padding: calc(var(--_space) * 0.75) var(--_space);
  background: var(--_subtle);
  border-radius: var(--_radius);
}
@media (forced-colors: active) {
  mark {
    forced-color-adjust: none;
    color: MarkText;
    background: Mark;
  }
}
@media print {
  .none {
    display: none;
  }
  .item[hidden] {
    display: block;
  }
}`;

let sheet: CSSStyleSheet | undefined;

/** What a query finds. */
export interface Search {
  /** The words of the query, folded. */
  words: string[];
  /** Whether the question or its answer has a word beginning with each word of the query. */
  test(question: Question): boolean;
  /** Where a word of the query matches in `text`: the start and end of each match, in order. */
  find(text: string): number[];
}

/** Lower case, diacritics dropped (`É` → `e`). */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What is not part of a word: a query word must follow one of these, or start the text. */
const NOT_WORD = '[^\\p{L}\\p{N}]';

const flat = (text: RichText): string =>
  typeof text === 'string' ? text : text.map((part) => (typeof part === 'string' ? part : part.text)).join('');

function blockText(block: Block): string {
  if (block.type === 'paragraph') return flat(block.text);
  if (block.type === 'list') return block.entries.map(flat).join('\n');
  return [block.quote, block.cite, block.note, block.original?.label, block.original?.text].join('\n');
}

/** Splits folded text into its words (runs of letters and digits). */
const split = (text: string) => text.split(/[^\p{L}\p{N}]+/u);

/**
 * Each question's words, folded once (the checked questions are kept per list), each after a
 * space: a word of the query begins one of them where the text holds a space and that word.
 */
const folded = new WeakMap<Question, string>();

function textOf(question: Question): string {
  let text = folded.get(question);
  if (text === undefined) {
    text = ` ${split(fold([question.question, ...question.answer.map(blockText)].join(' '))).join(' ')}`;
    folded.set(question, text);
  }
  return text;
}

/**
 * `text` folded, and for each unit of the folded text the index in `text` it came from (plus
 * one past the end), so that a match found in the folded text is cut from the original.
 */
function foldWithMap(text: string): [string, number[]] {
  // Plain ASCII folds unit for unit.
  // eslint-disable-next-line no-control-regex -- the ASCII range
  if (!/[^\u0000-\u007f]/.test(text)) return [text.toLowerCase(), []];
  let out = '';
  const from: number[] = [];
  let i = 0;
  for (const char of text) {
    const f = fold(char);
    out += f;
    for (let k = 0; k < f.length; k++) from.push(i);
    i += char.length;
  }
  from.push(text.length);
  return [out, from];
}

/** The search for `query`, or `undefined` when it has no word (all questions show). */
function search(query: string): Search | undefined {
  const words = split(fold(query)).filter(Boolean);
  if (!words.length) return undefined;
  // Only letters and digits are left: nothing to escape.
  // The longer word first, where one begins another (`sek`, `seknas`).
  const any = new RegExp(`(^|${NOT_WORD})(${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
  return {
    words,
    test: (question) => {
      const text = textOf(question);
      return words.every((word) => text.includes(` ${word}`));
    },
    find: (text) => {
      const [low, from] = foldWithMap(text);
      const at = (i: number) => (from.length ? from[i] : i);
      const out: number[] = [];
      for (const m of low.matchAll(any)) out.push(at(m.index + m[1].length), at(m.index + m[0].length));
      return out;
    },
  };
}

/** The element a search is for (`<ogi-faq>`; `words` and `announce` are protected there). */
export type Host = HTMLElement & {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly searchable?: boolean;
  /** Its words from `table`, in its language (language packs included). */
  words(table: typeof faqSearchContent): FaqSearchContent;
  /** Says `message` through its live region. */
  announce(message: string): Promise<void>;
};

/** One element's search, driven by its field. */
export interface Searching {
  /**
   * While the element renders `items` (drawn with `deps`): runs the search for what the field
   * holds over them; the questions it shows, and whether the questions drawn are the same as last
   * time (then the element leaves them as they are: `sync` shows, hides and marks them).
   */
  filter(items: Question[], ...deps: unknown[]): [Question[], boolean];
  /**
   * Once the element has rendered: hides the questions the search hides (and shows the others),
   * and redraws the marks only where they change: in questions, and in answers while open.
   */
  sync(): void;
  /** Shows, hides and marks every question as the search has it, now (in a long list, a keystroke does the part on screen). */
  flush(): void;
  /** Sets the field to `query` (`''` clears it), and the questions follow, all in the next update. */
  set(query: string): void;
  /** The message when nothing matches, with its button that clears the search; else nothing. */
  none(): TemplateResult | undefined;
}

/** The searches attached, by element: one each. */
const attached = new WeakMap<Host, Searching>();

/**
 * Gives the element `el` its search (styles, the field's keys, what it renders), made with Lit's
 * `html`, and updates it. Once per element: a second call returns the first one's.
 *
 * The marks are drawn straight into the rendered text, without an update of the element (which
 * would go over every question): each text node with a match is replaced by its pieces, plain
 * text and `<mark>`s, and put back as it was before the element renders its questions anew (Lit
 * writes into the text nodes it made).
 */
export function attach(el: Host, html: typeof Html): Searching {
  let searching = attached.get(el);
  if (searching) return searching;
  const root = el.renderRoot as ShadowRoot;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const input = () => root.querySelector<HTMLInputElement>('input[type=search]');
  /** The last search (by its query), and the questions it found. */
  let last: [string, Search | undefined] = ['', undefined];
  let hits: Set<Question> | undefined;
  /** The questions drawn, then what they were drawn with; those the search shows. */
  let drawn: unknown[] = [];
  let items: Question[] = [];
  let shown: Question[] = [];
  /** Whether the questions drawn or the search changed since `sync`. */
  let dirty = false;
  /**
   * The marks drawn, by the element they are in (a question's text, an answer): what they were
   * drawn for (a question: where its matches are; an answer: the search), and each text node
   * replaced with its pieces.
   */
  const marked = new Map<Element, [unknown, [Text, ChildNode[]][]]>();
  const unmark = (box: Element) => {
    for (const [text, pieces] of marked.get(box)?.[1] ?? []) {
      pieces[0].before(text);
      for (const piece of pieces) piece.remove();
    }
    marked.delete(box);
  };
  /** Draws the marks in `box` for `key` (`''`: none), unless they are drawn for it already. */
  const mark = (box: Element, key: unknown) => {
    if ((marked.get(box)?.[0] ?? '') === key) return;
    unmark(box);
    if (!key) return;
    const cut: [Text, ChildNode[]][] = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      const at = last[1]!.find(text.data);
      // Not in what only assistive technology reads ("opens in a new tab").
      if (!at.length || text.parentElement!.closest('.visually-hidden')) continue;
      // Plain text (maybe empty) before each match, each match marked, and the rest.
      const pieces: ChildNode[] = [];
      for (let i = 0, end = 0; i <= at.length; i += 2) {
        pieces.push(new Text(text.data.slice(end, at[i])));
        if (i === at.length) break;
        const m = document.createElement('mark');
        m.setAttribute('part', 'mark');
        m.textContent = text.data.slice(at[i], (end = at[i + 1]));
        pieces.push(m);
      }
      text.replaceWith(...pieces);
      cut.push([text, pieces]);
    }
    marked.set(box, [key, cut]);
  };
  /** An answer is marked while open, where its marks are seen. */
  const markAnswer = (details: HTMLDetailsElement) =>
    mark(details.lastElementChild!, (!details.hidden && details.open && last[1]) || '');
  /** Marks a question (and its answer) as the search has it now. */
  const draw = (details: HTMLDetailsElement, item: Question) => {
    later.delete(details);
    const found = !details.hidden && last[1];
    mark(details.querySelector('span')!, found ? `${found.find(item.question)}` : '');
    markAnswer(details);
  };
  /**
   * The questions drawn (their `<details>`, as `items`), and the first of them not yet shown or
   * hidden as the search has it: in a long list, a keystroke shows and hides at once only the
   * questions from the top down to two screens below the viewport, the others follow in chunks
   * when the browser is idle, or at once when something needs them all (`flush`), the page
   * scrolls, or typing pauses.
   */
  let all: HTMLDetailsElement[] = [];
  let next = 0;
  let chunks = false;
  /** Whether the next update shows and hides every question at once (after `set`). */
  let full = false;
  const hides = (i: number) => !!hits && !hits.has(items[i]);
  /** Shows or hides the questions from `next` up to `to` as the search has them. */
  const apply = (to = all.length) => {
    for (; next < to && next < all.length; next++)
      if (all[next].hidden !== hides(next)) all[next].hidden = !all[next].hidden;
    busy[next < all.length ? 'add' : 'delete'](apply);
  };
  /** The next chunk, and then the next one at the next idle time, while any is left. */
  const chunk = () => {
    apply(next + CHUNK);
    if ((chunks = busy.has(apply))) idle(chunk);
  };
  /**
   * In a long list, where the browser skips the content of the questions away from the screen
   * (`content-visibility: auto`, within half a screen in the engines): the questions hidden or
   * further than a screen away, not drawn yet. Each is drawn once the browser is about to render
   * it (its `contentvisibilityautostatechange`), or once typing pauses.
   */
  let later = new Map<HTMLDetailsElement, Question>();
  /** Every question shown or hidden, and marked, as the search has it. */
  const flush = () => {
    apply();
    later.forEach((item, details) => draw(details, item));
  };
  let pause: ReturnType<typeof setTimeout>;
  const changed = () => {
    el.requestUpdate();
    clearTimeout(pause);
    pause = setTimeout(async () => {
      await el.updateComplete;
      flush();
      const query = input()?.value ?? '';
      const count = shown.length;
      await el.announce(
        el.words(faqSearchContent).shown.replace('{n}', String(count)).replace('{total}', String(items.length)),
      );
      el.dispatchEvent(new CustomEvent('ogi-faq-search', { detail: { query, count }, bubbles: true, composed: true }));
    }, PAUSE);
  };
  const set = (query: string) => {
    const field = input();
    if (field) field.value = query;
    changed();
  };
  root.addEventListener('input', (event) => {
    if (event.target === input()) changed();
  });
  root.addEventListener('keydown', (event) => {
    const field = input();
    if ((event as KeyboardEvent).key === 'Escape' && event.target === field && field?.value) {
      event.preventDefault();
      set('');
    }
  });
  // An answer opened or closed (a question's `<details>`, the only ones there): its marks follow.
  root.addEventListener('toggle', (event) => markAnswer(event.target as HTMLDetailsElement), true);
  root.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      // Not `apply()` when one not yet shown or hidden comes near: Chromium says so too of questions
      // far below the screen just shown again, and that would do all 1,000 within the keystroke's
      // frame. Scrolling does them all, and so does the next idle chunk.
      if ((event as Event & { skipped: boolean }).skipped) return;
      const item = later.get(details);
      if (item) draw(details, item);
    },
    true,
  );
  searching = {
    filter: (list, ...deps) => {
      // Without `searchable` (removed since), nothing is hidden or marked.
      const query = (el.searchable && input()?.value) || '';
      const now = [...list, ...deps];
      const same = now.length === drawn.length && now.every((v, k) => v === drawn[k]);
      if (!same) {
        // Drawn anew: as Lit made them first.
        for (const box of marked.keys()) unmark(box);
        drawn = now;
        items = list;
        // Their text folded before the first keystroke, not during it.
        setTimeout(() => list.forEach(textOf));
      }
      if (query !== last[0] || !same) {
        const was = same && last[1];
        if (query !== last[0]) last = [query, search(query)];
        const found = last[1];
        // Narrower than the last search (each of its words begins one of the new ones), over the
        // same questions: only those it found can match.
        const from = was && found && was.words.every((w) => found.words.some((v) => v.startsWith(w))) ? shown : list;
        shown = found ? from.filter(found.test) : list;
        hits = found && new Set(shown);
        dirty = true;
      }
      return [shown, same];
    },
    sync: () => {
      if (!dirty) return;
      dirty = false;
      const list = root.querySelector('.list')!;
      all = [...list.children] as HTMLDetailsElement[];
      later = new Map(items.map((item, i) => [all[i], item]));
      next = 0;
      // Shown or hidden now: every question, or in a long list (while searchable) those from the
      // top down to two screens below the viewport, measured before anything changes (one that
      // was hidden counted 40 px high); and marked now: those of them within a screen of it.
      let near = all;
      let stop = all.length;
      if (el.searchable && !full && list.classList.contains('long')) {
        near = [];
        let y = list.getBoundingClientRect().top;
        for (stop = 0; stop < all.length && y < 3 * innerHeight; stop++) {
          const details = all[stop];
          if (hides(stop)) continue;
          const h = details.hidden ? 40 : details.getBoundingClientRect().height;
          if (y + h > -innerHeight && y < 2 * innerHeight) near.push(details);
          y += h;
        }
      }
      full = false;
      apply(stop);
      for (const details of near) draw(details, later.get(details)!);
      if (busy.has(apply) && !chunks) {
        chunks = true;
        idle(chunk);
      }
    },
    flush,
    set: (query) => {
      full = true;
      set(query);
    },
    none: () => {
      const empty = !!hits && !hits.size;
      root.querySelector('.toolbar button')?.toggleAttribute('hidden', empty);
      if (!empty) return undefined;
      const w = el.words(faqSearchContent);
      return html`<p class="none">
        ${w.noMatch}
        <button
          part="clear"
          type="button"
          @click=${() => {
            set('');
            input()?.focus();
          }}
        >
          ${w.clear}
        </button>
      </p>`;
    },
  };
  attached.set(el, searching);
  el.requestUpdate();
  return searching;
}
