import { css } from 'lit';

export const styles = css`
  .hint { margin: 0 0 0.35em; }
  [part='intro'] { margin-bottom: var(--_space); }
  textarea + button { margin-top: var(--_gap); }
`;
