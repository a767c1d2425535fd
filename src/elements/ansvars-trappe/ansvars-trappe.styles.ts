import { css } from 'lit';

/*
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `.stairs`: The staircase: three steps that always rise, whatever their content (each spans one
 *   more grid row).
 * - `.step-0`: The ground in front of the first step: no box, only a line.
 * - `@container (max-width: 40em)`: Narrow: the staircase stands on end, top step first, each step
 *   set in a little further.
 * - `.group`, `@container (width > 40em)`: The stairs follow the choices they show in the markup
 *   (read after them), and on a narrow screen on the page too: a level chosen adds a mark that
 *   makes them taller, and above the radios that moved the radios under the finger. Wide, the
 *   picture is low (its steps side by side) and is shown above the choices, so a click's result is
 *   in sight (below the two tall fieldsets it was a screen away), at a height that holds every mark
 *   (they added up to 75 px, in English too). `>`, not `min-width`: at exactly 40em the narrow
 *   rules hold too.
 * - `.mark`: Marks carry words and a shape, never colour alone.
 * - `select + .hint`: The licence's meaning follows the licence chosen, so it stands under it; the
 *   other hints stand between label and box, as in the other elements.
 * - `@media print` `select`: The licence prints as its text on a line, without the box and arrow
 *   of a control.
 */
export const styles = css`
  .intro p { margin-bottom: 0.25em; }
  .intro ul { margin: 0 0 var(--_space); padding-left: 1.25em; }
  .licences { margin-bottom: var(--_space); }
  .licences dt { font-weight: 600; }
  .licences dd { margin: 0 0 var(--_gap) 1em; }
  .group { container-type: inline-size; display: flex; flex-direction: column; }
  .group > .remove { margin-top: var(--_gap); align-self: flex-start; }
  @container (width > 40em) {
    .stairs { min-height: 13em; }
    .choices { order: 1; }
    .choices ~ :not(.stairs) { order: 2; }
  }
  .add { margin-bottom: var(--_space); }
  .optional { font-weight: normal; }
  select + .hint { margin: 0.25em 0 0; }
  .field-error:not(:empty) { color: var(--_error); font-weight: 600; margin: 0.25em 0 0; }
  .stairs { list-style: none; margin: var(--_gap) 0 var(--_space); padding: 0; display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); grid-template-rows: repeat(4, minmax(1.75em, auto)); gap: 0 3px; }
  .step { display: flex; flex-direction: column; align-items: flex-start; gap: 0.25em; padding: 0.4em 0.5em; border: 1px solid var(--_border); border-top-width: 4px; border-radius: var(--_radius) var(--_radius) 0 0; background: var(--_surface-alt); overflow-wrap: anywhere; hyphens: auto; font-size: 0.95em; }
  .step-0 { grid-column: 1; grid-row: 4; border-width: 0 0 4px; border-radius: 0; background: none; justify-content: flex-end; }
  .step-0 .step-name { font-weight: normal; }
  .step-1 { grid-column: 2; grid-row: 3 / 5; }
  .step-2 { grid-column: 3; grid-row: 2 / 5; }
  .step-3 { grid-column: 4; grid-row: 1 / 5; }
  @container (max-width: 40em) {
    .stairs { grid-template-columns: minmax(0, 1fr); grid-template-rows: none; }
    .stairs .step { grid-column: 1; grid-row: auto; border-width: 1px 1px 0 4px; border-radius: var(--_radius) 0 0 0; }
    .stairs .step-0 { order: 4; border-width: 4px 0 0; border-radius: 0; }
    .stairs .step-1 { order: 3; margin-left: 1.5em; }
    .stairs .step-2 { order: 2; margin-left: 3em; }
    .stairs .step-3 { order: 1; margin-left: 4.5em; }
    .stairs .step.goal { border-left-width: 6px; }
  }
  .step-name { font-weight: 600; }
  .step.goal { border-color: var(--_accent); border-top-width: 6px; background: var(--_surface); }
  .step.skipped { border-style: dashed; border-top-style: dashed; }
  .licence-label { display: inline-block; min-width: 1.6em; text-align: center; font-weight: 700; border: 2px solid currentColor; border-radius: 50%; }
  .mark { display: inline-block; border-radius: var(--_radius); padding: 0 0.4em; font-size: 0.9em; border: 1px solid var(--_text); }
  .mark-goal { background: var(--_accent); border-color: var(--_accent); color: var(--kompetence-color-accent-text, #ffffff); font-weight: 700; }
  .mark-goal::before { content: '▲' / ''; margin-right: 0.3em; }
  .mark-now { background: var(--_surface); border-style: dashed; }
  .mark-now::before { content: '●' / ''; margin-right: 0.3em; }
  .mark-skipped { background: var(--_surface); color: var(--_warning); border-color: var(--_warning); border-style: dotted; }
  .mark-skipped::before { content: '↷' / ''; margin-right: 0.3em; }
  .choices { align-items: flex-start; }
  .choices > fieldset { margin-bottom: var(--_gap); }
  .option { margin-top: var(--_gap); }
  .option .hint ul { margin: 0; padding-left: 1.1em; }
  .option .hint p { margin: 0; }
  :host([readonly]) :is(.option:not(:has(input:checked)), .hint, .intro, .licences, .optional, input[type='radio']) { display: none; }
  @media print {
    .option:not(:has(input:checked)), .hint, .intro, .licences { display: none; }
    input[type='radio'] { display: none; }
    select { appearance: none; border-width: 0 0 1px; border-radius: 0; padding-inline: 0; }
    .step { break-inside: avoid; }
    /* White on the accent is lost on paper, where backgrounds are left out. */
    .mark-goal { background: none; color: #000; border-color: #000; }
  }
`;
