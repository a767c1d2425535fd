/**
 * Resolves after the browser has rendered a frame (and so updated its accessibility tree): the
 * first animation frame comes before that frame's layout, the second after it. A live region that
 * must be seen empty before its text comes (or it is not announced) waits for this.
 */
export const afterFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
