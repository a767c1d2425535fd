import { css } from 'lit';

/*
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `[part='chooser']::part(advice)`: The chooser warns about the mix of forms alone; here the
 *   coverage and advice judge the whole training ground (a tempo may be covered by text), so its own
 *   warning would mislead.
 */
export const styles = css`
  .kinds { display: grid; gap: 0.35em; margin: 0; }
  section { margin-bottom: var(--_space); }
  [part='chooser']::part(advice) { display: none; }
  .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 var(--_space); }
  .status { border: 1px solid var(--_accent); border-radius: var(--_radius); padding: 0 0.5em; font-size: 0.9em; }
  .status.missing { border-style: dashed; border-color: var(--_warning); color: var(--_warning); }
  :host([readonly]) :is(label.inline:not(:has(:checked)), input[type='checkbox'], .hint) { display: none; }
  @media print {
    label.inline:not(:has(:checked)), input[type='checkbox'], .hint { display: none; }
  }
`;
