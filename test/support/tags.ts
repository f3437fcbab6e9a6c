/** Every element the library ships, in the order the README lists them. */
export const TAGS = ['ogi-about', 'ogi-faq', 'ogi-ogp-timeline', 'ogi-contact'] as const;
export type Tag = (typeof TAGS)[number];
