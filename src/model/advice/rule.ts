import type { FieldId, Lang, Severity, Text } from '../ids.js';
import type { Plan } from '../plan.js';

/**
 * The stable ids of the package's rules (kebab-case, ASCII-folded Danish), each documented in
 * docs/advice.md: a host's table of its own messages, `Record<AdviceId, string>`, misses none.
 * Types only (no list in the bundle); a rule's id must be one of them, and the tests hold the two
 * equal. `Advice.id` stays `string`, as the plan contract has it: a host may list its own advice beside.
 */
export type AdviceId =
  | 'opgave-mangler'
  | 'opgave-for-abstrakt'
  | 'opgave-sammensat'
  | 'opgave-krav-mangler'
  | 'anledning-mangler'
  | 'ansvarstrappe-tom'
  | 'ansvar-uden-maal'
  | 'ansvar-spring-til-ressourceperson'
  | 'ansvar-spring-til-selvstaendigt'
  | 'koerekort-passer-ikke'
  | 'perspektiv-mangler'
  | 'perspektiv-kerneopgave-mangler'
  | 'perspektiv-arbejdsplads-mangler'
  | 'fortolkninger-mangler'
  | 'laeringsmaal-mangler'
  | 'laeringsmaal-uden-beskrivelse'
  | 'periode-mangler'
  | 'periode-omvendt'
  | 'spilleregler-mangler'
  | 'daekning-mangler'
  | 'rollemaal-uden-refleksion'
  | 'udviklende-workshop-begyndere'
  | 'sidemandsoplaering-for-mange'
  | 'mobilitet-uden-laeringsmaal'
  | 'mobilitet-uden-vilkaar'
  | 'mobilitet-uden-tilbagevenden'
  | 'overgang-mangler'
  | 'faelles-overgang-uden-dato'
  | 'faelles-overgang-ikke-klar'
  | 'opfoelgning-paa-maal-mangler'
  | 'opfoelgning-uden-dato'
  | 'stoette-mangler'
  | 'opgaveflytning-mangler'
  | 'individuel-overgang-uaftalt'
  | 'traening-slutter-efter-overgang'
  | 'opfoelgning-foer-traening-slutter'
  | 'traeningsbane-tom'
  | 'traeningsbane-kun-viden'
  | 'tempo-mangler';

/** One piece of advice on a plan: a pitfall of the method or a missing part. */
export interface Advice {
  /**
   * Stable id of the rule (an `AdviceId`); see docs/advice.md. Typed `string`, as the contract has it,
   * so a host can list advice of its own beside: index a `Record<AdviceId, …>` with `id as AdviceId`.
   */
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
  readonly id: AdviceId;
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

/**
 * Declares a rule, its detail type inferred from `applies`. The arguments are the fields of
 * `AdviceRule` in its order (id, severity, field, parts, applies, message): 39 rules written as
 * object literals repeated the six keys in the bundle.
 */
export const rule = <D = never>(
  id: AdviceId, severity: Severity, field: FieldId, parts: readonly AdvicePart[],
  applies: AdviceRule<D>['applies'], message: AdviceRule<D>['message'],
): AdviceRule => ({ id, severity, field, parts, applies, message }) as AdviceRule;

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
