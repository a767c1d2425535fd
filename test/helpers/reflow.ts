/**
 * Reflow (WCAG 1.4.10) with text spacing (WCAG 1.4.12): in a 320 CSS px window (400 % zoom of a
 * 1280 px one) and with the spacing a user's style sheet may set, nothing sticks out of its box
 * (over a border, or making the page scroll sideways) and no text box hides its text, a one-line
 * box neither.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { deepElements } from './dom.js';

/** The spacing WCAG 1.4.12 says must lose nothing, as a user's style sheet sets it. */
const textSpacing = new CSSStyleSheet();
textSpacing.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`);

function withTextSpacing(root: ShadowRoot): void {
  if (!root.adoptedStyleSheets.includes(textSpacing)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, textSpacing];
}

/**
 * Lays `element` out `width` px wide with text spacing, and checks that nothing overflows. The
 * default is what a 320 px window leaves an element on an intranet page: its margins and the
 * padding of the panel the element sits in (the demo's) take some 80 px.
 */
export async function expectReflow(element: HTMLElement & { updateComplete?: Promise<unknown> }, width = 240): Promise<void> {
  element.style.width = `${width}px`;
  withTextSpacing(element.shadowRoot!);
  for (const e of deepElements(element.shadowRoot!)) if (e.shadowRoot) withTextSpacing(e.shadowRoot);
  await element.updateComplete;
  await nextFrame();
  await nextFrame();
  const laidOut = deepElements(element.shadowRoot!).filter((e) => e.getClientRects().length > 0);
  expect(laidOut.length, 'boxes laid out (none: nothing to check)').to.be.greaterThan(0);
  const describe = (e: Element) => `<${e.localName}${e.id ? `#${e.id}` : ''} class="${e.getAttribute('class') ?? ''}">`;
  // Each box inside its parent's (the host's, at the top of a shadow tree): one that sticks out
  // runs over a border, or makes the page scroll sideways.
  const outside = laidOut
    .filter((e) => getComputedStyle(e).position !== 'absolute')
    .filter((e) => {
      const parent = e.parentElement ?? (e.getRootNode() as ShadowRoot).host;
      const [r, p] = [e.getBoundingClientRect(), parent.getBoundingClientRect()];
      return r.width > 1 && (r.right > p.right + 1 || r.left < p.left - 1);
    })
    .map((e) => `${describe(e)} ${Math.round(e.getBoundingClientRect().width)} px`);
  expect(outside, `sticks out at ${width} px with text spacing`).to.deep.equal([]);
  // Text wider than its own box (a long word in a label) runs over the border the box keeps.
  const overrun = laidOut
    .filter((e) => !(e instanceof HTMLTextAreaElement || e instanceof HTMLInputElement || e instanceof HTMLSelectElement) && getComputedStyle(e).overflowX === 'visible')
    .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
    .map((e) => `${describe(e)} ${e.scrollWidth} of ${e.clientWidth} px`);
  expect(overrun, `text wider than its box at ${width} px with text spacing`).to.deep.equal([]);
  // A text box grows with its text; a one-line box that cuts its text off (read-only too, where
  // no caret can scroll it) hides what the user wrote.
  const boxes = deepElements(element.shadowRoot!).filter((e) => e.getClientRects().length > 0);
  const cut = [
    ...boxes.filter((e): e is HTMLTextAreaElement => e instanceof HTMLTextAreaElement && e.scrollHeight > e.clientHeight + 2)
      .map((t) => `${describe(t)} shows ${t.clientHeight} of ${t.scrollHeight} px`),
    ...boxes.filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'text' && e.scrollWidth > e.clientWidth + 2)
      .map((t) => `${describe(t)} shows ${t.clientWidth} of ${t.scrollWidth} px`),
  ];
  expect(cut, 'text boxes that hide part of their text').to.deep.equal([]);
}
