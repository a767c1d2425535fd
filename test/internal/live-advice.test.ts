/**
 * `untilStarted` (live-advice.ts): which fields `<kompetence-model>`'s list of all advice gives as
 * one line "not started" in place of their advice. Its use in the element: kompetence-model-advice-list.test.ts.
 */
import { expect } from '@open-wc/testing';
import { untilStarted } from '../../src/internal/live-advice.js';
import { advise } from '../../src/model/advice.js';
import { examples } from '../../src/model/examples/index.js';
import type { FieldId } from '../../src/model/ids.js';
import { createPlan, parsePlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';

const planOf = (partial: Record<string, unknown>): Plan => {
  const result = parsePlan({ schemaVersion: 1, ...partial });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

/** What the list shows: a field's id for its line "not started", else the advice's id. */
const listed = (plan: Plan, seen: FieldId[] = []) =>
  untilStarted(advise(plan), plan, new Set(seen)).map((i) => (typeof i == 'string' ? i : i.id));

describe('untilStarted', () => {
  it('gives a blank plan one line per field, in the fields\' order', () => {
    expect(listed(createPlan())).to.deep.equal(['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag']);
    // A title and a workplace are not in a field.
    expect(listed(createPlan({ titel: 'Aftenvagten', arbejdsplads: 'Bo 2' }))).to.have.length(5);
  });

  it('gives the advice of the fields the user has been to in full, in the order advise gives it', () => {
    expect(listed(createPlan(), ['traeningsbane', 'opgave'])).to.deep.equal(
      ['opgave-mangler', 'ansvarstrappe-tom', 'perspektiv', 'laeringsmaal', 'traeningsbane-tom', 'periode-mangler', 'hverdag'],
    );
  });

  it('counts a field started by anything in its parts: a text, a ticked box, a list item, the staircase (field 1), a mobility arrangement (field 4)', () => {
    const started = (partial: Record<string, unknown>) => {
      const plan = planOf(partial);
      return ['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag'].filter((f) => !listed(plan).includes(f));
    };
    expect(started({ opgave: { situationNu: 'Vi skriver i hånden.' } })).to.deep.equal(['opgave']);
    expect(started({ opgave: { krav: { konkretSituation: true } } })).to.deep.equal(['opgave']);
    expect(started({ ansvar: [{ maalgruppe: '' }] })).to.deep.equal(['opgave']);
    expect(started({ perspektiv: { fortolkninger: 'Hver sin forståelse.' } })).to.deep.equal(['perspektiv']);
    expect(started({ laeringsmaal: { viden: { typer: ['forskning'] } } })).to.deep.equal(['laeringsmaal']);
    expect(started({ mobilitet: [{ form: 'udlaan' }] })).to.deep.equal(['traeningsbane']);
    expect(started({ traeningsbane: { periode: { start: '2027-01-01' } } })).to.deep.equal(['traeningsbane']);
    expect(started({ hverdag: { overgang: { type: 'individuel' } } })).to.deep.equal(['hverdag']);
  });

  it('holds nothing back in a worked example: every field holds content', () => {
    for (const plan of Object.values(examples)) expect(untilStarted(advise(plan), plan, new Set())).to.deep.equal(advise(plan));
  });
});
