import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { learningFormIds, type Anledning } from '../../src/model/ids.js';
import { parseLearningFormIds, recommendQueryFromPlan } from '../../src/model/learning-form-choice.js';
import { createPlan, parsePart } from '../../src/model/parse.js';
import { recommendLearningForms } from '../../src/model/recommend.js';
import type { Plan } from '../../src/model/plan.js';

const same = (input: unknown) => {
  for (const lang of ['da', 'en'] as const) {
    expect(parseLearningFormIds(input, { lang }), `${lang}: ${String(JSON.stringify(input))}`)
      .to.deep.equal(parsePart('laeringsformer', input, { lang }));
  }
};

describe('parseLearningFormIds: the same result as parsePart("laeringsformer") without zod', () => {
  it('agrees on hand-picked input', () => {
    for (const input of [
      undefined, null, 42, true, 'not json', '', '[]', '["temadag"]', '"temadag"', 'null', '{}', {}, [],
      ['temadag', 'coaching'], ['temadag', 'ukendt', 5, null, {}, ['x']], ['temadag', 'temadag'],
      // eslint-disable-next-line no-sparse-arrays
      [, 'temadag'], '[{"__proto__": {"a": 1}}]', '{"__proto__": []}', '["<b>fed</b>"]',
      ['x'.repeat(100)],
    ]) same(input);
  });

  it('agrees on generated input', () => {
    const id = fc.constantFrom(...learningFormIds);
    const item = fc.oneof(id, id, fc.string(), fc.anything());
    const list = fc.array(item, { maxLength: 6 });
    fc.assert(
      fc.property(fc.oneof(list, list.map((l) => JSON.stringify(l)), fc.anything(), fc.string()), (input) => {
        same(input);
      }),
      { numRuns: 400 },
    );
  });

  it('returns a copy, and never throws on hostile input', () => {
    const input = ['temadag'];
    const result = parseLearningFormIds(input);
    expect(result.ok && result.value).to.deep.equal(['temadag']);
    expect(result.ok && result.value).to.not.equal(input);
    const hostile = new Proxy([], { get() { throw new Error('trap'); } });
    const bad = parseLearningFormIds(hostile);
    expect(bad.ok).to.equal(false);
  });
});

describe('recommendQueryFromPlan', () => {
  it('reads described goal levels and the staircase\'s current experience', () => {
    const plan = createPlan({
      laeringsmaal: {
        metoder: { beskrivelse: 'Ny dokumentationsmetode', typer: [] },
        viden: { beskrivelse: '  ', typer: ['lovgivning'] },
        rolle: { beskrivelse: 'Fra dommer til anerkender', typer: [] },
      },
      ansvar: [
        { id: 'a', maalgruppe: 'Vikarer', nuvaerende: 'meget-erfarne' },
        { id: 'b', maalgruppe: 'Nye', nuvaerende: 'begyndere' },
        { id: 'c', maalgruppe: 'Flere nye' , nuvaerende: 'begyndere' },
        { id: 'd', maalgruppe: 'Ukendt' },
      ],
    } as Partial<Plan>);
    expect(recommendQueryFromPlan(plan)).to.deep.equal({
      goals: ['rolle', 'metoder'],
      experience: ['begyndere', 'meget-erfarne'],
    });
  });

  it('is empty for an empty plan', () => {
    expect(recommendQueryFromPlan(createPlan())).to.deep.equal({ goals: [], experience: [] });
  });

  const goal = (beskrivelse: string) => ({ beskrivelse, typer: [] });
  const withGoals = (levels: readonly ('rolle' | 'viden' | 'metoder')[], anledninger: Anledning[] = []) => createPlan({
    opgave: { ...createPlan().opgave, anledninger },
    laeringsmaal: {
      metoder: goal(levels.includes('metoder') ? 'Mødeledelse' : ''),
      viden: goal(levels.includes('viden') ? 'Domænetænkning' : ''),
      rolle: goal(levels.includes('rolle') ? 'Fra at beslutte til at facilitere' : ''),
    },
  });

  it('does not take goals on every level of the pyramid for a large change (most of the publication\'s cases have them)', () => {
    expect(recommendQueryFromPlan(withGoals(['rolle', 'viden', 'metoder'])).goals).to.deep.equal(['rolle', 'viden', 'metoder']);
  });

  it('asks for complex development needs when the task is new or goes to another professional group', () => {
    for (const reason of ['ny-opgave', 'ny-faggruppe'] as const) {
      expect(recommendQueryFromPlan(withGoals(['metoder'], [reason])).goals, reason).to.deep.equal(['metoder', 'komplekse']);
    }
    for (const reason of ['mere-selvstaendighed', 'aendret-karakter'] as const) {
      expect(recommendQueryFromPlan(withGoals(['metoder'], [reason])).goals, reason).to.deep.equal(['metoder']);
    }
    // No level described yet: the user still picks the goals.
    expect(recommendQueryFromPlan(withGoals([], ['ny-opgave'])).goals).to.deep.equal([]);
  });

  it('so the complex-needs forms are recommended from the table inside a plan for a new task', () => {
    const { goals, experience } = recommendQueryFromPlan(withGoals(['metoder'], ['ny-opgave']));
    const fromTable = recommendLearningForms({ goals, experience }).filter((r) => r.fromTable).map((r) => r.form.id);
    expect(fromTable).to.include.members(['laerende-netvaerk', 'selvkoerende-projektarbejde', 'laengerevarende-uddannelse']);
  });
});
