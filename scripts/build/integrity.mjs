// dist/integrity.json: the SHA-384 hash of every .js and .css file a page may load (the values of
// `integrity` attributes; scripts/check/snippet-integrity.mjs copies them into the README and the
// demo). Written last by scripts/build/delivery.mjs, so that it covers everything written before it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of dist/ no page loads: declaration files, the server renderer (Node only), the WordPress plugin (its own copies). */
const NOT_FOR_PAGES = new Set(['types', 'ssr', 'wordpress']);

/** Every `.js` and `.css` file under `dir` a page may load, relative to `dir`, with `/`, sorted. */
export function pageFiles(dir) {
  const out = [];
  const walk = (sub) => {
    for (const d of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (!(sub === '' && NOT_FOR_PAGES.has(d.name))) walk(rel);
      } else if (/\.(?:js|css)$/.test(d.name)) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The value of an `integrity` attribute for `bytes`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `{ "<path under dir>": "sha384-…" }` for every file a page may load. */
export function integrity(dir) {
  return Object.fromEntries(pageFiles(dir).map((rel) => [rel, sri(readFileSync(join(dir, rel)))]));
}

/** Writes `dir`/integrity.json; returns the hashes. */
export function writeIntegrity(dir) {
  const hashes = integrity(dir);
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
