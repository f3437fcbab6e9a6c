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

await mkdir(resolve(dist, 'static'), { recursive: true });
for (const tag of TAGS) {
  for (const lang of LOCALES) {
    await writeFile(resolve(dist, `static/${tag}.${lang}.html`), `${await renderToString(tag, { lang })}\n`);
  }
}
await writeFile(resolve(dist, 'ogi-widgets.css'), stylesheet());

/** The text of the widget's title, for the page's <title>. */
const titleOf = (html) =>
  /<h[1-6] part="title"[^>]*>([\s\S]*?)<\/h[1-6]>/
    .exec(html)[1]
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();

await mkdir(resolve(dist, 'embed'), { recursive: true });
for (const tag of TAGS) {
  for (const lang of LOCALES) {
    // Linked styles: a page under `style-src 'self'` blocks an inline <style>, even in a shadow root.
    const fragment = await renderToString(tag, { lang, stylesheet: '../ogi-widgets.css' });
    const page = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titleOf(fragment)} · Open Government Indonesia</title>
<link rel="stylesheet" href="embed.css">
<script type="module" src="../ogi-widgets.js"></script>
<script type="module" src="height.js"></script>
</head>
<body>
${fragment}
</body>
</html>
`;
    await writeFile(resolve(dist, `embed/${tag}.${lang}.html`), page);
  }
}
await writeFile(resolve(dist, 'embed/embed.css'), 'html,body{margin:0;padding:0;background:transparent}\n');
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
