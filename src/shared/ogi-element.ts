import {
  LitElement,
  html,
  isServer,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { DEFAULT_LOCALE, inheritedLang, matchLocale, type Locale } from './lang.js';
import { heading } from './heading.js';
import { baseStyles } from './styles.js';
import { STAMP, stamp, takeOver } from './hydrate.js';
import { LOAD_TIMEOUT, fill, load, read, type ContentError, type ContentKey, type Regional } from './regional.js';

/** Whether `value` is one of `list` (an `as const` list of the values an attribute takes). */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/** The values of `theme`; the first is the default. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
const DEFAULT_HEADING_LEVEL = 2;

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

/** Widgets that inherit their language, told when any `lang` in the document changes. */
const listeners = new Set<OgiElement>();
let langObserver: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function watchLang(el: OgiElement): void {
  listeners.add(el);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    langObserver.observe(document.documentElement, LANG_CHANGES);
  }
}

function unwatchLang(el: OgiElement): void {
  listeners.delete(el);
  if (listeners.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/** Inherited language tags already reported as unsupported: one warning for all the widgets under them. */
const langWarned = new Set<string>();

/** The heading level `value` names: 1–6 as a number or as the plain digit; `undefined` for anything else. */
const levelOf = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\s*[1-6]\s*$/.test(value) ? Number(value) : value;
  return Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 6 ? (n as number) : undefined;
};

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
 * @cssprop [--ogi-font-family=inherit] - Font; the host page's unless set.
 * @cssprop [--ogi-radius=0.5rem] - Corner radius.
 * @cssprop [--ogi-space=1rem] - Base spacing unit; every gap is a multiple of it.
 * @cssprop [--ogi-max-width=60rem] - Widest the widget grows.
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
  headingLevel = 2;

  /** `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  theme: Theme = 'light';

  /**
   * Regional content as an object, in the format of a content file (it wins over an inline
   * `<script type="application/json">` child and over `content-src`). Assign a new object to
   * change it.
   */
  content?: unknown;

  /** URL of a regional content file (attribute `content-src`). */
  contentSrc?: string;

  /** The valid part of the regional content for this element, and the valid language packs. */
  protected regional?: Regional;
  /** Set while `content-src` is being fetched: the widget waits rather than show what it would replace. */
  #waiting = false;
  /** The `content-src` last fetched, and what came: the content, or the reason it did not. */
  #fetched?: [src: string, value: unknown, error?: string];

  /** Values already reported to the console, so that each mistake is reported once. */
  #warned = new Set<string>();

  /** Set when a server-rendered shadow root waits to be taken over by the first update. */
  #hydrate = false;

  /**
   * A shadow root that came with the HTML (a declarative one, from `ogi-widgets/ssr` or
   * `dist/static/`) is kept; the element's styles are adopted into it, so that it is styled even
   * where the page's CSP blocks the fragment's inline `<style>`.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#hydrate = !!this.shadowRoot;
    const root = super.createRenderRoot();
    // Lit would render before the root's first node (the fragment's `<style>`); the taken-over part is the root's.
    if (this.#hydrate) this.renderOptions.renderBefore = null;
    return root;
  }

  /** What `render()` gives, stamped: the server writes it on the host (`data-ogi-ssr`), the browser compares. */
  #stamp(result: unknown): string {
    return stamp(this.locale, this.titleLevel, result);
  }

  /**
   * The first update of a server-rendered widget binds the template to the DOM already there
   * (Lit's `hydrate`) when that DOM is what this release renders now (its stamp), so that what the
   * visitor did before the script came (an open question, focus) stays. Any other HTML (another
   * release's, a changed language or level, edited by a CMS) is drawn anew, with one warning.
   */
  protected override update(changed: PropertyValues): void {
    if (this.#hydrate) {
      this.#hydrate = false;
      const result = this.render();
      takeOver(this, result, this.getAttribute(STAMP) === this.#stamp(result));
    }
    super.update(changed);
  }

  /** Watches `lang` in the shadow roots around this widget, which the document's observer cannot see into. */
  #rootsObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    // `host` rather than `instanceof ShadowRoot`: the root may come from another window.
    for (let root = this.getRootNode() as ShadowRoot; root.host; root = root.host.getRootNode() as ShadowRoot) {
      (this.#rootsObserver ??= new MutationObserver(() => this.requestUpdate())).observe(root, LANG_CHANGES);
    }
    // Moved under another ancestor (or into another shadow root): its language may differ.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    this.#rootsObserver?.disconnect();
    this.#rootsObserver = undefined;
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

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * The language this widget renders in: its own `lang`, else the nearest
   * ancestor's (through shadow roots), else `<html lang>`, else `id`.
   */
  get locale(): string {
    const tag = inheritedLang(this);
    const locale = matchLocale(tag);
    if (locale) return locale;
    const packs = this.regional?.languages ?? {};
    const pack = packs[tag] ? tag : Object.keys(packs).find((k) => k.toLowerCase() === tag.toLowerCase().split('-')[0]);
    if (pack) return pack;
    if (tag)
      this.warnOnce(
        'lang',
        tag,
        `language "${tag.slice(0, 40)}" is not available; showing "${DEFAULT_LOCALE}". Use lang="id" or lang="en".`,
        // Inherited from the page or an ancestor: once for all widgets. Its own: once for this one.
        this.hasAttribute('lang') ? undefined : langWarned,
      );
    return DEFAULT_LOCALE;
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

  /** Reports an author's mistake once per attribute and value (in `seen`: this widget's); never throws. */
  protected warnOnce(attribute: string, value: unknown, message: string, seen = this.#warned): void {
    const key = `${attribute}=${String(value).slice(0, 200)}`;
    if (seen.has(key)) return;
    seen.add(key);
    console.warn(`[ogi-widgets] <${this.localName}> ${attribute}: ${message}`);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.#readContent(changed);
    return !this.#waiting;
  }

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

  protected override willUpdate(changed: PropertyValues): void {
    // The server renderer calls no `shouldUpdate`.
    if (isServer) this.#readContent(changed);
    super.willUpdate(changed);
    if (isServer) this.setAttribute(STAMP, this.#stamp(this.render()));
    // Unset (a removed attribute, `undefined` from a framework) means the default; no warning.
    if (changed.has('headingLevel') && this.headingLevel != null && !levelOf(this.headingLevel)) {
      this.warnOnce(
        'heading-level',
        this.headingLevel,
        `"${String(this.headingLevel).slice(0, 40)}" is not 1–6; using ${DEFAULT_HEADING_LEVEL}.`,
      );
    }
    if (changed.has('theme') && this.theme != null && !isOneOf(THEMES, this.theme)) {
      this.warnOnce(
        'theme',
        this.theme,
        `"${String(this.theme).slice(0, 40)}" is not light, dark or auto; using light.`,
      );
    }
  }

  /** The theme actually applied (`light` for unknown values). */
  get resolvedTheme(): Theme {
    return isOneOf(THEMES, this.theme) ? this.theme : 'light';
  }

  /** The title's level, always 1–6. */
  protected get titleLevel(): number {
    return levelOf(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
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

  /** What the widget's polite live region says (see `status()`). */
  protected announcement = '';

  /** Says `message` through the live region; a repeated message is said again. */
  protected async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  /** The polite live region (part `status`); `hidden` keeps it for screen readers only. */
  protected status(hidden = false): TemplateResult {
    return html`<p part="status" class=${hidden ? 'status visually-hidden' : 'status'} role="status" aria-live="polite">${this.announcement}</p>`;
  }

  /**
   * Fires one of this library's events (declared in `HTMLElementEventMap`) the contract way:
   * bubbling, composed, with a `detail` of the declared type.
   */
  protected emit<K extends OgiEventName>(name: K, detail: EventDetail<K>): void {
    dispatch(this, name, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ogi-content-error': CustomEvent<{ errors: ContentError[] }>;
  }
}
