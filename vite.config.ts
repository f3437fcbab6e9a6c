import { resolve } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig, type BuildOptions, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { trustedTypesPlugin } from './scripts/trusted-types.js';

import { ELEMENTS } from './src/elements.js';

/** One `dist/<tag>.js` per element of src/elements.ts, from `src/components/<name>/<tag>.ts`. */
const elementEntries = Object.fromEntries(
  ELEMENTS.map(({ tag, name }) => [tag, resolve(__dirname, `src/components/${name}/${tag}.ts`)]),
);
const indexEntry = resolve(__dirname, 'src/index.ts');
/** The classic script exports nothing, so it adds no global. */
const registerEntry = resolve(__dirname, 'src/register.ts');

const common: BuildOptions = {
  // OGI_OUT_DIR lets a second build (a preview, a benchmark) run without touching dist/.
  outDir: process.env.OGI_OUT_DIR ?? 'dist',
  sourcemap: true,
  minify: 'terser',
  terserOptions: { format: { comments: false }, compress: { passes: 2 } },
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
    return { root: resolve(__dirname, 'demo'), server: { port: 5173 } };
  }
  if (mode === 'demo') {
    // `npm run build:demo`: the demo as a static site in demo-dist/, widgets built from source.
    // Relative paths only, so the folder works from any static server and any sub-path.
    const demoRoot = resolve(__dirname, 'demo');
    return {
      root: demoRoot,
      base: './',
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
  if (mode === 'bundle' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      plugins: iife
        ? [minifyTemplatesPlugin(), trustedTypesPlugin()]
        : [
            minifyTemplatesPlugin(),
            trustedTypesPlugin(),
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
          entry: iife ? registerEntry : indexEntry,
          name: 'OgiWidgets', // required by Vite for IIFE; unused, since the entry exports nothing
          formats: [iife ? 'iife' : 'es'],
          fileName: () => (iife ? 'ogi-widgets.iife.js' : 'ogi-widgets.js'),
        },
      },
    };
  }
  return {
    plugins: [minifyTemplatesPlugin(), trustedTypesPlugin()],
    build: {
      ...common,
      emptyOutDir: true,
      lib: {
        entry: elementEntries,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
