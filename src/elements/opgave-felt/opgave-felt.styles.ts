import { css } from 'lit';

export const styles = css`
  .hint { margin: 0 0 0.35em; }
  .option { display: flex; align-items: flex-start; gap: 0.5em; margin-top: var(--_gap); }
  .option label, .option .hint { margin: 0; }
  details { margin: 0 0 var(--_space); }
  details ul { margin: var(--_gap) 0; padding-left: 1.25em; }
  @media print {
    .reasons .option:not(:has(:checked)), .hint, details { display: none; }
  }
`;
