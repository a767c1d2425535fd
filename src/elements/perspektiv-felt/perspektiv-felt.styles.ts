import { css } from 'lit';

export const styles = css`
  textarea + button { margin-top: var(--_gap); }
`;
