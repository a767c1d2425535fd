import { css } from 'lit';

/*
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - `.figure`: The method's figure: one column when narrow; wide, the strategic side (1, 2, 5) on
 *   the left and the learning side (3, 4) on the right, so the flow 1 → 5 runs down, across, down,
 *   back.
 * - `.tab::after`: The flow between the fields (decoration: the numbers carry the order).
 * - `.panel[hidden]`: A field not shown keeps its layout (`display: none` threw it away, and
 *   building it again made each change of field take 0.3-0.8 s on a slow PC); it takes no room
 *   (height 0 where content-visibility is unknown: Safari before 18, Firefox before 125 left each
 *   field visited as a blank gap), and neither it nor its content is seen, reached by Tab or in
 *   the accessibility tree.
 */
export const styles = css`
  .model { container: model / inline-size; }
  .header .row { align-items: start; }
  .header .row > :first-child { flex-grow: 2; }
  .score { font-weight: 600; }
  .tools { border-top: 1px solid var(--_border); border-bottom: 1px solid var(--_border); padding-top: var(--_gap); margin-bottom: var(--_space); }
  .pick, .buttons, .steps { display: flex; flex-wrap: wrap; gap: var(--_gap); margin-bottom: var(--_gap); }
  .steps { margin-top: var(--_space); }
  .pick select { flex: 1 1 12em; width: auto; }
  .notice:not(:empty) { border-left: 4px solid var(--_accent); background: var(--_surface-alt); padding: var(--_gap) var(--_space); margin-bottom: var(--_space); }
  .notice p:last-child { margin: 0; }
  .figure { display: grid; gap: var(--_gap); margin-bottom: var(--_space); }
  .side { display: none; font-weight: 600; color: var(--_muted); }
  .tab { display: grid; grid-template-columns: auto 1fr; gap: 0 var(--_gap); align-items: baseline; text-align: start; color: var(--_text); background: var(--_surface-alt); border: 1px solid var(--_border); border-top: 4px solid var(--_border); padding: var(--_gap) var(--_space); position: relative; }
  .tab.met { border-top-color: var(--_accent); }
  .tab[aria-selected='true'] { background: var(--_surface); border-color: var(--_accent); box-shadow: inset 0 0 0 2px var(--_accent); }
  .num { grid-row: span 2; font-weight: 700; font-size: 1.25em; color: var(--_accent); }
  .name { font-weight: 600; }
  .meta { font-size: 0.9em; color: var(--_muted); }
  .count::before { content: ' · ' / ''; }
  .met .status::before { content: '✓ ' / ''; color: var(--_accent); }
  @container model (min-width: 36em) {
    .figure { grid-template-columns: 1fr 1fr; grid-template-areas: 'ss sl' 'opgave .' 'perspektiv laeringsmaal' 'hverdag traeningsbane'; column-gap: calc(var(--_space) * 2); row-gap: calc(var(--_space) * 1.5); }
    .side { display: block; }
    .strategic { grid-area: ss; }
    .learning { grid-area: sl; }
    .tab.opgave { grid-area: opgave; }
    .tab.perspektiv { grid-area: perspektiv; }
    .tab.laeringsmaal { grid-area: laeringsmaal; }
    .tab.traeningsbane { grid-area: traeningsbane; }
    .tab.hverdag { grid-area: hverdag; }
    .tab::after { position: absolute; color: var(--_muted); font-weight: 700; line-height: 1; }
    .tab.opgave::after, .tab.laeringsmaal::after { content: '↓' / ''; left: 50%; bottom: calc(-0.75 * var(--_space)); transform: translate(-50%, 50%); }
    .tab.perspektiv::after { content: '→' / ''; right: calc(-1.5 * var(--_space)); top: 40%; }
    .tab.traeningsbane::after { content: '←' / ''; left: calc(-1.5 * var(--_space)); top: 40%; }
  }
  .panel > h2 { margin-top: var(--_gap); }
  .import-error { color: var(--_error); font-weight: 600; margin: 0.25em 0 0; }
  .panel[hidden] { display: block; content-visibility: hidden; visibility: hidden; height: 0; overflow: hidden; }
  .part { margin: var(--_space) 0; }
  #arr-h { margin-top: var(--_space); }
  .arrangements { list-style: none; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_gap); }
  .arrangements li { display: flex; flex-wrap: wrap; gap: var(--_gap); }
  .arrangements button { max-width: 100%; }
  [aria-current='true'] { background: var(--_accent); color: var(--kompetence-color-accent-text, #ffffff); }
  .all-advice .go { display: block; margin-top: 0.35em; }
  .advice li.idle { border-left-color: var(--_border); }
  .main { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  @container model (min-width: 60em) {
    .main { grid-template-columns: minmax(0, 2fr) minmax(15em, 1fr); align-items: start; }
  }
  @media screen {
    .print-view { display: none; }
  }
  @media print {
    .model { display: none; }
  }
`;
