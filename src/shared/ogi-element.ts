import {
  LitElement,
  html,
  isServer,
  render,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { LangController } from './lang.js';
import { heading } from './heading.js';
import { baseStyles } from './styles.js';
import { Hydration, STAMP, stamp } from './hydrate.js';
import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_LOCALE,
  THEMES,
  isOneOf,
  parseHeadingLevel,
  type Locale,
  type Theme,
} from './values.js';
import { LOAD_TIMEOUT, fill, load, read, type ContentError, type ContentKey, type Regional } from './regional.js';

/** The `ogi-` events the elements declare in `HTMLElementEventMap`. */
export type OgiEventName = Extract<keyof HTMLElementEventMap, `ogi-${string}`>;
/** The `detail` an event of `HTMLElementEventMap` carries. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Outside the class on purpose: the manifest analyzer lists every `new CustomEvent(…)` it
 * finds in a class as an event of that class, and this one has no name of its own.
 */
function dispatch<K extends OgiEventName>(target: EventTarget, name: K, detail: EventDetail<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * What every OGI widget shares: language resolution, heading level, theme,
 * the base styles and tokens. Not registered as an element itself.
 *
 * @attr {string} lang - `id` or `en` (region subtags such as `en-GB` accepted), or a language the regional content brings a pack for (`jv`). When absent, the nearest ancestor's `lang` (through shadow roots), then `<html lang>`, then `id`. Unsupported values show `id` with one console warning.
 * @attr {string} content-src - URL of a regional content file (JSON): the portal's own contact, questions, milestones, sections or languages. Fetched once per URL per page; the widget shows nothing until it arrives (at most 3 s, then the national content). An inline `<script type="application/json">` child or the `content` property wins over it.
 *
 * @fires ogi-content-error - When regional content (any source) has problems; the valid rest still applies. `detail: { errors: { path: string, message: string }[] }`.
 *
 * @csspart base - The widget's frame, carrying the resolved `lang`.
 * @csspart title - The widget's title (`<h1>`–`<h6>`, after `heading-level`).
 *
 * @cssprop [--ogi-color-accent=#9b1c1f] - Links, buttons and highlights (dark: #ff9d97). `currentColor` makes it the text colour, `LinkText` the browser's link colour, `var(--your-brand)` your site's: the widget then follows the host.
 * @cssprop [--ogi-color-accent-soft=accent 10% on surface] - Hover and highlight backgrounds; mixed (oklab) from the accent and surface unless set.
 * @cssprop [--ogi-color-text=#1c2530] - Body text (dark: #e8edf3).
 * @cssprop [--ogi-color-muted=text 80% on surface] - Secondary text; mixed (oklab) from the text and surface unless set.
 * @cssprop [--ogi-color-surface=#ffffff] - The widget's background (dark: #161b22).
 * @cssprop [--ogi-color-subtle=text 5% on surface] - Background of inner blocks; mixed from the text and surface unless set.
 * @cssprop [--ogi-color-border=text 28% on surface] - Frame and dividers; mixed from the text and surface unless set.
 * @cssprop [--ogi-color-focus=#1a5fb4] - Keyboard focus ring (dark: #8cc4ff).
 * @cssprop [--ogi-font-family=inherit] - Font; the host page's unless set. On a page that sets no font at all (the browser's default serif, as inside GOV.UK Frontend, which sets fonts per class), a widget the script draws takes the system's sans-serif (`system-ui, sans-serif`) instead; a server-rendered fragment keeps the page's font (set this token there).
 * @cssprop [--ogi-font-size=inherit] - The size the type scale starts from (body text; headings 1.1875× and 1.5×, small print 0.875×), e.g. `16px` on a host whose root size is small.
 * @cssprop [--ogi-radius=0.5rem] - Corner radius.
 * @cssprop [--ogi-space=1rem] - Base spacing unit; every gap is a multiple of it.
 * @cssprop [--ogi-max-width=max(46rem, 736px)] - Widest the widget grows: about two thirds of a wide page, the measure of its text (the px floor holds on a site whose root size is small); 60rem for a horizontal timeline.
 * @cssprop [--ogi-space-after=2rem] - Space below the widget, so that widgets (and the page's next block) stacked one after another keep apart; `0` for none.
 * @cssprop [--ogi-frame=1] - `0` draws the frame without border or padding, for a host page that already puts the widget in a card of its own.
 * @cssprop [--ogi-eyebrow=block] - `none` hides the small label above the title (each widget's own, e.g. "Tanya Jawab" / "FAQ" above the FAQ's), e.g. when several widgets stand on one page.
 */
export class OgiElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  // Declared without decorators: the same reactive properties, and the decorator runtime stays out of the bundle.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    // Any value reflects without throwing (a Symbol would); unset removes the attribute.
    theme: { reflect: true, converter: { toAttribute: (v: unknown) => (v == null ? v : String(v)) } },
    announcement: { state: true, attribute: false },
    content: { attribute: false },
    contentSrc: { attribute: 'content-src' },
  };

  /** This element's key in a regional content file (its tag without `ogi-`). */
  protected static contentKey: ContentKey;

  /** Treats the global `lang` attribute as an input without taking over the native property. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The level of the widget's title (`<h1>`–`<h6>`); its sub-headings go one
   * level deeper, at most 6. Invalid values mean 2.
   */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  theme: Theme = THEMES[0];

  /**
   * Regional content as an object, in the format of a content file (it wins over an inline
   * `<script type="application/json">` child and over `content-src`). Assign a new object to
   * change it.
   */
  content?: unknown;

  /** URL of a regional content file (attribute `content-src`). */
  contentSrc?: string;

  /** What the widget's polite live region says (see `status()`). */
  protected announcement = '';

  /** The valid part of the regional content for this element, and the valid language packs. */
  protected regional?: Regional;

  #lang = new LangController(this);

  constructor() {
    super();
    new Hydration(this);
  }

  /**
   * The language this widget renders in: its own `lang`, else the nearest
   * ancestor's (through shadow roots), else `<html lang>`, else `id`.
   */
  get locale(): string {
    return this.#lang.resolve(this.regional?.languages, (tag, message, seen) =>
      this.warnOnce('lang', tag, message, seen),
    );
  }

  /** The theme actually applied (`light` for unknown values). */
  get resolvedTheme(): Theme {
    return isOneOf(THEMES, this.theme) ? this.theme : THEMES[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.hasAttribute(STAMP))
      this.#sans = /^("?Times( New Roman)?"?|serif|-webkit-standard)$/.test(getComputedStyle(this).fontFamily);
    // Moved under another ancestor (or into another shadow root): its language may differ.
    if (this.hasUpdated) this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * Moved into another document (an iframe's), the shadow root loses its style sheets: a
   * constructed sheet belongs to the document that made it. It gets copies made by the window
   * it is now in.
   */
  adoptedCallback(): void {
    const Sheet = this.ownerDocument.defaultView?.CSSStyleSheet;
    if (this.renderRoot && Sheet)
      (this.renderRoot as ShadowRoot).adoptedStyleSheets = (this.constructor as typeof OgiElement).elementStyles.map(
        (s) => {
          const sheet = new Sheet();
          sheet.replaceSync(String(s));
          return sheet;
        },
      );
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.#readContent(changed);
    return !this.#waiting;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The server renderer calls no `shouldUpdate`.
    if (isServer) this.#readContent(changed);
    super.willUpdate(changed);
    // What `render()` gives, stamped: the server writes it on the host, the browser compares (hydrate.ts).
    if (isServer) this.setAttribute(STAMP, stamp(this.locale, this.titleLevel, this.render()));
    if (changed.has('headingLevel'))
      this.checkValue(
        'heading-level',
        this.headingLevel,
        parseHeadingLevel(this.headingLevel),
        ['1–6'],
        DEFAULT_HEADING_LEVEL,
      );
    if (changed.has('theme')) this.checkValue('theme', this.theme, isOneOf(THEMES, this.theme), THEMES);
  }

  /**
   * A host page that sets no font leaves the browser's default, a serif: what Chromium calls
   * "Times New Roman" (Times on a Mac), Firefox `serif` and WebKit `-webkit-standard` (a probe
   * with `font-family: initial` would not tell: WebKit computes it as the inherited font). The
   * frame then takes the system's sans-serif instead (`.sans`). A page that sets a font keeps it,
   * `--ogi-font-family` wins over both, and a server-rendered widget keeps the font it was shown
   * in, so that nothing moves as the script takes it over. The font is read as the element is
   * connected, before its first render, when reading a style costs little (nothing of its own is
   * drawn yet).
   */
  #sans = false;

  /** The frame's `.later`, found once: `render()` keeps it from update to update. */
  #later?: HTMLElement | null;

  protected override firstUpdated(): void {
    if (this.#sans) this.renderRoot.querySelector('.base')!.classList.add('sans');
    this.#later = this.renderRoot.querySelector<HTMLElement>('.later');
  }

  /**
   * After each update, the controls that need the script (`controls()`) are drawn into the
   * frame's `.later`, outside what `render()` gives: the server renders none, and a fragment
   * taken over matches `render()` as it was.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#later) render(this.controls(), this.#later, { host: this });
  }

  /** The controls that need the script, for `.later` (none by default). */
  protected controls(): unknown {
    return undefined;
  }

  /** The title's level, always 1–6. */
  protected get titleLevel(): number {
    return parseHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
  }

  /** The level of sub-headings: one deeper than the title, at most 6. */
  protected get subLevel(): number {
    return Math.min(this.titleLevel + 1, 6);
  }

  /**
   * The outer frame every widget renders in: a region named by the widget's
   * title (`id="title"`, at `heading-level`) under a short eyebrow label,
   * carrying the resolved `lang` so assistive technology pronounces the
   * content right.
   */
  protected frame(locale: string, head: { eyebrow: string; title: string }, content: TemplateResult): TemplateResult {
    return html`<section part="base" class="base" lang=${locale} aria-labelledby="title">
      <p class="eyebrow">${head.eyebrow}</p>
      ${heading(this.titleLevel, head.title, { id: 'title' })} ${content}
    </section>`;
  }

  /** The polite live region (part `status`); `hidden` keeps it for screen readers only. */
  protected status(hidden = false): TemplateResult {
    return html`<p part="status" class=${hidden ? 'status visually-hidden' : 'status'} role="status" aria-live="polite">${this.announcement}</p>`;
  }

  /** Says `message` through the live region; a repeated message is said again. */
  protected async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  /**
   * The words of this widget in the language shown: the built-in ones, or a regional language
   * pack's over the Indonesian ones (what the pack lacks is reported once and shown in Indonesian).
   */
  protected words<T>(table: Record<Locale, T>, key: string = (this.constructor as typeof OgiElement).contentKey): T {
    const lang = this.locale;
    if (lang in table) return table[lang as Locale];
    const missing: string[] = [];
    const words = fill(table[DEFAULT_LOCALE], this.regional?.languages?.[lang]?.[key], key, missing);
    if (missing.length)
      this.warnOnce('lang', lang + key, `the "${lang}" pack lacks ${missing.join(', ')}; shown in Indonesian.`);
    return words;
  }

  /**
   * Fires one of this library's events (declared in `HTMLElementEventMap`) the contract way:
   * bubbling, composed, with a `detail` of the declared type.
   */
  protected emit<K extends OgiEventName>(name: K, detail: EventDetail<K>): void {
    dispatch(this, name, detail);
  }

  /**
   * Reports, once, a value of `attribute` that it does not take (`valid` false): what it takes
   * (`takes`: its values, the first the default unless `fallback` says otherwise) and the default shown
   * instead. Unset (a removed attribute, `undefined` from a framework) means the default: no warning.
   */
  protected checkValue(
    attribute: string,
    value: unknown,
    valid: unknown,
    takes: readonly unknown[],
    fallback = takes[0],
  ): void {
    if (value != null && !valid)
      this.warnOnce(attribute, value, `"${String(value).slice(0, 40)}" is not ${takes}; using ${fallback}.`);
  }

  /** Reports an author's mistake once per attribute and value (in `seen`: this widget's); never throws. */
  protected warnOnce(attribute: string, value: unknown, message: string, seen = this.#warned): void {
    const key = `${attribute}=${String(value).slice(0, 200)}`;
    if (seen.has(key)) return;
    seen.add(key);
    console.warn(`[ogi-widgets] <${this.localName}> ${attribute}: ${message}`);
  }

  /** Values already reported to the console, so that each mistake is reported once. */
  #warned = new Set<string>();

  /** Set while `content-src` is being fetched: the widget waits rather than show what it would replace. */
  #waiting = false;

  /** The `content-src` last fetched, and what came: the content, or the reason it did not. */
  #fetched?: [src: string, value: unknown, error?: string];

  /** Takes the regional content from the source that wins, once it changed (or on the first update). */
  #readContent(changed: PropertyValues): void {
    if (this.hasUpdated && !changed.has('content') && !changed.has('contentSrc')) return;
    const errors: ContentError[] = [];
    const script = isServer ? null : this.querySelector(':scope>script[type="application/json"]');
    let raw = this.content;
    if (raw == null && script) {
      try {
        raw = JSON.parse(script.textContent ?? '');
      } catch {
        errors.push({ path: '', message: 'invalid JSON' });
      }
    } else if (raw == null && this.contentSrc && !isServer) {
      const src = this.contentSrc;
      if (this.#fetched?.[0] !== src) {
        this.#waiting = true;
        Promise.race([load(src), new Promise((_, no) => setTimeout(no, LOAD_TIMEOUT, 'not loaded within 3 s'))]).then(
          (value) => this.#loaded([src, value]),
          (error) => this.#loaded([src, undefined, String(error)]),
        );
        return;
      }
      raw = this.#fetched[1];
      if (this.#fetched[2]) errors.push({ path: '', message: `${src.slice(0, 200)}: ${this.#fetched[2]}` });
    }
    this.#applyContent(raw, errors);
  }

  #loaded(fetched: [string, unknown, string?]): void {
    if (fetched[0] !== this.contentSrc) return;
    this.#fetched = fetched;
    this.#waiting = false;
    this.requestUpdate('contentSrc');
  }

  /** Keeps what is valid of `raw` for this element; reports the rest once (console and `ogi-content-error`). */
  #applyContent(raw: unknown, errors: ContentError[]): void {
    this.regional = read(raw, (this.constructor as typeof OgiElement).contentKey, errors);
    if (errors.length) {
      console.error(
        `[ogi-widgets] <${this.localName}> content: ${errors.map((e) => `${e.path || '(file)'}: ${e.message}`).join('; ')}`,
      );
      if (!isServer) this.emit('ogi-content-error', { errors });
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'ogi-content-error': CustomEvent<{ errors: ContentError[] }>;
  }
}
