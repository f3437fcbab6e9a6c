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
    color: var(--_text);
    font-family: var(--ogi-font-family, inherit);
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
   * The frame resets every inherited property a host stylesheet could leak in,
   * even one that targets the host element itself (outer rules beat :host);
   * the font stays the host's.
   */
  .base {
    font-family: var(--ogi-font-family, inherit);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.55;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-decoration: none;
    white-space: normal;
    overflow-wrap: break-word;
    visibility: visible;
    cursor: auto;
    background: var(--_surface);
    color: var(--_text);
    border: calc(var(--_frame) * 1px) solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_frame) * var(--_space) * 1.5) calc(var(--_frame) * clamp(var(--_space), 4vw, var(--_space) * 2));
  }
  /* Small screens: a lighter frame leaves the text its width. */
  @media (max-width: 30rem) {
    .base {
      padding: calc(var(--_frame) * var(--_space)) calc(var(--_frame) * var(--_space) * 0.75);
    }
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
  .subtitle {
    font-size: 1.125em;
    font-weight: 700;
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
  }
  .eyebrow {
    display: var(--ogi-eyebrow, block);
    margin: 0 0 calc(var(--_space) * 0.25);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  /* One readable measure for running text (the lead's 61ch in its larger size is the same edge). */
  p {
    margin: 0 0 var(--_space);
    max-width: 65ch;
  }
  .lead {
    color: var(--_muted);
    font-size: 1.0625em;
    max-width: 61ch;
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
  /* Icons in em: they grow with the text, whatever the zoom. */
  .icon {
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
   * Controls that need the script (copy, open all): in a server-rendered widget they keep
   * their room but stay invisible, out of reach, until the script has defined the element.
   */
  :host(:not(:defined)) .js {
    visibility: hidden;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
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
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
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
    .no-print {
      display: none !important;
    }
  }
`;
