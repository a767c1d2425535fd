import { css } from 'lit';

export const styles = css`
  .types { display: grid; gap: var(--_gap); }
  .option .hint { display: block; }
  .date input { max-width: 14em; }
  .anchoring { margin-bottom: var(--_space); }
  .question { font-style: italic; }
  .items, .examples { list-style: none; margin: 0 0 var(--_gap); padding: 0; }
  .items { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_gap); }
  .item > fieldset { background: var(--_surface-alt); margin: 0; }
  .item.done legend::after { content: ' ✓' / ''; }
  .item-actions, .adders { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_gap) var(--_space); margin-top: var(--_gap); }
  .adders { align-items: flex-start; flex-direction: column; }
  .examples-label { margin: 0; }
  .examples { display: flex; flex-wrap: wrap; gap: var(--_gap); }
  button.example { text-align: left; }
  .calendar { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_gap) var(--_space); }
  .calendar .hint { margin: 0; flex: 1 1 14em; }
  :host([readonly]) :is(.option:not(:has(:checked)), input[type='radio'], .hint:not(.calendar *)) { display: none; }
  @media print {
    .adders, .calendar, .option:not(:has(:checked)), input[type='radio'], .hint, .option .hint { display: none; }
  }
`;
