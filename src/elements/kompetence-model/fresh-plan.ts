import type { Plan } from '../../model/plan.js';
import { uuid } from '../../model/uuid.js';

/**
 * A copy of `plan` that is a plan of its own: a new id, created and changed now, and new ids for
 * its target groups, mobility arrangements and anchoring items (contract.md: elements generate
 * UUID v4 ids). For starting from a worked example, whose ids are fixed: two plans begun from the
 * same example must not share an id, in a draft store, a server or a calendar (UIDs).
 *
 * Kept here until the model has such a function (it belongs beside `createPlan`).
 */
export function freshPlan(plan: Plan): Plan {
  const now = new Date().toISOString();
  const renew = <I extends { id: string }>(items: I[]): I[] => items.map((item) => ({ ...item, id: uuid() }));
  return {
    ...plan,
    id: uuid(),
    createdAt: now,
    updatedAt: now,
    ansvar: renew(plan.ansvar),
    mobilitet: renew(plan.mobilitet),
    hverdag: { ...plan.hverdag, forankring: renew(plan.hverdag.forankring) },
  };
}
