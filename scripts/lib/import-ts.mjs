// Imports a TypeScript module of this repository from a Node script (Node 20 cannot import
// TypeScript): esbuild (Vite's) compiles it, with whatever it imports, to JavaScript in memory,
// and Node imports that. For modules without Node-only or DOM-only dependencies (values, markup).
import { buildSync } from 'esbuild';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

/** The module at `path` (relative to the repository's root), compiled. */
export async function importTs(path) {
  const [output] = buildSync({
    entryPoints: [fileURLToPath(new URL(`../../${path}`, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  }).outputFiles;
  return import(`data:text/javascript;base64,${Buffer.from(output.contents).toString('base64')}`);
}
