import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Advice } from '../model/advice.js';
import { fieldIds, type FieldId } from '../model/ids.js';
import type { Plan } from '../model/plan.js';

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
 * Advice judged when the user leaves the box, not at a pause in typing: the task heuristics read
 * half a sentence as the whole task ("Give" of "Give medicin …", paused on, is one word: too
 * broad), and the reasons' hint would come with the task's first letters.
 */
const heldIds = ['opgave-for-abstrakt', 'opgave-sammensat', 'anledning-mangler'];

/**
 * The advice to show while the user types: `next` less the held advice (`heldIds`) that `shown`,
 * the advice shown now, lacks. So none of it comes while the user types; what is shown stays while
 * the text still gives it, and goes at the pause once it does not.
 */
export const holdBack = (next: Advice[], shown: readonly Advice[]): Advice[] =>
  next.filter((a) => !heldIds.includes(a.id) || shown.some((s) => s.id === a.id));

/** Whether a value holds anything: a text, a ticked box, an item in a list. */
const filled = (v: unknown): boolean => (v && typeof v == 'object' ? Object.values(v).some(filled) : !!v);

/**
 * Runs `show` (a render that gives advice where there was none, so what follows moves down) now,
 * or, when the focus moved because a mouse button or finger went down, once it is up: shown
 * between press and release, the advice moved the button pressed ("Næste", "Gå til", a form's
 * Send) from under the pointer, and its click was lost. (`:active` holds while it is pressed.)
 */
export const afterPress = (show: () => void): void => {
  const at = resets;
  // Not when the press reset the form (its Reset button): the element is new again, not left.
  if (document.documentElement.matches(':active')) addEventListener('mouseup', () => setTimeout(() => at == resets && show()), { once: true, capture: true });
  else show();
};

/**
 * Whether the focus, said to leave `event.target`, is still on it: the window lost the focus (the
 * user went to another program, to copy something, say), and the box or field was not left.
 */
export const focusStays = (root: ShadowRoot, event: Event): boolean => root.activeElement == event.target;

/** Form resets so far (`formReset`, called by an element's `formResetCallback`). */
let resets = 0;
export const formReset = (): void => void resets++;

/**
 * Whether a field (in `<kompetence-model>`) or an element on its own is begun, so its advice is
 * given: the user has been there (the focus left a box or control in it), or its `parts` hold
 * something (see `untilStarted`).
 */
export const begun = (been: boolean, ...parts: unknown[]): boolean => been || filled(parts);

/**
 * The advice to give in `<kompetence-model>`, held back for fields not started: a field the user has
 * not been to (`seen`) and whose parts hold nothing (the staircase is the task's, the mobility
 * arrangements the training ground's) is its id, in the list one line "not started", in place of
 * its advice (the field's elements show none). A blank plan opened with eight pieces of advice, red
 * among them, on fields the user had not reached; a plan given, loaded or restored holds content, so
 * its advice shows in full.
 */
export const untilStarted = (advice: Advice[], plan: Plan, seen: ReadonlySet<FieldId>): (Advice | FieldId)[] =>
  fieldIds.flatMap<Advice | FieldId>((f) =>
    !begun(seen.has(f), plan[f], f == 'opgave' && plan.ansvar, f == 'traeningsbane' && plan.mobilitet)
      ? [f]
      : advice.filter((a) => a.field == f));

/**
 * The model's advice on an element's value, kept live as the user edits: `restart` it on every user
 * edit, with `true` when it came from typing text. After typing it waits for a pause, after a choice
 * it is refreshed at once; advice on the text typed is held back (`holdBack`) until `settle`.
 */
export class LiveAdvice extends RenderAtPause {
  #key: string | undefined;
  #list: Advice[] = [];
  /** From a typed edit until a choice, a value not typed, or the user leaving the box (`settle`). */
  #typing = false;

  override restart(wait: boolean): void {
    super.restart(wait);
    this.#typing = wait;
  }

  /** The user left the box: the advice is judged whole, at the pause if typing has not paused yet. */
  settle(): void {
    this.#typing = false;
    this.#key = '';
  }

  /** The advice for `key` (everything it depends on): `compute`d anew unless typing has not paused. */
  get(key: string, compute: () => Advice[]): Advice[] {
    if (this.#key === undefined || (!this.pending && key !== this.#key)) {
      this.#key = key;
      this.#list = this.#typing ? holdBack(compute(), this.#list) : compute();
    }
    return this.#list;
  }
}
