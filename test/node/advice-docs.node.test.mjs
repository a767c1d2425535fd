// docs/advice.md documents every advice id (contract.md: integrators filter or translate them), and
// documents no id that does not exist, with the same severity and field as the rule.
// Needs the tsc build in dist/ (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const { adviceRules } = await import('kompetence-elements/model');
const doc = await readFile(new URL('../../docs/advice.md', import.meta.url), 'utf8');
/** Rows of the table: | `id` | severity | field | rule | example (da) | example (en) | */
const rows = new Map(
  [...doc.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (\w+) \|/gm)].map(([, id, severity, field]) => [id, { severity, field }]),
);

test('docs/advice.md documents every advice rule with its severity and field', () => {
  assert.ok(adviceRules.length > 0, 'adviceRules is exported');
  for (const rule of adviceRules) {
    assert.ok(rows.has(rule.id), `${rule.id} is in docs/advice.md`);
    assert.deepEqual(rows.get(rule.id), { severity: rule.severity, field: rule.field }, rule.id);
  }
});

test('docs/advice.md documents no advice id that does not exist', () => {
  const ids = new Set(adviceRules.map((r) => r.id));
  assert.deepEqual([...rows.keys()].filter((id) => !ids.has(id)), []);
});
