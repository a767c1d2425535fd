import { css } from 'lit';

/*
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `select`: as wide as its longest family at most, but never wider than the element: at `auto` its
 *   longest option held the element at 307 px in a 272 px column (a 320 px window with margins).
 * - `@media print`: On paper the query shows only what was picked (goals, experience), as the other
 *   elements print only the choice made; the mix keeps its hints (what the tempi are, nothing chosen).
 * - `.facts`: A form's facts flow on a line or two, each kept whole where it fits (as columns they
 *   landed in different places from form to form, and took a fifth more of the page).
 * - `.picked`: the chosen forms as a table of two columns, so their remove buttons stand in line (each
 *   right after its name, they stood at as many places as there were names).
 * - `.form.chosen`: A chosen form has a bar at its edge and the others none (not a bar in another
 *   colour), so forced colours, which give every border one colour, keep the difference.
 */
export const styles = css`
  .query { display: flex; flex-wrap: wrap; gap: 0 var(--_space); }
  .query > fieldset { flex: 1 1 16em; }
  .query > p { flex-basis: 100%; }
  ul { list-style: none; margin: 0; padding: 0; }
  .checks { display: grid; gap: 0.25em; }
  select { max-width: 24em; }
  .forms ul { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .form { padding-left: calc(var(--_gap) + 4px); }
  .form.chosen { border-left: 4px solid var(--_accent); padding-left: var(--_gap); }
  label.name { font-weight: 600; overflow-wrap: anywhere; hyphens: auto; }
  .fit { margin: 0.25em 0; }
  .fit.fraraades strong { color: var(--_error); }
  .facts { display: flex; flex-wrap: wrap; gap: 0.15em var(--_space); margin: 0; font-size: 0.95em; }
  dt { display: inline; font-weight: 600; }
  dt::after { content: ': '; }
  dd { display: inline; margin: 0; }
  summary { margin-bottom: var(--_space); }
  .mix { border-top: 2px solid var(--_border); padding-top: var(--_space); }
  .picked, .tempi { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_gap) var(--_space); margin-bottom: var(--_gap); }
  .picked { display: grid; grid-template-columns: minmax(0, max-content) auto; justify-content: start; }
  .picked li { display: grid; grid-column: span 2; grid-template-columns: subgrid; align-items: center; }
  .tempi li { background: var(--_surface-alt); border: 1px solid transparent; border-radius: var(--_radius); padding: 0 0.6em; }
  .tempi li.missing { border-style: dashed; border-color: var(--_warning); color: var(--_warning); }
  :host([readonly]) :is(.query, .hint:not(.mix *), .no-print, [part='advice']) { display: none; }
  @media print {
    .query :is(fieldset, li):not(:has(:checked)), .hint:not(.mix *), input { display: none; }
  }
`;
