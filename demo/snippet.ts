/**
 * The HTML a webmaster pastes for the current settings. The preview is built
 * from the same functions, so what the snippet says is what the preview shows.
 */
import { CONTENT_FILE, contentFor, inlineJson, type SnippetContent } from './content.js';
import { chunkLines, escapeAttr } from './markup.js';
import { IMPORTS, INTEGRITY } from './release.js';
import {
  DEFAULT_HEADING_LEVEL,
  darkTokenDeclarations,
  elementAttributes,
  tagOf,
  tokenDeclarations,
  widgetKeys,
  type DemoState,
  type WidgetTag,
} from './state.js';

/** Where the snippet says the contents of `dist/` live; the README tells webmasters to change it. */
export const SCRIPT_DIR = '/path/to/';
/** The whole bundle, as the snippet names it when every widget is shown. */
export const SCRIPT_PLACEHOLDER = `${SCRIPT_DIR}ogi-widgets.js`;
/** The classic script, for a CMS that cannot add `type="module"`. */
export const CLASSIC_FILE = 'ogi-widgets.iife.js';

/**
 * The file of `dist/` the snippet loads: the bundle for every widget, else
 * the one element's own module (it imports its shared chunks from `dist/chunks/`).
 */
export function scriptFile(state: DemoState): string {
  return state.widget === 'all' ? 'ogi-widgets.js' : `${tagOf(state.widget)}.js`;
}

/** The selector the `<style>` block targets: the chosen elements. */
export function tokenSelector(state: DemoState): string {
  return widgetKeys(state.widget).map(tagOf).join(', ');
}

const rule = (selector: string, decls: [string, string][], indent = '') =>
  `${indent}${selector} {\n${decls.map(([name, value]) => `${indent}  ${name}: ${value};`).join('\n')}\n${indent}}`;

/**
 * The `<style>` block's CSS, or `''` when every token is the default. Under
 * `theme="auto"` a dark accent comes in a `prefers-color-scheme: dark` rule,
 * which beats the plain one in a dark system.
 */
export function tokenCss(state: DemoState): string {
  const selector = tokenSelector(state);
  const decls = tokenDeclarations(state);
  const dark = darkTokenDeclarations(state);
  const rules: string[] = [];
  if (decls.length) rules.push(rule(selector, decls));
  if (dark.length) rules.push(`@media (prefers-color-scheme: dark) {\n${rule(selector, dark, '  ')}\n}`);
  return rules.join('\n');
}

/**
 * One element's markup, e.g. `<ogi-faq lang="en" theme="dark"></ogi-faq>`; with regional
 * content, `content-src="ogi-content.json"`, or its part of the content in an inline
 * `<script type="application/json">` child.
 */
export function elementMarkup(state: DemoState, tag: WidgetTag, content?: SnippetContent): string {
  const list = elementAttributes(state, tag);
  // Only what is for this element: an element with nothing in the file neither waits for it nor carries it.
  const mine = content && contentFor(content.value, tag);
  if (content?.mode === 'src' && mine !== undefined) list.push(['content-src', CONTENT_FILE]);
  const own = content?.mode === 'inline' ? mine : undefined;
  const attrs = list.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  if (own === undefined) return `<${tag}${attrs}></${tag}>`;
  const json = inlineJson(own)
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return `<${tag}${attrs}>\n  <script type="application/json">\n${json}\n  </script>\n</${tag}>`;
}

/** The `integrity` value of a file of `dist/`, this version's (demo/release.ts, from dist/integrity.json). */
export function integrityOf(file: string): string {
  const hash = INTEGRITY[file];
  if (!hash) throw new Error(`${file} is not in demo/release.ts: run \`npm run build && npm run docs\``);
  return hash;
}

/**
 * The chunks of `dist/chunks/` that `file` imports: an `integrity` attribute covers only the file
 * it is on, so the snippet gives each chunk's hash too.
 */
export const chunksOf = (file: string): readonly string[] => IMPORTS[file] ?? [];

/** The classic script tag, with its integrity, for the hint below the snippet. */
export function classicScript(scriptDir: string = SCRIPT_DIR): string {
  return `<script src="${escapeAttr(scriptDir + CLASSIC_FILE)}" integrity="${integrityOf(CLASSIC_FILE)}" crossorigin="anonymous" defer></script>`;
}

/**
 * The whole snippet: for a module that imports chunks, their hashes (`chunkLines`), the script tag (with its integrity), `<style>` (when a token differs) and the
 * element(s), with the regional content when there is some.
 */
export function snippet(state: DemoState, scriptDir: string = SCRIPT_DIR, content?: SnippetContent): string {
  const file = scriptFile(state);
  const lines = [
    ...chunkLines(scriptDir, chunksOf(file), integrityOf),
    '<script',
    '  type="module"',
    `  src="${escapeAttr(scriptDir + file)}"`,
    `  integrity="${integrityOf(file)}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ];
  const css = tokenCss(state);
  if (css) {
    lines.push('<style>', ...css.split('\n').map((l) => `  ${l}`), '</style>');
  }
  for (const key of widgetKeys(state.widget)) lines.push(elementMarkup(state, tagOf(key), content));
  return lines.join('\n');
}

/** Where the shortcodes say the content file lives, in `content-src` mode: WordPress takes only a full http(s) address. */
export const WORDPRESS_CONTENT_URL = `https://www.example.go.id/${CONTENT_FILE}`;

/**
 * The WordPress plugin's shortcodes for the chosen widgets (`[ogi_contact lang="id"]`): the
 * element's attributes with `_` for `-`, and in `content-src` mode the file's address (with the
 * content pasted in Settings → OGI Widgets instead, they need none).
 */
export function shortcodes(state: DemoState, content?: SnippetContent): string {
  return widgetKeys(state.widget)
    .map((key) => {
      const tag = tagOf(key);
      const attrs = elementAttributes(state, tag).map(([name, value]) => [name.replace(/-/g, '_'), value]);
      if (content?.mode === 'src' && contentFor(content.value, tag) !== undefined)
        attrs.push(['content_src', WORDPRESS_CONTENT_URL]);
      return `[${tag.replace(/-/g, '_')}${attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('')}]`;
    })
    .join('\n');
}

/** The commands that write each chosen widget's static HTML with the content file (`ogi-widgets render`, Node only). */
export function renderCommands(state: DemoState): string {
  return widgetKeys(state.widget)
    .map((key) => {
      const tag = tagOf(key);
      const flags = elementAttributes(state, tag)
        .filter(([name]) => name !== 'orientation')
        .map(([name, value]) => ` --${name} ${value}`)
        .join('');
      return `npx ogi-widgets render ${tag}${flags} --content ${CONTENT_FILE} > ${tag}.html`;
    })
    .join('\n');
}

/**
 * What the editor asks the renderer for (`POST static/render`, served by `npm start`): each shown
 * widget with the settings' attributes and `content`, as `renderToString(tag, options)` takes them.
 */
export function renderRequests(state: DemoState, content: unknown): { tag: WidgetTag; options: object }[] {
  return widgetKeys(state.widget).map((key) => {
    const tag = tagOf(key);
    const options: Record<string, unknown> = { lang: state.lang, theme: state.theme, content };
    if (state.headingLevel !== DEFAULT_HEADING_LEVEL) options.headingLevel = state.headingLevel;
    if (tag === 'ogi-ogp-timeline' && state.orientation !== 'vertical') options.orientation = state.orientation;
    return { tag, options };
  });
}
