// The one list of elements (src/elements.ts) for Node scripts, which cannot import TypeScript
// on Node 20: the literal between `ELEMENTS =` and `as const` is plain JavaScript, read as such.
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../src/elements.ts', import.meta.url), 'utf8');
const literal = /export const ELEMENTS = (\[[\s\S]*?\]) as const;/.exec(source)?.[1];
if (!literal) throw new Error('src/elements.ts: no `export const ELEMENTS = [...] as const;` found');

/** @type {ReadonlyArray<{ tag: string, name: string, className: string, key: string }>} */
export const ELEMENTS = new Function(`return ${literal};`)();
export const TAGS = ELEMENTS.map((e) => e.tag);
