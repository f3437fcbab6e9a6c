// The values the widgets take and their parsers (src/shared/values.ts, with the element list it
// re-exports) for Node scripts and the benchmark, compiled from the TypeScript itself
// (import-ts.mjs): the values are read as the elements read them, whatever their form.
import { importTs } from './import-ts.mjs';

const values = await importTs('src/shared/values.ts');

/** @type {ReadonlyArray<{ tag: string, name: string, className: string, key: string }>} */
export const ELEMENTS = values.ELEMENTS;
/** Every tag, in list order. */
export const TAGS = values.TAGS;
/** The languages every widget carries; the first is the fallback. @type {readonly string[]} */
export const LOCALES = values.LOCALES;
/** @type {readonly string[]} */
export const THEMES = values.THEMES;
/** @type {readonly string[]} */
export const ORIENTATIONS = values.ORIENTATIONS;
/** @type {readonly number[]} */
export const HEADING_LEVELS = values.HEADING_LEVELS;
/** @type {number} */
export const DEFAULT_HEADING_LEVEL = values.DEFAULT_HEADING_LEVEL;
/** @type {(value: unknown) => number | undefined} */
export const parseHeadingLevel = values.parseHeadingLevel;
/** @type {(tag: string | null | undefined) => string | undefined} */
export const matchLocale = values.matchLocale;
