import { createContext } from '@lit/context';
import type { FieldId } from '../model/ids.js';
import type { Plan } from '../model/plan.js';

/**
 * What `<kompetence-model>` provides to the field elements in it: the plan, and a way to write a
 * user's edit of one slice. Only the outermost field element of ours uses it; elements nested in
 * another of ours are driven by that parent (property down, event up). Read-only and disabled are
 * not in it: the model sets `readonly` and `disabled` on the field elements it renders, so each
 * looks and behaves as it does alone with them (a published page; a disabled form's locked editor).
 */
export interface PlanContextValue {
  readonly plan: Plan;
  /**
   * Applies a user's edit; `update` returns the new plan from the current one. `typed` when the
   * user typed it (a character in a text box), not chose it.
   */
  edit(update: (plan: Plan) => Plan, typed?: boolean): void;
  /**
   * The user left a box or control in a field element (the text box they typed in, say): the
   * advice held back while they typed (see `holdBack`) is given, and the field is begun. The model
   * cannot see it: focus that moves within a field element's shadow root does not leave that element.
   */
  leave?(): void;
  /**
   * Whether `plan` came from the user typing: the other field elements then refresh what they read
   * of the rest of the plan at a pause in typing, not on every key.
   */
  readonly typing?: boolean;
  /**
   * The fields the user has been to (see `untilStarted`): a field not among them that holds
   * nothing shows no advice, as the model's list gives it as one line "not started".
   */
  readonly seen?: ReadonlySet<FieldId>;
  /** The model's `content-lang`: the language of the plan's own text, for fields without their own. */
  readonly contentLang?: string | null;
}

export const planContext = createContext<PlanContextValue | undefined>(Symbol.for('kompetence-elements/plan'));
