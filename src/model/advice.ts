/**
 * `advise`: the method's pitfalls and missing parts in a plan, each with a stable id, a severity,
 * the field it belongs to and a short message in plain Danish or English that says what to do next.
 * The rules live in `./advice/rules.ts`; docs/advice.md documents every id.
 */
import type { Plan } from './plan.js';
import { planWithPart } from './parse.js';
import { matchLang } from './catalog/text.js';
import { adviceRules } from './advice/rules.js';
import { runRule, type Advice, type AdvicePart, type AdviceOptions } from './advice/rule.js';

export type { Advice, AdviceId, AdviceOptions, AdvicePart, AdviceRule } from './advice/rule.js';
export { adviceRules } from './advice/rules.js';
export { coveredTempi, missingTempi, periodAgreed, taskLooksComposite, taskTooAbstract } from './advice/checks.js';

/** The advice on a plan, in the order of the five fields; Danish unless `lang: 'en'`. */
export function advise(plan: Plan, options: AdviceOptions = {}): Advice[] {
  return adviceRules.flatMap((r) => runRule(r, plan, matchLang(options.lang)));
}

export interface AdviseOnOptions extends AdviceOptions {
  /**
   * The plan the part belongs to, when there is one (inside `<kompetence-model>`): the part is then
   * judged with the rest of that plan, so rules that also read other parts speak.
   */
  plan?: Plan;
}

/**
 * The advice on one part of a plan: for an element that edits that part. Runs the rules whose
 * `parts` include `part`, on `options.plan` with this part's value put in, or standing alone on a
 * plan that holds only that part; then rules that also need other parts (e.g. date order against
 * the training period, head counts from the staircase) stay quiet. Within a plan it gives exactly
 * what `advise` gives for those rules, so a field shows the advice its overview counts.
 */
export function adviseOn<P extends AdvicePart>(part: P, value: Plan[P], options: AdviseOnOptions = {}): Advice[] {
  const plan = planWithPart(part, value, options.plan);
  return adviceRules.filter((r) => r.parts.includes(part)).flatMap((r) => runRule(r, plan, matchLang(options.lang)));
}
