/**
 * `@lit/react`'s `createComponent`, with the element's properties set the way React sets props:
 *
 * - **Only when a prop changed** (`Object.is` against what this wrapper last set). `@lit/react` sets
 *   every property on every render and leaves dirty checking to the element, but our `value` and
 *   `plan` setters validate and replace the value each time. A parent that re-renders would then
 *   undo the user's edits in an element given `value={initialValue}`, and fire
 *   `kompetence-invalid` again for the same bad input on every render (a loop, if the handler sets
 *   state).
 * - **After the event listeners are in place.** `@lit/react` sets properties and adds listeners in
 *   the order of the props, so `<AnsvarsTrappe value={bad} onKompetenceInvalid={fn}>` fired the
 *   event before `fn` listened. Here the listeners (added by the inner `@lit/react` component, whose
 *   layout effect runs first) are always there before a property is set.
 *
 * Events, refs, `className` and server rendering stay `@lit/react`'s.
 */
import { createComponent as createLitComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type * as ReactTypes from 'react';

type EventNames = Record<string, EventName | string>;

export interface Options<I extends HTMLElement, E extends EventNames> {
  react: typeof ReactTypes;
  tagName: string;
  elementClass: new () => I;
  events?: E;
  displayName?: string;
}

/** Props React handles itself; `@lit/react` never sets them on the element either. */
const reactProps = new Set(['children', 'localName', 'ref', 'style', 'className']);

/** Whether `key` has a setter or is a plain field (a getter alone, like `validity`, cannot be set). */
function isSettable(prototype: object, key: string): boolean {
  for (let p: object | null = prototype; p; p = Object.getPrototypeOf(p)) {
    const descriptor = Object.getOwnPropertyDescriptor(p, key);
    if (descriptor) return descriptor.set !== undefined || descriptor.writable === true;
  }
  return true;
}

/**
 * Sets a property. `undefined` or `null` for one every HTML element has (`lang`, `title`, `hidden`)
 * removes its attribute, as `@lit/react` does: setting it would reflect the text "undefined".
 */
function assign(node: Record<string, unknown>, key: string, value: unknown): void {
  node[key] = value;
  if (value == null && key in HTMLElement.prototype) (node as unknown as HTMLElement).removeAttribute(key);
}

/**
 * The `form` prop names the form the element belongs to by its id, as on a native control: the
 * `form` property is the form itself and read-only, so the prop sets the attribute.
 */
function setForm(node: HTMLElement, id: unknown): void {
  if (id == null) node.removeAttribute('form');
  else node.setAttribute('form', String(id));
}

export function createComponent<I extends HTMLElement, E extends EventNames = {}>(options: Options<I, E>): ReactWebComponent<I, E> {
  const { react: React, elementClass, events, displayName = elementClass.name } = options;
  const Inner = createLitComponent(options) as unknown as ReactTypes.ComponentType<Record<string, unknown>>;
  const eventProps = new Set(Object.keys(events ?? {}));
  const isProperty = (key: string) => !reactProps.has(key) && !eventProps.has(key) && key in elementClass.prototype;
  // No layout effects on a server (React warns); nothing is set there anyway.
  const useElementEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

  const Wrapper = React.forwardRef<I, Record<string, unknown>>((props, ref) => {
    const element = React.useRef<I | null>(null);
    const set = React.useRef(new Map<string, unknown>());
    const passed: Record<string, unknown> = {};
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (isProperty(key)) properties[key] = value;
      else passed[key] = value;
    }

    useElementEffect(() => {
      const node = element.current as unknown as Record<string, unknown> | null;
      if (!node) return;
      for (const [key, value] of Object.entries(properties)) {
        if (set.current.has(key) && Object.is(set.current.get(key), value)) continue;
        set.current.set(key, value);
        if (isSettable(elementClass.prototype, key)) assign(node, key, value);
        else if (key === 'form') setForm(node as unknown as HTMLElement, value);
        else console.warn(`<${options.tagName}>: ${key} is read-only; the ${key} prop is ignored.`);
      }
      // A prop that is no longer given is unset, as `@lit/react` does.
      for (const key of [...set.current.keys()]) {
        if (key in properties) continue;
        set.current.delete(key);
        if (isSettable(elementClass.prototype, key)) assign(node, key, undefined);
        else if (key === 'form') setForm(node as unknown as HTMLElement, undefined);
      }
    });

    const setRef = React.useCallback((node: I | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }, [ref]);

    return React.createElement(Inner, { ...passed, ref: setRef });
  });
  Wrapper.displayName = displayName;
  return Wrapper as unknown as ReactWebComponent<I, E>;
}
