// The manifest (dist/custom-elements.json), read by `npm run analyze` (`cem analyze`): the README's
// API reference, the framework types and editors read it.
import * as values from './scripts/lib/values.mjs';

/** `NAME` or `NAME[i]`: a default that names one of the values of src/shared/values.ts. */
const NAMED = /^([A-Z][A-Z_]*)(?:\[(\d+)\])?$/;

/**
 * The elements take their defaults from src/shared/values.ts (`theme = THEMES[0]`); the manifest,
 * and so the README, shows the value itself (`'light'`), written as the analyzer writes literals.
 */
function resolveValueDefaults() {
  return {
    name: 'ogi-resolve-value-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? [])
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const m = NAMED.exec(item.default ?? '');
            if (!m || !(m[1] in values)) continue;
            const value = m[2] === undefined ? values[m[1]] : values[m[1]][Number(m[2])];
            item.default = typeof value === 'string' ? `'${value}'` : String(value);
          }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/ssr/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [resolveValueDefaults()],
};
