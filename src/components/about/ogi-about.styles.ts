import { css } from 'lit';

export const aboutStyles = css`
  .lead {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* Each section is a size container: its width (the widget's own, not the screen's) lays out its grids. */
  .section {
    margin-block-start: calc(var(--_space) * 2.25);
    padding-block-start: calc(var(--_space) * 0.25);
    container-type: inline-size;
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
  }
  .card {
    display: grid;
    align-content: start;
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
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* Small print (0.875 of the body) inside the name's 1.1875em. */
  .alias {
    font-size: 0.7368em;
    font-weight: 600;
    color: var(--_muted);
  }

  /* The core team */
  .team {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.625) calc(var(--_space) * 2);
  }
  /*
   * Wide enough (36rem of text, as in a 40rem widget): the three innovations in one row, the team in two
   * columns, never a row with one left over. The cards share their rows (badge, name, text,
   * link), so that their texts and links start level whatever the names.
   */
  @container (min-width: 36rem) {
    .cards {
      grid-template-columns: 1fr 1fr 1fr;
    }
    .card {
      grid-row: span 4;
      grid-template-rows: subgrid;
    }
    .team {
      grid-template-columns: 1fr 1fr;
    }
  }
  .member {
    padding-inline-start: 0.25em;
  }
  .member-name {
    font-weight: 600;
  }
  .gloss {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
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
    .badge {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
    .note {
      break-inside: avoid;
    }
    /* On paper, show where the links go. */
  }
`;
