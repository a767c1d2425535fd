import { css } from 'lit';

/*
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `summary + h3`: Room below the summary for its focus ring (3px, offset 2px).
 */
export const styles = css`
  .option { margin-top: var(--_gap); }
  .option .hint { margin: 0; }
  details { margin: 0 0 var(--_space); }
  details ul { margin: var(--_gap) 0; padding-left: 1.25em; }
  summary + h3 { margin-top: var(--_gap); }
  :host([readonly]) :is(.reasons .option:not(:has(:checked)), .hint, details) { display: none; }
  @media print {
    .reasons .option:not(:has(:checked)), .hint, details { display: none; }
  }
`;
