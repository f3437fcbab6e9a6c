import { css } from 'lit';

/*
 * Geometry: every milestone's body has the same padding, so the dot lines up
 * with the date whether or not the milestone is highlighted.
 *   --_dot   the dot's diameter
 *   --_pad   the body's block padding
 *   --_date  the date's line height (the dot centres on it)
 */
export const ogpTimelineStyles = css`
  :host {
    --_line: var(--ogi-timeline-line, var(--_border));
    --_dot: 1rem;
    --_pad: calc(var(--_space) * 0.625);
    --_date: 1.5rem;
    --_rail: 2rem;
    --_inset: calc(var(--_space) * 0.875);
  }

  .track {
    container-type: inline-size;
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  .event {
    position: relative;
    padding-inline-start: var(--_rail);
    padding-block-end: calc(var(--_space) * 0.75);
  }
  .event:last-child {
    padding-block-end: 0;
  }
  /* The line, from this dot to the next one. */
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_dot) / 2 - 1px);
    inset-block: calc(var(--_pad) + var(--_date) / 2) calc(-1 * (var(--_pad) + var(--_date) / 2));
    border-inline-start: 2px solid var(--_line);
  }
  .event:last-child::before {
    content: none;
  }
  /* The dot. */
  .event::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: calc(var(--_pad) + (var(--_date) - var(--_dot)) / 2);
    width: var(--_dot);
    height: var(--_dot);
    border: 3px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    print-color-adjust: exact;
  }
  .highlight::after {
    background: var(--_accent);
    box-shadow: 0 0 0 4px var(--_accent-soft);
  }

  .body {
    padding: var(--_pad) var(--_inset);
    border-radius: var(--_radius);
  }
  /* A shadow, not a border: forced-colors mode would draw a transparent border on every milestone. */
  .highlight .body {
    background: var(--_accent-soft);
    box-shadow: inset 3px 0 0 var(--_accent);
  }

  .date {
    display: block;
    line-height: var(--_date);
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_accent);
  }
  .event-title {
    margin: calc(var(--_space) * 0.125) 0 calc(var(--_space) * 0.25);
    font-size: 1.1875em;
  }
  .text {
    margin: 0;
  }

  .body .short {
    margin: calc(var(--_space) * 0.25) 0 0;
  }

  /* Narrow: a narrower rail. */
  @container (max-width: 30rem) {
    .timeline {
      --_rail: 1.5rem;
      --_inset: calc(var(--_space) * 0.5);
    }
  }

  @media (forced-colors: active) {
    .event::before {
      border-color: CanvasText;
    }
    .event::after {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      box-shadow: none;
    }
    .highlight::after {
      border-color: Highlight;
      background: Highlight;
    }
    .highlight .body {
      border: 2px solid CanvasText;
    }
  }

  @media print {
    .event {
      break-inside: avoid;
    }
    .event::before {
      border-color: #777;
    }
    .highlight .body {
      background: none;
      box-shadow: none;
      border: 1px solid #000;
    }
    .highlight::after {
      box-shadow: none;
    }
  }
`;
