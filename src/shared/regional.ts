/**
 * Regional content: what a portal brings of its own (a contact, questions, milestones, sections,
 * a language), described once as data (`SPECS`). The same description checks content in the
 * browser (`check`) and, at build time, becomes the published JSON Schema
 * (`dist/ogi-content.schema.json`, written by src/ssr/schema.ts), so that the two never disagree.
 * Content is text, never HTML: every value that passes is a string, rendered as text.
 */
import { LANG_TAG } from './values.js';

/** One problem found in a content file: where (a JSON path such as `faq.items[2].question`) and what. */
export interface ContentError {
  path: string;
  message: string;
}

/**
 * A text: one string for every language, or one per language tag (`{ "id": "…", "en": "…" }`).
 * `textIn` picks the language shown.
 */
export type RegionalText = string | Record<string, string>;

/** A string that matches `pattern`; `what` completes "expected …" when it does not. */
export type Leaf = readonly [pattern: RegExp, what: string];
/** The description of one value: a text (`TEXT`), a string leaf, a list (`[item]`: one item may stand for a list of one) or an object. */
export type Spec = typeof TEXT | Leaf | readonly [Spec] | { readonly [key: string]: Spec };

/** A text (see `RegionalText`). */
export const TEXT = 0;
/** Keys ending in `!` are required; the key itself is written without it. */
const REQUIRED = '!';

const SLUG: Leaf = [/^[\w-]{1,80}$/, 'an id (letters, digits, - and _)'];
const EMAIL: Leaf = [/^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/, 'an e-mail address'];
const WEB: Leaf = [/^https?:\/\/[^\s"<>]+$/, 'an http(s) link'];
const PHONE: Leaf = [/^\+?[\d ()./-]{3,32}$/, 'a phone number'];
const DATE: Leaf = [/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date (YYYY, YYYY-MM or YYYY-MM-DD)'];

/** Each element's part of a content file, under the element's key (its tag without `ogi-`). */
export const SPECS = {
  about: { sections: [{ 'title!': TEXT, 'paragraphs!': [TEXT] }] },
  faq: {
    mode: [/^(append|prepend|replace)$/, 'append, prepend or replace'],
    hide: [SLUG],
    items: [{ 'id!': SLUG, 'question!': TEXT, 'answer!': [TEXT] }],
  },
  'ogp-timeline': {
    mode: [/^(append|replace)$/, 'append or replace'],
    events: [{ id: SLUG, 'date!': DATE, 'title!': TEXT, text: TEXT }],
  },
  contact: {
    organization: TEXT,
    addressLines: [TEXT],
    email: EMAIL,
    phone: PHONE,
    mapUrl: WEB,
    title: TEXT,
    intro: TEXT,
  },
} as const satisfies Record<string, Spec>;

export type ContentKey = keyof typeof SPECS;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * What of `value` is valid under `spec`, with every problem added to `errors`; `undefined` when
 * nothing is. Invalid entries of a list and invalid keys of an object are left out; an object
 * missing a required key is left out whole.
 */
export function check(spec: Spec, value: unknown, path: string, errors: ContentError[]): unknown {
  const fail = (what: string) => void errors.push({ path, message: `expected ${what}` });
  if (spec === TEXT) {
    return typeof value === 'string' ||
      (isObject(value) && Object.keys(value).every((k) => LANG_TAG.test(k) && typeof value[k] === 'string'))
      ? value
      : fail('text');
  }
  if (Array.isArray(spec)) {
    if (spec[0] instanceof RegExp) return typeof value === 'string' && spec[0].test(value) ? value : fail(spec[1]);
    const list = Array.isArray(value);
    return (list ? value : [value])
      .map((v, i) => check(spec[0], v, list ? at(path, i) : path, errors))
      .filter((v) => v !== undefined);
  }
  if (!isObject(value)) return fail('an object');
  const out: Record<string, unknown> = {};
  const fields = spec as Record<string, Spec>;
  for (const key of Object.keys(value)) {
    const s = fields[key] ?? fields[key + REQUIRED];
    if (s === undefined) errors.push({ path: at(path, key), message: 'unknown key' });
    else if ((out[key] = check(s, value[key], at(path, key), errors)) === undefined) delete out[key];
  }
  for (const key of Object.keys(fields)) {
    const name = key.slice(0, -1);
    if (key.endsWith(REQUIRED) && !(name in out)) {
      if (!(name in value)) errors.push({ path: at(path, name), message: 'required' });
      return undefined;
    }
  }
  return out;
}

/** What an element takes from a content file: its own part and the language packs, both valid. */
export interface Regional {
  part?: Record<string, unknown>;
  languages?: Record<string, Record<string, unknown>>;
}

/**
 * The valid part of a content file for the element `key` (every part, and no unknown key at the
 * top, when `key` is not given), and its valid language packs; problems go into `errors`.
 */
export function read(raw: unknown, key: ContentKey | undefined, errors: ContentError[]): Regional {
  const regional: Regional = {};
  if (raw == null) return regional;
  if (!isObject(raw)) return (errors.push({ path: '', message: 'expected an object' }), regional);
  for (const k of Object.keys(raw)) {
    if (k === key || (!key && k in SPECS))
      regional.part = check(SPECS[k as ContentKey], raw[k], k, errors) as Regional['part'];
    else if (!key && k !== 'languages' && k !== '$schema') errors.push({ path: k, message: 'unknown key' });
  }
  const { languages } = raw;
  if (languages === undefined) return regional;
  if (!isObject(languages)) return (errors.push({ path: 'languages', message: 'expected an object' }), regional);
  regional.languages = {};
  for (const [tag, pack] of Object.entries(languages)) {
    if (LANG_TAG.test(tag) && isObject(pack)) regional.languages[tag] = pack;
    else errors.push({ path: at('languages', tag.slice(0, 40)), message: 'expected a language pack' });
  }
  return regional;
}

/** `text` in the language `lang` (then its primary subtag), else Indonesian, else the first given. */
export function textIn(text: RegionalText, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang.split('-')[0]] ?? text.id ?? Object.values(text)[0];
}

/**
 * `base` (the built-in words, Indonesian) with what a language pack gives in their place, where
 * it has the same shape: a pack never breaks a widget, whatever it holds. Paths of the words the
 * pack lacks go into `missing`.
 */
export function fill<T>(base: T, pack: unknown, path: string, missing: string[]): T {
  if (Array.isArray(base)) {
    if (!Array.isArray(pack)) return (missing.push(path), base);
    return pack.map((p, i) => fill(base[i] ?? base[0], p, at(path, i), missing)) as T;
  }
  if (isObject(base)) {
    if (!isObject(pack)) return (missing.push(path), base);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys({ ...base, ...pack })) {
      if (key in base) out[key] = fill(base[key], pack[key], at(path, key), missing);
      // A word the built-in pack has only in some languages (a translation note).
      else if (typeof pack[key] === 'string') out[key] = pack[key];
    }
    return out as T;
  }
  return typeof pack === typeof base ? (pack as T) : (missing.push(path), base);
}

/** How long an element waits for its `content-src` before it shows the national content. */
export const LOAD_TIMEOUT = 3000;
/** The largest content file read (characters). */
const MAX_SIZE = 256 * 1024;
/** Content files asked for on this page, by absolute URL: each is fetched once. */
const files = new Map<string, Promise<unknown>>();

/** The parsed JSON at `url` (fetched once per page); rejects with a short reason. */
export function load(url: string): Promise<unknown> {
  const href = new URL(url, document.baseURI).href;
  let file = files.get(href);
  if (!file) {
    file = fetch(href).then(async (response) => {
      if (!response.ok) throw `HTTP ${response.status}`;
      if (Number(response.headers.get('content-length')) > MAX_SIZE) throw 'file over 256 KB';
      const text = await response.text();
      if (text.length > MAX_SIZE) throw 'file over 256 KB';
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw 'invalid JSON';
      }
    });
    files.set(href, file);
  }
  return file;
}
