import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  anchoringKinds, anledninger, experiences, feedbackKinds, goalSubtypes, learningFormIds, licences, mobilityForms,
  mobilityScopes, responsibilities, transitionTypes, weekdays,
} from '../../src/model/ids.js';
import { parsePlan, type PlanIssue } from '../../src/model/parse.js';

const RUNS = { numRuns: 200 };

/** parsePlan's result has the documented shape, whatever went in. */
function expectWellFormed(result: ReturnType<typeof parsePlan>): void {
  expect(result.ok).to.be.a('boolean');
  if (result.ok) {
    expect(result.plan.schemaVersion).to.equal(1);
    return;
  }
  expect(result.issues).to.be.an('array').that.is.not.empty;
  for (const issue of result.issues as PlanIssue[]) {
    expect(issue.path).to.be.an('array');
    for (const key of issue.path) expect(['string', 'number']).to.include(typeof key);
    expect(issue.code).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

/**
 * Runs parsePlan in both languages, and with tags a JavaScript caller may pass (a page's
 * `<html lang>`, another language, none), and fails the property if it throws.
 */
function neverThrows(input: unknown): void {
  for (const lang of ['da', 'en', 'en-GB', 'fr'] as const) {
    let result: ReturnType<typeof parsePlan> | undefined;
    try {
      result = parsePlan(input, { lang: lang as 'da' });
    } catch (error) {
      throw new Error(`parsePlan threw ${String(error)}`);
    }
    expectWellFormed(result);
  }
}

// ---- a valid, complete plan built from the stable ids ----

const text = fc.string({ unit: 'binary', maxLength: 30 });
const pick = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const some = <T extends string>(values: readonly T[]) =>
  fc.uniqueArray(pick(values), { maxLength: values.length });
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const timestamp = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const id = fc.oneof(fc.uuid(), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));
/** Any JSON value as JSON has it (JSON text has no -0, so fc.jsonValue's -0 becomes 0). */
const json = (maxDepth: number) => fc.jsonValue({ maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
/** Host data under an `x-` key: any JSON value, kept untouched. */
const extensions = fc.dictionary(fc.string({ maxLength: 8 }).map((k) => `x-${k}`), json(2), { maxKeys: 2 });
/** An object with optional keys: each present or absent. */
const withOptional = <R extends Record<string, fc.Arbitrary<unknown>>>(required: R, optional: Record<string, fc.Arbitrary<unknown>>) =>
  fc.tuple(fc.record({ ...required, ...optional }, { requiredKeys: Object.keys(required) as (keyof R & string)[] }), extensions)
    .map(([object, x]) => ({ ...object, ...x }));

const periode = withOptional({}, { start: day, slut: day });
const goal = <T extends string>(types: readonly T[]) => withOptional({ beskrivelse: text, typer: some(types) }, {});

const planArbitrary = withOptional(
  {
    schemaVersion: fc.constant(1),
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    titel: text,
    arbejdsplads: text,
    opgave: withOptional({
      beskrivelse: text,
      situationNu: text,
      situationFremover: text,
      anledninger: some(anledninger),
      krav: withOptional({ konkretSituation: fc.boolean(), kanHaandteresAnderledes: fc.boolean(), ansvarTydeligt: fc.boolean() }, {}),
    }, {}),
    perspektiv: withOptional({ kerneopgave: text, arbejdsplads: text, fortolkninger: text }, {}),
    laeringsmaal: withOptional({
      metoder: goal(goalSubtypes.metoder),
      viden: goal(goalSubtypes.viden),
      rolle: goal(goalSubtypes.rolle),
    }, {}),
    ansvar: fc.array(withOptional({ id, maalgruppe: text }, {
      antal: fc.integer({ min: 1, max: 100_000 }),
      nuvaerende: pick(experiences),
      fremtidigt: pick(responsibilities),
      koerekort: pick(licences),
    }), { maxLength: 4 }),
    traeningsbane: withOptional({
      vidensopbygning: text,
      afproevning: text,
      feedback: text,
      feedbackformer: some(feedbackKinds),
      laeringsformer: fc.array(pick(learningFormIds), { maxLength: 5 }),
      spilleregler: text,
      daekning: text,
    }, { periode }),
    mobilitet: fc.array(withOptional({
      id,
      afgivende: text,
      modtagende: text,
      ugedage: some(weekdays),
      formaal: text,
      laeringsmaal: text,
      vilkaar: withOptional({ ansvarsomraader: text, ferie: text, sygdom: text }, {}),
      kontakt: text,
      daekning: text,
      tilbagevenden: text,
    }, { form: pick(mobilityForms), periode, omfang: pick(mobilityScopes) }), { maxLength: 2 }),
    hverdag: withOptional({
      overgang: withOptional({ beskrivelse: text, ikkeKlar: text }, { type: pick(transitionTypes), dato: day }),
      forankring: fc.array(withOptional(
        { id, type: pick(anchoringKinds), beskrivelse: text, ansvarlig: text, udfoert: fc.boolean() },
        { dato: day },
      ), { maxLength: 4 }),
    }, {}),
  },
  {},
);

/** A valid plan with some keys left out anywhere (parsePlan fills them in). */
const partialPlan = fc.tuple(planArbitrary, fc.array(fc.nat(), { maxLength: 6 })).map(([plan, drops]) => {
  const objects: Record<string, unknown>[] = [];
  (function collect(node: unknown): void {
    if (Array.isArray(node)) node.forEach(collect);
    else if (typeof node === 'object' && node !== null) {
      objects.push(node as Record<string, unknown>);
      Object.entries(node).forEach(([key, value]) => { if (!key.startsWith('x-')) collect(value); });
    }
  })(plan);
  for (const n of drops) {
    const object = objects[n % objects.length]!;
    const keys = Object.keys(object).filter((k) => k !== 'schemaVersion' && k !== 'type');
    if (keys.length) delete object[keys[n % keys.length]!];
  }
  return plan;
});

describe('parsePlan properties (fast-check)', () => {
  it('never throws on anything', () => {
    fc.assert(fc.property(fc.anything({
      withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
      withObjectString: true, withSparseArray: true, withTypedArray: true, stringUnit: 'binary',
    }), neverThrows), RUNS);
  });

  it('never throws on arbitrary JSON text', () => {
    fc.assert(fc.property(fc.json(), neverThrows), RUNS);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), neverThrows), RUNS);
  });

  it('never throws on objects with schemaVersion 1 and random keys and values', () => {
    const planLike = fc.tuple(
      fc.dictionary(fc.oneof(fc.string(), pick(['titel', 'opgave', 'ansvar', 'hverdag', 'traeningsbane', '__proto__', 'x-a'])), fc.jsonValue()),
      fc.constantFrom(1, 0, 2, '1', undefined),
    ).map(([object, schemaVersion]) => ({ ...object, schemaVersion }));
    fc.assert(fc.property(planLike, (plan) => {
      neverThrows(plan);
      neverThrows(JSON.stringify(plan));
    }), RUNS);
  });

  it('a valid plan survives JSON.stringify → parsePlan unchanged', () => {
    fc.assert(fc.property(planArbitrary, (plan) => {
      const result = parsePlan(JSON.stringify(plan));
      if (!result.ok) throw new Error(`issues: ${JSON.stringify(result.issues)}`);
      expect(result.plan).to.deep.equal(plan);
    }), RUNS);
  });

  it('a valid plan parses the same from the object as from its JSON text', () => {
    fc.assert(fc.property(planArbitrary, (plan) => {
      expect(parsePlan(plan)).to.deep.equal(parsePlan(JSON.stringify(plan)));
    }), RUNS);
  });

  it('is idempotent: parsing a parsed plan changes nothing', () => {
    fc.assert(fc.property(partialPlan, (input) => {
      const once = parsePlan(input);
      if (!once.ok) throw new Error(`issues: ${JSON.stringify(once.issues)}`);
      const twice = parsePlan(once.plan);
      if (!twice.ok) throw new Error(`issues: ${JSON.stringify(twice.issues)}`);
      expect(twice.plan).to.deep.equal(once.plan);
      const fromJson = parsePlan(JSON.stringify(once.plan));
      expect(fromJson.ok && fromJson.plan).to.deep.equal(once.plan);
    }), RUNS);
  });

  it('is idempotent on whatever arbitrary input it accepts', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.constant('{"schemaVersion":1}')), (input) => {
      const once = parsePlan(input);
      if (!once.ok) return;
      const twice = parsePlan(once.plan);
      expect(twice.ok && twice.plan).to.deep.equal(once.plan);
    }), RUNS);
  });

  /** Every object of the plan outside `x-` values, with its path. */
  function objectsOf(plan: unknown): [(string | number)[], Record<string, unknown>][] {
    const out: [(string | number)[], Record<string, unknown>][] = [];
    (function walk(node: unknown, path: (string | number)[]): void {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, i]));
      else if (typeof node === 'object' && node !== null) {
        out.push([path, node as Record<string, unknown>]);
        for (const [key, value] of Object.entries(node)) if (!key.startsWith('x-')) walk(value, [...path, key]);
      }
    })(plan, []);
    return out;
  }

  it('an unknown key anywhere in a valid plan is reported with its exact path, and nothing else is', () => {
    const key = fc.string({ minLength: 1, maxLength: 10 }).map((s) => `zz${s}`);
    fc.assert(fc.property(planArbitrary, fc.nat(), key, (plan, n, unknown) => {
      const objects = objectsOf(plan);
      const [path, object] = objects[n % objects.length]!;
      object[unknown] = 'tastefejl';
      const result = parsePlan(JSON.stringify(plan));
      if (result.ok) throw new Error(`accepted ${unknown} at ${JSON.stringify(path)}`);
      expect(result.issues.map((i) => [i.path, i.code])).to.deep.equal([[[...path, unknown], 'unknown_key']]);
    }), RUNS);
  });

  it('an x- key anywhere in a valid plan is kept as it is', () => {
    const key = fc.string({ maxLength: 10 }).map((s) => `x-${s}`);
    fc.assert(fc.property(planArbitrary, fc.nat(), key, json(3), (plan, n, extension, value) => {
      const objects = objectsOf(plan);
      const [, object] = objects[n % objects.length]!;
      object[extension] = value;
      const result = parsePlan(JSON.stringify(plan));
      if (!result.ok) throw new Error(`issues: ${JSON.stringify(result.issues)}`);
      expect(result.plan).to.deep.equal(JSON.parse(JSON.stringify(plan)));
    }), RUNS);
  });
});
