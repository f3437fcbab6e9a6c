/**
 * `npm run build`, after scripts/build/build-static.mjs: the WordPress plugin folder
 * dist/wordpress/ogi-widgets/, assembled from the repository's wordpress/ folder and dist/:
 *  - the PHP, the block and readme.txt from wordpress/, with `@VERSION@` replaced by package.json's version;
 *  - ogi-widgets.js, ogi-faq-search.js and ogi-ogp-timeline-row.js (which it imports for
 *    <ogi-faq searchable> and <ogi-ogp-timeline orientation="horizontal">) and
 *    ogi-widgets.css from dist/ (the plugin serves them itself);
 *  - ogi-content.schema.json from dist/ (written by scripts/build/build-static.mjs);
 *  - fragments/<tag>.<lang>.h<level>[.horizontal][.searchable].html: every fragment a shortcode can print,
 *    written by the widgets' own renderer (dist/ssr/index.js) with the stylesheet placeholder
 *    the PHP replaces by the plugin's URL. The PHP never writes widget markup itself.
 *   node scripts/build/wordpress.mjs   (OGI_OUT_DIR=dir: another output folder)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADING_LEVELS, ORIENTATIONS as ALL_ORIENTATIONS } from '../lib/values.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.OGI_OUT_DIR ?? 'dist');
const source = join(root, 'wordpress');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** What the fragments hold where the stylesheet's URL goes (includes/render.php replaces it). */
export const PLACEHOLDER = 'OGI_WIDGETS_STYLESHEET_URL';
/** The orientations stored apart: `horizontal` changes the timeline's shadow content. */
export const ORIENTATIONS = { 'ogi-ogp-timeline': ALL_ORIENTATIONS };
/** The elements stored with and without `searchable`: it adds the FAQ's search field. */
export const SEARCHABLE = { 'ogi-faq': [false, true] };
/** The files of dist/ the plugin serves from its own folder. */
export const SERVED = ['ogi-widgets.js', 'ogi-faq-search.js', 'ogi-ogp-timeline-row.js', 'ogi-widgets.css'];
/** The schema the plugin validates pasted content with: the published one. */
const SCHEMA = join(dist, 'ogi-content.schema.json');

/** The fragment's file name under fragments/ for these options. */
export const fragmentName = (tag, lang, level, orientation = ALL_ORIENTATIONS[0], searchable = false) =>
  `${tag}.${lang}.h${level}${orientation === ALL_ORIENTATIONS[0] ? '' : `.${orientation}`}${searchable ? '.searchable' : ''}.html`;

/** Every fragment the plugin stores: [file name, renderToString options]. */
export function fragmentList(TAGS, LOCALES) {
  const out = [];
  for (const tag of TAGS) {
    for (const lang of LOCALES) {
      for (const headingLevel of HEADING_LEVELS) {
        for (const orientation of ORIENTATIONS[tag] ?? [undefined]) {
          for (const searchable of SEARCHABLE[tag] ?? [false]) {
            const options = { lang, headingLevel, stylesheet: PLACEHOLDER };
            if (orientation) options.orientation = orientation;
            if (searchable) options.searchable = true;
            out.push([fragmentName(tag, lang, headingLevel, orientation, searchable), tag, options]);
          }
        }
      }
    }
  }
  return out;
}

/** Files under `dir`, relative, sorted. */
function walk(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true })
    .flatMap((d) => {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      return d.isDirectory() ? walk(dir, rel) : [rel];
    })
    .sort();
}

async function main() {
  const { LOCALES, TAGS, renderToString } = await import(join(dist, 'ssr/index.js'));
  const out = join(dist, 'wordpress/ogi-widgets');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'fragments'), { recursive: true });

  for (const rel of walk(source)) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    const text = readFileSync(join(source, rel), 'utf8');
    writeFileSync(join(out, rel), text.replaceAll('@VERSION@', pkg.version));
  }
  for (const file of SERVED) cpSync(join(dist, file), join(out, file));
  if (!existsSync(SCHEMA))
    throw new Error('wordpress: dist/ogi-content.schema.json is missing (run scripts/build/build-static.mjs first)');
  cpSync(SCHEMA, join(out, 'ogi-content.schema.json'));

  const fragments = fragmentList(TAGS, LOCALES);
  for (const [name, tag, options] of fragments) {
    writeFileSync(join(out, 'fragments', name), await renderToString(tag, options));
  }
  const bytes = walk(out).reduce((sum, rel) => sum + statSync(join(out, rel)).size, 0);
  console.log(
    `dist/wordpress/ogi-widgets/: the plugin, ${fragments.length} fragments, ${(bytes / 1024).toFixed(0)} KB in all`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
