import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import { keepFocus } from './focus-handoff.js';

/** An element with a list the user removes items from. */
interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The element's value: the offer holds only while it is the value the removal left. */
  readonly value: unknown;
}

interface Removal {
  slot: unknown;
  value: unknown;
  say: (lang: Lang) => unknown;
  restore: () => void;
}

/**
 * The last item the user removed from a list, offered back where it was: a notice ("Target group 2
 * is removed. Undo") takes the item's place (its slot) and its Undo button gets the focus, so Tab
 * goes on to the item that took the removed one's place and Shift+Tab back to the one before it.
 * The message is the button's description, read when focus lands on it. Only the last removal is
 * offered, and only while the value is the one that removal left: the next edit, or a value set by
 * code, ends the offer. An offer that goes while its Undo has the focus (a value set by code,
 * `readonly` set) hands the focus on (`keepFocus`), as Tab would, to the first control after
 * the notice, else the element's first control: it does not drop to the page.
 */
export class RemovalUndo {
  #last: Removal | undefined;

  /** `value`: what an edit ends the offer by changing (by default the host's value; the model's mobility list, its list). */
  constructor(private readonly host: Host, private readonly value = () => host.value) {
    keepFocus(host, '#undo');
  }

  /**
   * Call once the removal is committed: `slot` names where the notice goes (see `render`), `say`
   * what was removed (the user's text in it marked with its language: `withUserText`), and `restore` puts the item back as a user edit and focuses its first field.
   */
  async removed(slot: unknown, say: (lang: Lang) => unknown, restore: () => void): Promise<void> {
    this.#last = { slot, value: this.value(), say, restore };
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#undo')?.focus();
  }

  /** The notice, if the last removal left the slot `slot`, else nothing; `item`: as a `<li>`, for a slot in a list. */
  render(slot: unknown, lang: Lang, undo: string, editable: boolean, item = false): TemplateResult | typeof nothing {
    const last = this.#last;
    if (!editable || !last || last.slot !== slot || last.value !== this.value()) return nothing;
    const notice = html`<span id="undo-d">${last.say(lang)}</span>
      <button type="button" id="undo" aria-describedby="undo-d" @click=${() => last.restore()}>${undo}</button>`;
    return item
      ? html`<li part="removed" class="removed no-print">${notice}</li>`
      : html`<p part="removed" class="removed no-print">${notice}</p>`;
  }
}

/** Puts `item` back into `list` at `index`. */
export const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];

export const removalStyles = css`
  .removed { border-left: 4px solid var(--_accent); background: var(--_surface-alt); padding: var(--_gap) var(--_space); }
`;
