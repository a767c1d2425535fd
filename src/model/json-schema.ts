/**
 * The plan's JSON Schema (draft 2020-12), generated from the zod schema so the two cannot drift.
 * Kept in its own module: zod's JSON Schema generator is large, and the browser bundle leaves it out.
 */
import { toJSONSchema } from 'zod/mini';
import { VERSION } from '../internal/version.js';
import { planSchema } from './plan.js';

type JsonSchema = Record<string, unknown>;

/** Defaults computed at parse time (fresh ids, the current time) are not constants of the schema. */
const generatedWhenMissing = new Set(['id', 'createdAt', 'updatedAt']);

function tidy(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) return node.forEach(tidy);
  const schema = node as JsonSchema;
  if (schema['type'] === 'object' && 'properties' in schema) {
    // Host systems may add `x-` keys anywhere; every other unknown key is an error, as in parsePlan.
    schema['patternProperties'] = { '^x-': {} };
    schema['additionalProperties'] = false;
    const properties = schema['properties'] as Record<string, JsonSchema>;
    for (const key of generatedWhenMissing) delete properties[key]?.['default'];
  }
  // Read alike by every validator: `\d` is any script's digit in Python and .NET, which parsePlan
  // does not take. There `$` also matches before a final line break; a lookahead would stop that
  // but breaks validators on Go's RE2, so a date's length does it (a timestamp's varies).
  if (typeof schema['pattern'] === 'string') schema['pattern'] = schema['pattern'].replaceAll('\\d', '[0-9]');
  if (schema['format'] === 'date') schema['maxLength'] = 10;
  Object.values(schema).forEach(tidy);
}

function buildPlanJsonSchema(): JsonSchema {
  const schema = toJSONSchema(planSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  tidy(schema);
  return {
    $schema: schema['$schema'],
    // This release's copy: without the version, a tool following the id got whatever is newest.
    $id: `https://unpkg.com/kompetence-elements@${VERSION}/dist/kompetenceplan.schema.json`,
    title: 'Kompetenceplan',
    description:
      'A plan for systematic competence development of one task (kompetence-elements plan JSON). '
      + 'Missing keys mean their empty value; ids and timestamps are generated when missing.',
    ...schema,
  };
}

/** JSON Schema (draft 2020-12) of the plan JSON that `parsePlan` accepts. */
export const planJsonSchema: Readonly<JsonSchema> = buildPlanJsonSchema();
