// FAQ items for the scale benchmark: the bundled questions (both languages) repeated
// and varied to any count, in the same `FaqItem` shape, each with a unique id.
import { faqContent } from '../.build/faq-content.js';

const base = [...faqContent.id.items, ...faqContent.en.items];

/** `n` items shaped like the bundled content: `{ id, question, answer }`, ids unique. */
export function makeItems(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length];
    const round = Math.floor(i / base.length);
    items.push({
      id: `${src.id}-${i}`,
      question: round ? `${src.question} (${round + 1})` : src.question,
      answer: src.answer,
    });
  }
  return items;
}
