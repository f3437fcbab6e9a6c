import type { Plugin } from 'vite';

/**
 * The modules the elements load only when asked for, each an entry of its own, so that every ES
 * build writes it under the same name in dist/: the FAQ's search (`searchable`) and the
 * timeline's horizontal row (`orientation="horizontal"`). Keyed by the file that imports it,
 * with the specifier it uses there.
 */
export const LAZY = {
  'ogi-faq-search': {
    from: 'src/components/faq/ogi-faq.ts',
    source: 'src/components/faq/search.ts',
    specifier: './search.js',
  },
  'ogi-ogp-timeline-row': {
    from: 'src/components/ogp-timeline/ogi-ogp-timeline.ts',
    source: 'src/components/ogp-timeline/row.ts',
    specifier: './row.js',
  },
} as const;

/**
 * The classic script cannot split: it imports each lazy module (`dist/<name>.js`, written by the
 * ES builds) from beside the script itself, wherever that is served from.
 */
export function lazyBesideScript(): Plugin {
  return {
    name: 'ogi-lazy-beside-script',
    transform(code, id) {
      const entry = Object.entries(LAZY).find(([, { from }]) => id.endsWith(`/${from}`));
      if (!entry) return undefined;
      const [name, { specifier }] = entry;
      // Before or after esbuild's transform: either quote.
      const from = new RegExp(`import\\((['"])${specifier.replace(/\./g, '\\.')}\\1\\)`);
      if (!from.test(code)) throw new Error(`${id} no longer has import('${specifier}')`);
      return (
        code.replace(from, `import(new URL('${name}.js', SCRIPT).href)`) + '\nvar SCRIPT = document.currentScript?.src;'
      );
    },
  };
}
