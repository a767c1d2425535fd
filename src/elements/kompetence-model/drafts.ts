import { parsePlan } from '../../model/parse.js';
import type { Plan } from '../../model/plan.js';

/**
 * Why a draft could not be read or written: the storage is full (QuotaExceededError), cannot be
 * used at all (disabled, blocked, a SecurityError on access), or held a draft that is not a plan.
 */
export type DraftProblem = 'full' | 'unavailable' | 'corrupt';

/** How long typing pauses before the draft is written. */
const DRAFT_SAVE_MS = 500;

/**
 * The draft of a plan in Web Storage under one key: written a short while after the last edit
 * (or at once by `flush`, e.g. when the page is hidden), read back on load, and discarded. Never
 * throws: every problem is reported to `report` (and `undefined` when a write succeeded again).
 */
export class Drafts {
  #pending: Plan | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #report: (problem: DraftProblem | undefined) => void;
  readonly #storage: () => Storage;
  readonly #delay: number;

  constructor(
    readonly key: string,
    report: (problem: DraftProblem | undefined) => void,
    // `localStorage` itself throws a SecurityError when storage is disabled, so it is read late.
    storage: () => Storage = () => localStorage,
    delay = DRAFT_SAVE_MS,
  ) {
    this.#report = report;
    this.#storage = storage;
    this.#delay = delay;
  }

  /** The stored draft, if there is one that is a valid plan. */
  load(): Plan | undefined {
    let text: string | null;
    try {
      text = this.#storage().getItem(this.key);
    } catch {
      this.#report('unavailable');
      return undefined;
    }
    if (text === null) return undefined;
    const result = parsePlan(text);
    if (result.ok) return result.plan;
    this.#keepUnreadable(this.unreadableKey, text);
    this.#report('corrupt');
    return undefined;
  }

  /**
   * The next save would overwrite text that is no draft: it is kept beside, so it can still be
   * recovered by hand (best effort; a full storage keeps nothing more). Text kept there before is
   * not replaced: a later one goes under `key:2`, `key:3`, … `key:5`, which the next is written
   * over (an older release meeting a newer one's drafts would otherwise fill the storage).
   */
  #keepUnreadable(key: string, text: string): void {
    try {
      let at = key;
      for (let n = 1, held; n < 5 && (held = this.#storage().getItem(at)) !== null && held !== text; ) at = `${key}:${++n}`;
      this.#storage().setItem(at, text);
    } catch {
      // Nothing more can be kept.
    }
  }

  /** Where a draft that could not be read is kept, so saving the new plan does not destroy it. */
  get unreadableKey(): string {
    return `${this.key}:ulaeselig`;
  }

  /**
   * Where drafts are kept that the plan shown replaced before they were dealt with (the page's own
   * plan, another element's draft meeting the user's work, a draft taken back): a list, newest first.
   */
  get setAsideKey(): string {
    return `${this.key}:tilsidesat`;
  }

  /** Entries of the kept list that are no plan this version reads: written back with it, never dropped. */
  #unreadableKept: unknown[] = [];
  /** A kept list whose write failed (full storage): written again with the next save, which fails until it is. */
  #unwrittenKept: readonly Plan[] | undefined;

  /**
   * The drafts kept under `setAsideKey`, newest first (an earlier version kept one plan, not a
   * list). Entries that are no plan are written back as they are; text that is no JSON at all is
   * copied beside it, as `load` does with the draft. Neither is reported: the notice of the draft
   * restored with them matters more.
   */
  loadKept(): Plan[] {
    let text: string | null;
    try {
      text = this.#storage().getItem(this.setAsideKey);
    } catch {
      return [];
    }
    let stored: unknown;
    try {
      stored = JSON.parse(text ?? '[]');
    } catch {
      this.#keepUnreadable(`${this.setAsideKey}:ulaeselig`, text!);
      this.#unreadableKept = [];
      return [];
    }
    const plans: Plan[] = [];
    this.#unreadableKept = [];
    for (const entry of Array.isArray(stored) ? stored : [stored]) {
      const result = parsePlan(entry);
      if (result.ok) plans.push(result.plan);
      else this.#unreadableKept.push(entry);
    }
    return plans;
  }

  /**
   * Writes the kept drafts now (none: removes the key); a storage problem is reported as for a save.
   * Whether they were written.
   */
  writeKept(plans: readonly Plan[]): boolean {
    this.#unwrittenKept = plans;
    return this.#writeKept();
  }

  #writeKept(): boolean {
    const plans = this.#unwrittenKept;
    if (!plans) return true;
    const entries = [...plans, ...this.#unreadableKept];
    try {
      if (entries.length) this.#storage().setItem(this.setAsideKey, JSON.stringify(entries));
      else this.#storage().removeItem(this.setAsideKey);
      this.#unwrittenKept = undefined;
      return true;
    } catch (error) {
      this.#report(storageProblem(error));
      return false;
    }
  }

  /** The text this element saved last. */
  #written: string | undefined;

  /**
   * Whether `text`, another tab's save, is stored no longer because this element saved over it in
   * the same moment (its storage event came after this element's own save).
   */
  savedOver(text: string): boolean {
    try {
      const now = this.#storage().getItem(this.key);
      return now !== text && now === this.#written;
    } catch {
      return false;
    }
  }

  /** Writes `plan` after a pause in editing. */
  schedule(plan: Plan): void {
    this.#pending = plan;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /** Whether a write is waiting. */
  get pending(): boolean {
    return this.#pending !== undefined;
  }

  /** Writes the waiting plan now. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const plan = this.#pending;
    if (!plan) return;
    this.#pending = undefined;
    try {
      this.#storage().setItem(this.key, (this.#written = JSON.stringify(plan)));
      // Saved only when the kept drafts are too: one left unwritten would be gone on the next visit.
      if (this.#writeKept()) this.#report(undefined);
    } catch (error) {
      this.#report(storageProblem(error));
    }
  }

  /** Drops the waiting write, leaving the stored draft as it is. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  /** Drops the waiting write and the stored draft. */
  discard(): void {
    this.cancel();
    try {
      this.#storage().removeItem(this.key);
    } catch {
      this.#report('unavailable');
    }
  }
}

function storageProblem(error: unknown): DraftProblem {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
}
