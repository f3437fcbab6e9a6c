/**
 * Lit's Trusted Types policy (`lit-html`), created here: the build (scripts/trusted-types.ts)
 * rewrites Lit's own `createPolicy` call into `litPolicy(…)`. A page whose Content-Security-Policy
 * refuses the policy then gets one clear console message and no element definitions, instead of
 * an uncaught error and widgets that stay empty.
 */

/** True once this copy of Lit was refused its policy: the widgets cannot render, so they are not defined. */
export let blocked = false;

export function litPolicy<P>(factory: { createPolicy(name: string, rules: object): P }, rules: object): P | undefined {
  try {
    return factory.createPolicy('lit-html', rules);
  } catch {
    blocked = true;
    console.error(
      "[ogi-widgets] This page's Content-Security-Policy refuses the Trusted Types policy \"lit-html\", so the widgets cannot render. Add: trusted-types lit-html 'allow-duplicates'",
    );
    return undefined;
  }
}
