import { resolve } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig, type BuildOptions, type PluginOption, type UserConfig } from 'vite';
import { demoStaticPlugin } from './scripts/vite-plugins/demo-static.mjs';
import { litMessagesPlugin } from './scripts/vite-plugins/lit-messages.js';
import { minifyTemplatesPlugin } from './scripts/vite-plugins/minify-templates.js';
import { LAZY, lazyBesideScript } from './scripts/vite-plugins/lazy-beside-script.js';
import { stripPureAnnotations } from './scripts/vite-plugins/strip-pure-annotations.js';
import { trustedTypesPlugin } from './scripts/vite-plugins/trusted-types.js';

import { ELEMENTS } from './src/elements.js';

/** One `dist/<tag>.js` per element of src/elements.ts, from `src/components/<name>/<tag>.ts`. */
const elementEntries = Object.fromEntries(
  ELEMENTS.map(({ tag, name }) => [tag, resolve(__dirname, `src/components/${name}/${tag}.ts`)]),
);
const indexEntry = resolve(__dirname, 'src/index.ts');
/**
 * What the elements load only when asked for (the FAQ's search, the timeline's horizontal row):
 * entries of their own, so that every build writes them as the same `dist/<name>.js`.
 */
const lazyEntries = Object.fromEntries(
  Object.entries(LAZY).map(([name, { source }]) => [name, resolve(__dirname, source)]),
);
/** The classic script exports nothing, so it adds no global. */
const classicEntry = resolve(__dirname, 'src/classic.ts');

/**
 * The one list of plugins, each with the builds it is for (a `false` entry is left out):
 *  - the demo (`npm start`, `npm run build:demo`) renders its "without JavaScript" previews,
 *    static/<tag>.<lang>.h<level>.html, with src/ssr/; it builds the widgets from source as they are;
 *  - every build of the library minifies the templates, the server's (`--mode ssr`) included,
 *    since hydration matches the server's templates with the browser's by their text;
 *  - the browser files also lose the pure annotations, call Lit's Trusted Types policy through
 *    src/shared/trusted-types.ts and carry Lit's shorter error texts;
 *  - the classic script loads the lazy modules from beside itself; the bundle writes the treemap.
 */
function pluginsFor(command: string, mode: string): PluginOption[] {
  const demo = command === 'serve' || mode === 'demo';
  const browser = !demo && mode !== 'ssr';
  return [
    demo && demoStaticPlugin(),
    !demo && minifyTemplatesPlugin(),
    browser && stripPureAnnotations(),
    browser && trustedTypesPlugin(),
    browser && litMessagesPlugin(),
    mode === 'iife' && lazyBesideScript(),
    mode === 'bundle' &&
      visualizer({
        filename: 'stats/treemap.html',
        template: 'treemap',
        gzipSize: true,
        brotliSize: true,
        title: 'dist/ogi-widgets.js',
      }),
  ];
}

const common: BuildOptions = {
  // OGI_OUT_DIR lets a second build (a preview, a benchmark) run without touching dist/.
  outDir: process.env.OGI_OUT_DIR ?? 'dist',
  sourcemap: true,
  minify: 'terser',
  terserOptions: { format: { comments: false }, compress: { passes: 3, unsafe_arrows: true } },
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
  const plugins = pluginsFor(command, mode);
  if (command === 'serve') {
    // `npm start`: the demo page (demo/index.html and its preview frames), served from source with live reload.
    // Its "without JavaScript" switch shows static/<tag>.<lang>.h<level>.html, rendered on request by src/ssr/.
    return { root: resolve(__dirname, 'demo'), server: { port: 5173 }, plugins };
  }
  if (mode === 'demo') {
    // `npm run build:demo`: the demo as a static site in demo-dist/, widgets built from source.
    // Relative paths only, so the folder works from any static server and any sub-path.
    const demoRoot = resolve(__dirname, 'demo');
    return {
      root: demoRoot,
      base: './',
      // The "without JavaScript" previews: every static/<tag>.<lang>.h<level>.html, rendered by src/ssr/.
      plugins,
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
      plugins,
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
      plugins,
      build: {
        ...common,
        emptyOutDir: false,
        lib: {
          entry: iife ? classicEntry : { 'ogi-widgets': indexEntry, ...lazyEntries },
          name: 'OgiWidgets', // required by Vite for IIFE; unused, since the entry exports nothing
          formats: [iife ? 'iife' : 'es'],
          fileName: (_format, name) => (iife ? 'ogi-widgets.iife.js' : `${name}.js`),
        },
      },
    };
  }
  return {
    plugins,
    build: {
      ...common,
      emptyOutDir: true,
      lib: {
        entry: { ...elementEntries, ...lazyEntries },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
