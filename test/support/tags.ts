/** Every element the library ships, in the order the README lists them (from src/elements.ts). */
export { TAGS, type ElementTag as Tag } from '../../src/elements.js';
