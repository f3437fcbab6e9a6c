/**
 * The one list of the elements this library ships, in the order the README, the demo and the
 * tests show them. Everything else reads it: the build's entries (vite.config.ts), the tests'
 * tags, the README generator, the screenshots, the demo and the benchmark. `npm run lint`
 * checks that `src/index.ts`, package.json `exports` and `.size-limit.json` agree with it.
 *
 * - `tag`: the custom element name; also the module's file name (`dist/<tag>.js`).
 * - `name`: its folder, `src/components/<name>/<tag>.ts`.
 * - `className`: the class `src/index.ts` exports.
 * - `key`: the short name the demo uses (its URL's `w=` and its strings).
 *
 * Keep it a plain literal with no types inside: Node scripts read it through
 * scripts/elements.mjs, since Node 20 cannot import TypeScript.
 */
export const ELEMENTS = [
  { tag: 'ogi-about', name: 'about', className: 'OgiAbout', key: 'about' },
  { tag: 'ogi-faq', name: 'faq', className: 'OgiFaq', key: 'faq' },
  { tag: 'ogi-ogp-timeline', name: 'ogp-timeline', className: 'OgiOgpTimeline', key: 'timeline' },
  { tag: 'ogi-contact', name: 'contact', className: 'OgiContact', key: 'contact' },
] as const;

export type ElementInfo = (typeof ELEMENTS)[number];
export type ElementTag = ElementInfo['tag'];

/** Every tag, in list order. */
export const TAGS: readonly ElementTag[] = /* @__PURE__ */ ELEMENTS.map((e) => e.tag);
