import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig, type BuildOptions, type UserConfig } from 'vite';

/**
 * Every element is a folder `src/components/<name>/` holding `ogi-<name>.ts`:
 * adding a folder adds its `dist/ogi-<name>.js` without touching this file.
 */
const elementEntries = Object.fromEntries(
  readdirSync(resolve(__dirname, 'src/components'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(__dirname, `src/components/${d.name}/ogi-${d.name}.ts`)))
    .map((d) => [`ogi-${d.name}`, resolve(__dirname, `src/components/${d.name}/ogi-${d.name}.ts`)]),
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
    // `npm start`: the demo page, served from source with live reload.
    return { root: 'demo', server: { port: 5173 } };
  }
  if (mode === 'bundle' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      plugins: iife
        ? []
        : [
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
