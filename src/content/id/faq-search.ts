import type { FaqSearchContent } from '../faq-search.js';

export const faqSearch: FaqSearchContent = {
  shown: '{n} dari {total} pertanyaan',
  noMatch: 'Tidak ada pertanyaan yang cocok.',
  clear: 'Hapus pencarian',
};
