/**
 * A build-only Vite plugin that shortens the few long error texts Lit keeps in its production
 * build to their first clause (about 350 B brotli of `dist/ogi-widgets.js`, which has a hard
 * budget). Every replacement is exact: the build fails when one is no longer found, so a Lit
 * upgrade is noticed here rather than silently shipping the long texts again.
 */
import type { Plugin } from 'vite';

/** Per file of Lit (path tail), the exact texts and what they become. */
const SHORTER: Record<string, [from: string, to: string][]> = {
  '@lit/reactive-element/css-tag.js': [
    ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult is not constructable"'],
    [`". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, `". Use 'unsafeCSS'"`],
  ],
  '@lit-labs/ssr-client/lib/hydrate-lit-html.js': [
    [
      '`There must be only one root part per container. Found a part marker (${s}) when we already have a root part marker (${o})`',
      '"Only one root part per container"',
    ],
    [
      '"Hydration value mismatch: Primitive found where TemplateResult expected. This usually occurs due to conditional rendering that resulted in a different value or template being rendered between the server and client."',
      '"Hydration value mismatch: Primitive found where TemplateResult expected"',
    ],
    [
      '{const e=t instanceof ShadowRoot?"{container.host.localName}\'s shadow root":t instanceof DocumentFragment?"DocumentFragment":t.localName;console.error(`There should be exactly one root part in a render container, but we didn\'t find any in ${e}.`)}',
      '{console.error("No root part found to hydrate")}',
    ],
  ],
};

export function litMessagesPlugin(): Plugin {
  return {
    name: 'ogi-lit-messages',
    apply: 'build',
    transform(code, id) {
      const file = Object.keys(SHORTER).find((tail) => id.replaceAll('\\', '/').endsWith(`/node_modules/${tail}`));
      if (!file) return null;
      let out = code;
      for (const [from, to] of SHORTER[file]) {
        if (!out.includes(from))
          this.error(`${id}: Lit's text changed; update scripts/vite-plugins/lit-messages.ts (${from.slice(0, 60)}…)`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}
