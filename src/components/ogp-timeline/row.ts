/**
 * The horizontal row (`orientation="horizontal"`): a module of its own
 * (`dist/ogi-ogp-timeline-row.js`), which the timeline loads the first time one of them is
 * horizontal, so that a page of vertical timelines never downloads it. A server-rendered
 * fragment carries these styles with the rest (src/ssr/index.ts adds them). Plain text, not
 * Lit's `css`, so that the module imports nothing (the timeline makes it a style sheet); the tag
 * still lets the build minify it as CSS.
 */
const css = String.raw;

export const rowCss = css`
  /* A row of milestones wants a wider page than running text. */
  :host([orientation='horizontal']) {
    --_max-width: var(--ogi-max-width, 60rem);
  }
  /*
   * Horizontal: one row along one line, scrolled sideways (snapping to each milestone) where
   * the milestones do not all fit. The row fades out at its end, a cue that more lies to the side
   * that hides the cut words; the end padding lets the last milestone scroll clear of the fade.
   * The highlighted milestone, the longest, takes two columns, so the row is no taller than it needs.
   */
  @container (min-width: 40rem) {
    .horizontal {
      --_gap: var(--_space);
      grid-auto-flow: column;
      grid-auto-columns: 30%;
      align-items: start;
      column-gap: var(--_gap);
      overflow-x: auto;
      scroll-snap-type: x mandatory;
      padding: 0 3rem var(--_space) 0;
      mask-image: linear-gradient(to left, #0000, #000 3rem);
    }
    .horizontal .event {
      padding: calc(var(--_dot) + var(--_space) * 0.25) 0 0;
      scroll-snap-align: start;
    }
    .horizontal .highlight {
      grid-column: span 2;
    }
    /* An undated milestone keeps the date's line (empty), so that titles line up. */
    .horizontal .date {
      min-height: var(--_date);
    }
    .horizontal .event::before {
      inset-inline: calc(var(--_inset) + var(--_dot) / 2) calc(-1 * (var(--_gap) + var(--_inset) + var(--_dot) / 2));
      inset-block: calc(var(--_dot) / 2 - 1px) auto;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_line);
    }
    /* The end of the road so far. */
    .horizontal .event:last-child::before {
      content: '';
      inset-inline-end: 0;
      border-block-start-style: dashed;
    }
    .horizontal .event::after {
      inset-block-start: 0;
      inset-inline-start: var(--_inset);
    }
    .horizontal .highlight .body {
      box-shadow: inset 0 3px 0 var(--_accent);
    }
  }
`;
