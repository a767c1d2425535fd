/**
 * The model's runtime API: everything `kompetence-elements/model` exports EXCEPT `planJsonSchema`.
 *
 * The browser bundle (`src/bundle.ts`) re-exports this barrel, so the JSON Schema and zod's
 * `toJSONSchema` code stay out of it. Add new model exports here (append lines); only
 * `./json-schema.js` belongs in `./index.ts` instead. `npm run build` fails if the two drift.
 */
export * from './ids.js';
export type * from './catalog/types.js';
export * from './catalog/index.js';
export { recommendLearningForms, type Fit, type Recommendation, type RecommendQuery } from './recommend.js';
export {
  planSchema, CURRENT_SCHEMA_VERSION,
  type Plan, type PlanInit, type Opgave, type Perspektiv, type Laeringsmaal, type AnsvarItem, type Traeningsbane, type Periode,
  type MobilitetItem, type Hverdag, type Overgang, type ForankringItem,
} from './plan.js';
export { parsePlan, createPlan, copyPlanAsNew, parsePart, emptyPart, type PlanParseResult, type PartName, type PartValue, type ParseOptions } from './parse.js';
export { formatPath, type PlanIssue, type IssueCode, type ParseResult } from './issues.js';
export { migratePlan, createMigrator, planMigrations, type Migration } from './migrate.js';
export { uuid } from './uuid.js';
export { examples } from './examples/index.js';
export { planToICalendar, type ICalendarOptions } from './ical.js';
export { advise, adviseOn, adviceRules, coveredTempi, type Advice, type AdviceId, type AdviceOptions, type AdvicePart, type AdviceRule, type AdviseOnOptions } from './advice.js';
export { completeness, type Completeness } from './completeness.js';
export { isOverdue, localDay } from './follow-up.js';
export { completenessGaps, describeCompletenessGaps, fieldGaps, type CompletenessGap } from './completeness-gaps.js';
export { partGaps, type GapPart, type GapPartValues } from './part-gaps.js';
