import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** An attributed quotation, optionally a translation shown with its original words. */
export interface Quotation {
  text: string;
  /** The words' language when it differs from the widget's. */
  lang?: string | undefined;
  /** Who said them. */
  cite?: string | undefined;
  /** A line under the name: an office, or a note such as "unofficial translation". */
  role?: string | undefined;
  /** The original words, when `text` is a translation, after their label. */
  original?: { label: string; text: string; lang?: string | undefined } | undefined;
}

/**
 * The one presentation of a quotation, shared by about and the FAQ: a `<figure>` (part
 * `figure`) with the `<blockquote>` (part `quote`) and a `<figcaption>` (part `caption`).
 * The quotation marks come from CSS (`open-quote`), in the quotation's own language.
 */
export function quotation(q: Quotation): TemplateResult {
  const o = q.original;
  return html`<figure part="figure" class="figure">
    <blockquote part="quote" class="quote" lang=${ifDefined(q.lang)}><p>${q.text}</p></blockquote>
    <figcaption part="caption" class="caption">
      <cite>${q.cite}</cite>${q.role ? html`<br /><span class="role">${q.role}</span>` : nothing}${
        o ? html`<br /><span class="original">${o.label} <q lang=${ifDefined(o.lang)}>${o.text}</q></span>` : nothing
      }
    </figcaption>
  </figure>`;
}

export const quoteStyles = css`
  .figure {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: var(--_space) calc(var(--_space) * 1.25);
    background: var(--_subtle);
    border-inline-start: 0.3rem solid var(--_accent);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .quote {
    margin: 0;
    font-weight: 600;
    line-height: 1.45;
  }
  .quote p {
    margin: 0;
  }
  .quote p::before {
    content: open-quote;
  }
  .quote p::after {
    content: close-quote;
  }
  .caption {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    margin-block-start: calc(var(--_space) * 0.75);
    font-size: 0.875em;
  }
  /* Line breaks for readers without CSS (text browsers); the column lays the lines out here. */
  .caption br {
    display: none;
  }
  cite {
    font-style: normal;
    font-weight: 700;
  }
  .role,
  .original {
    color: var(--_muted);
  }
  .original {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .original q {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .figure {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.3rem;
    }
  }
  @media print {
    .figure {
      background: none;
      break-inside: avoid;
    }
  }
`;
