/**
 * `completenessGaps`: what a plan lacks for each unmet criterion of `completeness`, as short texts
 * (for a form's validation message, or a list of what is left to do). A field is listed exactly
 * when its criterion is not met.
 */
import { fieldIds, type FieldId, type Lang, type Text } from './ids.js';
import type { Plan } from './plan.js';
import { describedGoalLevels, filled, missingTempi, periodAgreed, periodReversed, perspectiveWritten } from './advice/checks.js';
import { fieldById } from './catalog/fields.js';
import { matchLang, tx, t } from './catalog/text.js';
import { tempoInfo } from './catalog/training.js';
import { taskGap } from './part-gaps.js';

export interface CompletenessGap {
  field: FieldId;
  /** What is missing, lower-case phrases in the language asked for. */
  missing: string[];
}

const texts = {
  task: taskGap,
  krav: tx('flueben ved de tre krav til opgaven', 'ticks for the three requirements of the task'),
  group: tx('en målgruppe med ansvar bagefter', 'a target group with responsibility afterwards'),
  value: tx('værdien for kerneopgaven eller arbejdspladsen', 'the value for the core task or the workplace'),
  goal: tx('mindst ét beskrevet læringsmål', 'at least one described learning goal'),
  period: tx('en periode med start og slut', 'a period with a start and an end'),
  order: tx('en slutdato, der ikke er før startdatoen', 'an end date no earlier than the start date'),
  type: tx('et valg af, om overgangen til hverdag er individuel eller fælles', 'a choice of whether the transition to everyday work is individual or collective'),
  date: tx('en dato for den fælles overgang', 'a date for the collective transition'),
  anchor: tx('mindst én aftale om forankring', 'at least one anchoring agreement'),
} satisfies Record<string, Text>;

/** A gap, and the advice (docs/advice.md) whose control is where the user fills it. */
type Gap = readonly [text: Text, advice: string];

/**
 * The one statement of the five criteria (docs/plan-json.md, "The parts, and the element that
 * edits each"): what the plan lacks for the criterion of `field`, each with its advice id.
 */
function criterionGapList(plan: Plan, field: FieldId): Gap[] {
  const { opgave, traeningsbane: tb, hverdag: { overgang, forankring } } = plan;
  const { krav } = opgave;
  const when = (missing: boolean, text: Text, advice: string): Gap[] => (missing ? [[text, advice]] : []);
  switch (field) {
    // A task described, its three requirements confirmed, and a group on the staircase with a target
    // (contract.md: at least one; a group without is advice, ansvar-uden-maal).
    case 'opgave':
      return [
        ...when(!filled(opgave.beskrivelse), texts.task, 'opgave-mangler'),
        ...when(!(krav.konkretSituation && krav.kanHaandteresAnderledes && krav.ansvarTydeligt), texts.krav, 'opgave-krav-mangler'),
        ...when(!plan.ansvar.some((g) => g.fremtidigt), texts.group, plan.ansvar.length ? 'ansvar-uden-maal' : 'ansvarstrappe-tom'),
      ];
    // The value for the core task or for the workplace, in words beyond the starter phrase.
    case 'perspektiv':
      return when(!perspectiveWritten(plan.perspektiv.kerneopgave) && !perspectiveWritten(plan.perspektiv.arbejdsplads), texts.value, 'perspektiv-mangler');
    // At least one level of the pyramid described.
    case 'laeringsmaal':
      return when(!describedGoalLevels(plan.laeringsmaal).length, texts.goal, 'laeringsmaal-mangler');
    // All three tempi covered (by text or a chosen form's tempi), and a period agreed: one that ends
    // before it starts is not (the published criterion names the training period; a mobility arrangement's
    // reversed dates are the error periode-omvendt, not a condition of the field).
    case 'traeningsbane':
      return [
        ...missingTempi(tb).map((tempo): Gap => [tempoInfo[tempo].name, 'tempo-mangler']),
        ...when(!periodAgreed(tb.periode), texts.period, 'periode-mangler'),
        ...when(periodReversed(tb.periode), texts.order, 'periode-omvendt'),
      ];
    // A transition type (with a date when collective) and at least one anchoring item (the
    // publication's first kind, follow-up on goals, is where to start).
    case 'hverdag':
      return [
        ...when(!overgang.type, texts.type, 'overgang-mangler'),
        ...when(overgang.type === 'faelles' && !overgang.dato, texts.date, 'faelles-overgang-uden-dato'),
        ...when(!forankring.length, texts.anchor, 'opfoelgning-paa-maal-mangler'),
      ];
  }
}

/** What the plan lacks for the criterion of `field`; `completeness` counts it met when nothing is lacking. */
export const criterionGaps = (plan: Plan, field: FieldId): Text[] => criterionGapList(plan, field).map(([text]) => text);

/**
 * The advice id on the first gap of the criterion of `field`, or undefined when it is met: an
 * element that is `required` points the browser's message at that advice's control.
 */
export const firstCriterionGapTarget = (plan: Plan, field: FieldId): string | undefined => criterionGapList(plan, field)[0]?.[1];

/** What the plan lacks for the criterion of `field`, as lower-case phrases; empty when it is met. */
export function fieldGaps(plan: Plan, field: FieldId, options: { lang?: Lang } = {}): string[] {
  const lang = matchLang(options.lang);
  return criterionGaps(plan, field).map((x) => t(x, lang).toLowerCase());
}

/** The unmet criteria of `completeness`, in field order, each with what it lacks. */
export function completenessGaps(plan: Plan, options: { lang?: Lang } = {}): CompletenessGap[] {
  return fieldIds
    .map((field) => ({ field, missing: fieldGaps(plan, field, options) }))
    .filter((gap) => gap.missing.length > 0);
}

/**
 * The gaps as one text, field by field, e.g. `Opgave (en beskrivelse af opgaven); Hverdag (…)`;
 * empty when the plan meets all five criteria.
 */
export function describeCompletenessGaps(plan: Plan, options: { lang?: Lang } = {}): string {
  const lang = matchLang(options.lang);
  return completenessGaps(plan, { lang })
    .map((gap) => `${t(fieldById(gap.field).name, lang)} (${gap.missing.join(', ')})`)
    .join('; ');
}
