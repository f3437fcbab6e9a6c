import { executeServerCommand } from '@web/test-runner-commands';

export interface Feature {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme' | 'media';
  value: string;
}

/**
 * Emulates media features for the page (see the 'media-features' command in
 * web-test-runner.config.mjs); resolves to false where the browser cannot.
 * Call with no features to reset.
 */
export async function emulate(...features: Feature[]): Promise<boolean> {
  const { ok } = await executeServerCommand<{ ok: boolean }, Feature[]>('media-features', features);
  return ok;
}

/**
 * Makes `query` match: through emulation where the browser offers it (Chromium), else
 * true when the browser was launched with it (a Firefox group in web-test-runner.config.mjs
 * sets the matching preference). False when neither: the test skips.
 */
export async function ensure(feature: Feature, query: string): Promise<boolean> {
  return (await emulate(feature)) || matchMedia(query).matches;
}
