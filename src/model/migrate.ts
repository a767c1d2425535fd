import { CURRENT_SCHEMA_VERSION } from './plan.js';

/** Upgrades a plan of `schemaVersion` n to n + 1. Input is untrusted JSON; return it unvalidated. */
export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first published version, so
 * there are none yet; when v2 comes, `1: (v1) => v2` goes here and `CURRENT_SCHEMA_VERSION` moves.
 */
export const planMigrations: Readonly<Record<number, Migration>> = {};

/**
 * Builds a migrator over a table of migrations (exposed so the mechanism can be tested with a
 * fabricated older version). Input that is not a plan object, has no integer `schemaVersion`, or
 * a version with no path to `target` is returned unchanged for the parser to report.
 */
export function createMigrator(
  migrations: Readonly<Record<number, Migration>>,
  target: number = CURRENT_SCHEMA_VERSION,
): (input: unknown) => unknown {
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    let plan = input as Record<string, unknown>;
    let version = plan['schemaVersion'];
    // A version that is no integer has no step in the table: the input comes back as it came.
    while (typeof version === 'number' && version < target) {
      const step = migrations[version];
      // No path to `target`: the input as it came, so the parser reports the version the user has.
      if (!step) return input;
      plan = { ...step(plan), schemaVersion: version + 1 };
      version = plan['schemaVersion'];
    }
    return plan;
  };
}

/** Upgrades a plan of an older `schemaVersion` to the current one (docs/plan-json.md, "Rules", Versions). */
export const migratePlan: (input: unknown) => unknown = createMigrator(planMigrations);
