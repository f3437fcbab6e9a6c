// Builds the framework fixture pages (React 19, Vue 3) that test/frameworks.test.ts loads.
// They import the package the way an app does ('ogi-widgets' → the built dist/ogi-widgets.js).
// The Vue page is a single-file component compiled here by @vitejs/plugin-vue, configured as
// the README says: its template compiler is told the `ogi-` tags are custom elements.
import vue from '@vitejs/plugin-vue';
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
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ogi-') } } })],
  resolve: {
    // Only the package itself is pointed at dist/; `ogi-widgets/react` and `ogi-widgets/vue`
    // are type-only imports, which the build drops.
    alias: [{ find: /^ogi-widgets$/, replacement: resolve(repo, 'dist/ogi-widgets.js') }],
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
