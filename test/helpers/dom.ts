import type { KompetenceInvalidEvent } from '../../src/internal/events.js';

/** Every element in a shadow root, the shadow roots of nested elements included (document order). */
export function deepElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (r: ShadowRoot): void =>
    r.querySelectorAll('*').forEach((e) => {
      found.push(e);
      if (e.shadowRoot) visit(e.shadowRoot);
    });
  visit(root);
  return found;
}

/** The elements matching `selector` in a shadow root that take up space (not display: none), e.g. on paper. */
export const laidOut = (root: ShadowRoot, selector: string): Element[] =>
  [...root.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0);

/**
 * Waits until `element` has rendered and a frame has been drawn after it, and what that frame
 * started has rendered too (e.g. <kompetence-model>'s notices, shown after a rendered frame).
 */
export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
}

/**
 * A wrapper with `lang` in the page, and every `kompetence-invalid` the document hears meanwhile
 * (what a page's own listener gets); `stop()` removes both.
 */
export function invalidHeardIn(lang: string): { wrapper: HTMLElement; heard: KompetenceInvalidEvent[]; stop: () => void } {
  const heard: KompetenceInvalidEvent[] = [];
  const listen = (e: KompetenceInvalidEvent) => heard.push(e);
  document.addEventListener('kompetence-invalid', listen);
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  document.body.append(wrapper);
  return {
    wrapper,
    heard,
    stop: () => {
      document.removeEventListener('kompetence-invalid', listen);
      wrapper.remove();
    },
  };
}
