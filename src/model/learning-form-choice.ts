/**
 * Choosing learning forms (`traeningsbane.laeringsformer`) without the plan's zod schema, for
 * `<laeringsform-vaelger>`, whose size budget has no room for zod: a parser that reports exactly
 * what `parsePart('laeringsformer', …)` reports, and the recommendation query a plan implies.
 */
import {
  experiences, learningFormIds, type Anledning, type Experience, type GoalLevel, type Lang, type LearningFormId,
} from './ids.js';
import { issue, protoKeyPaths, readJson, type ParseResult } from './issues.js';
import type { Plan } from './plan.js';
import { matchLang } from './catalog/text.js';
import { describedGoalLevels } from './advice/checks.js';

const known = new Set<unknown>(learningFormIds);

/**
 * Parses a list of learning-form ids (an array or a JSON string) as `parsePart('laeringsformer')`
 * does, with the same issues: `undefined` is the empty list; never throws.
 */
export function parseLearningFormIds(input: unknown, options: { lang?: Lang } = {}): ParseResult<LearningFormId[]> {
  const lang = matchLang(options.lang);
  try {
    const json = readJson(input, lang);
    if (!json.ok) return json;
    const value = json.value;
    if (value === undefined) return { ok: true, value: [] };
    const issues = Array.isArray(value)
      ? [...value.keys()].filter((i) => !known.has(value[i])).map((i) => value[i] === undefined
        ? issue([i], 'required', lang)
        : issue([i], 'invalid_value', lang, { values: learningFormIds, received: value[i] }))
      : [issue([], 'invalid_type', lang, { expected: 'array' })];
    issues.push(...protoKeyPaths(value).map((path) => issue(path, 'unknown_key', lang)));
    return issues.length ? { ok: false, issues } : { ok: true, value: [...(value as LearningFormId[])] };
  } catch {
    // A getter or proxy trap on a hostile object may throw.
    return { ok: false, issues: [issue([], 'invalid', lang)] };
  }
}

/** What a plan says about whom and what the learning forms are for. */
export interface PlanRecommendQuery {
  /** The goal levels whose description is written, top of the pyramid first. */
  readonly goals: GoalLevel[];
  /** The current experience of the groups on the staircase, lowest first, each once. */
  readonly experience: Experience[];
}

/**
 * The goals and experience to recommend learning forms for, read from a plan. Not before a level
 * is described: until then the user picks the goals. The table's bottom row, complex development
 * needs, is never read into a plan: it is for a large change of behaviour over a longer time, such
 * as a wholly new job function, which a plan does not record. A new task or one moved to another
 * professional group is no sign of it (the publication places new tasks on the staircase's lowest
 * step), and the row's long courses would be rated good for beginners learning one new task.
 */
export function recommendQueryFromPlan(plan: Plan): PlanRecommendQuery {
  const groups = new Set(plan.ansvar.map((g) => g.nuvaerende));
  return {
    goals: describedGoalLevels(plan.laeringsmaal),
    experience: experiences.filter((e) => groups.has(e)),
  };
}
