import { css } from 'lit';

export const contactStyles = css`
  address {
    font-style: normal;
    display: grid;
    gap: calc(var(--_space) * 1.25);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    margin: calc(var(--_space) * 1.25) 0 0;
  }
  .block {
    background: var(--_subtle);
    border-radius: var(--_radius);
    padding: min(var(--_space), 4%);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
  }
  .label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  .label .icon {
    color: var(--_accent);
  }
  .lines {
    margin: 0;
  }
  .org {
    font-weight: 700;
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The address breaks only after "@" or "." (the template marks those with <wbr>). */
  .email {
    font-size: 1.1875em;
  }
  /* Both labels share one cell, so the button keeps its size when it says "Copied". */
  .swap {
    display: grid;
  }
  .swap > * {
    grid-area: 1 / 1;
  }
  .swap > [hidden] {
    display: block;
    visibility: hidden;
  }
  /*
   * Side by side while they fit, else one under the other: either way of one width (the copy
   * button's room, .later, too, until the script draws the button into it).
   */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-self: stretch;
  }
  .actions > *,
  .actions button {
    flex: 1 1 12rem;
  }
  .status {
    margin: var(--_space) 0 0;
    min-height: 1.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status:empty {
    min-height: 0;
    margin: 0;
  }
  @media print {
    .actions,
    .status {
      display: none;
    }
  }
`;
