/**
 * Server rendering (`ogi-widgets/ssr`, Node only): each widget as HTML with a declarative
 * shadow root, rendered by Lit's server renderer from the very components the browser runs,
 * so the script can take the same DOM over when it loads. Built into `dist/ssr/` with `lit`
 * and `@lit-labs/ssr` left as imports, since Lit must load its Node build here.
 */
// The DOM shim first: the components register themselves when they load.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { unsafeCSS, type CSSResult, type CSSResultGroup } from 'lit';
import '../index.js';
import { OgiElement } from '../shared/ogi-element.js';
import { scopeCss } from './scope-css.js';
import { rowCss } from '../components/ogp-timeline/row.js';
import { read } from '../shared/regional.js';
import {
  LOCALES,
  ORIENTATIONS,
  TAGS,
  THEMES,
  isOneOf,
  parseHeadingLevel,
  resolveLang,
  type ElementTag,
  type Locale,
  type Orientation,
  type Theme,
} from '../shared/values.js';

export { contentSchema, languagePack } from './schema.js';
export { read as checkContent } from '../shared/regional.js';

// The values the elements take, and their parsers, for the command, the build scripts and the benchmark.
export * from '../shared/values.js';
export type Tag = ElementTag;

/** The class registered for `tag` (every element registers itself when `../index.js` loads). */
const classOf = (tag: Tag) => customElements.get(tag) as unknown as typeof OgiElement;

// The browser loads the horizontal row's styles only when a timeline asks for them; a fragment
// carries them with the rest, inline or in dist/ogi-widgets.css.
classOf('ogi-ogp-timeline').elementStyles.push(unsafeCSS(rowCss));

export interface RenderOptions {
  /** `id` (default) or `en`. Always written on the element, so the script renders the same language. */
  lang?: Locale | (string & {});
  /** `light` (default), `dark` or `auto`. */
  theme?: Theme;
  /** 1–6, as a number or a digit (as the attribute takes it); the element's default (2) when absent. */
  headingLevel?: number | `${number}`;
  /**
   * Regional content (a parsed content file): rendered, and carried in the fragment as an inline
   * `<script type="application/json">` child, so that the script takes over the same content.
   * Its problems are reported on stderr (`console.error`) and the valid rest applies, as in the
   * browser. `lang` may then also name a language it brings a pack for.
   */
  content?: unknown;
  /** URL of `ogi-widgets.css`: the shadow root links it instead of holding an inline `<style>`. */
  stylesheet?: string;
  /**
   * `<ogi-ogp-timeline>` only: `vertical` (the element's default, no attribute written) or
   * `horizontal`, which changes the shadow content (the list's class, focus and label).
   */
  orientation?: Orientation;
  /**
   * `<ogi-faq>` only: `true` writes `searchable`, and the search field is rendered above the
   * questions (it filters once the script has taken the fragment over).
   */
  searchable?: boolean;
}

/** A mistake in what was asked for (unknown tag, bad option); its message is one line. */
export class RenderError extends Error {
  override name = 'RenderError';
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `value` (quoted, cut to 40 characters) for an error message. */
const quote = (value: unknown) => `"${String(value).slice(0, 40)}"`;

/**
 * The element's attributes for `options`, each checked with the parser the element itself uses
 * (`values.ts`): what the element would refuse (warn about and replace by its default) is an error here.
 */
function attributes(tag: string, options: RenderOptions): string {
  const { lang = LOCALES[0], theme = THEMES[0], headingLevel, content } = options;
  if (typeof lang != 'string' || !resolveLang(lang, read(content, undefined, []).languages))
    throw new RenderError(`lang must be ${LOCALES.join(' or ')}, not ${quote(lang)}`);
  if (!isOneOf(THEMES, theme)) throw new RenderError(`theme must be ${THEMES.join(', ')}, not ${quote(theme)}`);
  let attrs = ` lang="${escapeAttr(lang)}" theme="${theme}"`;
  if (headingLevel !== undefined) {
    const level = parseHeadingLevel(headingLevel);
    if (!level) throw new RenderError(`heading level must be a whole number from 1 to 6, not ${quote(headingLevel)}`);
    attrs += ` heading-level="${level}"`;
  }
  if (!isOneOf(TAGS, tag)) throw new RenderError(`unknown element ${quote(tag)}; use one of ${TAGS.join(', ')}`);
  const { orientation } = options;
  if (orientation !== undefined) {
    if (tag !== 'ogi-ogp-timeline')
      throw new RenderError(`orientation is an attribute of ogi-ogp-timeline, not of ${tag}`);
    if (!isOneOf(ORIENTATIONS, orientation))
      throw new RenderError(`orientation must be ${ORIENTATIONS.join(' or ')}, not ${quote(orientation)}`);
    if (orientation !== ORIENTATIONS[0]) attrs += ` orientation="${orientation}"`;
  }
  const { searchable } = options;
  if (searchable !== undefined) {
    if (tag !== 'ogi-faq') throw new RenderError(`searchable is an attribute of ogi-faq, not of ${tag}`);
    if (typeof searchable !== 'boolean')
      throw new RenderError(`searchable must be true or false, not ${quote(searchable)}`);
    if (searchable) attrs += ' searchable';
  }
  return attrs;
}

/** The declarative shadow root's opening, as Lit's renderer writes it, followed by the inline styles. */
const INLINE_STYLE = /(<template shadowroot="open" shadowrootmode="open">)<style>[^<]*<\/style>/;

/**
 * Renders one widget to an HTML fragment: the element with a declarative shadow root holding
 * its whole content (and its styles, inline or linked), no script. The `<!--lit-…-->` comments
 * in it are what lets the script take the DOM over instead of drawing it again: keep them.
 *
 * The element carries `data-ogi-ssr` (release, language, title level and a hash of what it
 * rendered): the script takes the fragment over only when it would render the same, and draws
 * it anew otherwise (another release, a changed `lang`, HTML a CMS rewrote).
 *
 * Throws a `RenderError` (one-line message) for an unknown tag or a bad option.
 */
export async function renderToString(tag: string, options: RenderOptions = {}): Promise<string> {
  if (!options || typeof options !== 'object') throw new RenderError('options must be an object');
  const { stylesheet, content } = options;
  if (content !== undefined && (!content || typeof content !== 'object' || Array.isArray(content))) {
    throw new RenderError('content must be an object (a parsed content file)');
  }
  const attrs = attributes(tag, options);
  if (stylesheet !== undefined && (typeof stylesheet !== 'string' || !stylesheet.trim())) {
    throw new RenderError('stylesheet must be a non-empty URL');
  }
  // Static: the tag and the checked, quoted attributes are the template itself.
  // The content goes with the fragment (`<` escaped, so no text in it can end the script).
  const data =
    content === undefined
      ? ''
      : `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>`;
  let out = await collectResult(
    render(html`${unsafeStatic(`<${tag}${attrs}`)} .content=${content}>${unsafeStatic(`${data}</${tag}>`)}`),
  );
  // The outer template is ours, not the element's: nothing hydrates it, so its markers go.
  out = out
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/^<!--lit-node \d+-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<[\w-]+)\s+/, '$1 ');
  if (stylesheet !== undefined) {
    if (!INLINE_STYLE.test(out)) throw new Error(`no inline style found in <${tag}>'s shadow root`);
    // A function, not a string: `$&`, `$'`, `$1`… in the URL stay as written.
    const link = `<link rel="stylesheet" href="${escapeAttr(stylesheet.trim())}">`;
    out = out.replace(INLINE_STYLE, (_, open: string) => open + link);
  }
  return out;
}

function flatten(styles: CSSResultGroup | undefined): CSSResult[] {
  if (!styles) return [];
  return Array.isArray(styles) ? styles.flatMap((s) => flatten(s as CSSResultGroup)) : [styles as CSSResult];
}

/**
 * Every widget's styles as one stylesheet (`dist/ogi-widgets.css`), for shadow roots that
 * link it: the shared rules once, then each widget's own rules scoped to its host
 * (`:host(ogi-faq) .item`), so that one widget's classes never style another's.
 */
export function stylesheet(): string {
  const shared = flatten(OgiElement.styles);
  const parts = shared.map((s) => s.cssText);
  for (const tag of TAGS) {
    for (const style of classOf(tag).elementStyles as CSSResult[]) {
      if (!shared.includes(style)) parts.push(scopeCss(style.cssText, `:host(${tag})`));
    }
  }
  return `${parts.join('\n')}\n`;
}
