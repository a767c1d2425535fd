import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePlan, type PlanIssue } from '../../src/model/parse.js';
import { json, partialPlan, pick, planArbitrary } from '../helpers/plan-arbitrary.js';

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
