// The one list of elements (src/elements.ts) for Node scripts: read with the other values
// (scripts/lib/values.mjs compiles the TypeScript in memory, since Node 20 cannot import it).
export { ELEMENTS, TAGS } from './values.mjs';
