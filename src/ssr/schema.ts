/**
 * The published JSON Schema of a regional content file (`dist/ogi-content.schema.json`) and the
 * built-in language packs (`dist/content/<lang>.json`), both made from what the widgets use: the
 * schema from the description the browser checks content with (`SPECS`), the packs from the
 * built-in words. Node only (the build writes them; nothing here reaches the browser).
 */
import { aboutContent } from '../content/about.js';
import { commonContent } from '../content/common.js';
import { contactContent } from '../content/contact.js';
import { faqContent } from '../content/faq.js';
import { faqSearchContent } from '../content/faq-search.js';
import { ogpTimelineContent } from '../content/ogp-timeline.js';
import { LANG_TAG, type Locale } from '../shared/values.js';
import { SPECS, TEXT, type Spec } from '../shared/regional.js';

type Schema = Record<string, unknown>;

/** The keys of a language pack, each widget's words under its key, and the words they share. */
const PACK_KEYS = ['about', 'faq', 'ogp-timeline', 'contact', 'common'] as const;

/** The built-in words of `lang`, as a language pack a portal copies and translates. */
export function languagePack(lang: Locale): Record<(typeof PACK_KEYS)[number], unknown> {
  return {
    about: aboutContent[lang],
    faq: { ...faqContent[lang], ...faqSearchContent[lang] },
    'ogp-timeline': ogpTimelineContent[lang],
    contact: contactContent[lang],
    common: commonContent[lang],
  };
}

/** The titles are what the browser's check says it expected, so both name a problem the same way. */
function schemaOf(spec: Spec): Schema {
  if (spec === TEXT) return { $ref: '#/$defs/text' };
  if (Array.isArray(spec)) {
    if (spec[0] instanceof RegExp) return { title: spec[1], type: 'string', pattern: spec[0].source };
    const item = schemaOf(spec[0] as Spec);
    // One item may stand for a list of one.
    return { title: spec[0] === TEXT ? 'text' : 'an object', anyOf: [item, { type: 'array', items: item }] };
  }
  const properties: Schema = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(spec as Record<string, Spec>)) {
    const name = key.replace(/!$/, '');
    properties[name] = schemaOf(value);
    if (name !== key) required.push(name);
  }
  return {
    title: 'an object',
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

/** The JSON Schema (draft 2020-12) of a regional content file. */
export function contentSchema(): Schema {
  const object = { title: 'an object', type: 'object' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'ogi-content.schema.json',
    title: 'an object',
    description:
      'Regional content for the OGI widgets: each widget reads its own key (about, faq, ogp-timeline, contact); languages holds language packs by language tag. A text is a string, or an object of strings by language tag.',
    type: 'object',
    properties: {
      $schema: { title: 'a URL', type: 'string' },
      ...Object.fromEntries(Object.entries(SPECS).map(([key, spec]) => [key, schemaOf(spec)])),
      languages: {
        ...object,
        propertyNames: { title: 'a language tag', pattern: LANG_TAG.source },
        additionalProperties: { $ref: '#/$defs/pack' },
      },
    },
    additionalProperties: false,
    $defs: {
      text: {
        title: 'text',
        anyOf: [
          { type: 'string' },
          { type: 'object', propertyNames: { pattern: LANG_TAG.source }, additionalProperties: { type: 'string' } },
        ],
      },
      pack: {
        title: 'a language pack',
        type: 'object',
        properties: Object.fromEntries(PACK_KEYS.map((key) => [key, object])),
        additionalProperties: false,
      },
    },
  };
}
