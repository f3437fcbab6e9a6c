import type { Plugin } from 'vite';

/**
 * The classic script cannot split: its FAQ imports the search module (`dist/ogi-faq-search.js`,
 * written by the ES builds) from beside the script itself, wherever that is served from.
 */
export function searchBesideScript(): Plugin {
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
