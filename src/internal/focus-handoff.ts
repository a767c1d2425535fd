import type { ReactiveControllerHost } from 'lit';

/** What Tab stops at; disabled, hidden and removed ones are skipped where focus is tried (see below). */
const tabStop = ':is(input, select, textarea, button, summary, [tabindex]):not([tabindex="-1"])';

/**
 * Keeps the focus in `host` when an update takes away the control that had it (one matching
 * `watched`: a notice's button that goes when `readonly` is set or the page sets a value). It
 * goes to `target()` if that gives an element, else, as Tab would, to the first control that
 * followed the one that went, else to the element's first control: never to the page.
 */
export function keepFocus(
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
  watched: string,
  target?: () => Element | null,
): void {
  /** Before an update in which a watched control had the focus: the controls after it. */
  let after: Element[] | undefined;
  host.addController({
    hostUpdate() {
      // The root's active element, not a `:focus` query: this runs before every update (each key
      // typed in <kompetence-model>), and the query walks the whole shadow tree.
      const active = (host.renderRoot as ShadowRoot).activeElement;
      const focused = active?.matches(watched) ? active : null;
      // 4: Node.DOCUMENT_POSITION_FOLLOWING.
      after = focused ? [...host.renderRoot.querySelectorAll(tabStop)].filter((el) => focused.compareDocumentPosition(el) & 4) : undefined;
    },
    hostUpdated() {
      // focus() does nothing on a disabled, hidden or removed control: the first that takes it. Taken
      // as the root's active element, not `:focus`, which matches nothing while the window is in the
      // background (another tab's draft came in): every control was tried, scrolling to the last.
      const root = host.renderRoot as ShadowRoot;
      if (after && !root.activeElement) {
        [target?.(), ...after, ...root.querySelectorAll(tabStop)].some((el) => ((el as HTMLElement | null)?.focus(), el && el === root.activeElement));
      }
    },
  });
}
