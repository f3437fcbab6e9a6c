/**
 * Imported first by every entry, before anything loads Lit: an element whose declarative
 * shadow root came from the server (`ogi-widgets/ssr`, `dist/static/`) takes that DOM over
 * (Lit's hydration) instead of drawing a second copy next to it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
