/**
 * `completeness`: the five conditions of systematic competence development (docs/plan-json.md,
 * "The parts, and the element that edits each"), one per field, and how many of them the plan
 * meets.
 */
import type { FieldId } from './ids.js';
import type { Plan } from './plan.js';
import { coveredTempi, describedGoalLevels, filled, periodAgreed, periodReversed, perspectiveWritten } from './advice/checks.js';

export interface Completeness {
  criteria: Record<FieldId, boolean>;
  /** How many criteria are met, 0–5. */
  score: number;
}

export function completeness(plan: Plan): Completeness {
  const { opgave, perspektiv, traeningsbane, hverdag } = plan;
  const { overgang } = hverdag;
  const criteria: Record<FieldId, boolean> = {
    // A task described, its three requirements confirmed, a group on the staircase with a target.
    opgave: filled(opgave.beskrivelse)
      && opgave.krav.konkretSituation && opgave.krav.kanHaandteresAnderledes && opgave.krav.ansvarTydeligt
      && plan.ansvar.some((g) => !!g.fremtidigt),
    // The value for the core task or for the workplace, in words beyond the starter phrase.
    perspektiv: perspectiveWritten(perspektiv.kerneopgave) || perspectiveWritten(perspektiv.arbejdsplads),
    // At least one level of the pyramid described.
    laeringsmaal: describedGoalLevels(plan.laeringsmaal).length > 0,
    // All three tempi covered (by text or a chosen form's tempi), and a period agreed: one that ends
    // before it starts is not (contract.md names the training period; a mobility arrangement's
    // reversed dates are the error periode-omvendt, not a condition of the field).
    traeningsbane: coveredTempi(traeningsbane).length === 3 && periodAgreed(traeningsbane.periode) && !periodReversed(traeningsbane.periode),
    // A transition type (with a date when collective) and at least one anchoring item.
    hverdag: !!overgang.type && (overgang.type !== 'faelles' || !!overgang.dato) && hverdag.forankring.length > 0,
  };
  return { criteria, score: Object.values(criteria).filter(Boolean).length };
}
