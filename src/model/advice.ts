/**
 * `advise`: the method's pitfalls and missing parts in a plan, each with a stable id, a severity,
 * the field it belongs to and a short message in plain Danish or English that says what to do next.
 * The rules live in `./advice/rules.ts`; docs/advice.md documents every id.
 */
import type { Plan } from './plan.js';
import { adviceRules } from './advice/rules.js';
import { runRule, type Advice, type AdviceOptions } from './advice/rule.js';

export type { Advice, AdviceOptions, AdviceRule } from './advice/rule.js';
export { adviceRules } from './advice/rules.js';
export { coveredTempi, missingTempi, periodAgreed, taskLooksComposite, taskTooAbstract } from './advice/checks.js';

/** The advice on a plan, in the order of the five fields; Danish unless `lang: 'en'`. */
export function advise(plan: Plan, options: AdviceOptions = {}): Advice[] {
  return adviceRules.flatMap((r) => runRule(r, plan, options.lang ?? 'da'));
}
