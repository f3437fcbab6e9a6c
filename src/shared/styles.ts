import { css, unsafeCSS } from 'lit';
import { BASE_COLORS, MIXED_COLORS, TOKEN_DEFAULTS } from './values.js';

/**
 * `--_<name>:var(--ogi-<prefix><name>,<default>);` for each token of `table` (`values.ts`); a
 * `[from, share]` default is that share of the `from` colour mixed with the surface, in oklab.
 */
const declare = (table: object, prefix = 'color-') =>
  unsafeCSS(
    Object.entries(table)
      .map(
        ([name, value]) =>
          `--_${name}:var(--ogi-${prefix}${name},${Array.isArray(value) ? `color-mix(in oklab,var(--_${value[0]}) ${value[1]}%,var(--_surface))` : value});`,
      )
      .join(''),
  );

/** The dark palette, used by `theme="dark"` and by `theme="auto"` in a dark system. */
const darkTokens = declare(BASE_COLORS.dark);

/**
 * Tokens and resets shared by every widget. Each public `--ogi-*` token has
 * its default here (from `values.ts`), since a host page loads no theme file of ours; the
 * private `--_*` names are what the widgets' own styles read. The soft
 * accent, muted, subtle and border colours follow the accent, text and
 * surface (mixed in oklab) unless a site sets them itself; the theme only
 * changes those three and the focus ring.
 */
export const baseStyles = css`
  :host {
    ${declare({ ...BASE_COLORS.light, ...MIXED_COLORS })}
    ${declare(TOKEN_DEFAULTS, '')}
    color-scheme: light;

    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
    /* Widgets pasted one after another (or before the page's next block) keep apart. */
    margin-block-end: var(--_space-after);
    color: var(--_text);
    font-family: var(--ogi-font-family);
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /*
   * The frame resets every property a host stylesheet could leak in, even one that targets the
   * host element itself (outer rules beat :host): all of them back to their initial values
   * (custom properties, direction and unicode-bidi excepted), then what the frame wants. The font
   * stays the host's, at the host's size, unless --ogi-font-family or --ogi-font-size is set: a
   * var() of an unset token makes the property unset, which inherits.
   */
  .base {
    all: initial;
    display: block;
    box-sizing: inherit;
    color-scheme: inherit;
    font-family: var(--ogi-font-family);
    font-size: var(--ogi-font-size);
    line-height: 1.55;
    overflow-wrap: break-word;
    background: var(--_surface);
    color: var(--_text);
    border: calc(var(--_frame) * 1px) solid var(--_border);
    border-radius: var(--_radius);
    /*
     * Its own width, not the screen's: a percentage of padding is one of the host's width, so
     * in a 300 px sidebar of a wide page the frame is as light as on a phone (12 px beside the
     * text), and up to 2 × --ogi-space wide. No size container: that would cost the list's layout
     * time, and give the host no width of its own in a flex row.
     */
    padding: calc(var(--_frame) * clamp(var(--_space), 3%, var(--_space) * 1.5))
      calc(var(--_frame) * clamp(var(--_space) * 0.75, 4%, var(--_space) * 2));
  }
  /*
   * A host page that sets no font at all (GOV.UK sets it per class) would leave the browser's
   * default serif: the script then marks the frame (OgiElement), and it takes the system's sans-serif.
   */
  .sans {
    font-family: var(--ogi-font-family, system-ui, sans-serif);
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  /*
   * One type scale of four steps, in em of the host's size: the title (1.5em), headings and the
   * lead (1.1875em), the body (1em) and small print (0.875em: labels, notes, credits).
   */
  .subtitle {
    font-size: 1.1875em;
    font-weight: 700;
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
  }
  .eyebrow {
    display: var(--ogi-eyebrow, block);
    margin: 0 0 calc(var(--_space) * 0.25);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  /* One readable measure for running text (the lead's 56ch in its larger size is about the same edge). */
  p {
    margin: 0 0 var(--_space);
    max-width: 65ch;
  }
  .lead {
    font-size: 1.1875em;
    max-width: 56ch;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 0.08em;
  }
  a:hover {
    text-decoration-thickness: 0.16em;
  }
  /* A short list (names, as the founding countries) reads as one line of text, in commas. */
  .short {
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .short li {
    display: inline;
  }
  .short li:not(:last-child)::after {
    content: ', ';
  }
  /* Icons in em: they grow with the text, whatever the zoom. */
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  a.external .icon {
    display: inline-block;
    width: 0.95em;
    height: 0.95em;
    margin-inline-start: 0.25em;
    vertical-align: -0.1em;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  button:hover,
  .button:hover {
    background: var(--_accent-soft);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /*
   * Controls that need the script (open all, copy) are drawn by it into .later (OgiElement), as
   * if they stood in its place. A server-rendered fragment has none: it reads as clean text.
   * Until the script has defined the element their room is kept, so that nothing moves as they
   * arrive; without JavaScript there is no room for them.
   */
  .later {
    display: contents;
  }
  @media (scripting: enabled) {
    :host(:not(:defined)) .later {
      display: block;
      min-height: 2.75rem;
    }
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    button,
    .button {
      border-color: ButtonText;
      color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
    }
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    /* Icons take the system colour of what they stand by, never the brand's. */
    svg {
      color: inherit !important;
    }
  }

  @media print {
    /* Paper is white whatever the theme: ink only. */
    :host,
    :host([theme]) {
      --_text: #000;
      --_muted: #222;
      --_surface: #fff;
      --_subtle: #fff;
      --_accent: #000;
      --_accent-soft: #fff;
      --_border: #777;
      color-scheme: light;
    }
    .no-print,
    a.external .icon {
      display: none !important;
    }
    /* A link on paper is its address. */
    a.external::after {
      content: ' ' attr(href);
      font-weight: 400;
      word-break: break-all;
    }
  }
`;
