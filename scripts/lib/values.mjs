// The values the widgets take and their parsers (src/shared/values.ts, with the element list it
// re-exports) for Node scripts and the benchmark, which cannot import TypeScript on Node 20:
// esbuild (Vite's) compiles the module, with whatever it imports, to JavaScript in memory, and
// Node imports that. So the values are read as the elements read them, whatever their form.
import { buildSync } from 'esbuild';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

const [output] = buildSync({
  entryPoints: [fileURLToPath(new URL('../../src/shared/values.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
}).outputFiles;
const values = await import(`data:text/javascript;base64,${Buffer.from(output.contents).toString('base64')}`);

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
