// Writes the real Subresource Integrity values of this version into every snippet the README and
// the demo show, from dist/integrity.json (so run it after `npm run build`):
//  - README.md: in each ```html block, the `integrity` of every <script> whose src names a file of
//    dist/, and before a per-element module, an import map with the `integrity` of each chunk it
//    imports and one <link rel="modulepreload" integrity> per chunk (an `integrity` attribute
//    covers only the file it is on; see chunkLines); in the text, every
//    `"<file>": "sha384-…"` pair; the version in `/ogi-widgets/<version>/`, `ogi-widgets@<version>`
//    and `ogi-widgets-<version>` paths;
//  - demo/release.ts: the version, the hashes and each module's chunks, for the demo's snippet.
// The build is deterministic (same source and lockfile, same bytes), so CI, on a clean clone, gets
// the same values.
//   node scripts/check/snippet-integrity.mjs           → rewrites README.md and demo/release.ts
//   node scripts/check/snippet-integrity.mjs --check   → exits 1 when either is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = process.env.OGI_OUT_DIR ?? `${root}dist`;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/**
 * The files `file` (a path under `dir`) imports statically, followed transitively, itself left
 * out, sorted. Dynamic `import()` (the autoloader's) is not followed: those load on demand.
 */
export function staticImports(dir, file) {
  const seen = new Set([file]);
  const visit = (f) => {
    const source = readFileSync(posix.join(dir, f), 'utf8');
    for (const [, spec] of source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = posix.normalize(posix.join(posix.dirname(f), spec));
      if (!seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  visit(file);
  seen.delete(file);
  return [...seen].sort();
}

/** The file of `hashes` a URL names (the longest key it ends with), and the URL's base before it. */
function distFile(hashes, src) {
  const file = Object.keys(hashes)
    .filter((k) => src === k || src.endsWith(`/${k}`))
    .sort((a, b) => b.length - a.length)[0];
  return file && { file, base: src.slice(0, src.length - file.length) };
}

/**
 * What a per-element module's snippet puts before its script tag, so that every chunk it imports
 * is checked too (an `integrity` attribute covers only the file it is on): an import map whose
 * `integrity` lists each chunk's hash (Chrome 127, Firefox 138, Safari 18: checked wherever the
 * chunk is imported), and a `<link rel="modulepreload" integrity>` per chunk (fetched early;
 * Chromium and Firefox check these even without import-map integrity). `base` is where dist/ lives.
 * Shared by the README (here) and the demo (demo/snippet.ts builds the same lines).
 */
export function chunkLines(base, chunks, hashes) {
  const entries = chunks.map((c, i) => `      "${base}${c}": "${hashes[c]}"${i < chunks.length - 1 ? ',' : ''}`);
  return [
    '<script type="importmap">',
    '  {',
    '    "integrity": {',
    ...entries,
    '    }',
    '  }',
    '</script>',
    ...chunks.flatMap((c) => [
      '<link',
      '  rel="modulepreload"',
      `  href="${base}${c}"`,
      `  integrity="${hashes[c]}"`,
      '  crossorigin="anonymous"',
      '/>',
    ]),
  ];
}

/** An ```html block of the README with its hashes, import map and preload links written in. */
export function htmlBlock(text, hashes, dir) {
  // The import map of chunk hashes and the preload links are ours: drop them, then write the current ones.
  const bare = text
    .replace(/^[ \t]*<script type="importmap">\s*\{\s*"integrity"[\s\S]*?<\/script>\n/gm, '')
    .replace(/^[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>\n/gm, '');
  return bare.replace(/^([ \t]*)(<script\b[^>]*>)/gm, (whole, indent, tag) => {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const found = src && distFile(hashes, src);
    if (!found) return whole;
    const out = tag.replace(/\bintegrity="[^"]*"/, `integrity="${hashes[found.file]}"`);
    if (!/\btype="module"/.test(tag) || !/\bintegrity=/.test(tag)) return indent + out;
    const chunks = staticImports(dir, found.file);
    for (const chunk of chunks)
      if (!hashes[chunk]) throw new Error(`${found.file} imports ${chunk}, which dist/integrity.json does not list`);
    if (!chunks.length) return indent + out;
    return [...chunkLines(found.base, chunks, hashes), out].map((line) => indent + line).join('\n');
  });
}

/** README.md with the real values of this version. */
export function readmeWithIntegrity(readme, hashes, dir) {
  return readme
    .replace(/(```html\n)([\s\S]*?)(```)/g, (_, open, body, close) => open + htmlBlock(body, hashes, dir) + close)
    .replace(/"([\w./-]+\.(?:js|css))": "sha384-[^"]*"/g, (whole, file) =>
      hashes[file] ? `"${file}": "${hashes[file]}"` : whole,
    )
    .replace(/(ogi-widgets[/@-])\d+\.\d+\.\d+\b/g, `$1${version}`);
}

/** demo/release.ts: what the demo's snippet needs to carry the real values. */
export async function demoRelease(hashes, dir) {
  const modules = Object.keys(hashes).filter((f) => /^ogi-[\w-]+\.js$/.test(f) && f !== 'ogi-widgets.iife.js');
  const imports = Object.fromEntries(modules.map((f) => [f, staticImports(dir, f)]));
  const pages = Object.fromEntries(Object.entries(hashes).filter(([f]) => !f.startsWith('embed/')));
  const source = `// Generated by scripts/check/snippet-integrity.mjs from dist/integrity.json: do not edit.
// \`npm run build && npm run docs\` rewrites it; CI checks it (\`--check\`).

/** The version the demo's snippet names. */
export const VERSION = ${JSON.stringify(version)};

/** The \`integrity\` value of every file of \`dist/\` a snippet may load. */
export const INTEGRITY: Readonly<Record<string, string>> = ${JSON.stringify(pages)};

/** The chunks each module imports (followed transitively): its snippet preloads them with their hashes. */
export const IMPORTS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(imports)};
`;
  const path = `${root}demo/release.ts`;
  return prettier.format(source, { ...(await prettier.resolveConfig(path)), filepath: path });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hashes = JSON.parse(readFileSync(`${dist}/integrity.json`, 'utf8'));
  const targets = [
    ['README.md', (text) => readmeWithIntegrity(text, hashes, dist)],
    ['demo/release.ts', () => demoRelease(hashes, dist)],
  ];
  const stale = [];
  for (const [name, make] of targets) {
    const path = `${root}${name}`;
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    const next = await make(current);
    if (next === current) continue;
    stale.push(name);
    if (!process.argv.includes('--check')) writeFileSync(path, next);
  }
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(
        `${stale.join(' and ')}: integrity values out of date with dist/integrity.json: run \`npm run build && npm run docs\` and commit`,
      );
      process.exit(1);
    }
    console.log('README.md and demo/release.ts carry the integrity values of dist/integrity.json');
  } else {
    console.log(stale.length ? `written: ${stale.join(', ')}` : 'README.md and demo/release.ts were up to date');
  }
}
