import type { FieldId, Lang, Severity, Text } from '../ids.js';
import type { Plan } from '../plan.js';

/** One piece of advice on a plan: a pitfall of the method or a missing part. */
export interface Advice {
  /** Stable id of the rule (kebab-case, ASCII-folded Danish); see docs/advice.md. */
  id: string;
  severity: Severity;
  /** The field of the model the advice belongs to (the staircase belongs to `opgave`). */
  field: FieldId;
  message: string;
}

export interface AdviceOptions {
  lang?: Lang;
}

/** The parts of a plan a rule is about, for `adviseOn` (an element that edits one part on its own). */
export type AdvicePart = 'opgave' | 'perspektiv' | 'laeringsmaal' | 'ansvar' | 'traeningsbane' | 'mobilitet' | 'hverdag';

/**
 * A rule of `advise`, kept as data so each can be documented and tested alone.
 *
 * `applies` returns a falsy value when the rule does not apply, `true` for one piece of
 * advice, a detail object for one piece of advice whose message uses it, or an array of details for
 * one piece of advice per element (e.g. per group on the staircase).
 */
export interface AdviceRule<D = unknown> {
  readonly id: string;
  readonly severity: Severity;
  readonly field: FieldId;
  /**
   * The plan parts whose data the rule judges. `adviseOn(part, …)` runs the rules of that part. A
   * rule may also read other parts (e.g. the training period for date order); standing alone, those
   * are empty and the rule stays quiet.
   */
  readonly parts: readonly AdvicePart[];
  readonly applies: (plan: Plan) => boolean | D | readonly D[] | undefined;
  readonly message: Text | ((detail: D) => Text);
}

/** Declares a rule with its detail type inferred from `applies`. */
export const rule = <D = never>(r: AdviceRule<D>): AdviceRule => r as AdviceRule;

/** Runs one rule: the advice it gives on the plan, in the language asked for (Danish by default). */
export function runRule(r: AdviceRule, plan: Plan, lang: Lang = 'da'): Advice[] {
  const result = r.applies(plan);
  if (!result) return [];
  const details: unknown[] = result === true ? [undefined] : Array.isArray(result) ? result : [result];
  return details.map((detail) => {
    const text = typeof r.message === 'function' ? r.message(detail) : r.message;
    return { id: r.id, severity: r.severity, field: r.field, message: text[lang] ?? text.da };
  });
}
