import type { FaqSearchContent } from '../faq-search.js';

export const faqSearch: FaqSearchContent = {
  shown: '{n} of {total} questions',
  noMatch: 'No question matches your search.',
  clear: 'Clear search',
};
