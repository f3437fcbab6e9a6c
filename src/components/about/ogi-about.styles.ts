import { css } from 'lit';

export const aboutStyles = css`
  .lead {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .section {
    margin-block-start: calc(var(--_space) * 2.25);
    padding-block-start: calc(var(--_space) * 0.25);
  }
  .section > .subtitle {
    margin-block-start: 0;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .text:last-child {
    margin-block-end: 0;
  }

  /* The three innovations */
  .cards {
    list-style: none;
    margin: calc(var(--_space) * 1.25) 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.125);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-block-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .card p {
    margin: 0;
  }
  .badge {
    display: inline-grid;
    place-items: center;
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    background: var(--_accent-soft);
    color: var(--_accent);
  }
  .badge .icon {
    width: 1.375em;
    height: 1.375em;
  }
  .name {
    display: flex;
    flex-direction: column;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .alias {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  .focus {
    flex: 1 1 auto;
  }
  .more {
    font-weight: 600;
  }

  /* The core team */
  .team {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.625);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    column-gap: calc(var(--_space) * 2);
  }
  .member {
    padding-inline-start: 0.25em;
  }
  .member::marker {
    color: var(--_accent);
  }
  .member-name {
    font-weight: 600;
  }
  .gloss {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .note {
    padding: var(--_space) calc(var(--_space) * 1.25);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .note-label {
    margin: 0 0 calc(var(--_space) * 0.25);
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .badge {
      color: CanvasText;
    }
    .card {
      border-color: CanvasText;
    }
    .note {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .note {
      background: none;
      border: 1px solid var(--_border);
      border-inline-start: 0.3rem solid var(--_text);
    }
    .badge,
    a.external .icon {
      display: none;
    }
    .cards {
      grid-template-columns: 1fr;
    }
    .card {
      break-inside: avoid;
    }
    .note {
      break-inside: avoid;
    }
    /* On paper, show where the links go. */
    a.external::after {
      content: ' ' attr(href);
      font-weight: 400;
      word-break: break-all;
    }
  }
`;
