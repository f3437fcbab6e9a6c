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

/**
 * The search's own styles, added to each searchable FAQ's shadow root (`adopt`): the marks, the
 * no-match message, and every question printing whatever the search hides.
 */
const STYLES = `
mark {
  color: inherit;
  background: color-mix(in oklab, var(--_accent) 22%, var(--_surface));
  border-radius: 2px;
  box-shadow: 0 1px 0 var(--_accent);
}
/* Nothing shown: nothing to open either ("Open all" is hidden while nothing matches). */
.toolbar > button[hidden] {
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

/** A text cut at the matches: plain runs as strings, each match as what `wrap` made of it. */
export type Marked = string | unknown[];

/** What a query finds. */
export interface Search {
  /** Whether the question or its answer has a word beginning with each word of the query. */
  test(question: Question): boolean;
  /** `text` with each match of a word of the query wrapped; `text` itself when nothing matches. */
  mark(text: string): Marked;
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

/** Each question's searchable text, folded once (the checked questions are kept per list). */
const folded = new WeakMap<Question, string>();

function textOf(question: Question): string {
  let text = folded.get(question);
  if (text === undefined) {
    text = fold([question.question, ...question.answer.map(blockText)].join('\n'));
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

/**
 * The search for `query`, or `undefined` when it has no word (all questions show). `wrap` makes
 * the marked form of a match (a `<mark>`).
 */
export function search(query: string, wrap: (match: string) => unknown): Search | undefined {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return undefined;
  // Only letters and digits are left: nothing to escape.
  const each = words.map((word) => new RegExp(`(?:^|${NOT_WORD})${word}`, 'u'));
  // The longer word first, where one begins another (`sek`, `seknas`).
  const any = new RegExp(`(^|${NOT_WORD})(${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
  return {
    test: (question) => {
      const text = textOf(question);
      return each.every((re) => re.test(text));
    },
    mark: (text) => {
      const [low, from] = foldWithMap(text);
      const at = (i: number) => (from.length ? from[i] : i);
      const out: unknown[] = [];
      let last = 0;
      for (const m of low.matchAll(any)) {
        const start = at(m.index + m[1].length);
        const end = at(m.index + m[0].length);
        if (start > last) out.push(text.slice(last, start));
        out.push(wrap(text.slice(start, end)));
        last = end;
      }
      if (!out.length) return text;
      if (last < text.length) out.push(text.slice(last));
      return out;
    },
  };
}

/** The element a search is for (`<ogi-faq>`; `words` and `announce` are protected there). */
export type Host = HTMLElement & {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Its words from `table`, in its language (language packs included). */
  words(table: typeof faqSearchContent): FaqSearchContent;
  /** Says `message` through its live region. */
  announce(message: string): Promise<void>;
};

/** One element's search, driven by its field. */
export interface Searching {
  /** Runs the search for what the field holds now over `items`; the questions it shows. */
  filter(items: Question[]): Question[];
  /** Whether the last `filter` hid `question`. */
  hides(question: Question): boolean;
  /**
   * How to draw the question at position `index` (after `filter`): `undefined` when it is drawn
   * already as it should be (the same question, marks and `deps`), else the markers of its
   * question and of its answer (an answer is marked only while open, where the marks are seen).
   */
  at(index: number, question: Question, ...deps: unknown[]): Marker[] | undefined;
  /** Sets the field to `query` (`''` clears it), and the questions follow. */
  set(query: string): void;
  /** The message when nothing matches, with its button that clears the search; else nothing. */
  none(): TemplateResult | undefined;
}

/** Text as drawn, with its matches marked or not. */
type Marker = (text: string) => unknown;
const plain: Marker = (text) => text;

/** The searches attached, by element: one each. */
const attached = new WeakMap<Host, Searching>();

/**
 * Gives the element `el` its search (styles, the field's keys, what it renders), made with Lit's
 * `html`, and updates it. Once per element: a second call returns the first one's.
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
  const mark = (text: string) => html`<mark part="mark">${text}</mark>`;
  /** The last search (by its query), and the questions it found. */
  let last: [string, Search | undefined] = ['', undefined];
  let hits: Set<Question> | undefined;
  /** What each position was last drawn with. */
  const drawn: unknown[][] = [];
  let pause: ReturnType<typeof setTimeout>;
  let frame = 0;
  const changed = () => {
    el.requestUpdate();
    clearTimeout(pause);
    pause = setTimeout(async () => {
      await el.updateComplete;
      const query = input()?.value ?? '';
      const all = root.querySelectorAll('details.item');
      const count = [...all].filter((d) => !(d as HTMLElement).hidden).length;
      await el.announce(
        el.words(faqSearchContent).shown.replace('{n}', String(count)).replace('{total}', String(all.length)),
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
  // An answer opened or closed while searching: its marks follow (one update a frame at most).
  root.addEventListener(
    'toggle',
    () => {
      if (last[1] && !frame) frame = requestAnimationFrame(() => ((frame = 0), el.requestUpdate()));
    },
    true,
  );
  searching = {
    filter: (items) => {
      const query = input()?.value ?? '';
      if (query !== last[0]) last = [query, search(query, mark)];
      const found = last[1];
      const shown = found ? items.filter(found.test) : items;
      hits = found && new Set(shown);
      return shown;
    },
    hides: (question) => !!hits && !hits.has(question),
    at: (index, question, ...deps) => {
      const found = hits?.has(question) ? last[1] : undefined;
      const open = !!found && !!(root.getElementById(question.id) as HTMLDetailsElement | null)?.open;
      const now = [question, found, open, ...deps];
      const before = drawn[index];
      drawn[index] = now;
      if (before?.every((v, k) => v === now[k])) return undefined;
      return [found ? found.mark : plain, open ? found!.mark : plain];
    },
    set,
    none: () => {
      const empty = !!hits && !hits.size;
      root.querySelector('.toolbar > button')?.toggleAttribute('hidden', empty);
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
