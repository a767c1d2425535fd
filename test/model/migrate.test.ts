import { expect } from '@open-wc/testing';
import { createMigrator, migratePlan, planMigrations, type Migration } from '../../src/model/migrate.js';
import { createPlanParser, parsePlan, parseWith } from '../../src/model/parse.js';
import { CURRENT_SCHEMA_VERSION, planSchema } from '../../src/model/plan.js';

/**
 * A fabricated version 0 of the plan JSON: `opgave` was a plain string and the learning goals were
 * called `maal`, one text per level.
 */
const v0ToV1: Migration = (v0) => {
  const { opgave, maal, ...rest } = v0;
  const goals = (maal ?? {}) as Record<string, string>;
  return {
    ...rest,
    ...(typeof opgave === 'string' ? { opgave: { beskrivelse: opgave } } : {}),
    laeringsmaal: Object.fromEntries(Object.entries(goals).map(([level, text]) => [level, { beskrivelse: text }])),
  };
};

/** An even older version -1: the title was `navn`. */
const vMinus1ToV0: Migration = ({ navn, ...rest }) => ({ ...rest, ...(navn === undefined ? {} : { titel: navn }) });

const v0Plan = () => ({
  schemaVersion: 0,
  id: 'gammel-plan',
  titel: 'Måltidet',
  opgave: 'Tilberede måltider hos beboerne',
  maal: { metoder: 'Enkle retter', rolle: 'Værtsrollen' },
  ansvar: [{ id: 'a1', maalgruppe: 'Alle', antal: 12 }],
  'x-host': { sag: 17 },
});

describe('createMigrator with a fabricated version 0', () => {
  it('migrates a v0 plan to v1, which then parses', () => {
    const migrate = createMigrator({ 0: v0ToV1 });
    const migrated = migrate(v0Plan()) as Record<string, unknown>;
    expect(migrated['schemaVersion']).to.equal(1);
    expect(migrated).not.to.have.property('maal');
    const result = parsePlan(migrated);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { plan } = result;
    expect(plan.id).to.equal('gammel-plan');
    expect(plan.titel).to.equal('Måltidet');
    expect(plan.opgave.beskrivelse).to.equal('Tilberede måltider hos beboerne');
    expect(plan.opgave.krav).to.deep.equal({ konkretSituation: false, kanHaandteresAnderledes: false, ansvarTydeligt: false });
    expect(plan.laeringsmaal.metoder.beskrivelse).to.equal('Enkle retter');
    expect(plan.laeringsmaal.viden).to.deep.equal({ beskrivelse: '', typer: [] });
    expect(plan.laeringsmaal.rolle.beskrivelse).to.equal('Værtsrollen');
    expect(plan.ansvar).to.deep.equal([{ id: 'a1', maalgruppe: 'Alle', antal: 12 }]);
    expect((plan as unknown as Record<string, unknown>)['x-host']).to.deep.equal({ sag: 17 });
  });

  it('without the migration, the same v0 plan does not parse', () => {
    const result = parsePlan(v0Plan());
    expect(result.ok).to.equal(false);
  });

  it('does not change the input', () => {
    const input = v0Plan();
    createMigrator({ 0: v0ToV1 })(input);
    expect(input).to.deep.equal(v0Plan());
  });

  it('sets schemaVersion itself, even when a step forgets to', () => {
    const forgetful: Migration = ({ schemaVersion: _v, ...rest }) => rest;
    expect(createMigrator({ 0: forgetful })({ schemaVersion: 0, titel: 't' })).to.deep.equal({ schemaVersion: 1, titel: 't' });
    const wrong: Migration = (plan) => ({ ...plan, schemaVersion: 0 });
    expect(createMigrator({ 0: wrong })({ schemaVersion: 0 })).to.deep.equal({ schemaVersion: 1 });
  });

  it('chains several steps in order: v-1 → v0 → v1', () => {
    const calls: number[] = [];
    const migrate = createMigrator(
      {
        [-1]: (plan) => (calls.push(-1), vMinus1ToV0(plan)),
        0: (plan) => (calls.push(0), v0ToV1(plan)),
      },
      1,
    );
    const { titel: _t, ...rest } = v0Plan();
    const migrated = migrate({ ...rest, schemaVersion: -1, navn: 'Fra v-1' });
    expect(calls).to.deep.equal([-1, 0]);
    const result = parsePlan(migrated);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.titel).to.equal('Fra v-1');
    expect(result.plan.opgave.beskrivelse).to.equal('Tilberede måltider hos beboerne');
  });

  it('starts the chain at the plan\'s own version', () => {
    const calls: number[] = [];
    const migrate = createMigrator({ [-1]: (p) => (calls.push(-1), p), 0: (p) => (calls.push(0), p) }, 1);
    migrate({ schemaVersion: 0 });
    expect(calls).to.deep.equal([0]);
  });

  it('migrates up to the given target and no further', () => {
    const migrate = createMigrator({ 0: (p) => ({ ...p, eins: true }), 1: (p) => ({ ...p, zwei: true }), 2: (p) => ({ ...p, drei: true }) }, 2);
    expect(migrate({ schemaVersion: 0 })).to.deep.equal({ schemaVersion: 2, eins: true, zwei: true });
    expect(migrate({ schemaVersion: 1 })).to.deep.equal({ schemaVersion: 2, zwei: true });
  });

  it('targets the current version by default', () => {
    const migrated = createMigrator({ 0: v0ToV1 })(v0Plan()) as Record<string, unknown>;
    expect(migrated['schemaVersion']).to.equal(CURRENT_SCHEMA_VERSION);
  });

  it('leaves a plan of the current version alone', () => {
    let called = false;
    const migrate = createMigrator({ 0: () => ((called = true), {}), 1: () => ((called = true), {}) });
    const plan = { schemaVersion: 1, titel: 'Nu' };
    expect(migrate(plan)).to.deep.equal({ schemaVersion: 1, titel: 'Nu' });
    expect(called).to.equal(false);
  });

  it('leaves a plan of an unknown newer version alone', () => {
    let called = false;
    const migrate = createMigrator({ 0: () => ((called = true), {}), 1: () => ((called = true), {}), 2: () => ((called = true), {}) });
    const plan = { schemaVersion: 3, fremtid: 'ukendt' };
    expect(migrate(plan)).to.deep.equal({ schemaVersion: 3, fremtid: 'ukendt' });
    expect(called).to.equal(false);
    const parsed = parsePlan(migrate(plan));
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.code)).to.deep.equal(['unsupported_version']);
  });

  it('returns the input unchanged when the table has a gap on the way to the target', () => {
    const migrate = createMigrator({ [-1]: (p) => ({ ...p, navn: 'ændret' }) }, 1);
    const input = { schemaVersion: -1, navn: 'Gammel' };
    const migrated = migrate(input);
    expect(migrated).to.deep.equal({ schemaVersion: -1, navn: 'Gammel' });
    // So the parser reports the version the user actually has.
    const parsed = parsePlan(migrated, { lang: 'en' });
    if (parsed.ok) throw new Error('expected issues');
    expect(parsed.issues[0]!.code).to.equal('unsupported_version');
    expect(parsed.issues[0]!.message).to.contain('-1');
  });

  it('returns the input unchanged when there is no step for its version', () => {
    const migrate = createMigrator({ 0: v0ToV1 });
    expect(migrate({ schemaVersion: -5, titel: 'x' })).to.deep.equal({ schemaVersion: -5, titel: 'x' });
  });

  for (const [name, input] of [
    ['null', null], ['a string', '{"schemaVersion":0}'], ['a number', 0], ['an array', [{ schemaVersion: 0 }]],
    ['no version', { titel: 'x' }], ['a text version', { schemaVersion: '0' }], ['a fractional version', { schemaVersion: 0.5 }],
    ['NaN', { schemaVersion: Number.NaN }],
  ] as [string, unknown][]) {
    it(`hands ${name} back unchanged for the parser to report`, () => {
      let called = false;
      const migrate = createMigrator({ 0: (p) => ((called = true), p) });
      expect(migrate(input)).to.equal(input);
      expect(called).to.equal(false);
    });
  }
});

describe('migratePlan and parsePlan', () => {
  it('version 1 is the first: there are no migrations yet', () => {
    expect(Object.keys(planMigrations)).to.deep.equal([]);
    expect(CURRENT_SCHEMA_VERSION).to.equal(1);
  });

  it('migratePlan leaves a current plan as it is', () => {
    const plan = { schemaVersion: 1, titel: 'x', 'x-a': [1] };
    expect(migratePlan(plan)).to.deep.equal({ schemaVersion: 1, titel: 'x', 'x-a': [1] });
  });

  it('a plan parser migrates before it validates: a fabricated version 0 comes out as a valid, complete plan', () => {
    const parse = createPlanParser(createMigrator({ 0: v0ToV1 }));
    for (const input of [v0Plan(), JSON.stringify(v0Plan())]) {
      const result = parse(input);
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
      expect(result.plan.schemaVersion).to.equal(1);
      expect(result.plan.opgave.beskrivelse).to.equal('Tilberede måltider hos beboerne');
      expect(result.plan.laeringsmaal.rolle.beskrivelse).to.equal('Værtsrollen');
      expect(result.plan['x-host']).to.deep.equal({ sag: 17 });
    }
    // The same input without the migration is refused: it is the migration that made it readable.
    expect(createPlanParser((x) => x)(v0Plan()).ok).to.equal(false);
  });

  it('reports the version it could not read when a migration fails on the plan\'s data (no crash, no general error)', () => {
    const parse = createPlanParser(createMigrator({
      0: (v0) => {
        if (typeof v0['opgave'] !== 'string') throw new TypeError('opgave is no text');
        return v0ToV1(v0);
      },
    }));
    for (const input of [{ ...v0Plan(), opgave: 7 }, JSON.stringify({ ...v0Plan(), opgave: 7 })]) {
      const result = parse(input, { lang: 'en' });
      if (result.ok) throw new Error('expected issues');
      expect(result.issues.map((i) => [i.path, i.code])).to.deep.equal([[['schemaVersion'], 'unsupported_version']]);
      expect(result.issues[0]!.message).to.contain('0');
    }
  });

  it('says which plan format versions it reads, in words for the person importing a file (no JSON path, no package name)', () => {
    const message = (schemaVersion: unknown, lang: 'da' | 'en') => {
      const result = parsePlan({ schemaVersion }, { lang });
      if (result.ok) throw new Error('expected issues');
      return result.issues[0]!.message;
    };
    expect(message(2, 'da')).to.equal('Planen er gemt i version 2 af planformatet; her kan højst version 1 læses.');
    expect(message(2, 'en')).to.equal('The plan is saved in version 2 of the plan format; this page reads up to version 1.');
    expect(message(0, 'da')).to.equal('Planformatets version 0 kendes ikke; her kan version 1 læses.');
    expect(message('1', 'en')).to.equal('Plan format version “1” is not known; version 1 can be read here.');
    expect(message(undefined, 'da')).to.equal('Planen mangler «schemaVersion».');
  });

  for (const version of [0, -1]) {
    it(`parsePlan reports unsupported_version for version ${version}, which has no migration`, () => {
      for (const input of [{ schemaVersion: version }, JSON.stringify({ schemaVersion: version, opgave: 'tekst' })]) {
        const result = parsePlan(input, { lang: 'en' });
        if (result.ok) throw new Error('expected issues');
        expect(result.issues).to.have.length(1);
        expect(result.issues[0]!.code).to.equal('unsupported_version');
        expect(result.issues[0]!.path).to.deep.equal(['schemaVersion']);
        expect(result.issues[0]!.message).to.contain(String(version));
      }
    });
  }

  it('a migrated plan validates against the current schema', () => {
    const migrated = createMigrator({ 0: v0ToV1 })(v0Plan());
    expect(parseWith(planSchema, migrated).ok).to.equal(true);
    expect(parseWith(planSchema, v0Plan()).ok).to.equal(false);
  });
});
