import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Advice } from '../model/advice.js';

/** How long typing pauses before the advice (a live region) is refreshed, so it is not re-read per keystroke. */
export const ADVICE_SETTLE_MS = 700;

/**
 * A render of the host at the next pause in typing: ADVICE_SETTLE_MS after the last
 * `restart(true)`. `restart(false)`, or the host leaving the page, drops it.
 */
export class RenderAtPause implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether a render waits for the pause. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  restart(wait: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = wait
      ? setTimeout(() => {
          this.#timer = undefined;
          this.#host.requestUpdate();
        }, ADVICE_SETTLE_MS)
      : undefined;
  }

  hostDisconnected(): void {
    this.restart(false);
  }
}

/**
 * The model's advice on an element's value, kept live as the user edits: `restart` it on every user
 * edit, with `true` when it came from typing text. After typing it waits for a pause, after a choice
 * it is refreshed at once.
 */
export class LiveAdvice extends RenderAtPause {
  #key: string | undefined;
  #list: Advice[] = [];

  /** The advice for `key` (everything it depends on): `compute`d anew unless typing has not paused. */
  get(key: string, compute: () => Advice[]): Advice[] {
    if (this.#key === undefined || (!this.pending && key !== this.#key)) {
      this.#key = key;
      this.#list = compute();
    }
    return this.#list;
  }
}
