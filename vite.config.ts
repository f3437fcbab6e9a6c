import { resolve } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig, type BuildOptions, type Plugin, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { trustedTypesPlugin } from './scripts/trusted-types.js';
import { litMessagesPlugin } from './scripts/lit-messages.js';
import { demoStaticPlugin } from './scripts/demo-static.mjs';

import { ELEMENTS } from './src/elements.js';

/** One `dist/<tag>.js` per element of src/elements.ts, from `src/components/<name>/<tag>.ts`. */
const elementEntries = Object.fromEntries(
  ELEMENTS.map(({ tag, name }) => [tag, resolve(__dirname, `src/components/${name}/${tag}.ts`)]),
);
const indexEntry = resolve(__dirname, 'src/index.ts');
/**
 * The FAQ's search (`<ogi-faq searchable>`), which `ogi-faq` imports when needed: an entry of its
 * own, so that every build writes it as the same `dist/ogi-faq-search.js` (it imports nothing).
 */
const searchEntry = { 'ogi-faq-search': resolve(__dirname, 'src/components/faq/search.ts') };
/** The classic script exports nothing, so it adds no global. */
const registerEntry = resolve(__dirname, 'src/register.ts');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map VLQ: one field, read from `text` at `at.i`. */
function readVlq(text: string, at: { i: number }): number {
  let value = 0;
  for (let shift = 0; ; shift += 5) {
    const digit = B64.indexOf(text[at.i++]);
    value += (digit & 31) * 2 ** shift;
    if (!(digit & 32)) break;
  }
  return value & 1 ? -(value - 1) / 2 : value / 2;
}

function writeVlq(n: number): string {
  let v = n < 0 ? -n * 2 + 1 : n * 2;
  let out = '';
  do {
    const digit = v % 32;
    v = Math.floor(v / 32);
    out += B64[digit + (v ? 32 : 0)];
  } while (v);
  return out;
}

/**
 * The classic script cannot split: its FAQ imports the search module (`dist/ogi-faq-search.js`,
 * written by the ES builds) from beside the script itself, wherever that is served from.
 */
function searchBesideScript(): Plugin {
  const from = /import\((['"])\.\/search\.js\1\)/;
  return {
    name: 'ogi-search-beside-script',
    transform(code, id) {
      if (!id.endsWith('/faq/ogi-faq.ts')) return undefined;
      if (!from.test(code)) throw new Error(`ogi-faq.ts no longer has ${from}`);
      return (
        code.replace(from, "import(new URL('ogi-faq-search.js', SCRIPT).href)") +
        '\nvar SCRIPT = document.currentScript?.src;'
      );
    },
  };
}

/**
 * Drops the `/* @__PURE__ *\/` annotations that Vite keeps in library ES output: they only
 * help a later bundler drop unused code, and browsers download them. The chunk's source map
 * is shifted to match, so it still points at the right place.
 */
function stripPureAnnotations(): Plugin {
  const mark = '/* @__PURE__ */';
  return {
    name: 'ogi-strip-pure-annotations',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(mark)) continue;
        const lines = chunk.code.split('\n');
        // Per line, the generated columns where a mark was cut out.
        const cuts = lines.map((line) => {
          const at: number[] = [];
          for (let i = line.indexOf(mark); i >= 0; i = line.indexOf(mark, i + mark.length)) {
            // Kept where it is the only space between two words (`of/* @__PURE__ */new`).
            if (!(/[\w$]/.test(line[i - 1] ?? '') && /[\w$]/.test(line[i + mark.length] ?? ''))) at.push(i);
          }
          return at;
        });
        chunk.code = lines
          .map((line, l) => cuts[l].reduceRight((text, i) => text.slice(0, i) + text.slice(i + mark.length), line))
          .join('\n');
        const asset = bundle[`${chunk.fileName}.map`];
        if (!asset || asset.type !== 'asset') continue;
        const map = JSON.parse(String(asset.source));
        map.mappings = (map.mappings as string)
          .split(';')
          .map((line, l) => {
            let column = 0;
            let written = 0;
            return line
              .split(',')
              .filter(Boolean)
              .map((segment) => {
                const at = { i: 0 };
                column += readVlq(segment, at);
                const shifted = column - (cuts[l] ?? []).filter((c) => c < column).length * mark.length;
                const out = writeVlq(shifted - written) + segment.slice(at.i);
                written = shifted;
                return out;
              })
              .join(',');
          })
          .join(';');
        asset.source = JSON.stringify(map);
      }
    },
  };
}

const common: BuildOptions = {
  // OGI_OUT_DIR lets a second build (a preview, a benchmark) run without touching dist/.
  outDir: process.env.OGI_OUT_DIR ?? 'dist',
  sourcemap: true,
  minify: 'terser',
  terserOptions: { format: { comments: false }, compress: { passes: 2, unsafe_arrows: true } },
  target: 'es2022',
};

/**
 * `npm run build` runs three passes, since library mode emits several entries
 * only as ES modules and we want `ogi-widgets.js` as one self-contained file:
 *  - default: one module per element (`dist/ogi-<name>.js`, shared code in `dist/chunks/`);
 *  - `--mode bundle`: `dist/ogi-widgets.js`, everything in one file, plus the treemap;
 *  - `--mode iife`: `dist/ogi-widgets.iife.js`, the classic script.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    // `npm start`: the demo page (demo/index.html and its preview frames), served from source with live reload.
    // Its "without JavaScript" switch shows static/<tag>.<lang>.h<level>.html, rendered on request by src/ssr/.
    return { root: resolve(__dirname, 'demo'), server: { port: 5173 }, plugins: [demoStaticPlugin()] };
  }
  if (mode === 'demo') {
    // `npm run build:demo`: the demo as a static site in demo-dist/, widgets built from source.
    // Relative paths only, so the folder works from any static server and any sub-path.
    const demoRoot = resolve(__dirname, 'demo');
    return {
      root: demoRoot,
      base: './',
      // The "without JavaScript" previews: every static/<tag>.<lang>.h<level>.html, rendered by src/ssr/.
      plugins: [demoStaticPlugin()],
      build: {
        outDir: resolve(__dirname, process.env.OGI_DEMO_OUT_DIR ?? 'demo-dist'),
        emptyOutDir: true,
        sourcemap: true,
        target: 'es2022',
        rollupOptions: {
          input: { index: resolve(demoRoot, 'index.html'), preview: resolve(demoRoot, 'preview.html') },
        },
      },
    };
  }
  if (mode === 'ssr') {
    // `--mode ssr`: dist/ssr/index.js, the server renderer (`ogi-widgets/ssr`, the `ogi-widgets`
    // command) for Node. Lit stays an import so that Node loads its server build; the templates
    // are minified exactly as in the browser files, since hydration matches them by their text.
    return {
      plugins: [minifyTemplatesPlugin()],
      build: {
        outDir: resolve(__dirname, process.env.OGI_OUT_DIR ?? 'dist', 'ssr'),
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        target: 'node20',
        ssr: resolve(__dirname, 'src/ssr/index.ts'),
        rollupOptions: { output: { entryFileNames: 'index.js' } },
      },
    };
  }
  if (mode === 'bundle' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      plugins: iife
        ? [
            minifyTemplatesPlugin(),
            stripPureAnnotations(),
            trustedTypesPlugin(),
            litMessagesPlugin(),
            searchBesideScript(),
          ]
        : [
            minifyTemplatesPlugin(),
            stripPureAnnotations(),
            trustedTypesPlugin(),
            litMessagesPlugin(),
            visualizer({
              filename: 'stats/treemap.html',
              template: 'treemap',
              gzipSize: true,
              brotliSize: true,
              title: 'dist/ogi-widgets.js',
            }),
          ],
      build: {
        ...common,
        emptyOutDir: false,
        lib: {
          entry: iife ? registerEntry : { 'ogi-widgets': indexEntry, ...searchEntry },
          name: 'OgiWidgets', // required by Vite for IIFE; unused, since the entry exports nothing
          formats: [iife ? 'iife' : 'es'],
          fileName: (_format, name) => (iife ? 'ogi-widgets.iife.js' : `${name}.js`),
        },
      },
    };
  }
  return {
    plugins: [minifyTemplatesPlugin(), stripPureAnnotations(), trustedTypesPlugin(), litMessagesPlugin()],
    build: {
      ...common,
      emptyOutDir: true,
      lib: {
        entry: { ...elementEntries, ...searchEntry },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
