// The chai of '@open-wc/testing', without its fixtures: readable-failures.ts imports this before mocha.
import { expect } from '@esm-bundle/chai';
import type { KompetenceInvalidEvent } from '../../src/internal/events.js';

/**
 * `item` in a few words, e.g. `button#add.add[part="add-button"] "Tilføj målgruppe" in ansvars-trappe`,
 * or 'null': what an assertion compares instead of a DOM node or an event, because a failed chai
 * assertion holding one hangs web-test-runner until the file times out (modernweb-dev/web#2967).
 */
export function described(item: Node | Event | null | undefined): string {
  if (item === null || item === undefined) return String(item);
  if (item instanceof Event) return `${item.type} event on ${described(item.target instanceof Node ? item.target : null)}`;
  if (item instanceof ShadowRoot) return `shadow root of ${described(item.host)}`;
  if (!(item instanceof Element)) return `${item.nodeName.toLowerCase()}${quoted(item.textContent)}`;
  const attributes = [...item.attributes]
    .filter((a) => ['name', 'part', 'role'].includes(a.name) || a.name.startsWith('data-') || (a.name === 'value' && item.matches('input')))
    .map((a) => `[${a.name}="${a.value}"]`);
  const classes = [...item.classList].map((c) => `.${c}`);
  const root = item.getRootNode();
  const where = root instanceof ShadowRoot ? ` in ${root.host.localName}` : '';
  return `${item.localName}${item.id ? `#${item.id}` : ''}${classes.join('')}${attributes.join('')}${quoted(item.textContent || item.getAttribute('aria-label'))}${where}`;
}

/** ` "text"`, the whitespace collapsed and cut to 40 characters, or '' for no text. */
function quoted(text: string | null): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t ? ` "${t.length > 40 ? `${t.slice(0, 39)}…` : t}"` : '';
}

/** Where `node` is in its tree: its child position (from 1) at each level down from the root, e.g. '2.1.3'. */
function position(node: Node): string {
  const steps: number[] = [];
  for (let n = node; n.parentNode; n = n.parentNode) steps.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode) + 1);
  return steps.join('.');
}

/**
 * `actual` and `expected` described, pairwise; where two different nodes look the same, their
 * positions are added, and if those are the same too, the actual one is marked as another node.
 */
function describedPairwise(actual: readonly (Node | null | undefined)[], expected: readonly (Node | null | undefined)[]): [string[], string[]] {
  const [a, e] = [actual.map((node) => described(node)), expected.map((node) => described(node))];
  actual.forEach((node, i) => {
    const other = expected[i];
    if (!node || !other || node === other || a[i] !== e[i]) return;
    a[i] += `, at ${position(node)}`;
    e[i] += `, at ${position(other)}`;
    if (a[i] === e[i]) a[i] += ' (another node that looks the same)';
  });
  return [a, e];
}

/** Expects `actual` to be the node `expected` (null and undefined included), failing with both described (see `described`). */
export function expectSameNode(actual: Node | null | undefined, expected: Node | null | undefined, message?: string): void {
  const [[a], [e]] = describedPairwise([actual], [expected]);
  expect(a, message).to.equal(e);
}

/** Expects the nodes `actual` to be the nodes `expected`, in order, failing with each described (see `described`). */
export function expectSameNodes(actual: Iterable<Node | null | undefined>, expected: Iterable<Node | null | undefined>, message?: string): void {
  const [a, e] = describedPairwise([...actual], [...expected]);
  expect(a, message).to.deep.equal(e);
}

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

/** Whether closing the page now makes the browser ask first (a `beforeunload` cancelled). */
export function leavingAsks(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

/**
 * Watches the page's `beforeunload` listeners, which keep it out of some browsers' back/forward
 * cache even when they do not ask: `listening()` says whether one is registered now.
 */
export function watchBeforeUnload(): { listening: () => boolean; stop: () => void } {
  const listeners = new Set<unknown>();
  const { addEventListener: add, removeEventListener: remove } = window;
  window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
    if (args[0] === 'beforeunload') listeners.add(args[1]);
    return add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
    if (args[0] === 'beforeunload') listeners.delete(args[1]);
    return remove.apply(this, args);
  } as Window['removeEventListener'];
  return {
    listening: () => listeners.size > 0,
    stop: () => Object.assign(window, { addEventListener: add, removeEventListener: remove }),
  };
}
