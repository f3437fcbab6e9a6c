import { html, noChange, svg, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { faqContent, type FaqContent, type FaqItem } from '../../content/faq.js';
import { define } from '../../shared/define.js';
import { icon } from '../../shared/icons.js';
import { externalLink } from '../../shared/links.js';
import { OgiElement } from '../../shared/ogi-element.js';
import { textIn, type RegionalText } from '../../shared/regional.js';
import { commonContent } from '../../content/common.js';
import { quotation, quoteStyles } from '../../shared/quote.js';
import { questions, type Block, type Question, type RichText } from './items.js';
import { faqStyles } from './ogi-faq.styles.js';
import type { Host, Searching } from './search.js';

/** Above this many questions, off-screen ones skip layout and paint (see the styles). */
const LONG_LIST = 100;

export type { FaqBlock, FaqInline, FaqItem, FaqLink, FaqList, FaqParagraph, FaqQuote } from '../../content/faq.js';

export interface OgiFaqSearchDetail {
  /** What the search field holds. */
  query: string;
  /** How many questions it shows. */
  count: number;
}

export interface OgiFaqToggleDetail {
  /** The question's `id` (its slug, the same in every language). */
  id: string;
  /** Whether its answer is now shown. */
  open: boolean;
}

const chevron = icon(svg`<path d="m6 9 6 6 6-6"/>`, 'icon chevron');
const expandIcon = icon(svg`<path d="m7 6 5 5 5-5M7 13l5 5 5-5"/>`);
const collapseIcon = icon(svg`<path d="m7 18 5-5 5 5M7 11l5-5 5 5"/>`);

/** The ids the page's URL hash may name, as HTML looks for them: as written, then decoded. */
function hashIds(): string[] {
  const raw = location.hash.slice(1);
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}

/**
 * A URL hash is a navigation, acted on once: at load (or once its question arrives) and on each
 * `hashchange`, by the first FAQ that has the question. `handledHash` is the `location.hash` some
 * FAQ acted on, so a FAQ added later leaves the page alone; `lastHashChange` lets the first FAQ
 * told of a navigation reset it for all.
 */
let handledHash = '';
let lastHashChange: Event | undefined;
/** Ends the corrections after the last jump in a long list (one page, one scroll). */
let settling: AbortController | undefined;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function renderText(text: RichText, newTab: string): unknown {
  if (typeof text === 'string') return text;
  return text.map((part) =>
    typeof part === 'string'
      ? part
      : part.external
        ? externalLink(part.href, part.text, newTab)
        : html`<a part="link" href=${part.href}>${part.text}</a>`,
  );
}

function renderBlock(block: Block, newTab: string): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderText(block.text, newTab)}</p>`;
    case 'list':
      // A list of short names (countries, say) reads as one line, in commas (shared styles).
      return html`<ul class=${block.short ? 'short' : ''}>
        ${block.entries.map((entry) => html`<li>${renderText(entry, newTab)}</li>`)}
      </ul>`;
    case 'quote': {
      const o = block.original;
      return quotation({
        text: block.quote,
        lang: block.lang,
        cite: block.cite,
        role: block.note,
        original: o && { ...o, label: `${o.label}:` },
      });
    }
  }
}

/**
 * Questions and answers about OGI and Nawa Cita, OGP and its launch, how OGI
 * came about, the innovations it inspired and encouraged, and the OGI
 * National Secretariat (Seknas OGI), as an accordion of native
 * `<details>` (all closed at first; find-in-page reaches closed answers where
 * the browser supports it). Each question has a stable `id`: a page URL whose
 * hash names it (`#apa-itu-ogi`) opens it, scrolls to it and focuses it, on
 * load and on every later `hashchange`. Every answer prints, open or not.
 * Shares `lang`, `heading-level`, `theme`, the `--ogi-*` tokens and the
 * `base` and `title` parts with every OGI widget (see `OgiElement`).
 *
 * With `searchable`, a search field above the questions filters them as the reader types (by
 * question and answer, at the beginnings of words, in any case and with or without diacritics),
 * marks the matches (in questions, and in answers while open) and, once typing pauses,
 * announces how many questions are shown; Escape clears it. Its code is a module of its own
 * (`dist/ogi-faq-search.js`), loaded only when `searchable` is set.
 *
 * @tagname ogi-faq
 * @summary Frequently asked questions about Open Government Indonesia.
 *
 * @attr {boolean} searchable - Shows the search field above the questions (reflected; property `searchable`).
 *
 * @fires ogi-faq-search - Once typing in the search field pauses (and when it is cleared). `detail: { query: string, count: number }`: what the field holds and how many questions are shown.
 * @fires ogi-faq-toggle - Whenever a question opens or closes (click, keyboard, find-in-page, URL hash, `show()`, `openAll()`, `closeAll()`; not for the temporary expansion while printing). `detail: { id: string, open: boolean }`.
 *
 * @csspart list - The container of all the questions.
 * @csspart item - Each question and its answer (a `<details>` carrying the question's `id`).
 * @csspart question - Each question (the `<summary>`).
 * @csspart answer - Each answer.
 * @csspart button - The one button that opens every answer ("Buka semua" / "Open all") or, once all are open, closes them ("Tutup semua" / "Close all").
 * @csspart link - Every link inside an answer.
 * @csspart figure - A quotation's `<figure>` (the President's words), drawn as in `<ogi-about>`.
 * @csspart quote - The quotation's `<blockquote>`.
 * @csspart caption - The quotation's `<figcaption>` (who said it, and the original words when translated).
 * @csspart status - The polite live region that announces "open all" and "close all", and the number of questions a search shows (visually hidden).
 * @csspart search - The search field (`searchable`), an `<input type="search">` under its label.
 * @csspart mark - Each match of the search (a `<mark>`), in questions and open answers.
 * @csspart clear - The button shown when nothing matches, which empties the search field.
 */
export class OgiFaq extends OgiElement {
  static override styles = [OgiElement.styles, quoteStyles, faqStyles];
  static override properties = { items: { attribute: false }, searchable: { type: Boolean, reflect: true } };
  protected static override contentKey = 'faq' as const;

  /**
   * Questions that replace the bundled ones, e.g. a regional portal's own
   * (`{ id, question, answer }`, `answer` being paragraphs as plain strings or
   * data with links, never HTML; see `FaqItem`). Give each a unique `id`
   * (`title` is reserved); entries without a string `id` or `question` are
   * skipped. Assign a new array to change them. When unset, or when nothing
   * usable is left, the bundled questions in the widget's language are shown.
   * Rendered keyed by `id`, so long lists (thousands) stay fast.
   */
  items?: FaqItem[];

  /**
   * Shows a search field above the questions that filters them as the reader types (attribute
   * `searchable`). Its code loads when this is first set. Unset (`false`) by default.
   */
  searchable?: boolean;

  /** The search, once its module has loaded. */
  #searching?: Searching;

  /** Toggles we cause ourselves while printing, and the state each one leads to: no event for them. */
  #quiet = new WeakMap<HTMLDetailsElement, boolean>();
  /** Questions opened for printing, to close again afterwards. */
  #openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // `toggle` does not bubble, but one capturing listener sees every question's.
    root.addEventListener('toggle', this.#onToggle, true);
    return root;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The search shows, hides and marks the questions drawn.
    this.#searching?.sync();
    // On first render, and when `items` brings the question the hash names.
    this.#applyHash();
    // The search, its own module (loaded once per page), uses `words` and `announce`, protected
    // but the FAQ's own; it updates the FAQ once attached (once per element).
    if (this.searchable && !this.#searching)
      void import('./search.js').then((m) => (this.#searching = m.attach(this as unknown as Host, html)));
  }

  /**
   * Opens the question with this `id`, scrolls it into view (smoothly, unless
   * reduced motion is preferred or the list holds over 100 questions, where it
   * jumps) and moves keyboard focus to it, first clearing a search that hides
   * it. Resolves to `false` when there is no such question.
   */
  async show(id: string): Promise<boolean> {
    await this.updateComplete;
    const details = this.#find(id);
    if (!details) return false;
    await this.#reveal(details);
    return true;
  }

  /** Opens every question shown (while a search filters them, those it shows). */
  async openAll(): Promise<void> {
    await this.updateComplete;
    // The button follows at once; the toggle events (a task later each) then change nothing more.
    for (const details of this.#all()) if (!details.hidden) this.#syncToggleAll(details, true);
  }

  /** Closes every question. */
  async closeAll(): Promise<void> {
    await this.updateComplete;
    for (const details of this.#all()) this.#syncToggleAll(details, false);
  }

  #all(): HTMLDetailsElement[] {
    // The search's state in full (a keystroke in a long list does the part on screen first).
    this.#searching?.flush();
    return Array.from(this.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details.item') ?? []);
  }

  #find(id: string): HTMLDetailsElement | undefined {
    if (typeof id !== 'string' || !id) return undefined;
    const el = this.shadowRoot?.getElementById(id);
    return el instanceof HTMLDetailsElement ? el : undefined;
  }

  async #reveal(details: HTMLDetailsElement): Promise<void> {
    // Hidden by the search (as it has every question, not only those on screen): cleared, so that it shows again.
    this.#searching?.flush();
    if (details.hidden) {
      this.#searching!.set('');
      await this.updateComplete;
    }
    details.open = true;
    const long = details.matches('.long>*');
    const jump = (behavior: ScrollBehavior) => details.scrollIntoView({ behavior, block: 'start' });
    // In a long list, questions skipped by content-visibility get their real height while a smooth
    // scroll runs, and it ends off target: jump there instead.
    jump(prefersReducedMotion() || long ? 'instant' : 'smooth');
    details.querySelector('summary')?.focus({ preventScroll: true });
    if (!long) return;
    // Even a jump lands off target: the skipped questions around it get their real height only
    // afterwards (and the engine may not hold the page still). Jump again on the next frames until
    // the question stays put (twice within 1 px), for at most 20 frames, and not once the reader
    // scrolls, presses a key or touches the page (a touch is a pointerdown too), or another question
    // is revealed.
    settling?.abort();
    const stop = (settling = new AbortController());
    const { signal } = stop;
    for (const type of ['wheel', 'keydown', 'pointerdown']) {
      addEventListener(type, () => stop.abort(), { passive: true, signal });
    }
    let frames = 20;
    let still = 0;
    const step = () => {
      if (signal.aborted) return;
      const top = details.getBoundingClientRect().top;
      jump('instant');
      still = Math.abs(details.getBoundingClientRect().top - top) < 1 ? still + 1 : 0;
      if (still > 1 || !--frames) stop.abort();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  #applyHash(): void {
    const { hash } = location;
    if (hash === handledHash) return;
    for (const id of hashIds()) {
      // An element of the host page with that id is the navigation's target, not our question.
      if (!id || this.ownerDocument.getElementById(id)) return;
      const details = this.#find(id);
      if (details) {
        handledHash = hash;
        return void this.#reveal(details);
      }
    }
  }

  #onHashChange = (event: Event): void => {
    if (event !== lastHashChange) {
      lastHashChange = event;
      handledHash = '';
    }
    this.#applyHash();
  };

  #onBeforePrint = (): void => {
    for (const details of this.#all()) {
      if (details.open) continue;
      this.#quiet.set(details, true);
      details.open = true;
      this.#openedForPrint.push(details);
    }
  };

  #onAfterPrint = (): void => {
    for (const details of this.#openedForPrint) {
      if (!details.open) continue;
      this.#quiet.set(details, false);
      details.open = false;
    }
    this.#openedForPrint = [];
  };

  #onToggle = (event: Event): void => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.classList.contains('item')) return;
    // The button follows the question's state now (openAll() may have counted it open before it closed again).
    this.#syncToggleAll(details);
    // Toggles within one task are coalesced; an open-and-close is no change.
    const { oldState, newState } = event as ToggleEvent;
    if (oldState && oldState === newState) return;
    const open = details.open;
    const quiet = this.#quiet.get(details);
    if (quiet !== undefined) {
      this.#quiet.delete(details);
      if (quiet === open) return;
    }
    this.emit('ogi-faq-toggle', { id: details.id, open });
  };

  /** Whether every question is open: the toolbar's one button then closes them all. */
  #allOpen = false;
  /** The ids of the open questions among those shown, kept up to date by their `toggle` events. */
  #openIds = new Set<string>();
  /** How many questions the last render showed. */
  #shown = 0;

  /**
   * After a question opened or closed (or as `open` opens or closes it), the button says what it will do next: one more update only
   * when that changes (the last question opened, or the first one closed), and no walk over the list.
   */
  #syncToggleAll(details: HTMLDetailsElement, open?: boolean): void {
    if (open !== undefined) details.open = open;
    if (details.open) this.#openIds.add(details.id);
    else this.#openIds.delete(details.id);
    const allOpen = this.#shown > 0 && this.#openIds.size === this.#shown;
    if (allOpen !== this.#allOpen) {
      this.#allOpen = allOpen;
      this.requestUpdate();
    }
  }

  /**
   * While rendering the questions `ids` (those shown): the button's state, known from the ids and
   * the `<details>` already there, so that new questions (which arrive closed) need no second
   * update. One a search hid while open counts again once shown; one no longer rendered goes, and
   * comes back closed.
   */
  #toggleState(ids: string[]): boolean {
    const open = new Set<string>();
    for (const id of ids) if (this.#openIds.has(id) || (this.hasUpdated && this.#find(id)?.open)) open.add(id);
    this.#openIds = open;
    this.#shown = ids.length;
    return (this.#allOpen = ids.length > 0 && open.size === ids.length);
  }

  async #onToggleAll(): Promise<void> {
    const t = this.words(faqContent);
    const close = this.#allOpen;
    await (close ? this.closeAll() : this.openAll());
    await this.announce(close ? t.allClosed : t.allOpened);
  }

  /** The questions to show: `items` when usable, else the bundled ones in this language. */
  #questions(t: FaqContent): Question[] {
    const bundled = questions(t.items).items;
    if (this.items === undefined) return bundled;
    const { items, skipped } = questions(this.items);
    if (skipped) {
      this.warnOnce(
        'items',
        skipped,
        `${skipped} of the given items were skipped (each needs a unique string id and a string question).`,
      );
    }
    if (items.length) return items;
    this.warnOnce('items', '', 'no usable question; showing the bundled ones.');
    return bundled;
  }

  /** The questions with a regional portal's own (`faq` in the regional content): hidden, added or in their place. */
  #withRegional(base: Question[]): Question[] {
    const r = this.regional?.part as
      | { mode?: string; hide?: string[]; items?: { id: string; question: RegionalText; answer: RegionalText[] }[] }
      | undefined;
    if (!r) return base;
    const lang = this.locale;
    const own = questions(
      (r.items ?? []).map((i) => ({
        id: i.id,
        question: textIn(i.question, lang),
        answer: i.answer.map((a) => textIn(a, lang)),
      })),
    ).items;
    const ids = new Set([...(r.hide ?? []), ...own.map((q) => q.id)]);
    const kept = r.mode === 'replace' ? [] : base.filter((q) => !ids.has(q.id));
    return r.mode === 'prepend' ? [...own, ...kept] : [...kept, ...own];
  }

  /** The toolbar's one button: "Open all", or "Close all" once every question shown is open. */
  protected override controls(): TemplateResult {
    const t = this.words(faqContent);
    const allOpen = this.#allOpen;
    return html`<button part="button" type="button" @click=${this.#onToggleAll}>${allOpen ? collapseIcon : expandIcon}${allOpen ? t.closeAll : t.openAll}</button>`;
  }

  override render() {
    const locale = this.locale;
    const t = this.words(faqContent);
    const newTab = this.words(commonContent, 'common').newTab;
    const items = this.#withRegional(this.#questions(t));
    // With a search: the questions it shows, and whether those drawn are the same (left as they are).
    const [shown, same] = this.#searching?.filter(items, newTab) ?? [items];
    this.#toggleState(shown.map((item) => item.id));
    return this.frame(
      locale,
      t,
      html`
        <p class="lead">${t.intro}</p>
        <div class="toolbar">
          ${this.searchable ? html`<label class="search">${t.search}<input part="search" type="search" /></label>` : ''}
          <span class="later"></span>
        </div>
        ${this.status(true)}
        ${this.#searching?.none()}
        <div part="list" class=${items.length > LONG_LIST ? 'list long' : 'list'}>
          ${
            same
              ? noChange
              : items.map((item) =>
                  keyed(
                    item.id,
                    html`<details part="item" class="item" id=${item.id}>
                    <summary part="question" class="question"><span class="question-text">${item.question}</span>${chevron}</summary>
                    <div part="answer" class="answer">${item.answer.map((block) => renderBlock(block, newTab))}</div>
                  </details>`,
                  ),
                )
          }
        </div>
      `,
    );
  }
}

define('ogi-faq', OgiFaq);

declare global {
  interface HTMLElementTagNameMap {
    'ogi-faq': OgiFaq;
  }
  interface HTMLElementEventMap {
    'ogi-faq-search': CustomEvent<OgiFaqSearchDetail>;
    'ogi-faq-toggle': CustomEvent<OgiFaqToggleDetail>;
  }
}
