import { css } from 'lit';

/*
 * `.top > *`: the forms list and its guidance side by side only where each gets some 16em; at 12em
 * (the rows' basis) a 480–560 px window broke «samarbejdspartnere» inside the word.
 * `.forms label`: a list, one form a line (inline, two short ones shared a line, radio against text).
 */
export const styles = css`
  .forms label { display: flex; margin: 0.35em 0; }
  .choices label { margin: 0.35em 1.25em 0.35em 0; }
  .choices { display: flex; flex-wrap: wrap; }
  .day { text-transform: capitalize; }
  fieldset fieldset { margin: var(--_gap) 0 0; }
  .top { align-items: flex-start; }
  .top > * { flex-basis: 16em; }
  .guidance { border-left: 4px solid var(--_accent); background: var(--_surface-alt); padding: var(--_gap) var(--_space); margin-bottom: var(--_space); }
  .guidance ul { margin: 0 0 var(--_gap); padding-left: 1.25em; }
  .guidance dl { margin: 0 0 var(--_gap); }
  .guidance dt { font-weight: 600; }
  .guidance dd { margin: 0 0 0.25em; }
  :host([readonly]) :is(label.inline:not(:has(:checked)), input[type='radio'], input[type='checkbox'], .hint) { display: none; }
  @media print {
    label.inline:not(:has(:checked)), input[type='radio'], input[type='checkbox'], .hint { display: none; }
  }
`;
