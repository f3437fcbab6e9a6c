// The generic floor for the widgets without a hand-written one (benchmark only, never
// shipped): a custom element that stamps, from a <template>, the exact shadow DOM
// captured from our rendered widget in each language, with the captured styles in one
// constructable stylesheet shared by every instance. No logic, no data: the cheapest
// way a page can show the same DOM. The captured markup is our own output, not data.
/* global HTMLElement, customElements, CSSStyleSheet */

/** Defines `<tag>` stamping `html[locale]` (locale `id` or `en`) styled by `css`. */
export function defineStamp(tag, { css, html }) {
  let sheet;
  const templates = {};

  class StampFloor extends HTMLElement {
    static observedAttributes = ['lang'];
    #locale = '';

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      this.#stamp();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#stamp();
    }

    #stamp() {
      const lang = this.closest('[lang]:not([lang=""])')?.getAttribute('lang') || document.documentElement.lang || '';
      const locale = lang.trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'id';
      if (locale === this.#locale) return;
      this.#locale = locale;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      let template = templates[locale];
      if (!template) {
        template = document.createElement('template');
        template.innerHTML = html[locale];
        templates[locale] = template;
      }
      this.shadowRoot.adoptedStyleSheets = [sheet];
      this.shadowRoot.replaceChildren(template.content.cloneNode(true));
    }
  }

  if (!customElements.get(tag)) customElements.define(tag, StampFloor);
}
