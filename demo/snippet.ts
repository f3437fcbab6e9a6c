/**
 * The HTML a webmaster pastes for the current settings. The preview is built
 * from the same functions, so what the snippet says is what the preview shows.
 */
import { elementAttributes, tagOf, tokenDeclarations, widgetKeys, type DemoState } from './state.js';

/** Where the snippet says the script lives; the README tells webmasters to change it. */
export const SCRIPT_PLACEHOLDER = '/path/to/ogi-widgets.js';

/** The selector the `<style>` block targets: the chosen elements. */
export function tokenSelector(state: DemoState): string {
  return widgetKeys(state.widget).map(tagOf).join(', ');
}

/** The `<style>` block's CSS, or `''` when every token is the default. */
export function tokenCss(state: DemoState): string {
  const decls = tokenDeclarations(state);
  if (!decls.length) return '';
  return `${tokenSelector(state)} {\n${decls.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One element's markup, e.g. `<ogi-faq lang="en" theme="dark"></ogi-faq>`. */
export function elementMarkup(state: DemoState, tag: string): string {
  const attrs = elementAttributes(state)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  return `<${tag}${attrs}></${tag}>`;
}

/** The whole snippet: script tag, `<style>` (when a token differs) and the element(s). */
export function snippet(state: DemoState, scriptSrc: string = SCRIPT_PLACEHOLDER): string {
  const lines = [`<script type="module" src="${escapeAttr(scriptSrc)}"></script>`];
  const css = tokenCss(state);
  if (css) {
    lines.push('<style>', ...css.split('\n').map((l) => `  ${l}`), '</style>');
  }
  for (const key of widgetKeys(state.widget)) lines.push(elementMarkup(state, tagOf(key)));
  return lines.join('\n');
}
