import type { Locale } from '../shared/values.js';
import { faq as id } from './id/faq.js';
import { faq as en } from './en/faq.js';

/** A link inside an answer: plain data, never HTML. Links to another site (`http(s)`) open in a new tab. */
export interface FaqLink {
  /** The visible link text. */
  text: string;
  /** `https:`, `http:`, `mailto:`, `tel:` or a relative URL; anything else is shown as plain text. */
  href: string;
}

/** A run of text inside a paragraph: a string, or a link. */
export type FaqInline = string | FaqLink;

/** A paragraph: plain text, or text with links. */
export type FaqParagraph = string | FaqInline[];

/** A bulleted list; each entry is a paragraph. */
export interface FaqList {
  list: FaqParagraph[];
}

/** An attributed quotation, optionally a translation shown with its original. */
export interface FaqQuote {
  /** The words quoted (in a translation: the translated words). */
  quote: string;
  /** Who said them. */
  cite: string;
  /** The quote's language when it differs from the widget's. */
  lang?: string;
  /** Shown after the attribution, e.g. "our translation". */
  note?: string;
  /** The original words, when `quote` is a translation. */
  original?: { text: string; lang: string; label: string };
}

/** One block of an answer. Plain strings are the common case. */
export type FaqBlock = FaqParagraph | FaqList | FaqQuote;

/**
 * One question and its answer: the shape of the bundled content and of the
 * `items` property of `<ogi-faq>`.
 */
export interface FaqItem {
  /**
   * A stable slug, the same in every language (e.g. `apa-itu-ogi`). It is the
   * `id` of the question's `<details>` and what a `#hash` in the page URL opens.
   */
  id: string;
  /** The question, as plain text. */
  question: string;
  /** The answer: paragraphs (strings), optionally with links, lists or a quotation, as data. */
  answer: FaqBlock[];
}

/** The words `<ogi-faq>` shows, per language. */
export interface FaqContent {
  /** A short label above the title. */
  eyebrow: string;
  title: string;
  intro: string;
  openAll: string;
  closeAll: string;
  /** Announced after "open all". */
  allOpened: string;
  /** Announced after "close all". */
  allClosed: string;
  /** The label of the search field (`searchable`; its other words are in `faq-search.ts`). */
  search: string;
  items: FaqItem[];
}

export const faqContent: Record<Locale, FaqContent> = { id, en };
