import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading of the given level (1–6) with a part, class and optional id.
 * Lit cannot bind a tag name, so each level is its own template.
 */
export function heading(
  level: number,
  content: unknown,
  { part = 'title', cls = 'title', id = '' }: { part?: string; cls?: string; id?: string } = {},
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${cls} id=${ifDefined(id || undefined)}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class=${cls} id=${ifDefined(id || undefined)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls} id=${ifDefined(id || undefined)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls} id=${ifDefined(id || undefined)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${cls} id=${ifDefined(id || undefined)}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${cls} id=${ifDefined(id || undefined)}>${content}</h2>`;
  }
}
