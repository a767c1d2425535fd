// The `kompetence-elements/model` entry in plain Node 20: no DOM, no browser, imported through the
// package's own exports map (self-reference), as a server that validates plans would import it.
// Needs the tsc build in dist/ and dist/kompetenceplan.schema.json (npm test builds both first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const model = await import('kompetence-elements/model');
const exampleIds = [
  'doegninstitution', 'boernehus', 'plejecenter-maaltid', 'barselsafsnit', 'jobcenter', 'plejecenter-dokumentation',
];

test('the model entry loads without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

test('the model entry exports the API of contract.md', () => {
  for (const name of ['parsePlan', 'createPlan', 'migratePlan', 'advise', 'completeness', 'recommendLearningForms', 'planToICalendar']) {
    assert.equal(typeof model[name], 'function', `${name} is a function`);
  }
  assert.ok(Array.isArray(model.learningForms) && model.learningForms.length > 0, 'learningForms is a non-empty array');
  assert.equal(typeof model.examples, 'object', 'examples is an object');
  assert.equal(typeof model.planJsonSchema, 'object', 'planJsonSchema is an object');
});

test('examples holds the six worked examples', () => {
  assert.deepEqual(Object.keys(model.examples ?? {}).sort(), [...exampleIds].sort());
});

test('createPlan() is a valid plan and {"schemaVersion": 1} parses as an empty plan', () => {
  const created = model.createPlan();
  const parsed = model.parsePlan(created);
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  const empty = model.parsePlan('{"schemaVersion": 1}');
  assert.equal(empty.ok, true, JSON.stringify(empty.issues));
  assert.equal(empty.plan.schemaVersion, 1);
});

for (const id of exampleIds) {
  test(`example ${id} parses, survives JSON round trip and has no error advice`, () => {
    const example = model.examples?.[id];
    assert.ok(example, `examples.${id} exists`);
    const fromObject = model.parsePlan(example);
    assert.equal(fromObject.ok, true, JSON.stringify(fromObject.issues));
    const fromString = model.parsePlan(JSON.stringify(example));
    assert.equal(fromString.ok, true, JSON.stringify(fromString.issues));
    assert.deepEqual(fromString.plan, fromObject.plan);
    const errors = model.advise(fromObject.plan).filter((advice) => advice.severity === 'error');
    assert.deepEqual(errors, []);
  });
}

test('parsePlan never throws and reports unknown keys with their path', () => {
  for (const input of [undefined, null, 42, 'not json', '[]', {}, { schemaVersion: 1, titel: 7 }]) {
    const result = model.parsePlan(input);
    assert.equal(typeof result.ok, 'boolean');
  }
  const typo = model.parsePlan({ schemaVersion: 1, opgvae: {} });
  assert.equal(typo.ok, false);
  assert.ok(typo.issues.some((issue) => issue.path.join('.') === 'opgvae'), JSON.stringify(typo.issues));
});

test('dist/kompetenceplan.schema.json is the exported planJsonSchema', async () => {
  const shipped = JSON.parse(await readFile(new URL('../../dist/kompetenceplan.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(shipped, JSON.parse(JSON.stringify(model.planJsonSchema)));
});

test('every example and a created plan validate against the shipped JSON Schema (ajv, draft 2020-12)', async () => {
  const schema = JSON.parse(await readFile(new URL('../../dist/kompetenceplan.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const plans = { created: model.createPlan(), ...Object.fromEntries(exampleIds.map((id) => [id, model.examples?.[id]])) };
  for (const [name, plan] of Object.entries(plans)) {
    assert.ok(plan, `${name} exists`);
    const valid = validate(plan);
    assert.ok(valid, `${name}: ${ajv.errorsText(validate.errors)}`);
    const parsed = model.parsePlan(plan);
    assert.ok(parsed.ok, `${name} parses: ${JSON.stringify(parsed.issues)}`);
    assert.ok(validate(JSON.parse(JSON.stringify(parsed.plan))), `${name} after parsePlan: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the shipped JSON Schema rejects a typo key as parsePlan does', async () => {
  const schema = JSON.parse(await readFile(new URL('../../dist/kompetenceplan.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.equal(validate({ schemaVersion: 1, opgvae: {} }), false);
  assert.equal(validate({ schemaVersion: 1, 'x-host': { anything: true } }), true);
});

test('a server asks what the elements\' required asks: the gaps of the plan, a field and a part, in Node', () => {
  const plan = model.createPlan({ ansvar: [{ maalgruppe: 'Alle', fremtidigt: 'med-stoette' }, { maalgruppe: 'Nye' }] });
  assert.deepEqual(model.partGaps('ansvar', plan.ansvar), ['ansvar bagefter for målgruppe 2']);
  assert.deepEqual(model.partGaps('laeringsformer', [], { lang: 'en' }), ['at least one learning form']);
  assert.deepEqual(model.fieldGaps(plan, 'laeringsmaal', { lang: 'en' }), ['at least one described learning goal']);
  assert.deepEqual(model.completenessGaps(plan).map((g) => g.field), ['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag']);
});

test('planToICalendar shortens a very long description at once in Node (its Segmenter over the whole line took 30 s)', () => {
  const plan = model.createPlan({
    hverdag: { overgang: { type: 'individuel', beskrivelse: '', ikkeKlar: '' }, forankring: [
      { id: 'f1', type: 'loebende-stoette', beskrivelse: 'Sparring '.repeat(15_000), ansvarlig: '', dato: '2027-03-01', udfoert: false },
    ] },
  });
  const started = performance.now();
  const calendar = model.planToICalendar(plan);
  assert.ok(performance.now() - started < 2_000, `${Math.round(performance.now() - started)} ms`);
  const summary = calendar.replace(/\r\n[ \t]/g, '').split('\r\n').find((line) => line.startsWith('SUMMARY:'));
  assert.match(summary, /Sparring Sparring .*… – Kompetenceplan$/u);
  assert.ok(summary.length < 200, summary);
});

test('parsePlan answers at once for a text that never closes, as a file, a draft or a request body may hold (it took seconds)', () => {
  const started = performance.now();
  const result = model.parsePlan(`"${'\\"'.repeat(40_000)}`);
  assert.ok(performance.now() - started < 1_000, `${Math.round(performance.now() - started)} ms`);
  assert.equal(result.ok, false);
  assert.equal(result.issues[0].code, 'invalid_json');
});
