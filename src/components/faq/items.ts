/**
 * The FAQ's data handling: questions given as data (the bundled ones, or an author's `items`)
 * are checked once and turned into typed blocks, links included, so that rendering trusts
 * them and never looks at raw data. No DOM here beyond the document's base URL.
 */
import type { FaqItem } from '../../content/faq.js';

/** A link whose `href` was found safe; `external` (http or https, another site) opens in a new tab. */
export interface SafeLink {
  text: string;
  href: string;
  external: boolean;
}

/** Text, or text with links. */
export type RichText = string | (string | SafeLink)[];

/** One block of an answer, checked. */
export type Block =
  | { type: 'paragraph'; text: RichText }
  | { type: 'list'; entries: RichText[]; short: boolean }
  | {
      type: 'quote';
      quote: string;
      lang?: string;
      cite?: string;
      note?: string;
      original?: { text: string; lang?: string; label?: string };
    };

/** One question, checked: a usable `id` and `question`, and its answer as blocks. */
export interface Question {
  id: string;
  question: string;
  answer: Block[];
}

/** What checking a list of questions gave. */
export interface Questions {
  items: Question[];
  /** How many entries were left out (no usable `id` or `question`). */
  skipped: number;
}

/** The `id` of the title heading; a question may not take it. */
const RESERVED_IDS = ['title'];
/** List entries up to this many characters count as short (they read as one line, in commas). */
const SHORT_ENTRY = 24;
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => !!value && typeof value === 'object';
const optional = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * `href` parsed, when it is a web, mail or phone link (or relative); `undefined` for `javascript:`
 * and the like. Judged as the browser reads it (`//other.site`, ` https://…` with a space).
 */
export function safeUrl(href: unknown): URL | undefined {
  if (typeof href !== 'string' || !href.trim()) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return SAFE_PROTOCOLS.includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A run of text: a string, a link, the text alone when its link is unsafe, or nothing. */
function inline(part: unknown): string | SafeLink | undefined {
  if (typeof part === 'string') return part;
  if (!isObject(part) || typeof part.text !== 'string') return undefined;
  const url = safeUrl(part.href);
  return url
    ? {
        text: part.text,
        href: part.href as string,
        external: url.protocol.startsWith('http') && url.origin !== location.origin,
      }
    : part.text;
}

function richText(value: unknown): RichText {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return value.map(inline).filter((part) => part !== undefined);
}

function block(value: unknown): Block | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return { type: 'paragraph', text: richText(value) };
  if (!isObject(value)) return undefined;
  const { list, quote, original } = value;
  if (Array.isArray(list)) {
    return {
      type: 'list',
      entries: list.map(richText),
      short: list.every((entry) => typeof entry === 'string' && entry.length <= SHORT_ENTRY),
    };
  }
  if (typeof quote !== 'string') return undefined;
  return {
    type: 'quote',
    quote,
    lang: optional(value.lang),
    cite: optional(value.cite),
    note: optional(value.note),
    original:
      isObject(original) && typeof original.text === 'string'
        ? { text: original.text, lang: optional(original.lang), label: optional(original.label) }
        : undefined,
  };
}

function check(source: unknown[]): Questions {
  const seen = new Set<string>(RESERVED_IDS);
  const items: Question[] = [];
  // The entries there are: the holes of `new Array(1e7)` are not visited one by one.
  const keys = Object.keys(source);
  for (const key of keys) {
    // An entry that throws (a getter, a Proxy) is skipped like any unusable one.
    try {
      const raw = source[key as never];
      const { id, question, answer } = (isObject(raw) ? raw : {}) as Partial<Record<keyof FaqItem, unknown>>;
      if (typeof id !== 'string' || !id || seen.has(id) || typeof question !== 'string') continue;
      seen.add(id);
      const blocks = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
      items.push({ id, question, answer: blocks.map(block).filter((b) => b !== undefined) });
    } catch {
      // skipped
    }
  }
  return { items, skipped: keys.length - items.length };
}

/** Each list is checked once per page, however many elements show it and however often. */
const checked = new WeakMap<unknown[], Questions>();

/**
 * Checks `source` (anything an author may assign) into questions: entries need a unique,
 * non-empty string `id` (`title` is reserved) and a string `question`; an answer that is one
 * string becomes one paragraph; links keep only safe `href`s; anything else is left out.
 */
export function questions(source: unknown): Questions {
  if (!Array.isArray(source)) return { items: [], skipped: 0 };
  let result = checked.get(source);
  if (!result) {
    try {
      result = check(source);
    } catch {
      // A list that throws as a whole (a Proxy): nothing usable in it.
      result = { items: [], skipped: 0 };
    }
    checked.set(source, result);
  }
  return result;
}
