import { css } from 'lit';

/*
 * The pyramid is drawn by geometry, not colour: each level is an outlined box set in further
 * than the one below it (percent margins of the list), with a triangle on top. DOM order is the
 * visual order (top first), and in a narrow container the levels become a plain stacked list.
 *
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `.rolle`: The apex: an outlined triangle whose base is the top level's upper edge.
 * - `@media (forced-colors: active)`: The apex is drawn with backgrounds, which forced colours drop;
 *   system colours are kept, so it is drawn in the colours forced on the levels' borders and inside.
 */
export const styles = css`
  .pyramid { container-type: inline-size; list-style: none; margin: 0 0 var(--_space); padding: 0; }
  .level { border: 2px solid var(--_border); background: var(--_surface-alt); padding: var(--_gap) var(--_space); }
  .level > fieldset { border: 0; margin: 0; padding: 0; }
  .level + .level { margin-top: -2px; }
  .level > fieldset > legend { font-size: 1.1em; background: var(--_surface); border: 2px solid var(--_border); padding: 0 0.5em; margin-bottom: var(--_gap); }
  .rolle { position: relative; margin: 3em 18% 0; }
  .rolle::before, .rolle::after { content: ''; position: absolute; bottom: 100%; left: -2px; right: -2px; height: 3em; background: var(--_border); clip-path: polygon(50% 0, 100% 100%, 0 100%); }
  .rolle::after { left: 1px; right: 1px; height: calc(3em - 3px); background: var(--_surface-alt); }
  .viden { margin-inline: 12%; }
  .metoder { margin-inline: 6%; }
  .base { text-align: center; }
  .base .hint { margin: 0; }
  .subtypes { border: 0; padding: 0; margin: 0 0 var(--_gap); }
  .subtypes legend { padding: 0; }
  .options { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr)); gap: var(--_gap) var(--_space); }
  textarea { background: var(--_surface); }
  .leader { border-left: 4px solid var(--_accent); background: var(--_surface); padding: 0.25em var(--_gap); margin: var(--_gap) 0 0; }
  @media (forced-colors: active) {
    .rolle::before { background: CanvasText; }
    .rolle::after { background: Canvas; }
  }
  @container (max-width: 36em) {
    .rolle, .viden, .metoder { margin: 0; }
    .rolle::before, .rolle::after { display: none; }
    .level + .level { margin-top: var(--_gap); }
  }
  :host([readonly]) :is(.option:not(:has(:checked)), .option .hint, input[type='checkbox'], .questions, .reminder, [part='intro']) { display: none; }
  @media print {
    .option:not(:has(:checked)), .option .hint, input[type='checkbox'], .questions { display: none; }
  }
`;
