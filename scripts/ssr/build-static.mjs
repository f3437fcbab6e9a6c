/**
 * `npm run build`, last step: the no-script files, written with the same renderer the
 * `ogi-widgets` command and `ogi-widgets/ssr` use (dist/ssr/index.js):
 *  - dist/static/<tag>.<lang>.html: each widget as a fragment with its styles inline;
 *  - dist/ogi-widgets.css: every widget's styles, for fragments rendered with a stylesheet link.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.OGI_OUT_DIR ?? 'dist');
const { LOCALES, TAGS, renderToString, stylesheet } = await import(resolve(dist, 'ssr/index.js'));

await mkdir(resolve(dist, 'static'), { recursive: true });
for (const tag of TAGS) {
  for (const lang of LOCALES) {
    await writeFile(resolve(dist, `static/${tag}.${lang}.html`), `${await renderToString(tag, { lang })}\n`);
  }
}
await writeFile(resolve(dist, 'ogi-widgets.css'), stylesheet());
console.log(`dist/static/: ${TAGS.length * LOCALES.length} fragments; dist/ogi-widgets.css`);
