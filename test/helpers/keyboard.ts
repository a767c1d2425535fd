/** Keyboard helpers for tests that move through nested shadow roots with Tab only. */
import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, looking into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The host whose shadow root holds `element` (its tag), or '' in the document. */
export function hostTag(element: Element | null): string {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName : '';
}

/**
 * The digits that type the date `iso` (YYYY-MM-DD) into a date input, in the order its locale
 * (the test browser's, usually en-US) shows the parts.
 */
export function dateKeys(iso: string): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2027, 0, 31)).map((p) => p.type);
  return order.map((part) => (part === 'day' ? day : part === 'month' ? month : part === 'year' ? year : '')).join('');
}

/** A control with `id` in the shadow root of a `<tag>`. */
export const control = (tag: string, id: string) => (el: Element | null): boolean => el?.id === id && hostTag(el) === tag;

/**
 * Presses Tab (or Shift+Tab) until the focused element matches; fails with where focus got to.
 * Keyboard only: it never focuses anything itself.
 */
export async function tabTo(matches: (el: Element | null) => boolean, what: string, max = 400, back = false): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    const active = deepActiveElement();
    if (matches(active)) return active!;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  const active = deepActiveElement();
  throw new Error(`tabTo(${what}): not reached after ${max} presses; focus on <${active?.localName} id="${active?.id}"> in <${hostTag(active)}>`);
}

/**
 * Clears the parts of the focused date box with Backspace, from the part the caret is in on, as a
 * user retyping a date does: the first part cleared leaves the box holding no whole date.
 */
export async function clearDateParts(parts = 3): Promise<void> {
  for (let i = 0; i < parts; i += 1) {
    if (i) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Backspace' });
  }
}

/**
 * Types `text` into a text box as a user types without pausing: an input event per word, all in one
 * task, so no pause can fall between them however busy the machine is (real key presses under the
 * full suite's load once left more than the advice's pause between two keys). The box then holds
 * `before` and `text`; pass its value to type on at its end.
 */
export function typeWithoutPause(box: HTMLInputElement | HTMLTextAreaElement, text: string, before = ''): void {
  box.focus();
  const words = text.split(/(?<= )/);
  for (let i = 1; i <= words.length; i++) {
    box.value = before + words.slice(0, i).join('');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  }
}
