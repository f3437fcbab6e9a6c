/**
 * A build-only Vite plugin that routes Lit's Trusted Types policy through
 * src/shared/trusted-types.ts: Lit's `trustedTypes.createPolicy("lit-html", …)` becomes
 * `litPolicy(trustedTypes, …)`, which catches a refusal (`trusted-types 'none'`, or a name the
 * page does not list) and says so once in the console instead of throwing while the module loads.
 * The build fails if Lit's code no longer has the call it rewrites.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const HELPER = fileURLToPath(new URL('../../src/shared/trusted-types.ts', import.meta.url));
const CALL = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;

export function trustedTypesPlugin(): Plugin {
  return {
    name: 'ogi-trusted-types',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!CALL.test(code))
        this.error(
          `${id}: Lit's createPolicy("lit-html", …) call changed; update scripts/vite-plugins/trusted-types.ts`,
        );
      return {
        code: `import{litPolicy as ogiLitPolicy}from${JSON.stringify(HELPER)};${code.replace(CALL, 'ogiLitPolicy($1,$2)')}`,
        map: null,
      };
    },
  };
}
