import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { faqContent, type FaqContent, type FaqItem } from '../../content/faq.js';
import { define } from '../../shared/define.js';
import type { Locale } from '../../shared/lang.js';
import { externalLink } from '../../shared/links.js';
import { OgiElement } from '../../shared/ogi-element.js';
import { faqStyles } from './ogi-faq.styles.js';

/** Above this many questions, off-screen ones skip layout and paint (see the styles). */
const LONG_LIST = 100;

export type { FaqBlock, FaqInline, FaqItem, FaqLink, FaqList, FaqParagraph, FaqQuote } from '../../content/faq.js';

export interface OgiFaqToggleDetail {
  /** The question's `id` (its slug, the same in every language). */
  id: string;
  /** Whether its answer is now shown. */
  open: boolean;
}

/** The `id` of the title heading; a question may not take it. */
const RESERVED_IDS = new Set(['title']);
/** List entries up to this many characters count as short. */
const SHORT_ENTRY = 24;
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

function stroke(path: ReturnType<typeof svg>, cls: string) {
  return svg`<svg class=${cls} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
}
const chevron = stroke(svg`<path d="m6 9 6 6 6-6"/>`, 'chevron');
const expandIcon = stroke(svg`<path d="m7 6 5 5 5-5M7 13l5 5 5-5"/>`, 'icon');
const collapseIcon = stroke(svg`<path d="m7 18 5-5 5 5M7 11l5-5 5 5"/>`, 'icon');

/** The question id named by the page's URL hash, or `''`. */
function hashId(): string {
  const raw = location.hash.slice(1);
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** `href` when it is a web, mail or phone link (or relative); `undefined` for `javascript:` and the like. */
function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string' || !href.trim()) return undefined;
  try {
    return SAFE_PROTOCOLS.includes(new URL(href, document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the entries that have a string `id` (unique, not reserved) and a
 * string `question`; an answer that is a single string becomes one paragraph.
 */
function normalizeItems(source: unknown): { items: FaqItem[]; skipped: number } {
  if (!Array.isArray(source)) return { items: [], skipped: 0 };
  const seen = new Set<string>();
  const items: FaqItem[] = [];
  for (const raw of source) {
    const { id, question, answer } = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof FaqItem, unknown>>;
    if (typeof id !== 'string' || !id || RESERVED_IDS.has(id) || seen.has(id) || typeof question !== 'string') continue;
    seen.add(id);
    items.push({
      id,
      question,
      answer: Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [],
    });
  }
  return { items, skipped: source.length - items.length };
}

function renderInline(part: unknown, locale: Locale): unknown {
  if (typeof part === 'string') return part;
  if (!part || typeof part !== 'object') return nothing;
  const { text, href } = part as { text?: unknown; href?: unknown };
  if (typeof text !== 'string') return nothing;
  const safe = safeHref(href);
  if (!safe) return text;
  return /^https?:/i.test(safe) ? externalLink(safe, text, locale) : html`<a part="link" href=${safe}>${text}</a>`;
}

function renderInlines(paragraph: unknown, locale: Locale): unknown {
  if (typeof paragraph === 'string') return paragraph;
  if (Array.isArray(paragraph)) return paragraph.map((part) => renderInline(part, locale));
  return nothing;
}

function renderBlock(block: unknown, locale: Locale): unknown {
  if (typeof block === 'string' || Array.isArray(block)) return html`<p>${renderInlines(block, locale)}</p>`;
  if (!block || typeof block !== 'object') return nothing;
  const { list, quote, cite, lang, note, original } = block as Record<string, unknown>;
  if (Array.isArray(list)) {
    // A list of short names (countries, say) flows into columns on wide screens.
    const short = list.every((entry) => typeof entry === 'string' && entry.length <= SHORT_ENTRY);
    return html`<ul class=${short ? 'short' : ''}>
      ${list.map((entry) => html`<li>${renderInlines(entry, locale)}</li>`)}
    </ul>`;
  }
  if (typeof quote === 'string') {
    const o = original && typeof original === 'object' ? (original as Record<string, unknown>) : {};
    return html`<figure class="quote">
      <blockquote lang=${ifDefined(typeof lang === 'string' ? lang : undefined)}><p>“${quote}”</p></blockquote>
      ${typeof cite === 'string'
        ? html`<figcaption>— ${cite}${typeof note === 'string' ? ` (${note})` : nothing}</figcaption>`
        : nothing}
      ${typeof o.text === 'string'
        ? html`<p class="original">
            ${typeof o.label === 'string' ? `${o.label}: ` : nothing}<span
              lang=${ifDefined(typeof o.lang === 'string' ? o.lang : undefined)}
              >“${o.text}”</span
            >
          </p>`
        : nothing}
    </figure>`;
  }
  return nothing;
}

/**
 * Questions and answers about OGI, OGP, the laws behind them, the
 * innovations and the national secretariat, as an accordion of native
 * `<details>` (all closed at first; find-in-page reaches closed answers where
 * the browser supports it). Each question has a stable `id`: a page URL whose
 * hash names it (`#apa-itu-ogi`) opens it, scrolls to it and focuses it, on
 * load and on every later `hashchange`. Every answer prints, open or not.
 * Shares `lang`, `heading-level`, `theme`, the `--ogi-*` tokens and the
 * `base` and `title` parts with every OGI widget (see `OgiElement`).
 *
 * @tagname ogi-faq
 * @summary Frequently asked questions about Open Government Indonesia.
 *
 * @fires ogi-faq-toggle - Whenever a question opens or closes (click, keyboard, find-in-page, URL hash, `show()`, `openAll()`, `closeAll()`; not for the temporary expansion while printing). `detail: { id: string, open: boolean }`.
 *
 * @csspart list - The container of all the questions.
 * @csspart item - Each question and its answer (a `<details>` carrying the question's `id`).
 * @csspart question - Each question (the `<summary>`).
 * @csspart answer - Each answer.
 * @csspart button - The "open all" and "close all" buttons.
 * @csspart link - Every link inside an answer.
 * @csspart status - The polite live region that announces "open all" and "close all" (visually hidden).
 */
export class OgiFaq extends OgiElement {
  static override styles = [OgiElement.styles, faqStyles];
  static override properties = { items: { attribute: false } };

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


  /** The hash id already acted on, so a re-render does not scroll again. */
  #hashDone = '';
  /** Toggles we cause ourselves while printing, and the state each one leads to: no event for them. */
  #quiet = new WeakMap<HTMLDetailsElement, boolean>();
  /** Questions opened for printing, to close again afterwards. */
  #openedForPrint: HTMLDetailsElement[] = [];
  #cache?: { source: unknown; locale: Locale; items: FaqItem[] };

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

  protected override updated(): void {
    // On first render, and when `items` brings the question the hash names.
    this.#applyHash();
  }

  /**
   * Opens the question with this `id`, scrolls it into view (smoothly unless
   * reduced motion is preferred) and moves keyboard focus to it. Resolves to
   * `false` when there is no such question.
   */
  async show(id: string): Promise<boolean> {
    await this.updateComplete;
    const details = this.#find(id);
    if (!details) return false;
    this.#reveal(details);
    return true;
  }

  /** Opens every question. */
  async openAll(): Promise<void> {
    await this.updateComplete;
    for (const details of this.#all()) details.open = true;
  }

  /** Closes every question. */
  async closeAll(): Promise<void> {
    await this.updateComplete;
    for (const details of this.#all()) details.open = false;
  }

  #all(): HTMLDetailsElement[] {
    return Array.from(this.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details.item') ?? []);
  }

  #find(id: string): HTMLDetailsElement | undefined {
    if (typeof id !== 'string' || !id) return undefined;
    const el = this.shadowRoot?.getElementById(id);
    return el instanceof HTMLDetailsElement ? el : undefined;
  }

  #reveal(details: HTMLDetailsElement): void {
    details.open = true;
    details.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    details.querySelector('summary')?.focus({ preventScroll: true });
  }

  #applyHash(): void {
    const id = hashId();
    if (!id || id === this.#hashDone) return;
    const details = this.#find(id);
    if (!details) return;
    this.#hashDone = id;
    this.#reveal(details);
  }

  #onHashChange = (): void => {
    this.#hashDone = '';
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
    // Toggles within one task are coalesced; an open-and-close is no change.
    const { oldState, newState } = event as ToggleEvent;
    if (oldState && oldState === newState) return;
    const open = details.open;
    const quiet = this.#quiet.get(details);
    if (quiet !== undefined) {
      this.#quiet.delete(details);
      if (quiet === open) return;
    }
    this.emit<OgiFaqToggleDetail>('ogi-faq-toggle', { id: details.id, open });
  };

  async #onOpenAll(): Promise<void> {
    await this.openAll();
    await this.announce(faqContent[this.locale].allOpened);
  }

  async #onCloseAll(): Promise<void> {
    await this.closeAll();
    await this.announce(faqContent[this.locale].allClosed);
  }

  /** The questions to show: `items` when usable, else the bundled ones in this language. */
  #questions(locale: Locale, t: FaqContent): FaqItem[] {
    const source = this.items ?? t.items;
    const cache = this.#cache;
    if (cache && cache.source === source && cache.locale === locale) return cache.items;
    const normalized = normalizeItems(source);
    const skipped = normalized.skipped;
    let items = normalized.items;
    if (source !== t.items) {
      if (skipped) {
        console.warn(`[ogi-widgets] <ogi-faq>: ${skipped} of the given items were skipped (each needs a unique string id and a string question).`);
      }
      if (!items.length) {
        console.warn('[ogi-widgets] <ogi-faq>: `items` holds no usable question; showing the bundled ones.');
        items = normalizeItems(t.items).items;
      }
    }
    this.#cache = { source, locale, items };
    return items;
  }

  override render() {
    const locale = this.locale;
    const t = faqContent[locale];
    const items = this.#questions(locale, t);
    return this.frame(
      locale,
      t,
      html`
        <p class="lead">${t.intro}</p>
        <div class="toolbar js">
          <button part="button" type="button" @click=${this.#onOpenAll}>${expandIcon}${t.openAll}</button>
          <button part="button" type="button" @click=${this.#onCloseAll}>${collapseIcon}${t.closeAll}</button>
        </div>
        ${this.status(true)}
        <div part="list" class=${items.length > LONG_LIST ? 'list long' : 'list'}>
          ${repeat(
            items,
            (item) => item.id,
            (item): TemplateResult => html`<details part="item" class="item" id=${item.id}>
              <summary part="question" class="question"><span class="question-text">${item.question}</span>${chevron}</summary>
              <div part="answer" class="answer">${item.answer.map((block) => renderBlock(block, locale))}</div>
            </details>`,
          )}
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
    'ogi-faq-toggle': CustomEvent<OgiFaqToggleDetail>;
  }
}
