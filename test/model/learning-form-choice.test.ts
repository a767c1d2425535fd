import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { anledninger, learningFormIds, type Anledning } from '../../src/model/ids.js';
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

  it('does not read complex development needs into a new task or one moved to another professional group', () => {
    // The publication puts new tasks on the staircase's lowest step; its long courses are for a wholly new job function.
    for (const reason of anledninger) {
      expect(recommendQueryFromPlan(withGoals(['metoder'], [reason])).goals, reason).to.deep.equal(['metoder']);
    }
  });

  it('so beginners learning a new task are not told that a long education fits them well', () => {
    const plan = withGoals(['metoder'], ['ny-opgave']);
    plan.ansvar = [{ id: 'g1', maalgruppe: 'Nye kolleger', nuvaerende: 'begyndere', fremtidigt: 'med-stoette' }];
    const fits = recommendLearningForms(recommendQueryFromPlan(plan));
    const fit = (id: string) => fits.find((r) => r.form.id === id);
    for (const id of ['laengerevarende-uddannelse', 'laerende-netvaerk', 'selvkoerende-projektarbejde']) {
      expect(fit(id)?.fit, id).to.not.equal('god');
    }
    expect(fit('traeningsworkshop')).to.include({ fit: 'god', fromTable: true });
  });
});
