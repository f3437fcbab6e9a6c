/**
 * The one HTML page around widget markup, for every page this repository writes or serves:
 *  - dist/embed/<tag>.<lang>.html, the iframe pages (scripts/build/build-static.mjs);
 *  - the demo's "without JavaScript" previews (scripts/vite-plugins/demo-static.mjs);
 *  - the test server's no-script pages (test/support/ssr-server.mjs);
 *  - the benchmark's pages (bench/lib/prepare.mjs).
 *
 *   page({ lang, title, viewport, head, body })
 *
 * `title`, `head` (elements after the <title>, one a line) and `body` are HTML as given: the
 * caller escapes what needs it. `viewport: true` adds the mobile viewport <meta>.
 */

/** A complete page, one element a line, ending with a newline. */
export function page({ lang, title = '', viewport = false, head = [], body = '' }) {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    ...(viewport ? ['<meta name="viewport" content="width=device-width, initial-scale=1">'] : []),
    `<title>${title}</title>`,
    ...head,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
