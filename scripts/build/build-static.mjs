/**
 * `npm run build`, last step: the no-script files, written with the same renderer the
 * `ogi-widgets` command and `ogi-widgets/ssr` use (dist/ssr/index.js):
 *  - dist/static/<tag>.<lang>.html: each widget as a fragment with its styles inline;
 *  - dist/ogi-widgets.css: every widget's styles, for fragments rendered with a stylesheet link;
 *  - dist/embed/<tag>.<lang>.html: a complete page per fragment (styles linked from
 *    ../ogi-widgets.css, so a strict CSP lets them through), for an <iframe>: it shows with
 *    scripts off, goes live with ../ogi-widgets.js, and tells its parent its height (height.js);
 *  - dist/ogi-content.schema.json and dist/content/<lang>.json: the regional content file's schema
 *    and the built-in words as language packs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { page } from './page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.OGI_OUT_DIR ?? 'dist');
const { LOCALES, TAGS, renderToString, stylesheet, contentSchema, languagePack } = await import(
  resolve(dist, 'ssr/index.js')
);

// Regional content: its JSON Schema, and the built-in words as language packs a portal copies.
await mkdir(resolve(dist, 'content'), { recursive: true });
for (const lang of LOCALES) {
  await writeFile(resolve(dist, `content/${lang}.json`), `${JSON.stringify(languagePack(lang), null, 2)}\n`);
}
await writeFile(resolve(dist, 'ogi-content.schema.json'), `${JSON.stringify(contentSchema(), null, 2)}\n`);

/** The text of the widget's title, for the page's <title>. */
const titleOf = (html) =>
  /<h[1-6] part="title"[^>]*>([\s\S]*?)<\/h[1-6]>/
    .exec(html)[1]
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();

/**
 * The fragment with its shadow root's inline <style> replaced by a <link> to `href`: what
 * `renderToString(tag, { lang, stylesheet: href })` writes (src/ssr/index.ts makes the same swap
 * on the same render), without rendering the widget a second time. `href` is a constant here.
 */
const INLINE_STYLE = /(<template shadowroot="open" shadowrootmode="open">)<style>[^<]*<\/style>/;
function linked(fragment, href) {
  if (!INLINE_STYLE.test(fragment)) throw new Error("build-static: no inline style in a fragment's shadow root");
  return fragment.replace(INLINE_STYLE, (_, open) => `${open}<link rel="stylesheet" href="${href}">`);
}

await mkdir(resolve(dist, 'static'), { recursive: true });
await mkdir(resolve(dist, 'embed'), { recursive: true });
for (const tag of TAGS) {
  for (const lang of LOCALES) {
    // Rendered once, styles inline: dist/static/ writes it as it is, dist/embed/ around a page.
    const fragment = await renderToString(tag, { lang });
    await writeFile(resolve(dist, `static/${tag}.${lang}.html`), `${fragment}\n`);
    // Linked styles: a page under `style-src 'self'` blocks an inline <style>, even in a shadow root.
    const embedded = linked(fragment, '../ogi-widgets.css');
    const html = page({
      lang,
      title: `${titleOf(embedded)} · Open Government Indonesia`,
      viewport: true,
      head: [
        '<link rel="stylesheet" href="embed.css">',
        '<script type="module" src="../ogi-widgets.js"></script>',
        '<script type="module" src="height.js"></script>',
      ],
      body: embedded,
    });
    await writeFile(resolve(dist, `embed/${tag}.${lang}.html`), html);
  }
}
await writeFile(resolve(dist, 'ogi-widgets.css'), stylesheet());
// The iframe page is the widget alone: no space after it (--ogi-space-after), which would only
// make the frame taller, and the system's sans-serif rather than the browser's default serif (the
// fragment is server-rendered, so the script keeps the page's font).
await writeFile(
  resolve(dist, 'embed/embed.css'),
  'html,body{margin:0;padding:0;background:transparent;font-family:system-ui,sans-serif}:root{--ogi-space-after:0}\n',
);
await writeFile(
  resolve(dist, 'embed/height.js'),
  `// Tells the page around this iframe how tall the widget is, whenever that changes:
// a message { type: 'ogi-widgets:height', height } (CSS pixels) to the parent window.
// It also tells once when the page has loaded: browsers may hold back a ResizeObserver in a
// frame that is out of view (WebKit does), and the host needs the first height anyway.
const post = () =>
  parent.postMessage({ type: 'ogi-widgets:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
if (parent !== window) {
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
  addEventListener('resize', post);
}
`,
);
console.log(`dist/static/, dist/embed/: ${TAGS.length * LOCALES.length} fragments and pages; dist/ogi-widgets.css`);
