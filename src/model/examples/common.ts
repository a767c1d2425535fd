/**
 * Shared pieces of the worked examples: fixed timestamps and ids, so the examples are
 * deterministic (the same JSON on every load, in every build).
 */
import type { ExampleId } from '../ids.js';

/** `createdAt` and `updatedAt` of every example. Fixed on purpose: examples are data, not events. */
export const EXAMPLE_TIMESTAMP = '2025-01-01T00:00:00.000Z';

/** `eksempel-<exampleId>`: the plan id of an example. */
export const examplePlanId = (id: ExampleId): string => `eksempel-${id}`;

/** `eksempel-<exampleId>-<list>-<n>`: the id of the n-th item (from 1) of a list in an example. */
export const exampleItemId = (id: ExampleId, list: 'ansvar' | 'forankring', n: number): string =>
  `${examplePlanId(id)}-${list}-${n}`;
