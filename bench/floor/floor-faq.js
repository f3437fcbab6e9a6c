// <floor-faq>: the benchmark's floor for <ogi-faq> (kept under bench/, never shipped).
// Hand-written, dependency-free: the same content, the same shadow DOM (elements,
// parts, ids, classes) and the same styles as <ogi-faq>, built with plain DOM calls
// (createElement, cloneNode, textContent; never innerHTML of data). It supports what
// the benchmark exercises: the `items` property, openAll()/closeAll() (and the one
// toggle button), `lang` and `heading-level` attributes, and the `ogi-faq-toggle` event.
// It does not follow the URL hash, printing, or `lang` changes on ancestors.
/* global HTMLElement, customElements, CSSStyleSheet, CustomEvent */
import { commonContent, faqContent } from '../.build/faq-content.js';
import { css } from '../.build/captured/ogi-faq.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
/** As in <ogi-faq>: a list whose entries are all strings this short gets class="short" (columns). */
const SHORT_ENTRY = 24;
const ICON_ATTRS = {
  viewBox: '0 0 24 24',
  width: '20',
  height: '20',
  'aria-hidden': 'true',
  focusable: 'false',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
};

/** Prototypes cloned for every use, made on first render. */
let proto;
let sheet;

function element(tag, attrs = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function icon(cls, d) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of Object.entries(ICON_ATTRS)) svg.setAttribute(name, value);
  svg.setAttribute('class', cls);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

function prototypes() {
  if (proto) return proto;
  const item = element('details', { part: 'item', class: 'item' });
  const summary = element('summary', { part: 'question', class: 'question' });
  summary.append(element('span', { class: 'question-text' }), icon('icon chevron', 'm6 9 6 6 6-6'));
  item.append(summary, element('div', { part: 'answer', class: 'answer' }));
  proto = {
    item,
    expand: icon('icon', 'm7 6 5 5 5-5M7 13l5 5 5-5'),
    collapse: icon('icon', 'm7 18 5-5 5 5M7 11l5-5 5 5'),
    external: icon('icon', 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5'),
  };
  return proto;
}

function safeHref(href) {
  if (typeof href !== 'string' || !href.trim()) return undefined;
  try {
    return SAFE_PROTOCOLS.includes(new URL(href, document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The same rules as <ogi-faq>: a unique string id (not `title`), a string question; a string answer is one paragraph. */
function normalize(source) {
  if (!Array.isArray(source)) return [];
  const seen = new Set();
  const items = [];
  for (const raw of source) {
    const { id, question, answer } = raw && typeof raw === 'object' ? raw : {};
    if (typeof id !== 'string' || !id || id === 'title' || seen.has(id) || typeof question !== 'string') continue;
    seen.add(id);
    items.push({ id, question, answer: Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [] });
  }
  return items;
}

export class FloorFaq extends HTMLElement {
  static observedAttributes = ['lang'];

  #items;
  #locale = '';
  #usingOwnItems = false;
  /** The nodes whose text depends on the language. */
  #ui;
  /** Every question's <details>, in order. */
  #details = [];
  /** The "(opens in a new tab)" spans of external links. */
  #newTabs = [];
  /** Whether every question is open (the button then closes them all). */
  #allOpen = false;
  /** How many questions are open (counted by their toggle events). */
  #openCount = 0;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.addEventListener('toggle', this.#onToggle, true);
  }

  get items() {
    return this.#items;
  }

  set items(value) {
    this.#items = value;
    if (this.#ui) this.#renderList();
  }

  connectedCallback() {
    if (!this.#ui) this.#render();
    else if (this.#resolveLocale() !== this.#locale) this.#switchLocale();
  }

  attributeChangedCallback() {
    if (this.#ui && this.#resolveLocale() !== this.#locale) this.#switchLocale();
  }

  openAll() {
    for (const details of this.#details) details.open = true;
  }

  closeAll() {
    for (const details of this.#details) details.open = false;
  }

  #resolveLocale() {
    const tag = this.closest('[lang]:not([lang=""])')?.getAttribute('lang') || document.documentElement.lang || '';
    return tag.trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'id';
  }

  #render() {
    const p = prototypes();
    this.#locale = this.#resolveLocale();
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    this.shadowRoot.adoptedStyleSheets = [sheet];
    const level = Number(this.getAttribute('heading-level') ?? 2);
    const ui = {
      base: element('section', { part: 'base', class: 'base', 'aria-labelledby': 'title' }),
      eyebrow: element('p', { class: 'eyebrow' }),
      title: element(`h${Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2}`, {
        part: 'title',
        class: 'title',
        id: 'title',
      }),
      lead: element('p', { class: 'lead' }),
      toggleText: document.createTextNode(''),
      toggleIcon: p.expand.cloneNode(true),
      status: element('p', { part: 'status', class: 'status visually-hidden', role: 'status', 'aria-live': 'polite' }),
      list: element('div', { part: 'list', class: 'list' }),
    };
    // As in <ogi-faq>: one button that opens every answer, or closes them all once all are open.
    // The button sits in `.later`, the room the script draws its controls into.
    const toolbar = element('div', { class: 'toolbar' });
    const later = element('span', { class: 'later' });
    const button = element('button', { part: 'button', type: 'button' });
    button.append(ui.toggleIcon, ui.toggleText);
    button.addEventListener('click', () => {
      const close = this.#allOpen;
      if (close) this.closeAll();
      else this.openAll();
      this.#announce(close ? 'allClosed' : 'allOpened');
    });
    later.append(button);
    toolbar.append(later);
    ui.base.append(ui.eyebrow, ui.title, ui.lead, toolbar, ui.status, ui.list);
    this.#ui = ui;
    this.#setTexts();
    this.#renderList();
    this.shadowRoot.append(ui.base);
  }

  #setTexts() {
    const t = faqContent[this.#locale];
    const ui = this.#ui;
    ui.base.setAttribute('lang', this.#locale);
    ui.eyebrow.textContent = t.eyebrow;
    ui.title.textContent = t.title;
    ui.lead.textContent = t.intro;
    ui.toggleText.data = this.#allOpen ? t.closeAll : t.openAll;
  }

  #switchLocale() {
    this.#locale = this.#resolveLocale();
    this.#setTexts();
    if (this.#usingOwnItems) {
      const label = ` ${commonContent[this.#locale].newTab}`;
      for (const span of this.#newTabs) span.textContent = label;
    } else {
      this.#renderList();
    }
  }

  #announce(key) {
    this.#ui.status.textContent = faqContent[this.#locale][key];
  }

  #renderList() {
    let items = this.#items === undefined ? [] : normalize(this.#items);
    this.#usingOwnItems = items.length > 0;
    if (!items.length) items = faqContent[this.#locale].items;
    // As in <ogi-faq>: over 100 questions, the list gets class="long" (off-screen ones skip rendering).
    this.#ui.list.className = items.length > 100 ? 'list long' : 'list';
    const { item: itemProto, external } = prototypes();
    const newTab = ` ${commonContent[this.#locale].newTab}`;
    const newTabs = [];
    const details = [];

    const inline = (part) => {
      if (typeof part === 'string') return part;
      if (!part || typeof part !== 'object' || typeof part.text !== 'string') return '';
      const href = safeHref(part.href);
      if (!href) return part.text;
      if (!/^https?:/i.test(href)) {
        const a = element('a', { part: 'link', href });
        a.textContent = part.text;
        return a;
      }
      const a = element('a', { part: 'link', target: '_blank', rel: 'noopener noreferrer', class: 'external ', href });
      const span = element('span', { class: 'visually-hidden' });
      span.textContent = newTab;
      newTabs.push(span);
      a.append(part.text, span, external.cloneNode(true));
      return a;
    };
    const paragraphInto = (el, paragraph) => {
      if (typeof paragraph === 'string') el.textContent = paragraph;
      else if (Array.isArray(paragraph)) el.append(...paragraph.map(inline));
      return el;
    };
    const block = (b) => {
      if (typeof b === 'string' || Array.isArray(b)) return paragraphInto(element('p'), b);
      if (!b || typeof b !== 'object') return '';
      if (Array.isArray(b.list)) {
        const short = b.list.every((entry) => typeof entry === 'string' && entry.length <= SHORT_ENTRY);
        const ul = element('ul', { class: short ? 'short' : '' });
        for (const entry of b.list) ul.append(paragraphInto(element('li'), entry));
        return ul;
      }
      if (typeof b.quote !== 'string') return '';
      // As shared/quote.ts's quotation(): figure, blockquote, then a caption with cite, role and original
      // (each after a <br>, for readers without CSS).
      const figure = element('figure', { part: 'figure', class: 'figure' });
      const blockquote = element('blockquote', { part: 'quote', class: 'quote' });
      if (typeof b.lang === 'string') blockquote.setAttribute('lang', b.lang);
      const words = element('p');
      words.textContent = b.quote;
      blockquote.append(words);
      const caption = element('figcaption', { part: 'caption', class: 'caption' });
      const cite = element('cite');
      cite.textContent = typeof b.cite === 'string' ? b.cite : '';
      caption.append(cite);
      if (typeof b.note === 'string' && b.note) {
        const role = element('span', { class: 'role' });
        role.textContent = b.note;
        caption.append(element('br'), role);
      }
      const o = b.original && typeof b.original === 'object' ? b.original : undefined;
      if (o) {
        const original = element('span', { class: 'original' });
        const q = element('q');
        if (typeof o.lang === 'string') q.setAttribute('lang', o.lang);
        q.textContent = o.text;
        original.append(`${o.label}: `, q);
        caption.append(element('br'), original);
      }
      figure.append(blockquote, caption);
      return figure;
    };

    const fragment = document.createDocumentFragment();
    for (const item of items) {
      const d = itemProto.cloneNode(true);
      d.id = item.id;
      d.firstChild.firstChild.textContent = item.question;
      d.lastChild.append(...item.answer.map(block));
      details.push(d);
      fragment.append(d);
    }
    this.#details = details;
    this.#newTabs = newTabs;
    this.#ui.list.replaceChildren(fragment);
    this.#openCount = 0;
    this.#syncToggle();
  }

  #syncToggle() {
    const allOpen = this.#details.length > 0 && this.#openCount === this.#details.length;
    if (allOpen === this.#allOpen) return;
    this.#allOpen = allOpen;
    const p = prototypes();
    const next = (allOpen ? p.collapse : p.expand).cloneNode(true);
    this.#ui.toggleIcon.replaceWith(next);
    this.#ui.toggleIcon = next;
    this.#setTexts();
  }

  #onToggle = (event) => {
    const details = event.target;
    if (details.localName !== 'details' || !details.classList.contains('item')) return;
    if (event.oldState && event.oldState === event.newState) return;
    // A question of a list since replaced may still report: count only the shown ones.
    if (details.parentNode === this.#ui.list) {
      this.#openCount += details.open ? 1 : -1;
      this.#syncToggle();
    }
    this.dispatchEvent(
      new CustomEvent('ogi-faq-toggle', {
        detail: { id: details.id, open: details.open },
        bubbles: true,
        composed: true,
      }),
    );
  };
}

if (!customElements.get('floor-faq')) customElements.define('floor-faq', FloorFaq);
