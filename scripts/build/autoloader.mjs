// dist/ogi-autoloader.js (from src/autoloader.ts): the script that imports only the modules of the
// `ogi-` elements a page holds. Bundled by esbuild, minified, with its source map.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Writes `dir`/ogi-autoloader.js and its map. */
export async function buildAutoloader(dir) {
  await build({
    entryPoints: [join(root, 'src/autoloader.ts')],
    outfile: join(dir, 'ogi-autoloader.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
