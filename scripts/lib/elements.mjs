// The one list of elements (src/elements.ts) for Node scripts, which cannot import TypeScript on
// Node 20: esbuild (Vite's) compiles the module, with whatever it imports, to JavaScript in memory,
// and Node imports that. So the list is read as TypeScript reads it, whatever its form.
import { buildSync } from 'esbuild';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

const [output] = buildSync({
  entryPoints: [fileURLToPath(new URL('../../src/elements.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
}).outputFiles;
const list = await import(`data:text/javascript;base64,${Buffer.from(output.contents).toString('base64')}`);

/** @type {ReadonlyArray<{ tag: string, name: string, className: string, key: string }>} */
export const ELEMENTS = list.ELEMENTS;
/** Every tag, in list order. */
export const TAGS = ELEMENTS.map((e) => e.tag);
