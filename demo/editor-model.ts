/**
 * The content editor's logic (no DOM): which fields the form has, where each lives in a content
 * file (its JSON path, written as the widgets' check writes it), how a field's text is read from
 * and written into the file, which field a problem of the check belongs to, and the file packed
 * into the page's link. The file itself stays the one source of truth: the form only ever changes
 * the values of the fields that are edited, so whatever else a file holds (other languages,
 * `languages` packs, `$schema`) is kept as it is.
 */
import { SPECS, type ContentError } from '../src/shared/regional.js';
import { LANGS, type Lang } from './state.js';

/** One step of a JSON path: a key or a list index. */
export type Step = string | number;
export type Path = readonly Step[];

/** A path as the check writes it: `faq.items[2].question`. */
export function pathText(path: Path): string {
  return path.reduce<string>(
    (out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step),
    '',
  );
}

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The value at `path` of `root`, or `undefined`. */
export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const step of path) {
    if (typeof step === 'number' ? !Array.isArray(value) : !isObject(value)) return undefined;
    value = (value as Record<Step, unknown>)[step];
  }
  return value;
}

/**
 * `root` (a content file, changed in place, or a new object when it is not one) with `value` at
 * `path`; `undefined` removes the key, and objects left empty by that are removed in turn (list
 * items are removed only by `removeItem`).
 */
export function setAt(root: unknown, path: Path, value: unknown): Record<string, unknown> {
  const top = isObject(root) ? root : {};
  const chain: unknown[] = [top];
  let node: unknown = top;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    const container = node as Record<Step, unknown>;
    let next = container[step];
    if (value === undefined && next === undefined) return top;
    if (typeof path[i + 1] === 'number' ? !Array.isArray(next) : !isObject(next)) {
      next = typeof path[i + 1] === 'number' ? [] : {};
      container[step] = next;
    }
    chain.push(next);
    node = next;
  }
  const last = path[path.length - 1];
  if (value !== undefined) (node as Record<Step, unknown>)[last] = value;
  else if (isObject(node)) delete node[last as string];
  // Prune the objects this left empty (never a list, nor the file itself).
  for (let i = path.length - 1; i > 0; i--) {
    const child = chain[i];
    if (!isObject(child) || Object.keys(child).length || Array.isArray(chain[i - 1])) break;
    delete (chain[i - 1] as Record<string, unknown>)[path[i - 1] as string];
  }
  return top;
}

/* ---------- texts: one per language ---------- */

/**
 * What the field for `lang` shows of a text: a plain string is the Indonesian field's (it stands
 * for every language, and the English field, left empty, falls back to it as the widget does).
 */
export function textShown(text: unknown, lang: Lang): string {
  if (typeof text === 'string') return lang === 'id' ? text : '';
  return isObject(text) && typeof text[lang] === 'string' ? text[lang] : '';
}

/**
 * The text with the `lang` field changed to `typed` (empty: that language removed). A plain
 * string stays one while only Indonesian is written; other languages it holds are kept.
 */
export function editText(text: unknown, lang: Lang, typed: string): unknown {
  if ((typeof text === 'string' || text === undefined) && lang === 'id') return typed || undefined;
  const out: Record<string, unknown> = typeof text === 'string' ? { id: text } : isObject(text) ? { ...text } : {};
  if (typed) out[lang] = typed;
  else delete out[lang];
  return Object.keys(out).length ? out : undefined;
}

/** A list of texts (one text may stand for a list of one). */
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** How a list field separates its items: a line (address lines) or an empty line (paragraphs). */
export type Separator = 'line' | 'paragraph';
const JOIN: Record<Separator, string> = { line: '\n', paragraph: '\n\n' };
const SPLIT: Record<Separator, RegExp> = { line: /\n/, paragraph: /\n\s*\n/ };

export function textListShown(list: unknown, lang: Lang, sep: Separator): string {
  return asList(list)
    .map((t) => textShown(t, lang))
    .filter(Boolean)
    .join(JOIN[sep]);
}

/** The list with its `lang` texts replaced by what was typed, item by item; `undefined` once empty. */
export function editTextList(list: unknown, lang: Lang, typed: string, sep: Separator): unknown[] | undefined {
  const parts = typed
    .split(SPLIT[sep])
    .map((p) => p.trim())
    .filter(Boolean);
  const items = asList(list);
  const out: unknown[] = [];
  for (let i = 0; i < Math.max(items.length, parts.length); i++) {
    const item = editText(items[i], lang, parts[i] ?? '');
    if (item !== undefined) out.push(item);
  }
  return out.length ? out : undefined;
}

/* ---------- the form ---------- */

/** A field of the form: a text in both languages, a list of them, one value, a choice, or ids to hide. */
export type FieldKind =
  | { type: 'text'; long?: boolean }
  | { type: 'texts'; sep: Separator }
  | { type: 'value'; input: 'text' | 'email' | 'tel' | 'url'; autocomplete?: string }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'hide' };

/** A field: its key (also the key of its label in the demo's strings) and kind. */
export interface FieldSpec {
  key: string;
  kind: FieldKind;
}

/** A repeated group (questions, milestones, sections), at `list` within its part. */
export interface ListSpec {
  list: string;
  /** The item a new one starts from; `id` gets a number. */
  fresh: (n: number) => Record<string, unknown>;
  fields: readonly FieldSpec[];
}

export interface PartSpec {
  /** The part's key in a content file (`SPECS`). */
  key: keyof typeof SPECS;
  fields: readonly FieldSpec[];
  list?: ListSpec;
}

/** The values a leaf of SPECS allows, read from its pattern (`^(append|replace)$`). */
const optionsOf = (leaf: readonly [RegExp, string]): string[] => leaf[0].source.replace(/^\^\(|\)\$$/g, '').split('|');

const text = (key: string, long = false): FieldSpec => ({ key, kind: { type: 'text', long } });
const value = (key: string, input: 'text' | 'email' | 'tel' | 'url' = 'text', autocomplete?: string): FieldSpec => ({
  key,
  kind: { type: 'value', input, autocomplete },
});

/** The form, part by part, in the order a webmaster fills it in. */
export const FORM: readonly PartSpec[] = [
  {
    key: 'contact',
    fields: [
      text('organization'),
      { key: 'addressLines', kind: { type: 'texts', sep: 'line' } },
      value('email', 'email', 'email'),
      value('phone', 'tel', 'tel'),
      value('mapUrl', 'url', 'url'),
      text('title'),
      text('intro', true),
    ],
  },
  {
    key: 'faq',
    fields: [
      { key: 'mode', kind: { type: 'choice', options: optionsOf(SPECS.faq.mode) } },
      { key: 'hide', kind: { type: 'hide' } },
    ],
    list: {
      list: 'items',
      fresh: (n) => ({ id: `pertanyaan-${n}` }),
      fields: [text('question', true), { key: 'answer', kind: { type: 'texts', sep: 'paragraph' } }, value('id')],
    },
  },
  {
    key: 'ogp-timeline',
    fields: [{ key: 'mode', kind: { type: 'choice', options: optionsOf(SPECS['ogp-timeline'].mode) } }],
    list: {
      list: 'events',
      fresh: () => ({}),
      fields: [value('date'), text('title'), text('text', true)],
    },
  },
  {
    key: 'about',
    fields: [],
    list: {
      list: 'sections',
      fresh: () => ({}),
      fields: [text('title'), { key: 'paragraphs', kind: { type: 'texts', sep: 'paragraph' } }],
    },
  },
];

/** The form's languages, side by side. */
export const EDIT_LANGS: readonly Lang[] = LANGS;

/** The list at `path` of `root` with item `index` moved by `by` places (−1 up, +1 down); false when it cannot. */
export function moveItem(root: unknown, path: Path, index: number, by: -1 | 1): boolean {
  const list = getAt(root, path);
  const to = index + by;
  if (!Array.isArray(list) || to < 0 || to >= list.length) return false;
  [list[index], list[to]] = [list[to], list[index]];
  return true;
}

/** `root` with item `index` of the list at `path` removed (the list, once empty, too). */
export function removeItem(root: unknown, path: Path, index: number): Record<string, unknown> {
  const list = getAt(root, path);
  if (!Array.isArray(list)) return setAt(root, path, undefined);
  list.splice(index, 1);
  return list.length ? setAt(root, path, list) : setAt(root, path, undefined);
}

/** `root` with `item` added at the end of the list at `path` (a single item made a list first). */
export function addItem(root: unknown, path: Path, item: unknown): Record<string, unknown> {
  return setAt(root, path, [...asList(getAt(root, path)), item]);
}

/**
 * Each problem of the check, by the field it belongs to: the field whose path it is, or the
 * nearest one that holds it (`faq.items[1].answer[2]` → the answer). Problems no field holds
 * (an unknown key, a language pack) are under `''`; the panel's list names them all anyway.
 */
export function errorsByField(errors: readonly ContentError[], fields: Iterable<string>): Map<string, ContentError[]> {
  const paths = [...fields].sort((a, b) => b.length - a.length);
  const out = new Map<string, ContentError[]>();
  for (const error of errors) {
    const field =
      paths.find((p) => error.path === p || error.path.startsWith(`${p}[`) || error.path.startsWith(`${p}.`)) ?? '';
    out.set(field, [...(out.get(field) ?? []), error]);
  }
  return out;
}

/* ---------- the link: the file, packed into the URL's hash ---------- */

/** The hash key of the packed file: `#content=z…` (deflate-raw) or `#content=j…` (plain, where the browser cannot compress). */
export const HASH_KEY = 'content';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function through(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The file as the hash carries it. */
export async function packContent(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  if (!canCompress()) return `j${toBase64Url(bytes)}`;
  return `z${toBase64Url(await through(bytes, new CompressionStream('deflate-raw')))}`;
}

/** The file a hash carries; rejects when it is not one. */
export async function unpackContent(packed: string): Promise<unknown> {
  const kind = packed[0];
  let bytes = fromBase64Url(packed.slice(1));
  if (kind === 'z') bytes = await through(bytes, new DecompressionStream('deflate-raw'));
  else if (kind !== 'j') throw new Error('not a packed content file');
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** The packed file in a URL hash (`#content=…`), or `undefined`. */
export function packedIn(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY) ?? undefined;
}
