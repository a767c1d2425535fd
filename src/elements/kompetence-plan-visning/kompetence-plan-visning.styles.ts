import { css } from 'lit';

/*
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `.figure, .side`: The figure: strategic side and learning side next to each other when there is
 *   room.
 * - `@container (min-width: 36em)`: Label and value side by side in a wide field (one column,
 *   print).
 *   There the terms' list keeps half a line below it, as its last answer does in one column: "Ikke
 *   udfyldt: …" under it stood against the last answer (a list in an answer gives its own space up).
 * - `.level`: The goal levels narrow towards the top, as the pyramid does.
 * - `@media print` `:host` `font-size`: A default for paper; a page may set its own size on the
 *   element.
 * - `@media print` `break-after`: A heading, a term or a side's label never ends a page alone. A field
 *   may run over two pages (kept whole, a tall one left most of a page blank); its goal levels,
 *   items and answers are kept whole. Where a term stands beside its answer (the grid), the
 *   term's "avoid" would hold every row of the list together and push it all to the next page.
 * - `.num`: Backgrounds are left out when printing, so the number gets an outline instead.
 */
export const styles = css`
  .plan { container-type: inline-size; }
  header { border-bottom: 2px solid var(--_accent); margin-bottom: var(--_space); }
  .summary { font-weight: 600; }
  .figure, .side { display: grid; gap: var(--_space); align-content: start; }
  @container (min-width: 46em) {
    .figure { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
  .side-name { margin: 0; color: var(--_muted); font-weight: 600; }
  .field { border: 1px solid var(--_border); border-top: 4px solid var(--_accent); border-radius: var(--_radius); padding: var(--_gap) var(--_space); min-width: 0; overflow-wrap: anywhere; container-type: inline-size; }
  .num { display: inline-block; min-width: 1.6em; border-radius: 1em; background: var(--_accent); color: var(--kompetence-color-accent-text, #ffffff); text-align: center; margin-right: 0.25em; }
  h4 { font-size: 1.05em; margin-top: var(--_space); }
  h5 { font-size: 0.95em; margin: var(--_gap) 0 0.25em; }
  dl { margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0 0 var(--_gap); }
  @container (min-width: 36em) {
    .field dl { display: grid; grid-template-columns: 12em minmax(0, 1fr); gap: 0.35em var(--_space); margin-bottom: var(--_gap); }
    .field dd ul { margin-bottom: 0; }
    .field dd { margin: 0; }
    .field dt { break-after: auto; }
  }
  dd ul, .items { margin: 0 0 var(--_gap); padding-left: 1.25em; }
  /* Isolated: a right-to-left override in the user's text turned the words after it around ("Ansvarlig: … · 15. marts"). */
  .text { white-space: pre-line; unicode-bidi: isolate; }
  .status, .empty, .meta { color: var(--_muted); }
  .empty { font-style: italic; }
  .meta { display: block; font-size: 0.95em; }
  .types { font-weight: 600; margin-bottom: 0.25em; }
  .level { border-left: 4px solid var(--_border); padding-left: var(--_gap); }
  .level-rolle { margin-inline: 12%; }
  .level-viden { margin-inline: 6%; }
  .item { border-top: 1px solid var(--_border); }
  @media print {
    :host { font-size: 10.5pt; line-height: 1.35; }
    .figure, .side { display: block; }
    .side-name, .field { margin-top: var(--_space); }
    .level, .item, dd, .items > li { break-inside: avoid; }
    h2, h3, h4, h5, dt, .side-name, .field > .hint, .field > .status { break-after: avoid; }
    .num { background: none; color: #000; border: 1px solid; }
  }
`;
