import { css } from 'lit';

export const faqStyles = css`
  /* The marks and the no-match message come with the search module (search.ts). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
    margin: calc(var(--_space) * 1.25) 0 var(--_space);
  }
  /* The search field (searchable), under its label, before the button. */
  .search {
    display: grid;
    flex: 1 1 14rem;
    gap: 0.375em;
    max-width: 28rem;
  }
  .search input {
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }

  .list {
    border-top: 1px solid var(--_border);
  }
  .item {
    border-bottom: 1px solid var(--_border);
  }
  @media screen {
    /*
     * Long lists (more than 100 questions, e.g. a portal's own) stay quick: the browser
     * skips layout and paint of questions off screen. Not for the usual dozen, where it
     * gains nothing and accessibility checkers cannot see the skipped colours.
     */
    .long > .item {
      content-visibility: auto;
      contain-intrinsic-size: auto 3.5rem;
    }
    .long summary:focus-visible {
      /* Inside the box: each question contains its own paint there. */
      outline-offset: -3px;
    }
  }

  /* Slotted into the details' own shadow tree, they do not inherit our box-sizing. */
  summary {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    min-height: 2.75rem;
    /* Room inside the focus ring on either side of the question, which stays in line with the title. */
    margin-inline: -0.375em;
    padding: calc(var(--_space) * 0.875) 0.375em;
    list-style: none;
    font-weight: 600;
    font-size: 1.1875em;
    line-height: 1.4;
    cursor: pointer;
    border-radius: calc(var(--_radius) * 0.5);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::marker {
    content: '';
  }
  summary:hover .question-text {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  .question-text {
    min-width: 0;
  }
  .chevron {
    margin-top: 0.05em;
    color: var(--_accent);
  }
  details[open] > summary .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.2s ease;
    }
  }

  /* An open answer hangs off a rule, indented under its question. */
  .answer {
    margin-block-end: calc(var(--_space) * 1.25);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
  }
  .answer > :last-child {
    margin-bottom: 0;
  }
  .answer ul:not(.short) {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  .answer li + li {
    margin-top: 0.25em;
  }
  @media (forced-colors: active) {
    .list,
    .item {
      border-color: CanvasText;
    }
  }

  /* Without JavaScript, a toolbar without the search field is empty: no room for it. */
  @media (scripting: none) {
    .toolbar:not(:has(input)) {
      display: none;
    }
  }

  @media print {
    .toolbar,
    .status,
    .chevron {
      display: none;
    }
    /* Every answer prints, open or not (helped by the beforeprint handler). */
    details > .answer {
      display: block;
    }
    summary {
      break-after: avoid;
    }
  }
  /* Its own rule: browsers without ::details-content drop only this one. */
  @media print {
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
