// Builds the framework fixture pages (React 19, Vue 3) that test/frameworks.test.ts loads.
// They import the package the way an app does ('ogi-widgets' → the built dist/ogi-widgets.js).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: {
      'ogi-widgets': resolve(repo, 'dist/ogi-widgets.js'),
      // Vue with its template compiler, so the page is written as Vue users write it.
      vue: 'vue/dist/vue.esm-bundler.js',
    },
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: resolve(repo, '.out/frameworks'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { react: resolve(here, 'react/index.html'), vue: resolve(here, 'vue/index.html') },
    },
  },
});
