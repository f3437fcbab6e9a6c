import type { Locale } from '../shared/values.js';
import { faqSearch as id } from './id/faq-search.js';
import { faqSearch as en } from './en/faq-search.js';

/**
 * The words of the FAQ's search (`<ogi-faq searchable>`) beyond its field's label, per language:
 * loaded with the search itself. In a language pack they are under `faq`, with the FAQ's others.
 */
export interface FaqSearchContent {
  /** Announced once typing pauses: `{n}` questions shown of `{total}`. */
  shown: string;
  /** Shown when no question matches the search. */
  noMatch: string;
  /** The button that empties the search field. */
  clear: string;
}

export const faqSearchContent: Record<Locale, FaqSearchContent> = { id, en };
