/**
 * The model's runtime API: everything `kompetence-elements/model` exports EXCEPT `planJsonSchema`.
 *
 * The browser bundle (`src/bundle.ts`) re-exports this barrel, so the JSON Schema and zod's
 * `toJSONSchema` code stay out of it. Add new model exports here (append lines); only
 * `./json-schema.js` belongs in `./index.ts` instead. `npm run build` fails if the two drift.
 */
export * from './ids.js';
export type * from './catalog/types.js';
export { examples } from './examples/index.js';
export { planToICalendar, type ICalendarOptions } from './ical.js';
export { advise, adviseOn, adviceRules, coveredTempi, type Advice, type AdviceOptions, type AdvicePart, type AdviceRule } from './advice.js';
export { completeness, type Completeness } from './completeness.js';
