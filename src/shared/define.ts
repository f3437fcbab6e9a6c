import { blocked } from './trusted-types.js';

/**
 * Registers a custom element unless the tag is already taken, so that loading
 * a bundle twice (or the module and the classic script on one page) never
 * throws. The first definition wins; later ones are left alone. Nothing is
 * registered when the page refused Lit's Trusted Types policy (see trusted-types.ts).
 *
 * A classic script that runs while the page is still being parsed (in `<head>` without `defer`)
 * registers once the page is parsed: an element defined earlier would make its own shadow root
 * before the parser reaches its declarative one, which would then stay an inert `<template>`.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (blocked || typeof customElements === 'undefined' || customElements.get(tag)) return;
  if (document.currentScript && document.readyState == 'loading')
    return document.addEventListener('DOMContentLoaded', () => define(tag, ctor));
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another copy won a race we could not see (e.g. a scoped registry shim).
    console.warn(`[ogi-widgets] <${tag}> was not registered:`, error);
  }
}
