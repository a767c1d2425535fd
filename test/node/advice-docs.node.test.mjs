// docs/advice.md documents every advice id (contract.md: integrators filter or translate them), and
// documents no id that does not exist, with the same severity, field and parts as the rule, and
// example messages that are the rule's own: a static message word for word, a message built from a
// detail (a group name, a date …) as a non-empty sample.
// Needs the tsc build in dist/ (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const { adviceRules } = await import('kompetence-elements/model');
const doc = await readFile(new URL('../../docs/advice.md', import.meta.url), 'utf8');

/** The cells of a table line, trimmed; `\|` inside a cell is a literal pipe. */
const cells = (line) =>
  line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim().replaceAll('\\|', '|'));

/** The rules table: its header and its rows by id, each row as { column name: cell }. */
const headerLine = doc.split('\n').find((l) => /^\| id \|/.test(l));
const header = headerLine ? cells(headerLine) : [];
const rowLines = [...doc.matchAll(/^\| `[a-z-]+` \|.*$/gm)].map(([l]) => l);
const rows = rowLines.map((l) => Object.fromEntries(cells(l).map((c, i) => [header[i] ?? `#${i}`, c])));
const byId = new Map(rows.map((r) => [r.id.replaceAll('`', ''), r]));

test('docs/advice.md has the rules table with its columns', () => {
  assert.deepEqual(header, ['id', 'severity', 'field', 'parts', 'rule', 'example (da)', 'example (en)']);
  for (const line of rowLines) assert.equal(cells(line).length, header.length, line.slice(0, 60));
  assert.equal(byId.size, rows.length, 'no id has two rows');
});

test('docs/advice.md documents every advice rule with its severity, field and parts', () => {
  assert.ok(adviceRules.length > 0, 'adviceRules is exported');
  for (const rule of adviceRules) {
    const row = byId.get(rule.id);
    assert.ok(row, `${rule.id} is in docs/advice.md`);
    assert.deepEqual({ severity: row.severity, field: row.field }, { severity: rule.severity, field: rule.field }, rule.id);
    assert.deepEqual([...row.parts.matchAll(/`([a-z]+)`/g)].map(([, p]) => p), [...rule.parts], `${rule.id}: parts`);
  }
});

test('docs/advice.md documents no advice id that does not exist', () => {
  const ids = new Set(adviceRules.map((r) => r.id));
  assert.deepEqual([...byId.keys()].filter((id) => !ids.has(id)), []);
});

test('docs/advice.md shows each rule\'s own message as its example', () => {
  for (const rule of adviceRules) {
    const row = byId.get(rule.id);
    if (!row) continue; // reported above
    if (typeof rule.message === 'function') {
      // Built from a detail: the docs show it for sample values (see test/model/advice.test.ts).
      assert.ok(row['example (da)'], `${rule.id}: example (da) is filled`);
      assert.ok(row['example (en)'], `${rule.id}: example (en) is filled`);
    } else {
      assert.equal(row['example (da)'], rule.message.da, `${rule.id}: example (da) is the Danish message`);
      assert.equal(row['example (en)'], rule.message.en, `${rule.id}: example (en) is the English message`);
    }
  }
});
