/**
 * The "Your content" panel's logic: a pasted content file checked with the widgets' own check
 * (`read` of src/shared/regional.ts: the demo has no validator of its own), and the part of it
 * each element of the snippet carries. No DOM here.
 */
import { read, type ContentError } from '../src/shared/regional.js';
import type { WidgetTag } from './state.js';

/** How the snippet carries the content: a JSON child in each element, or one file named by `content-src`. */
export type ContentMode = 'inline' | 'src';
export const CONTENT_MODES: readonly ContentMode[] = ['inline', 'src'];

/** The file name the `content-src` snippet uses; the webmaster saves the file there, next to the page. */
export const CONTENT_FILE = 'ogi-content.json';

/** The example content file (a made-up regency), shipped next to the demo page. */
export const EXAMPLE_URL = new URL('./example-content.json', import.meta.url).href;

/** What the textarea holds, read. */
export interface ContentCheck {
  /** The parsed file; `undefined` when the textarea is empty or not JSON. */
  value?: unknown;
  /** Problems the widgets would report, each with its JSON path. */
  errors: ContentError[];
  /** The JSON parser's message, when the text is not JSON. */
  syntax?: { message: string; line?: number; column?: number };
}

/** Line and column (1-based) of character `offset` in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Reads the textarea's text: parsed and checked exactly as a widget checks a file. */
export function checkContent(text: string): ContentCheck {
  if (!text.trim()) return { errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8: "… at position 12 (line 2 column 3)"; SpiderMonkey: "… at line 2 column 3 of the JSON data";
    // JavaScriptCore gives no position.
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : pos ? lineColumn(text, Number(pos[1])) : {};
    return { errors: [], syntax: { message, ...where } };
  }
  const errors: ContentError[] = [];
  read(value, undefined, errors);
  return { value, errors };
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * What the element `tag` is given: its own part of the file and the language packs (the other
 * parts it would ignore anyway), or the value as it is when it is not an object (the element
 * then reports it, as the demo does). `undefined` when nothing in the file is for it.
 */
export function contentFor(value: unknown, tag: WidgetTag): unknown {
  if (value === undefined || !isObject(value)) return value;
  const key = tag.slice('ogi-'.length);
  const out: Record<string, unknown> = {};
  if (key in value) out[key] = value[key];
  if ('languages' in value) out.languages = value.languages;
  return Object.keys(out).length ? out : undefined;
}

/** The JSON inside an inline `<script type="application/json">`: `<` written `\u003c`, so that nothing in it can end the script. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/** The content file as the webmaster saves it (`content-src`). */
export function contentFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The content the snippet carries, and how. */
export interface SnippetContent {
  value: unknown;
  mode: ContentMode;
}
