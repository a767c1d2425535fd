import { ADVICE_SETTLE_MS } from '../../src/internal/live-advice.js';

/** The page's timers as the elements call them (the Node types that tsc also sees differ). */
type Timers = { setTimeout: (run: () => void, ms?: number) => number; clearTimeout: (id?: number) => void };

/**
 * Runs `keys`, real key presses and the checks made while they are pressed, as a user pressing them
 * without a pause, however busy the machine: the advice's pause (a timer of ADVICE_SETTLE_MS) does
 * not run out while `keys` runs, and runs in full from its end. Each press is a round trip to the
 * test server; under load two of them, or a press and the check after it, once lay more than the
 * pause apart, and the advice came mid-way. (Text needs no key presses: typeWithoutPause.)
 */
export async function withoutPause(keys: () => Promise<unknown>): Promise<void> {
  const page = window as unknown as Timers;
  const { setTimeout: set, clearTimeout: clear } = page;
  /** The pauses held, by the id the element got; once released, the timer each runs on. */
  const held = new Map<number, () => void>();
  const running = new Map<number, number>();
  const done = (id: number) => {
    running.delete(id);
    if (!running.size) page.clearTimeout = clear;
  };
  page.setTimeout = (run, ms) => {
    if (ms !== ADVICE_SETTLE_MS) return set(run, ms);
    const id = set(() => {}, 2 ** 31 - 1); // an id of its own, never run out
    held.set(id, run);
    return id;
  };
  // The element cancels its pause by the id it got, also once the pause runs on a timer of its own.
  page.clearTimeout = (id) => {
    if (id === undefined) return;
    held.delete(id);
    if (running.has(id)) {
      clear(running.get(id));
      done(id);
    }
    clear(id);
  };
  try {
    await keys();
  } finally {
    page.setTimeout = set;
    for (const [id, run] of held) {
      clear(id);
      running.set(id, set(() => (done(id), run()), ADVICE_SETTLE_MS));
    }
    if (!running.size) page.clearTimeout = clear;
  }
}
