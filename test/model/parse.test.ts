import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  copyPlanAsNew, createPlan, formatPath, parsePart, parsePlan, parseWith, partSchemas, type PartName, type PlanIssue,
} from '../../src/model/parse.js';
import { longLists } from '../../src/model/issues.js';
import { parseLearningFormIds } from '../../src/model/learning-form-choice.js';
import { planSchema, type Plan } from '../../src/model/plan.js';
import { examples } from '../../src/model/examples/index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** What `{"schemaVersion": 1}` parses to, apart from the generated id and timestamps. */
const emptyPlanBody = {
  schemaVersion: 1,
  titel: '',
  arbejdsplads: '',
  opgave: {
    beskrivelse: '',
    situationNu: '',
    situationFremover: '',
    anledninger: [],
    krav: { konkretSituation: false, kanHaandteresAnderledes: false, ansvarTydeligt: false },
  },
  perspektiv: { kerneopgave: '', arbejdsplads: '', fortolkninger: '' },
  laeringsmaal: {
    metoder: { beskrivelse: '', typer: [] },
    viden: { beskrivelse: '', typer: [] },
    rolle: { beskrivelse: '', typer: [] },
  },
  ansvar: [],
  traeningsbane: {
    vidensopbygning: '',
    afproevning: '',
    feedback: '',
    feedbackformer: [],
    laeringsformer: [],
    spilleregler: '',
    daekning: '',
  },
  mobilitet: [],
  hverdag: { overgang: { beskrivelse: '', ikkeKlar: '' }, forankring: [] },
};

function withoutGenerated(plan: Plan): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = plan;
  return rest;
}

function ok(input: unknown, options?: { lang?: 'da' | 'en' }): Plan {
  const result = parsePlan(input, options);
  if (!result.ok) throw new Error(`expected a valid plan, got ${JSON.stringify(result.issues)}`);
  return result.plan;
}

function issues(input: unknown, options?: { lang?: 'da' | 'en' }): PlanIssue[] {
  const result = parsePlan(input, options);
  if (result.ok) throw new Error(`expected issues, got a valid plan for ${JSON.stringify(input)}`);
  return result.issues;
}

/** The issues as `path code` lines, so a failing test shows what was reported. */
function summary(list: PlanIssue[]): string[] {
  return list.map((i) => `${formatPath(i.path)} ${i.code}`);
}

/** A plan with a value in every field, every optional value set. */
function fullPlan(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'plan-1',
    createdAt: '2027-01-02T08:00:00Z',
    updatedAt: '2027-01-03T09:30:00.123Z',
    titel: 'Måltidet er mere end mad',
    arbejdsplads: 'Plejecenter Solhjem',
    opgave: {
      beskrivelse: 'Tilberede måltider hos beboerne',
      situationNu: 'Maden kommer fra et centralkøkken',
      situationFremover: 'Maden laves i boenhederne',
      anledninger: ['aendret-karakter', 'ny-opgave'],
      krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: false },
    },
    perspektiv: { kerneopgave: 'Bedre appetit', arbejdsplads: 'Stolthed', fortolkninger: 'Ikke en spareøvelse' },
    laeringsmaal: {
      metoder: { beskrivelse: 'Tilberede enkle retter', typer: ['fremgangsmaader', 'teknologi'] },
      viden: { beskrivelse: 'Ernæring hos ældre', typer: ['faglige-teorier'] },
      rolle: { beskrivelse: 'Værtsrollen', typer: ['vaerdier'] },
    },
    ansvar: [
      {
        id: 'a1', maalgruppe: 'Alle medarbejdere', antal: 40,
        nuvaerende: 'begyndere', fremtidigt: 'med-stoette', koerekort: 'C',
      },
      { id: 'a2', maalgruppe: 'Køkkenfaglige', antal: 2, nuvaerende: 'meget-erfarne', fremtidigt: 'ressourceperson', koerekort: 'A' },
    ],
    traeningsbane: {
      vidensopbygning: 'Temadag',
      afproevning: 'Madlavning i boenheden',
      feedback: 'Refleksion på personalemøder',
      feedbackformer: ['reflekterende', 'instruerende'],
      laeringsformer: ['vaerktoejskursus', 'mentorforloeb', 'udlaan'],
      periode: { start: '2027-01-10', slut: '2027-03-01' },
      spilleregler: 'Fejl er lov',
      daekning: 'Vikarer om formiddagen',
    },
    mobilitet: [
      {
        id: 'm1', form: 'udlaan', afgivende: 'Solhjem', modtagende: 'Centralkøkkenet',
        periode: { start: '2027-01-15', slut: '2027-02-15' }, omfang: 'deltid', ugedage: ['tirsdag', 'torsdag'],
        formaal: 'Lære køkkenets rutiner', laeringsmaal: 'Hygiejne',
        vilkaar: { ansvarsomraader: 'Køkkenet', ferie: 'Hjemme', sygdom: 'Meldes hjemme' },
        kontakt: 'Køkkenchefen', daekning: 'Vikar', tilbagevenden: 'Undringssamtale',
      },
    ],
    hverdag: {
      overgang: { type: 'faelles', beskrivelse: 'Alle på én gang', dato: '2027-03-15', ikkeKlar: 'Får en makker' },
      forankring: [
        {
          id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale', ansvarlig: 'Leder',
          dato: '2027-04-15', udfoert: false,
        },
        { id: 'f2', type: 'loebende-stoette', beskrivelse: 'Makker', ansvarlig: 'Ressourceperson', udfoert: true },
      ],
    },
  };
}

describe('parsePlan', () => {
  describe('a complete plan from little input', () => {
    it('turns {"schemaVersion":1} into a complete empty plan', () => {
      const plan = ok({ schemaVersion: 1 });
      expect(withoutGenerated(plan)).to.deep.equal(emptyPlanBody);
      expect(plan.id).to.match(UUID_V4);
      expect(plan.createdAt).to.match(ISO_UTC);
      expect(plan.updatedAt).to.match(ISO_UTC);
    });

    it('omits the optional values that are unknown instead of inventing them', () => {
      const plan = ok({ schemaVersion: 1, ansvar: [{}], hverdag: { forankring: [{ type: 'loebende-stoette' }] } });
      expect(plan.traeningsbane).not.to.have.property('periode');
      expect(plan.hverdag.overgang).not.to.have.property('type');
      expect(plan.hverdag.overgang).not.to.have.property('dato');
      expect(plan.ansvar[0]).to.have.all.keys('id', 'maalgruppe');
      expect(plan.hverdag.forankring[0]).to.have.all.keys('id', 'type', 'beskrivelse', 'ansvarlig', 'udfoert');
      // An empty period stays empty: no start or end date is made up.
      expect(ok({ schemaVersion: 1, traeningsbane: { periode: {} } }).traeningsbane.periode).to.deep.equal({});
    });

    it('fills missing keys inside partly given objects and keeps the given ones', () => {
      const plan = ok({
        schemaVersion: 1,
        titel: 'Medicin',
        opgave: { beskrivelse: 'Give medicin', krav: { ansvarTydeligt: true } },
        laeringsmaal: { viden: { typer: ['lovgivning'] } },
      });
      expect(plan.titel).to.equal('Medicin');
      expect(plan.opgave).to.deep.equal({
        ...emptyPlanBody.opgave,
        beskrivelse: 'Give medicin',
        krav: { konkretSituation: false, kanHaandteresAnderledes: false, ansvarTydeligt: true },
      });
      expect(plan.laeringsmaal.viden).to.deep.equal({ beskrivelse: '', typer: ['lovgivning'] });
      expect(plan.laeringsmaal.metoder).to.deep.equal({ beskrivelse: '', typer: [] });
    });

    it('keeps a full plan exactly as given', () => {
      const input = fullPlan();
      expect(ok(input)).to.deep.equal(input);
    });

    it('generates distinct ids for list items that have none and keeps given ones', () => {
      const plan = ok({
        schemaVersion: 1,
        ansvar: [{ maalgruppe: 'A' }, { maalgruppe: 'B' }, { id: 'egen', maalgruppe: 'C' }],
        mobilitet: [{}],
        hverdag: { forankring: [{ type: 'loebende-opfoelgning' }] },
      });
      const [a, b, c] = plan.ansvar;
      expect(a!.id).to.match(UUID_V4);
      expect(b!.id).to.match(UUID_V4);
      expect(a!.id).not.to.equal(b!.id);
      expect(c!.id).to.equal('egen');
      expect(plan.mobilitet[0]!.id).to.match(UUID_V4);
      expect(plan.hverdag.forankring[0]!.id).to.match(UUID_V4);
    });

    it('keeps a host\'s own id and timestamps', () => {
      const plan = ok({ schemaVersion: 1, id: 'sag-2027-17', createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-02-01T12:00:00.5Z' });
      expect(plan.id).to.equal('sag-2027-17');
      expect(plan.createdAt).to.equal('2027-01-01T00:00:00Z');
      expect(plan.updatedAt).to.equal('2027-02-01T12:00:00.5Z');
    });

    it('does not change the input object', () => {
      const input = { schemaVersion: 1, opgave: { beskrivelse: 'x' }, ansvar: [{ maalgruppe: 'A' }] };
      const copy = structuredClone(input);
      ok(input);
      expect(input).to.deep.equal(copy);
    });
  });

  describe('JSON text', () => {
    it('accepts a JSON string and reads it like the object', () => {
      const text = JSON.stringify(fullPlan());
      expect(ok(text)).to.deep.equal(fullPlan());
      expect(withoutGenerated(ok('{"schemaVersion":1}'))).to.deep.equal(emptyPlanBody);
      expect(withoutGenerated(ok('  {\n "schemaVersion": 1 }\n'))).to.deep.equal(emptyPlanBody);
    });

    for (const text of ['{bad', '', '{"schemaVersion":1,}', "{'schemaVersion':1}", 'undefined', '{"schemaVersion":1']) {
      it(`reports invalid_json for ${JSON.stringify(text)}`, () => {
        const list = issues(text);
        expect(summary(list)).to.deep.equal([' invalid_json']);
        expect(list[0]!.path).to.deep.equal([]);
      });
    }

    it('reports invalid_json in both languages', () => {
      const da = issues('{bad')[0]!.message;
      const en = issues('{bad', { lang: 'en' })[0]!.message;
      expect(da).to.be.a('string').and.not.equal('');
      expect(en).to.be.a('string').and.not.equal('');
      expect(da).not.to.equal(en);
    });
  });

  describe('what is not a plan', () => {
    for (const [name, input] of [
      ['null', null], ['undefined', undefined], ['a number', 42], ['a boolean', true], ['an array', []],
      ['an array of plans', [{ schemaVersion: 1 }]], ['JSON null', 'null'], ['a JSON array', '[{"schemaVersion":1}]'],
      ['a JSON string', '"{\\"schemaVersion\\":1}"'], ['a JSON number', '1'],
    ] as [string, unknown][]) {
      it(`reports invalid_type at the root for ${name}`, () => {
        expect(summary(issues(input))).to.deep.equal([' invalid_type']);
      });
    }

    it('reports missing_version at schemaVersion when it is missing', () => {
      expect(summary(issues({}))).to.deep.equal(['schemaVersion missing_version']);
      expect(summary(issues({ titel: 'Plan uden version' }))).to.deep.equal(['schemaVersion missing_version']);
      expect(summary(issues('{}'))).to.deep.equal(['schemaVersion missing_version']);
    });

    for (const version of [2, 99, '1', null, 1.5, true]) {
      it(`reports unsupported_version for schemaVersion ${JSON.stringify(version)}`, () => {
        const list = issues({ schemaVersion: version });
        expect(summary(list)).to.deep.equal(['schemaVersion unsupported_version']);
      });
    }

    it('names the version it cannot read in the message', () => {
      const [da] = issues({ schemaVersion: 2 });
      const [en] = issues({ schemaVersion: 2 }, { lang: 'en' });
      expect(da!.message).to.contain('2');
      expect(en!.message).to.contain('2');
      expect(da!.message).not.to.equal(en!.message);
    });

    it('tells a plan from a newer release from a version that is no version at all (1.5)', () => {
      expect(issues({ schemaVersion: 2 })[0]!.message).to.equal('Planen er gemt i version 2 af planformatet; her kan højst version 1 læses.');
      expect(issues({ schemaVersion: 1.5 })[0]!.message).to.equal('Planformatets version 1.5 kendes ikke; her kan version 1 læses.');
      expect(issues({ schemaVersion: 1.5 }, { lang: 'en' })[0]!.message).to.equal('Plan format version 1.5 is not known; version 1 can be read here.');
    });
  });

  describe('unknown keys', () => {
    const cases: [string, Record<string, unknown>, (string | number)[]][] = [
      ['at the top level', { titl: 'Tastefejl' }, ['titl']],
      ['in opgave', { opgave: { beskrivelsen: 'x' } }, ['opgave', 'beskrivelsen']],
      ['in opgave.krav', { opgave: { krav: { ansvarTydelig: true } } }, ['opgave', 'krav', 'ansvarTydelig']],
      ['in a goal level', { laeringsmaal: { viden: { type: [] } } }, ['laeringsmaal', 'viden', 'type']],
      ['a goal level that does not exist', { laeringsmaal: { komplekse: {} } }, ['laeringsmaal', 'komplekse']],
      ['in an ansvar item', { ansvar: [{}, { navn: 'Alle' }] }, ['ansvar', 1, 'navn']],
      ['in the training period', { traeningsbane: { periode: { start: '2027-01-01', end: '2027-02-01' } } }, ['traeningsbane', 'periode', 'end']],
      ['in a mobility item\'s terms', { mobilitet: [{ vilkaar: { loen: 'x' } }] }, ['mobilitet', 0, 'vilkaar', 'loen']],
      ['in the transition', { hverdag: { overgang: { date: '2027-01-01' } } }, ['hverdag', 'overgang', 'date']],
      ['in an anchoring item', { hverdag: { forankring: [{ type: 'loebende-stoette', done: true }] } }, ['hverdag', 'forankring', 0, 'done']],
      ['with a capital X', { 'X-host': 1 }, ['X-host']],
      ['starting with x but no dash', { xhost: 1 }, ['xhost']],
    ];
    for (const [name, extra, path] of cases) {
      it(`reports unknown_key with the exact path ${name}`, () => {
        const list = issues({ schemaVersion: 1, ...extra });
        expect(summary(list)).to.deep.equal([`${formatPath(path)} unknown_key`]);
        expect(list[0]!.path).to.deep.equal(path);
      });
    }

    it('reports every unknown key, also next to other invalid values', () => {
      const list = issues({ schemaVersion: 1, foo: 1, bar: 2, opgave: { beskrivelse: 7, baz: 3 } });
      expect(summary(list)).to.have.members([
        'foo unknown_key', 'bar unknown_key', 'opgave.beskrivelse invalid_type', 'opgave.baz unknown_key',
      ]);
    });

    it('tells how to add data of one\'s own (an x- key) in the message', () => {
      expect(issues({ schemaVersion: 1, foo: 1 })[0]!.message).to.contain('x-');
      expect(issues({ schemaVersion: 1, foo: 1 }, { lang: 'en' })[0]!.message).to.contain('x-');
    });
  });

  describe('x- keys of host systems', () => {
    const hostData = () => ({ sag: 'SAG-17', nested: { titel: 5, typo: true, list: [1, { a: null }] }, '': [] });
    function planWithExtensions(): Record<string, unknown> {
      return {
        schemaVersion: 1,
        'x-top': hostData(),
        'x-number': 42,
        'x-null': null,
        opgave: { 'x-o': hostData(), krav: { 'x-krav': ['ja'] } },
        perspektiv: { 'x-p': 'p' },
        laeringsmaal: { 'x-l': 1, viden: { 'x-v': { deep: { deeper: [[]] } } } },
        ansvar: [{ maalgruppe: 'A', 'x-medarbejdere': ['id-1', 'id-2'] }, { 'x-a': hostData() }],
        traeningsbane: { 'x-t': true, periode: { start: '2027-01-01', 'x-p': 'uge 1' } },
        mobilitet: [{ 'x-m': 1, vilkaar: { 'x-v': 2 } }],
        hverdag: {
          'x-h': 'h',
          overgang: { 'x-o': 'o' },
          forankring: [{ type: 'loebende-stoette', 'x-f': hostData() }],
        },
      };
    }

    it('are kept untouched at every level, including objects in lists', () => {
      const plan = ok(planWithExtensions()) as unknown as Record<string, any>;
      expect(plan['x-top']).to.deep.equal(hostData());
      expect(plan['x-number']).to.equal(42);
      expect(plan).to.have.property('x-null', null);
      expect(plan['opgave']['x-o']).to.deep.equal(hostData());
      expect(plan['opgave']['krav']['x-krav']).to.deep.equal(['ja']);
      expect(plan['perspektiv']['x-p']).to.equal('p');
      expect(plan['laeringsmaal']['x-l']).to.equal(1);
      expect(plan['laeringsmaal']['viden']['x-v']).to.deep.equal({ deep: { deeper: [[]] } });
      expect(plan['ansvar'][0]['x-medarbejdere']).to.deep.equal(['id-1', 'id-2']);
      expect(plan['ansvar'][1]['x-a']).to.deep.equal(hostData());
      expect(plan['traeningsbane']['x-t']).to.equal(true);
      expect(plan['traeningsbane']['periode']).to.deep.equal({ start: '2027-01-01', 'x-p': 'uge 1' });
      expect(plan['mobilitet'][0]['x-m']).to.equal(1);
      expect(plan['mobilitet'][0]['vilkaar']['x-v']).to.equal(2);
      expect(plan['hverdag']['x-h']).to.equal('h');
      expect(plan['hverdag']['overgang']['x-o']).to.equal('o');
      expect(plan['hverdag']['forankring'][0]['x-f']).to.deep.equal(hostData());
    });

    it('survive a JSON round trip and a second parse', () => {
      const once = ok(JSON.stringify(planWithExtensions()));
      const twice = ok(JSON.stringify(once));
      expect(twice).to.deep.equal(once);
      expect((twice as unknown as Record<string, unknown>)['x-top']).to.deep.equal(hostData());
    });

    it('are not validated: what is inside an x- key is the host\'s business', () => {
      expect(parsePlan({ schemaVersion: 1, 'x-anything': { schemaVersion: 'nope', id: '', __proto__: null } }).ok).to.equal(true);
      expect(parsePlan('{"schemaVersion":1,"x-a":{"__proto__":{"b":1},"unknown":1}}').ok).to.equal(true);
    });

    it('must hold JSON data, so a plan handed over by code can always be saved', () => {
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic['self'] = cyclic;
      const cases: [unknown, string][] = [
        [cyclic, 'x-a'],
        [{ big: 10n }, 'x-a'],
        [[1, Number.NaN], 'x-a'],
        [new Date(0), 'x-a'],
        [() => 1, 'x-a'],
        [{ nested: undefined }, 'x-a'],
      ];
      for (const [value, key] of cases) {
        const found = issues({ schemaVersion: 1, opgave: { [key]: value } });
        expect(found.map((i) => `${formatPath(i.path)} ${i.code}`), String(value)).to.deep.equal([`opgave.${key} not_json`]);
      }
      expect(issues({ schemaVersion: 1, 'x-a': new Map() }, { lang: 'en' })[0]!.message).to.contain('JSON');
      // The same data twice (not a cycle) is fine.
      const shared = { s: 1 };
      expect(parsePlan({ schemaVersion: 1, 'x-a': [shared, shared] }).ok).to.equal(true);
    });

    it('may nest 100 deep, not deeper: the same answer in every engine and at any stack depth (it was where the stack ran out)', () => {
      const nested = (depth: number) => JSON.parse(`{"schemaVersion":1,"x-a":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      expect(parsePlan(nested(100)).ok).to.equal(true);
      expect(issues(nested(101)).map((i) => `${formatPath(i.path)} ${i.code}`)).to.deep.equal(['x-a not_json']);
      expect(issues(nested(3_000)).map((i) => i.code)).to.deep.equal(['not_json']);
    });

    it('left undefined are absent, as a known key left undefined is (JSON has no undefined)', () => {
      const input = {
        schemaVersion: 1,
        id: 'p1',
        createdAt: '2027-01-01T10:00:00.000Z',
        updatedAt: '2027-01-01T10:00:00.000Z',
        titel: undefined,
        'x-sag': undefined,
        'x-kept': 'SAG-17',
        opgave: { 'x-o': undefined },
        ansvar: [{ id: 'g1', maalgruppe: 'A', 'x-a': undefined }],
      };
      const plan = ok(input) as unknown as Record<string, any>;
      expect(plan, 'the plan').not.to.have.property('x-sag');
      expect(plan['opgave'], 'a part').not.to.have.property('x-o');
      expect(plan['ansvar'][0], 'an item of a list').not.to.have.property('x-a');
      expect(plan['x-kept'], 'an x- key with a value').to.equal('SAG-17');
      expect(plan['titel']).to.equal('');
      expect(input, 'the caller\'s object is not changed').to.have.property('x-sag');
      expect(ok(JSON.stringify(input))).to.deep.equal(plan, 'as its JSON text gives');
    });
  });

  describe('invalid values: code and path', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['text that is a number', { titel: 5 }, 'titel invalid_type'],
      ['text that is null', { arbejdsplads: null }, 'arbejdsplads invalid_type'],
      ['an object that is a string', { opgave: 'Give medicin' }, 'opgave invalid_type'],
      ['an object that is a list', { perspektiv: [] }, 'perspektiv invalid_type'],
      ['a list that is an object', { ansvar: {} }, 'ansvar invalid_type'],
      ['a list that is a string', { opgave: { anledninger: 'ny-opgave' } }, 'opgave.anledninger invalid_type'],
      ['a flag that is text', { opgave: { krav: { ansvarTydeligt: 'ja' } } }, 'opgave.krav.ansvarTydeligt invalid_type'],
      ['a flag that is 1', { hverdag: { forankring: [{ type: 'loebende-stoette', udfoert: 1 }] } }, 'hverdag.forankring[0].udfoert invalid_type'],
      ['a count that is text', { ansvar: [{ antal: '40' }] }, 'ansvar[0].antal invalid_type'],
      ['a count that is a fraction', { ansvar: [{ antal: 2.5 }] }, 'ansvar[0].antal invalid_type'],
      ['an id that is a number', { id: 7 }, 'id invalid_type'],
      ['an unknown reason for change', { opgave: { anledninger: ['ny-opgave', 'nyt-it-system'] } }, 'opgave.anledninger[1] invalid_value'],
      ['a goal sub-type of another level', { laeringsmaal: { metoder: { typer: ['lovgivning'] } } }, 'laeringsmaal.metoder.typer[0] invalid_value'],
      ['an unknown experience', { ansvar: [{ nuvaerende: 'eksperter' }] }, 'ansvar[0].nuvaerende invalid_value'],
      ['an unknown responsibility', { ansvar: [{ fremtidigt: 'leder' }] }, 'ansvar[0].fremtidigt invalid_value'],
      ['an unknown licence', { ansvar: [{ koerekort: 'D' }] }, 'ansvar[0].koerekort invalid_value'],
      ['a licence in lower case', { ansvar: [{ koerekort: 'a' }] }, 'ansvar[0].koerekort invalid_value'],
      ['an unknown feedback kind', { traeningsbane: { feedbackformer: ['ros'] } }, 'traeningsbane.feedbackformer[0] invalid_value'],
      ['an unknown learning form', { traeningsbane: { laeringsformer: ['temadag', 'temadage'] } }, 'traeningsbane.laeringsformer[1] invalid_value'],
      ['an unknown mobility form', { mobilitet: [{ form: 'temadag' }] }, 'mobilitet[0].form invalid_value'],
      ['an unknown scope', { mobilitet: [{ omfang: 'halvtid' }] }, 'mobilitet[0].omfang invalid_value'],
      ['an unknown weekday', { mobilitet: [{ ugedage: ['Mandag'] }] }, 'mobilitet[0].ugedage[0] invalid_value'],
      ['an unknown transition type', { hverdag: { overgang: { type: 'alle' } } }, 'hverdag.overgang.type invalid_value'],
      ['an unknown anchoring kind', { hverdag: { forankring: [{ type: 'opfoelgning' }] } }, 'hverdag.forankring[0].type invalid_value'],
      ['an anchoring item without a kind', { hverdag: { forankring: [{ beskrivelse: 'x' }] } }, 'hverdag.forankring[0].type required'],
      // A JavaScript object can hold a hole in a list (JSON cannot): missing, not of the wrong type.
      ['a list item that is undefined', { ansvar: [undefined] }, 'ansvar[0] required'],
      ['a list item that is null', { ansvar: [null] }, 'ansvar[0] invalid_type'],
      ['31 February', { traeningsbane: { periode: { start: '2027-02-30' } } }, 'traeningsbane.periode.start invalid_date'],
      ['a date without century and padding', { traeningsbane: { periode: { slut: '27-1-1' } } }, 'traeningsbane.periode.slut invalid_date'],
      ['month 13', { hverdag: { overgang: { dato: '2027-13-01' } } }, 'hverdag.overgang.dato invalid_date'],
      ['29 February in a common year', { hverdag: { forankring: [{ type: 'loebende-stoette', dato: '2027-02-29' }] } }, 'hverdag.forankring[0].dato invalid_date'],
      ['a date with a time', { mobilitet: [{ periode: { start: '2027-01-01T00:00:00Z' } }] }, 'mobilitet[0].periode.start invalid_date'],
      ['a Danish date', { hverdag: { overgang: { dato: '15-03-2027' } } }, 'hverdag.overgang.dato invalid_date'],
      ['a timestamp with an offset', { createdAt: '2027-01-01T10:00:00+02:00' }, 'createdAt invalid_datetime'],
      ['a timestamp without a zone', { updatedAt: '2027-01-01T10:00:00' }, 'updatedAt invalid_datetime'],
      ['a date as timestamp', { createdAt: '2027-01-01' }, 'createdAt invalid_datetime'],
      ['an empty plan id', { id: '' }, 'id empty_id'],
      ['an empty item id', { ansvar: [{ id: '' }] }, 'ansvar[0].id empty_id'],
      ['an empty anchoring id', { hverdag: { forankring: [{ id: '', type: 'loebende-stoette' }] } }, 'hverdag.forankring[0].id empty_id'],
      ['a head count of 0', { ansvar: [{ antal: 0 }] }, 'ansvar[0].antal too_small'],
      ['a negative head count', { ansvar: [{}, { antal: -3 }] }, 'ansvar[1].antal too_small'],
    ];
    for (const [name, extra, expected] of cases) {
      it(`reports ${expected} for ${name}`, () => {
        expect(summary(issues({ schemaVersion: 1, ...extra }))).to.deep.equal([expected]);
      });
    }

    it('accepts 29 February in a leap year and a timestamp with milliseconds', () => {
      expect(ok({ schemaVersion: 1, hverdag: { overgang: { dato: '2028-02-29' } }, createdAt: '2027-01-01T10:00:00.123Z' }).hverdag.overgang.dato)
        .to.equal('2028-02-29');
    });

    it('reports several issues at once, each with its own path', () => {
      const list = issues({
        schemaVersion: 1,
        id: '',
        titel: 5,
        opgave: { krav: { konkretSituation: 'ja' } },
        ansvar: [{ antal: 0, koerekort: 'D' }],
        traeningsbane: { periode: { start: '2027-02-30', slut: '27-1-1' } },
        hverdag: { forankring: [{}] },
      });
      expect(summary(list)).to.have.members([
        'id empty_id',
        'titel invalid_type',
        'opgave.krav.konkretSituation invalid_type',
        'ansvar[0].antal too_small',
        'ansvar[0].koerekort invalid_value',
        'traeningsbane.periode.start invalid_date',
        'traeningsbane.periode.slut invalid_date',
        'hverdag.forankring[0].type required',
      ]);
    });

    it('lists the possible values when a value is unknown', () => {
      const [da] = issues({ schemaVersion: 1, ansvar: [{ koerekort: 'D' }] });
      const [en] = issues({ schemaVersion: 1, ansvar: [{ koerekort: 'D' }] }, { lang: 'en' });
      for (const message of [da!.message, en!.message]) {
        expect(message).to.contain('D');
        for (const licence of ['A', 'B', 'C']) expect(message).to.contain(licence);
      }
    });
  });

  describe('messages', () => {
    const bad = {
      schemaVersion: 1,
      id: '',
      createdAt: 'i går',
      titel: 5,
      typo: 1,
      opgave: { anledninger: ['x'], krav: { ansvarTydeligt: 'ja' } },
      ansvar: [{ antal: 0 }],
      traeningsbane: { periode: { start: '2027-02-30' } },
      hverdag: { forankring: [{}] },
    };

    it('are Danish by default and English with {lang: "en"}, for every issue', () => {
      const da = issues(bad);
      const en = issues(bad, { lang: 'en' });
      expect(da.length).to.equal(9);
      expect(summary(en)).to.deep.equal(summary(da));
      da.forEach((issue, i) => {
        const english = en[i]!;
        expect(issue.message, issue.code).to.be.a('string').and.not.equal('');
        expect(english.message, issue.code).to.be.a('string').and.not.equal('');
        expect(english.message, issue.code).not.to.equal(issue.message);
        expect(issue.message, issue.code).to.contain(formatPath(issue.path));
        expect(english.message, issue.code).to.contain(formatPath(issue.path));
      });
      expect(issues(bad, { lang: 'da' })).to.deep.equal(da);
    });

    it('quote a received text in each language\'s quotation marks', () => {
      const bad = { schemaVersion: 1, traeningsbane: { laeringsformer: ['fly'] } };
      const [da] = issues(bad);
      const [en] = issues(bad, { lang: 'en' });
      expect(da!.message).to.contain('Ukendt værdi «fly».');
      expect(en!.message).to.contain('Unknown value “fly”.').and.not.contain('«');
      expect(issues({ schemaVersion: '2' }, { lang: 'en' })[0]!.message).to.contain('Plan format version “2”');
      for (const [input, path] of [[{ schemaVersion: 1, foo: 1 }, 'foo'], [{}, 'schemaVersion']] as const) {
        const message = issues(input, { lang: 'en' })[0]!.message;
        expect(message, path).to.match(/“[^”]+”/).and.not.contain('«').and.not.match(/"[^"]*"/);
      }
    });

    it('read as the language they claim', () => {
      const [da] = issues({ schemaVersion: 1, ansvar: [{ maalgruppe: 7 }] });
      const [en] = issues({ schemaVersion: 1, ansvar: [{ maalgruppe: 7 }] }, { lang: 'en' });
      expect(da!.message).to.equal('ansvar[0].maalgruppe: Skal være tekst.');
      expect(en!.message).to.equal('ansvar[0].maalgruppe: Must be text.');
      // A yes/no value is named as JSON writes it, the only spelling that parses.
      const flag = { schemaVersion: 1, opgave: { krav: { ansvarTydeligt: 'ja' } } };
      const said = (lang: 'da' | 'en') => issues(flag, { lang }).find((i) => i.code === 'invalid_type')!.message;
      expect(said('da')).to.equal('opgave.krav.ansvarTydeligt: Skal være true eller false.');
      expect(said('en')).to.equal('opgave.krav.ansvarTydeligt: Must be true or false.');
    });

    it('show paths with dots and list indices', () => {
      expect(formatPath(['ansvar', 0, 'antal'])).to.equal('ansvar[0].antal');
      expect(formatPath(['opgave', 'krav', 'ansvarTydeligt'])).to.equal('opgave.krav.ansvarTydeligt');
      expect(formatPath([2, 'id'])).to.equal('[2].id');
      expect(formatPath([])).to.equal('');
    });
  });

  describe('hostile input never makes it throw', () => {
    function expectIssues(input: unknown): PlanIssue[] {
      let result: ReturnType<typeof parsePlan> | undefined;
      expect(() => { result = parsePlan(input); }).not.to.throw();
      expect(result!.ok).to.equal(false);
      const list = (result as { issues: PlanIssue[] }).issues;
      expect(list.length).to.be.greaterThan(0);
      for (const issue of list) {
        expect(issue.path).to.be.an('array');
        expect(issue.code).to.be.a('string');
        expect(issue.message).to.be.a('string').and.not.equal('');
      }
      return list;
    }
    const throwingGetter = (target: Record<string, unknown>, key: string) =>
      Object.defineProperty(target, key, { enumerable: true, get() { throw new Error(`boom: ${key}`); } });

    it('a getter that throws on a plan key', () => {
      expectIssues(throwingGetter({ schemaVersion: 1 }, 'titel'));
    });

    it('a getter that throws on schemaVersion', () => {
      expectIssues(throwingGetter({}, 'schemaVersion'));
    });

    it('a version that cannot be shown in the message (a BigInt read after a getter threw)', () => {
      let reads = 0;
      expectIssues({ get schemaVersion() { if (!reads++) throw new Error('first read'); return 1n; } });
    });

    it('a deep chain of __proto__ keys under an unknown key, at once (it took minutes)', () => {
      const depth = 5_000;
      const text = `{"schemaVersion":1,"zz":${'{"__proto__":1,"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
      const started = performance.now();
      const list = expectIssues(text);
      expect(performance.now() - started, 'ms').to.be.below(1_000);
      expect(summary(list)).to.include.members(['zz unknown_key', 'zz.__proto__ unknown_key']);
      expect(list.length, 'not one issue per level of the chain').to.be.below(10);
    });

    it('a getter that throws deep inside a list item', () => {
      expectIssues({ schemaVersion: 1, ansvar: [throwingGetter({}, 'maalgruppe')] });
    });

    it('a proxy whose every trap throws', () => {
      const trap = () => { throw new Error('trap'); };
      expectIssues(new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }));
      expectIssues({ schemaVersion: 1, opgave: new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }) });
    });

    it('huge nesting in a plan key, in an x- key and in JSON text', () => {
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 50_000; i++) deep = { a: deep };
      expect(summary(expectIssues({ schemaVersion: 1, opgave: deep }))).to.deep.equal(['opgave.a unknown_key']);
      // Too deep to serialise, so not data a plan can keep.
      expect(summary(expectIssues({ schemaVersion: 1, 'x-deep': deep }))).to.deep.equal(['x-deep not_json']);
      expectIssues(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
      expectIssues(`{"schemaVersion":1,"opgave":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`);
    });

    it('a cyclic object', () => {
      const cyclic: Record<string, unknown> = { schemaVersion: 1, titel: 'Ring' };
      cyclic['opgave'] = cyclic;
      cyclic['ansvar'] = [cyclic];
      expectIssues(cyclic);
    });

    it('says to use straight quotes when typographic ones stand around a key (a word processor or a CMS editor put them in)', () => {
      const message = (text: string, lang: 'da' | 'en' = 'da') => {
        const result = parsePlan(text, { lang });
        if (result.ok) throw new Error('expected issues');
        return result.issues[0]!.message;
      };
      expect(message('{“schemaVersion”: 1, “titel”: “Plan”}')).to.equal('Teksten er ikke gyldig JSON. Brug lige anførselstegn ("), ikke “ ”.');
      expect(message('{"schemaVersion": 1, „titel“: "Plan"}', 'en')).to.equal('The text is not valid JSON. Use straight quotes ("), not “ ”.');
      expect(parsePart('ansvar', '[{“maalgruppe”: “Nye”}]')).to.deep.include({ ok: false });
      // Quotes inside a text are the user's; the error is elsewhere (here a comma after the last key).
      expect(message('{"schemaVersion": 1, "titel": "Planen “Måltidet”",}')).to.equal('Teksten er ikke gyldig JSON.');
      expect(message('{"schemaVersion": 1, "titel": "Han sagde, “hej”", }')).to.equal('Teksten er ikke gyldig JSON.');
      expect(message('{"schemaVersion": 1, "titel": "Mål: “tryghed”: alle \\" nu", }')).to.equal('Teksten er ikke gyldig JSON.');
    });

    it('a byte order mark before JSON text (a file from a Windows editor, read as UTF-8), also before a part', () => {
      expect(parsePlan('\uFEFF{"schemaVersion":1,"titel":"Med BOM"}')).to.deep.include({ ok: true });
      expect(parsePart('ansvar', '\uFEFF[{"maalgruppe":"Nye"}]')).to.deep.include({ ok: true });
      expect(parseLearningFormIds('\uFEFF["temadag"]')).to.deep.equal({ ok: true, value: ['temadag'] });
    });

    it('an unknown value quoted without direction marks: an override turned the possible values after it around', () => {
      const result = parsePart('forankring', { type: '\u202Eloebende' });
      if (result.ok) throw new Error('expected issues');
      expect(result.issues[0]!.message).to.match(/^type: Ukendt værdi «loebende»\. Mulige værdier: opfoelgning-paa-maal, /);
    });

    it('a long unknown value cut in its message between characters, not between an emoji\'s halves', () => {
      const result = parsePart('forankring', { type: `${'x'.repeat(37)}🙂🙂🙂🙂` });
      if (result.ok) throw new Error('expected issues');
      const message = result.issues[0]!.message;
      expect(message).to.contain(`«${'x'.repeat(37)}🙂…`);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(message), 'no lone surrogate').to.equal(false);
    });

    it('__proto__ keys: reported as unknown keys, nothing polluted', () => {
      const list = expectIssues('{"schemaVersion":1,"__proto__":{"polluted":true},"ansvar":[{"__proto__":{"polluted":true}}]}');
      expect(summary(list)).to.have.members(['__proto__ unknown_key', 'ansvar[0].__proto__ unknown_key']);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(summary(expectIssues(JSON.parse('{"schemaVersion":1,"opgave":{"krav":{"__proto__":{"ansvarTydeligt":true}}}}'))))
        .to.deep.equal(['opgave.krav.__proto__ unknown_key']);
      // As deep as the plan's own keys lie: an arrangement's terms.
      expect(summary(expectIssues('{"schemaVersion":1,"mobilitet":[{"id":"m","vilkaar":{"__proto__":{"ferie":"x"}}}]}')))
        .to.deep.equal(['mobilitet[0].vilkaar.__proto__ unknown_key']);
    });

    it('values that JSON has no word for', () => {
      expectIssues({ schemaVersion: 1, titel: Symbol('t') });
      expectIssues({ schemaVersion: 1, titel: () => 'x' });
      expectIssues({ schemaVersion: 1, ansvar: [{ antal: Number.NaN }] });
      expectIssues({ schemaVersion: 1, ansvar: [{ antal: Number.POSITIVE_INFINITY }] });
      expectIssues({ schemaVersion: 1, ansvar: new Map() });
      expectIssues({ schemaVersion: 1, opgave: { anledninger: [10n] } });
      expectIssues({ schemaVersion: 10n });
      expectIssues(new Date());
      expectIssues(Symbol('plan'));
    });
  });
});

describe('createPlan', () => {
  it('returns a complete empty plan: parsePlan({schemaVersion:1}) apart from id and timestamps', () => {
    expect(withoutGenerated(createPlan())).to.deep.equal(withoutGenerated(ok({ schemaVersion: 1 })));
  });

  it('generates a fresh UUID v4 id each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => createPlan().id));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });

  it('stamps createdAt and updatedAt with the current time in UTC', () => {
    const before = Date.now();
    const plan = createPlan();
    const after = Date.now();
    expect(plan.createdAt).to.match(ISO_UTC);
    expect(plan.updatedAt).to.equal(plan.createdAt);
    const time = Date.parse(plan.createdAt);
    expect(time).to.be.within(before, after);
    expect(new Date(time).toISOString()).to.equal(plan.createdAt);
  });

  it('is, as JSON, what parsing its version, id and timestamps gives: the same keys in the same order', () => {
    // createPlan() makes the empty plan without parsing (plan.ts builds its schemas on first use).
    const plan = createPlan();
    const { schemaVersion, id, createdAt, updatedAt } = plan;
    expect(JSON.stringify(plan)).to.equal(JSON.stringify(ok({ schemaVersion, id, createdAt, updatedAt })));
  });

  it('is a valid plan that parsePlan keeps as it is, also as JSON', () => {
    const plan = createPlan();
    expect(ok(plan)).to.deep.equal(plan);
    expect(ok(JSON.stringify(plan))).to.deep.equal(plan);
  });

  it('keeps the values it is given', () => {
    const plan = createPlan({
      titel: 'Medicin om aftenen',
      arbejdsplads: 'Bosted Åen',
      id: 'egen-id',
      createdAt: '2027-01-01T00:00:00Z',
      hverdag: { overgang: { type: 'individuel', beskrivelse: 'Aftales', ikkeKlar: '' }, forankring: [] },
    });
    expect(plan.titel).to.equal('Medicin om aftenen');
    expect(plan.arbejdsplads).to.equal('Bosted Åen');
    expect(plan.id).to.equal('egen-id');
    expect(plan.createdAt).to.equal('2027-01-01T00:00:00Z');
    expect(plan.updatedAt).to.match(ISO_UTC);
    expect(plan.hverdag.overgang).to.deep.equal({ type: 'individuel', beskrivelse: 'Aftales', ikkeKlar: '' });
    expect(plan.opgave).to.deep.equal(emptyPlanBody.opgave);
  });

  it('fills the missing keys of objects it is given (partial init from plain JS)', () => {
    const plan = createPlan({ opgave: { beskrivelse: 'Give medicin' } } as unknown as Partial<Plan>);
    expect(plan.opgave).to.deep.equal({ ...emptyPlanBody.opgave, beskrivelse: 'Give medicin' });
  });

  it('generates distinct ids for the list items it is given without one', () => {
    const plan = createPlan({
      ansvar: [{ maalgruppe: 'Alle' }, { maalgruppe: 'Nye' }],
      mobilitet: [{}],
      hverdag: { forankring: [{ type: 'loebende-stoette' }] },
    } as unknown as Partial<Plan>);
    const ids = [plan.ansvar[0]!.id, plan.ansvar[1]!.id, plan.mobilitet[0]!.id, plan.hverdag.forankring[0]!.id];
    for (const id of ids) expect(id).to.match(UUID_V4);
    expect(new Set([...ids, plan.id]).size).to.equal(5);
    expect(plan.ansvar.map((a) => a.maalgruppe)).to.deep.equal(['Alle', 'Nye']);
  });

  it('always writes the current schemaVersion', () => {
    expect(createPlan({ schemaVersion: 7 } as unknown as Partial<Plan>).schemaVersion).to.equal(1);
  });

  it('keeps x- keys of the init', () => {
    const plan = createPlan({ 'x-sag': { nr: 17 } } as Partial<Plan>) as unknown as Record<string, unknown>;
    expect(plan['x-sag']).to.deep.equal({ nr: 17 });
  });

  it('throws a TypeError naming the path when the init is invalid', () => {
    expect(() => createPlan({ titel: 5 } as unknown as Partial<Plan>)).to.throw(TypeError, 'titel');
    expect(() => createPlan({ titl: 'x' } as unknown as Partial<Plan>)).to.throw(TypeError, 'titl');
    expect(() => createPlan({ titel: 5 } as unknown as Partial<Plan>), 'in English, for the developer').to.throw(TypeError, 'titel: Must be text.');
  });
});

describe('parsePart', () => {
  const emptyPlan = ok({ schemaVersion: 1 });
  const objectParts = ['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag'] as const;

  it('covers every element value of contract.md', () => {
    expect(Object.keys(partSchemas)).to.have.members([
      'opgave', 'perspektiv', 'laeringsmaal', 'ansvar', 'traeningsbane', 'laeringsformer', 'mobilitet', 'forankring', 'hverdag',
    ]);
  });

  for (const part of objectParts) {
    it(`${part}: {} is the plan's empty ${part}`, () => {
      const result = parsePart(part, {});
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.deep.equal(emptyPlan[part]);
    });
  }

  it('ansvar and laeringsformer: [] is valid and empty', () => {
    expect(parsePart('ansvar', [])).to.deep.equal({ ok: true, value: [] });
    expect(parsePart('laeringsformer', [])).to.deep.equal({ ok: true, value: [] });
    expect(parsePart('laeringsformer', '["temadag","coaching"]')).to.deep.equal({ ok: true, value: ['temadag', 'coaching'] });
  });

  it('mobilitet and forankring: one item, completed with a generated id', () => {
    const mobility = parsePart('mobilitet', { form: 'udlaan' });
    expect(mobility.ok).to.equal(true);
    if (mobility.ok) {
      expect(mobility.value.id).to.match(UUID_V4);
      expect(mobility.value.form).to.equal('udlaan');
      expect(mobility.value.vilkaar).to.deep.equal({ ansvarsomraader: '', ferie: '', sygdom: '' });
      expect(mobility.value.ugedage).to.deep.equal([]);
      expect(mobility.value).not.to.have.property('periode');
    }
    const anchoring = parsePart('forankring', { type: 'loebende-stoette' });
    expect(anchoring.ok).to.equal(true);
    if (anchoring.ok) {
      expect(anchoring.value).to.deep.include({ type: 'loebende-stoette', beskrivelse: '', ansvarlig: '', udfoert: false });
      expect(anchoring.value.id).to.match(UUID_V4);
    }
  });

  const bad: Record<PartName, [unknown, string[]]> = {
    opgave: [{ krav: { ansvar: true } }, ['krav.ansvar unknown_key']],
    perspektiv: [{ kerneopgave: 1, 'x-ok': 1 }, ['kerneopgave invalid_type']],
    laeringsmaal: [{ rolle: { typer: ['teknologi'] } }, ['rolle.typer[0] invalid_value']],
    ansvar: [[{ antal: 0 }, { navn: 'x' }], ['[0].antal too_small', '[1].navn unknown_key']],
    traeningsbane: [{ periode: { start: '2027-02-30' } }, ['periode.start invalid_date']],
    laeringsformer: [['temadag', 'kursus'], ['[1] invalid_value']],
    mobilitet: [{ id: '', omfang: 'halvtid' }, ['id empty_id', 'omfang invalid_value']],
    forankring: [{ beskrivelse: 'x' }, ['type required']],
    hverdag: [{ overgang: { dato: '27-1-1' } }, ['overgang.dato invalid_date']],
  };
  for (const [part, [input, expected]] of Object.entries(bad) as [PartName, [unknown, string[]]][]) {
    it(`${part}: issues with paths relative to the part, codes and da/en messages as parsePlan's`, () => {
      const da = parsePart(part, input);
      const en = parsePart(part, input, { lang: 'en' });
      expect(da.ok).to.equal(false);
      expect(en.ok).to.equal(false);
      if (da.ok || en.ok) return;
      expect(summary(da.issues)).to.have.members(expected);
      expect(summary(en.issues)).to.deep.equal(summary(da.issues));
      da.issues.forEach((issue, i) => {
        expect(issue.message).to.contain(formatPath(issue.path));
        expect(en.issues[i]!.message).not.to.equal(issue.message);
      });
      // As JSON text, the same result.
      expect(JSON.stringify(parsePart(part, JSON.stringify(input)))).to.equal(JSON.stringify(da));
    });
  }

  it('reports a missing value (undefined) as required at the part itself, and null as of the wrong type', () => {
    expect(summary((parsePart('opgave', undefined) as { issues: PlanIssue[] }).issues)).to.deep.equal([' required']);
    expect(summary((parsePart('opgave', null) as { issues: PlanIssue[] }).issues)).to.deep.equal([' invalid_type']);
  });

  it('reports invalid_json and invalid_type like parsePlan', () => {
    expect(summary((parsePart('opgave', '{nope') as { issues: PlanIssue[] }).issues)).to.deep.equal([' invalid_json']);
    expect(summary((parsePart('opgave', []) as { issues: PlanIssue[] }).issues)).to.deep.equal([' invalid_type']);
    expect(summary((parsePart('ansvar', {}) as { issues: PlanIssue[] }).issues)).to.deep.equal([' invalid_type']);
  });

  it('gives the same message text as parsePlan for the same problem', () => {
    const part = parsePart('opgave', { krav: { ansvar: true } }, { lang: 'en' });
    const whole = parsePlan({ schemaVersion: 1, opgave: { krav: { ansvar: true } } }, { lang: 'en' });
    if (part.ok || whole.ok) throw new Error('expected issues');
    const tail = (message: string) => message.slice(message.indexOf(': ') + 2);
    expect(tail(part.issues[0]!.message)).to.equal(tail(whole.issues[0]!.message));
    expect(whole.issues[0]!.path).to.deep.equal(['opgave', ...part.issues[0]!.path]);
  });

  it('planSchema, built on first use, is a zod object of the plan\'s keys that validates as parseWith does', () => {
    expect(Object.keys(planSchema.def.shape)).to.deep.equal(Object.keys(createPlan()));
    const time = '2026-01-01T00:00:00Z';
    const input = { schemaVersion: 1, id: 'p', createdAt: time, updatedAt: time, titel: 'x', ansvar: [{ id: 'a', maalgruppe: 'Alle' }] };
    const result = z.safeParse(planSchema, input);
    expect(result.success && result.data).to.deep.equal((parseWith(planSchema, input) as { value: unknown }).value);
    expect(z.safeParse(planSchema, { schemaVersion: 1, titl: 'x' }).success).to.equal(false);
  });

  it('parseWith(planSchema) validates without the version check', () => {
    const result = parseWith(planSchema, { schemaVersion: 1, titel: 'x' });
    expect(result.ok).to.equal(true);
    expect(summary((parseWith(planSchema, { schemaVersion: 2 }) as { issues: PlanIssue[] }).issues)).to.deep.equal(['schemaVersion invalid_value']);
  });
});

describe('copyPlanAsNew', () => {
  const ids = (plan: Plan) => [
    plan.id, ...plan.ansvar.map((g) => g.id), ...plan.mobilitet.map((m) => m.id), ...plan.hverdag.forankring.map((f) => f.id),
  ];

  it('gives the plan and every listed item a new UUID v4 and stamps now, keeping everything else', () => {
    const example = examples['plejecenter-maaltid'];
    const before = Date.now();
    const copy = copyPlanAsNew(example);
    expect(ids(copy)).to.have.length(ids(example).length);
    for (const id of ids(copy)) expect(id).to.match(UUID_V4);
    expect(Date.parse(copy.createdAt)).to.be.at.least(before);
    expect(copy.updatedAt).to.equal(copy.createdAt);
    const strip = (plan: Plan) => JSON.parse(JSON.stringify(plan, (key, value) => (key === 'id' || key === 'createdAt' || key === 'updatedAt' ? undefined : value)));
    expect(strip(copy)).to.deep.equal(strip(example));
    expect(ok(copy)).to.deep.equal(copy);
  });

  it('gives mobility arrangements new ids too, keeping their content', () => {
    const plan = createPlan({ mobilitet: [{ id: 'm1', form: 'udlaan', modtagende: 'Apoteket' }] } as Partial<Plan>);
    const copy = copyPlanAsNew(plan);
    expect(copy.mobilitet).to.have.length(1);
    expect(copy.mobilitet[0]!.id).to.match(UUID_V4);
    expect({ ...copy.mobilitet[0], id: 'm1' }).to.deep.equal(plan.mobilitet[0]);
  });

  it('gives two copies of the same plan no id in common', () => {
    const example = examples.barselsafsnit;
    const a = new Set(ids(copyPlanAsNew(example)));
    for (const id of ids(copyPlanAsNew(example))) expect(a.has(id)).to.equal(false);
    for (const id of ids(example)) expect(a.has(id)).to.equal(false);
  });
});

describe('longLists (what the elements refuse before parsing)', () => {
  const found = (root: unknown, lang: 'da' | 'en' = 'da') => longLists(root, lang).map((i) => `${formatPath(i.path)} ${i.code}`);
  const items = (n: number) => Array.from({ length: n }, () => ({}));

  it('names each list of the plan or of a part longer than 200 items, at any of its places', () => {
    expect(found({ ansvar: items(200), hverdag: { forankring: items(200) } })).to.deep.equal([]);
    expect(found({ ansvar: items(201), mobilitet: [{ ugedage: Array(201).fill('mandag') }], laeringsmaal: { rolle: { typer: Array(500).fill('vaerdier') } } }))
      .to.deep.equal(['ansvar too_big', 'mobilitet[0].ugedage too_big', 'laeringsmaal.rolle.typer too_big']);
    expect(found(items(201))).to.deep.equal([' too_big']);
    expect(longLists({ ansvar: items(201) }, 'en')[0]!.message).to.equal('ansvar: The list has 201 items; at most 200 can be used here.');
  });

  it('leaves x- values alone (the host’s), and hostile input to the parser', () => {
    expect(found({ 'x-host': items(1_000), ansvar: [{ 'x-log': items(1_000) }] })).to.deep.equal([]);
    const trap = () => { throw new Error('trap'); };
    expect(found(new Proxy({}, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap }))).to.deep.equal([]);
  });
});
