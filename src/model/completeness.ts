/**
 * `completeness`: the five conditions of systematic competence development (docs/plan-json.md,
 * "The parts, and the element that edits each"), one per field, and how many of them the plan
 * meets. Each criterion is stated once, in `criterionGaps`: it is met when nothing is lacking.
 */
import { fieldIds, type FieldId } from './ids.js';
import type { Plan } from './plan.js';
import { criterionGaps } from './completeness-gaps.js';

export interface Completeness {
  criteria: Record<FieldId, boolean>;
  /** How many criteria are met, 0–5. */
  score: number;
}

export function completeness(plan: Plan): Completeness {
  const criteria = Object.fromEntries(fieldIds.map((field) => [field, criterionGaps(plan, field).length === 0])) as Record<FieldId, boolean>;
  return { criteria, score: Object.values(criteria).filter(Boolean).length };
}
