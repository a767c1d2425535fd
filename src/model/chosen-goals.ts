import { filled } from './advice/checks.js';
import { goalLevels, type PlanGoalLevel } from './ids.js';
import type { Laeringsmaal } from './plan.js';

/**
 * The goal levels a plan has chosen: those with a description or at least one sub-type, top of the
 * pyramid first. The leader's role (catalog `goalLevelInfo[level].leaderRole`) applies to each.
 * (The `laeringsmaal` criterion is stricter: it counts described levels, `describedGoalLevels`.)
 */
export const chosenGoalLevels = (laeringsmaal: Laeringsmaal): PlanGoalLevel[] =>
  goalLevels.filter((level) => filled(laeringsmaal[level].beskrivelse) || laeringsmaal[level].typer.length > 0);

/**
 * The levels chosen by their sub-types alone, with no description: the goal is not yet thought
 * through (advice `laeringsmaal-uden-beskrivelse`).
 */
export const undescribedGoalLevels = (laeringsmaal: Laeringsmaal): PlanGoalLevel[] =>
  chosenGoalLevels(laeringsmaal).filter((level) => !filled(laeringsmaal[level].beskrivelse));
