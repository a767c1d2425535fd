// planJsonSchema against a standard validator (ajv, draft 2020-12), in Node: ajv is CommonJS and
// does not load in the browser runner. The structure of the schema is tested in
// test/model/json-schema.test.ts. Needs the tsc build in dist/ (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parsePlan, planJsonSchema } from '../../dist/model/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(planJsonSchema);

/** Where an error is: its instance path, plus the key for an unknown (additional) property. */
const where = (e) => (e.keyword === 'additionalProperties' ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath);
/** `/path: keyword` lines of the last validation. */
const errors = () => (validate.errors ?? []).map((e) => `${where(e)}: ${e.keyword}`);

/** A plan with a value in every field and every optional value set. */
function fullPlan() {
  return {
    schemaVersion: 1,
    id: '7f0c1f4e-2a4b-4c3d-9e8f-0a1b2c3d4e5f',
    createdAt: '2027-01-02T08:00:00Z',
    updatedAt: '2027-01-03T09:30:00.123Z',
    titel: 'Måltidet er mere end mad',
    arbejdsplads: 'Plejecenter Solhjem',
    opgave: {
      beskrivelse: 'Tilberede måltider hos beboerne',
      situationNu: 'Maden kommer fra et centralkøkken',
      situationFremover: 'Maden laves i boenhederne',
      anledninger: ['aendret-karakter'],
      krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
    },
    perspektiv: { kerneopgave: 'Bedre appetit', arbejdsplads: 'Stolthed', fortolkninger: 'Ikke en spareøvelse' },
    laeringsmaal: {
      metoder: { beskrivelse: 'Enkle retter', typer: ['fremgangsmaader'] },
      viden: { beskrivelse: 'Ernæring', typer: [] },
      rolle: { beskrivelse: 'Værtsrollen', typer: ['vaerdier'] },
    },
    ansvar: [
      { id: 'a1', maalgruppe: 'Alle medarbejdere, også vikarer', antal: 40, nuvaerende: 'begyndere', fremtidigt: 'med-stoette', koerekort: 'C' },
    ],
    traeningsbane: {
      vidensopbygning: 'Temadag', afproevning: 'Madlavning', feedback: 'Refleksion',
      feedbackformer: ['reflekterende'], laeringsformer: ['vaerktoejskursus', 'mentorforloeb'],
      periode: { start: '2027-01-10', slut: '2027-03-01' }, spilleregler: 'Fejl er lov', daekning: 'Vikarer',
    },
    mobilitet: [
      {
        id: 'm1', form: 'udlaan', afgivende: 'Solhjem', modtagende: 'Centralkøkkenet',
        periode: { start: '2027-01-15', slut: '2027-02-15' }, omfang: 'deltid', ugedage: ['tirsdag'],
        formaal: 'Rutiner', laeringsmaal: 'Hygiejne',
        vilkaar: { ansvarsomraader: 'Køkkenet', ferie: 'Hjemme', sygdom: 'Hjemme' },
        kontakt: 'Køkkenchefen', daekning: 'Vikar', tilbagevenden: 'Undringssamtale',
      },
    ],
    hverdag: {
      overgang: { type: 'faelles', beskrivelse: 'Alle på én gang', dato: '2027-03-15', ikkeKlar: 'Får en makker' },
      forankring: [
        { id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale', ansvarlig: 'Leder', dato: '2027-04-15', udfoert: false },
      ],
    },
  };
}

/** `fullPlan()` with `edit` applied. */
function edited(edit) {
  const plan = fullPlan();
  edit(plan);
  return plan;
}

test('the schema compiles in strict mode as draft 2020-12', () => {
  assert.equal(planJsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(typeof validate, 'function');
});

test('a full valid plan validates', () => {
  assert.ok(validate(fullPlan()), errors().join('\n'));
});

test('{"schemaVersion": 1} validates', () => {
  assert.ok(validate({ schemaVersion: 1 }), errors().join('\n'));
  assert.ok(validate(JSON.parse('{"schemaVersion":1}')), errors().join('\n'));
});

test('x- keys pass at every level, with any content', () => {
  const plan = edited((p) => {
    p['x-host'] = { anything: [1, { titel: 5 }] };
    p.opgave['x-o'] = 1;
    p.opgave.krav['x-k'] = null;
    p.laeringsmaal.viden['x-v'] = 'v';
    p.ansvar[0]['x-medarbejdere'] = ['id-1'];
    p.traeningsbane.periode['x-uge'] = 2;
    p.mobilitet[0].vilkaar['x-loen'] = 'uændret';
    p.hverdag.overgang['x-o'] = true;
    p.hverdag.forankring[0]['x-f'] = {};
  });
  assert.ok(validate(plan), errors().join('\n'));
});

const invalid = [
  ['an unknown top-level key', (p) => { p.titl = 'x'; }, '/titl'],
  ['an unknown key in opgave.krav', (p) => { p.opgave.krav.ansvar = true; }, '/opgave/krav/ansvar'],
  ['an unknown key in an ansvar item', (p) => { p.ansvar[0].navn = 'x'; }, '/ansvar/0/navn'],
  ['an unknown key in an anchoring item', (p) => { p.hverdag.forankring[0].done = true; }, '/hverdag/forankring/0/done'],
  ['a key starting X- (capital)', (p) => { p['X-host'] = 1; }, '/X-host'],
  ['a bad enum value', (p) => { p.ansvar[0].koerekort = 'D'; }, '/ansvar/0/koerekort'],
  ['an unknown learning form', (p) => { p.traeningsbane.laeringsformer.push('kursus'); }, '/traeningsbane/laeringsformer/2'],
  ['an impossible date', (p) => { p.traeningsbane.periode.start = '2027-02-30'; }, '/traeningsbane/periode/start'],
  ['a short date', (p) => { p.hverdag.overgang.dato = '27-1-1'; }, '/hverdag/overgang/dato'],
  ['a timestamp with an offset', (p) => { p.createdAt = '2027-01-02T10:00:00+02:00'; }, '/createdAt'],
  ['an empty id', (p) => { p.id = ''; }, '/id'],
  ['a head count of 0', (p) => { p.ansvar[0].antal = 0; }, '/ansvar/0/antal'],
  ['a fractional head count', (p) => { p.ansvar[0].antal = 2.5; }, '/ansvar/0/antal'],
  ['text that is a number', (p) => { p.titel = 5; }, '/titel'],
  ['an anchoring item without type', (p) => { delete p.hverdag.forankring[0].type; }, '/hverdag/forankring/0'],
  ['schemaVersion 2', (p) => { p.schemaVersion = 2; }, '/schemaVersion'],
  ['no schemaVersion', (p) => { delete p.schemaVersion; }, ''],
];

for (const [name, edit, instancePath] of invalid) {
  test(`fails for ${name}, at ${instancePath || 'the root'}`, () => {
    const plan = edited(edit);
    assert.equal(validate(plan), false, `${name} should not validate`);
    assert.ok(validate.errors.some((e) => where(e) === instancePath), errors().join('\n'));
  });
}

test('the JSON Schema and parsePlan agree on each of these plans', () => {
  const plans = [
    ['full', fullPlan()],
    ['empty', { schemaVersion: 1 }],
    ...invalid.map(([name, edit]) => [name, edited(edit)]),
  ];
  for (const [name, plan] of plans) {
    assert.equal(validate(plan), parsePlan(plan).ok, name);
  }
});

test('what parsePlan returns validates against the schema', () => {
  for (const input of [fullPlan(), { schemaVersion: 1 }, { schemaVersion: 1, ansvar: [{}], hverdag: { forankring: [{ type: 'loebende-stoette' }] } }]) {
    const result = parsePlan(input);
    assert.ok(result.ok);
    assert.ok(validate(JSON.parse(JSON.stringify(result.plan))), errors().join('\n'));
  }
});

test('the schema\'s $id names this release (unversioned, a tool following it got the newest), and the package\'s VERSION is package.json\'s', async () => {
  const { readFile } = await import('node:fs/promises');
  const { VERSION } = await import('../../dist/internal/version.js');
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, version);
  assert.equal(planJsonSchema.$id, `https://unpkg.com/kompetence-elements@${version}/dist/kompetenceplan.schema.json`);
  const shipped = JSON.parse(await readFile(new URL('../../dist/kompetenceplan.schema.json', import.meta.url), 'utf8'));
  assert.equal(shipped.$id, planJsonSchema.$id);
});
