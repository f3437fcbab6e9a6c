/**
 * ogi-widgets: registers every element. Safe to load more than once.
 */
export { OgiAbout } from './components/about/ogi-about.js';
export { OgiFaq } from './components/faq/ogi-faq.js';
export type {
  OgiFaqToggleDetail,
  FaqItem,
  FaqBlock,
  FaqInline,
  FaqLink,
  FaqList,
  FaqParagraph,
  FaqQuote,
} from './components/faq/ogi-faq.js';
export { OgiOgpTimeline } from './components/ogp-timeline/ogi-ogp-timeline.js';
export type { OgpTimelineOrientation } from './components/ogp-timeline/ogi-ogp-timeline.js';
export { OgiContact } from './components/contact/ogi-contact.js';
export type { OgiContactCopyDetail } from './components/contact/ogi-contact.js';
export { OgiElement } from './shared/ogi-element.js';
export type { Theme, Locale, Orientation } from './shared/values.js';
