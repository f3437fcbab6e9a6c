/**
 * Snippet markup written in two places from this one module: the demo's snippet (demo/snippet.ts)
 * and the README's, which scripts/check/snippet-integrity.mjs keeps in step with the build.
 * Plain functions, no imports: the script compiles this file on its own.
 */

/** An attribute value as HTML: `&`, `"` and `<` escaped. */
export const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What goes before a module that imports chunks (each under `base`): an import map whose
 * `integrity` lists each chunk's hash (`hashOf`; Chrome 127, Firefox 138, Safari 18 check it
 * wherever the chunk is imported), and a `<link rel="modulepreload" integrity>` per chunk (fetched
 * early; Chromium and Firefox check these even without import-map integrity).
 */
export function chunkLines(base: string, chunks: readonly string[], hashOf: (chunk: string) => string): string[] {
  if (!chunks.length) return [];
  const map = { integrity: Object.fromEntries(chunks.map((c) => [base + c, hashOf(c)])) };
  const json = JSON.stringify(map, null, 2)
    // Nothing in it may close the <script>: a folder name is the webmaster's.
    .replace(/</g, '\\u003c')
    .split('\n')
    .map((l) => `  ${l}`);
  return [
    '<script type="importmap">',
    ...json,
    '</script>',
    ...chunks.flatMap((chunk) => [
      '<link',
      '  rel="modulepreload"',
      `  href="${escapeAttr(base + chunk)}"`,
      `  integrity="${hashOf(chunk)}"`,
      '  crossorigin="anonymous"',
      '/>',
    ]),
  ];
}
