// The last step of `npm run build` (npm's `postbuild`), after every other build pass, in this order:
//  1. dist/ogi-autoloader.js (autoloader.mjs);
//  2. dist/vscode.html-custom-data.json and dist/web-types.json, the editor data (editor-data.mjs);
//  3. dist/integrity.json (integrity.mjs): last, so that it covers everything written before it.
//   node scripts/build/delivery.mjs   (OGI_OUT_DIR=dir: another output folder, as the Vite config reads it)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAutoloader } from './autoloader.mjs';
import { writeEditorData } from './editor-data.mjs';
import { writeIntegrity } from './integrity.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = resolve(root, process.env.OGI_OUT_DIR ?? 'dist');
await buildAutoloader(dir);
const elements = writeEditorData(dir);
const hashes = writeIntegrity(dir);
console.log(
  `delivery: ogi-autoloader.js, editor data for ${elements.map((e) => e.tag).join(', ')}, integrity.json (${Object.keys(hashes).length} files)`,
);
