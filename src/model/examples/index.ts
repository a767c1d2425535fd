/**
 * The six worked examples of the publication ("Ledelse af kompetenceudvikling", Væksthus for
 * Ledelse) as valid plans: the source's facts in our own words, in Danish (plan content is user
 * data), keeping the source's gaps (no invented dates, head counts, goals or follow-up). Each
 * module says what it leaves out and where it reads the source.
 *
 * Ids and timestamps are fixed (`eksempel-<id>`, items `eksempel-<id>-ansvar-<n>` /
 * `eksempel-<id>-forankring-<n>`, both timestamps `2025-01-01T00:00:00.000Z`), so the JSON is
 * the same on every load.
 */
import { exampleIds, type ExampleId } from '../ids.js';
import type { Plan } from '../plan.js';
import { barselsafsnit } from './barselsafsnit.js';
import { boernehus } from './boernehus.js';
import { doegninstitution } from './doegninstitution.js';
import { jobcenter } from './jobcenter.js';
import { plejecenterDokumentation } from './plejecenter-dokumentation.js';
import { plejecenterMaaltid } from './plejecenter-maaltid.js';

const sources: Readonly<Record<ExampleId, Plan>> = {
  doegninstitution,
  boernehus,
  'plejecenter-maaltid': plejecenterMaaltid,
  barselsafsnit,
  jobcenter,
  'plejecenter-dokumentation': plejecenterDokumentation,
};

/**
 * The worked examples, keyed by {@link ExampleId}, in the publication's order.
 *
 * Every read returns a fresh deep copy (`examples.boernehus !== examples.boernehus`), so a page or
 * element may edit the plan it got — e.g. load it into `<kompetence-model>` and let the user work
 * on it — without changing what anyone else reads. The object itself is frozen. Read it once into
 * a variable when you need the same object twice.
 */
export const examples: Readonly<Record<ExampleId, Plan>> = Object.freeze(
  Object.defineProperties(
    {} as Record<ExampleId, Plan>,
    Object.fromEntries(
      exampleIds.map((id) => [id, { enumerable: true, get: (): Plan => structuredClone(sources[id]) }]),
    ),
  ),
);
