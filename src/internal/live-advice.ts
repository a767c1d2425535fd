import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Advice } from '../model/advice.js';

/** How long typing pauses before the advice (a live region) is refreshed, so it is not re-read per keystroke. */
export const ADVICE_SETTLE_MS = 700;

/**
 * The model's advice on an element's value, kept live as the user edits: after typing it waits
 * for a pause (ADVICE_SETTLE_MS), after a choice it is refreshed at once.
 */
export class LiveAdvice implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #key: string | undefined;
  #list: Advice[] = [];

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Call on every user edit; `typed` when it came from typing text. */
  edited(typed: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = typed
      ? setTimeout(() => {
          this.#timer = undefined;
          this.#host.requestUpdate();
        }, ADVICE_SETTLE_MS)
      : undefined;
  }

  /** The advice for `key` (everything it depends on): `compute`d anew unless typing has not paused. */
  get(key: string, compute: () => Advice[]): Advice[] {
    if (this.#key === undefined || (this.#timer === undefined && key !== this.#key)) {
      this.#key = key;
      this.#list = compute();
    }
    return this.#list;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
