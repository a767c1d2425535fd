import { css } from 'lit';

/**
 * The styles of an element that edits: its text boxes, date boxes and choices. A module apart from
 * the base styles, so the chooser (only checkboxes, with its tight size budget) and the read-only plan
 * view do not carry them.
 * - `[part='intro']`: the field's question or note above its controls, set apart from the first label.
 * - `textarea`: grows with its text (`field-sizing`), so nothing typed is hidden; on paper no grip.
 *   A one-line text is a textarea of one row too: an `<input>` cut off what did not fit its width, and
 *   read-only, with no caret to scroll it, that text could not be read. Where `field-sizing` is
 *   unknown a box does not grow: on paper a one-row box then keeps three lines.
 * - `readonly` (the attribute: a published page): the text reads as text under its label (no grip,
 *   no border, where the box grows with it), and a group with nothing chosen or written goes. Each
 *   element hides the rest of what is only for editing (hints, unchosen options, empty texts, its
 *   advice), as on paper. `<kompetence-model readonly>` sets it on its fields, which look the same there.
 * - `input[type='date']:invalid`: a five-digit year or a date with a part cleared is not taken into
 *   the plan: the box shows that it holds no date, once it is left, and its label says so in words
 *   (`.bad-date`, in the label so the box's name has it; where `:has` is unknown, the border alone).
 *   Back in the box the words are hidden but stay in its name: a screen reader hears them on focus.
 * - `input[aria-invalid='true']`: a box whose value the element refuses (a count below 1, an end date
 *   before the start), its reason in words beside it (`.date-order` in the date box's label).
 * - `::-webkit-datetime-edit-fields-wrapper`: Chromium pads a date's digits by 1px above and below, so a
 *   date box stood 2px taller than the one-line text box beside it (an agreement's who and when).
 * - `.option`: a radio button or checkbox with its label (and hint) beside it.
 * - `:disabled:checked`: disabled (read-only, a choice not hidden is read-only, not disabled), a choice
 *   is drawn in a light grey no CSS reaches (the chosen one could barely be told apart): its label is bold.
 *   `:has` inside `:is`, which forgives what it does not know: Firefox before 121 drops a rule that
 *   lists `:has` beside other selectors, the one it knows too.
 * - `@media (forced-colors: active)`: the date box's calendar button is drawn for the element's
 *   colour scheme, light unless themed: on a dark high-contrast theme it was dark on black, unseen.
 */
export const editingStyles = css`
  [part='intro'] { margin-bottom: var(--_space); }
  textarea { display: block; min-height: 4.5em; resize: vertical; field-sizing: content; }
  [rows='1'] { min-height: 0; }
  textarea:read-only { resize: none; }
  @supports (field-sizing: content) { textarea:read-only { min-height: 0; } :host([readonly]) textarea { border-color: transparent; padding: 0; background: none; } }
  :host([readonly]) :is(input[type='number'], select) { appearance: none; border-color: transparent; padding-inline: 0; background: none; }
  :host([readonly]) fieldset:not(:has(:checked, textarea, select, .printed-value:not(:empty))) { display: none; }
  @supports not (field-sizing: content) { @media print { [rows='1'] { min-height: 4.5em; } } }
  input[type='date']:invalid:not(:focus-within), input[aria-invalid='true'] { border: 2px solid var(--_error); }
  .bad-date { display: none; color: var(--_error); }
  .date-order { display: block; color: var(--_error); }
  :has(> input:invalid:not(:focus-within)) > label > .bad-date { display: block; }
  :has(> input:invalid:focus-within) > label > .bad-date { display: block; position: absolute; clip-path: inset(50%); }
  /* Its calendar button takes the focus inside it (the box is then only :focus-within): the ring shows there too. */
  input[type='date']:focus-within { outline: 3px solid; outline-color: var(--_focus); outline-offset: 2px; }
  ::-webkit-datetime-edit-fields-wrapper { padding: 0; }
  .option { display: flex; align-items: flex-start; gap: 0.5em; }
  .option label { margin: 0; }
  label:is(:has(> :disabled:checked)), :disabled:checked + div > label { font-weight: 700; }
  @media print {
    textarea { resize: none; }
  }
  @media (forced-colors: active) {
    :host { color-scheme: light dark; }
  }
`;
