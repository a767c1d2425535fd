import { expect } from '@open-wc/testing';
import { completeness } from '../../src/model/completeness.js';
import { adviceRules } from '../../src/model/advice.js';
import { completenessGaps, describeCompletenessGaps, firstCriterionGapTarget } from '../../src/model/completeness-gaps.js';
import { firstPartGapTarget, partGaps } from '../../src/model/part-gaps.js';
import { examples } from '../../src/model/examples/index.js';
import { exampleIds, fieldIds } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';

function complete(edit?: (p: Plan) => void): Plan {
  const p = createPlan({
    opgave: {
      beskrivelse: 'Give medicin, når aftenvagten begynder', situationNu: '', situationFremover: '', anledninger: [],
      krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
    },
    perspektiv: { kerneopgave: 'Medicin til tiden', arbejdsplads: '', fortolkninger: '' },
    laeringsmaal: { metoder: { beskrivelse: 'Dobbelttjek', typer: [] }, viden: { beskrivelse: '', typer: [] }, rolle: { beskrivelse: '', typer: [] } },
    ansvar: [{ id: 'g1', maalgruppe: 'Hjælpere', fremtidigt: 'selvstaendigt' }],
    traeningsbane: {
      vidensopbygning: 'a', afproevning: 'b', feedback: 'c', feedbackformer: [], laeringsformer: [],
      periode: { start: '2027-01-10', slut: '2027-03-01' }, spilleregler: '', daekning: '',
    },
    hverdag: {
      overgang: { type: 'individuel', beskrivelse: '', ikkeKlar: '' },
      forankring: [{ id: 'f1', type: 'loebende-stoette', beskrivelse: '', ansvarlig: '', udfoert: false }],
    },
  });
  edit?.(p);
  return p;
}

/** The gaps' fields are exactly the unmet criteria. */
function expectConsistent(plan: Plan): void {
  const { criteria } = completeness(plan);
  const gaps = completenessGaps(plan);
  expect(gaps.map((g) => g.field)).to.deep.equal(fieldIds.filter((f) => !criteria[f]));
  for (const gap of gaps) expect(gap.missing.length).to.be.greaterThan(0);
}

describe('completenessGaps', () => {
  it('is empty for a complete plan, and its description too', () => {
    expect(completenessGaps(complete())).to.deep.equal([]);
    expect(describeCompletenessGaps(complete())).to.equal('');
  });

  it('names everything an empty plan lacks, per field, in Danish and English', () => {
    const empty = createPlan();
    expect(completenessGaps(empty)).to.deep.equal([
      { field: 'opgave', missing: ['en beskrivelse af opgaven', 'flueben ved de tre krav til opgaven', 'en målgruppe med ansvar bagefter'] },
      { field: 'perspektiv', missing: ['værdien for kerneopgaven eller arbejdspladsen'] },
      { field: 'laeringsmaal', missing: ['mindst ét beskrevet læringsmål'] },
      { field: 'traeningsbane', missing: ['vidensopbygning', 'afprøvning', 'feedback', 'en periode med start og slut'] },
      { field: 'hverdag', missing: ['et valg af, om overgangen til hverdag er individuel eller fælles', 'mindst én aftale om forankring'] },
    ]);
    const en = describeCompletenessGaps(empty, { lang: 'en' });
    // Named as the staircase names it: «Ansvar bagefter», "Responsibility afterwards".
    expect(en).to.match(/^Task \(a description of the task, ticks for the three requirements of the task, a target group with responsibility afterwards\); /);
    expect(en).to.include('; Training ground (knowledge building, trying out, feedback, a period with a start and an end); ');
  });

  it('names the perspective\'s value as missing when it holds only the starter phrase', () => {
    const starterOnly = complete((p) => {
      p.perspektiv = { kerneopgave: 'Vi bliver bedre til, at …', arbejdsplads: 'We get better at ', fortolkninger: '' };
    });
    expect(completenessGaps(starterOnly)).to.deep.equal([
      { field: 'perspektiv', missing: ['værdien for kerneopgaven eller arbejdspladsen'] },
    ]);
  });

  it('names only the missing part of a criterion', () => {
    expect(completenessGaps(complete((p) => (p.opgave.krav.ansvarTydeligt = false)))).to.deep.equal([
      { field: 'opgave', missing: ['flueben ved de tre krav til opgaven'] },
    ]);
    expect(completenessGaps(complete((p) => (p.traeningsbane.afproevning = ' ')))).to.deep.equal([
      { field: 'traeningsbane', missing: ['afprøvning'] },
    ]);
    expect(completenessGaps(complete((p) => (p.hverdag.overgang.type = 'faelles')))).to.deep.equal([
      { field: 'hverdag', missing: ['en dato for den fælles overgang'] },
    ]);
    expect(describeCompletenessGaps(complete((p) => (p.traeningsbane.periode = { start: '2027-01-01' })))).to.equal(
      'Træningsbane (en periode med start og slut)',
    );
    const reversed = complete((p) => (p.traeningsbane.periode = { start: '2027-03-01', slut: '2027-01-01' }));
    expect(describeCompletenessGaps(reversed)).to.equal('Træningsbane (en slutdato, der ikke er før startdatoen)');
    expect(describeCompletenessGaps(reversed, { lang: 'en' })).to.equal('Training ground (an end date no earlier than the start date)');
  });

  it('counts a tempo covered by a chosen learning form, as completeness does', () => {
    const plan = complete((p) => {
      p.traeningsbane.afproevning = '';
      p.traeningsbane.laeringsformer = ['sidemandsoplaering'];
    });
    expectConsistent(plan);
  });

  it('agrees with completeness on every worked example and on single-part changes', () => {
    for (const id of exampleIds) expectConsistent(examples[id]);
    const edits: ((p: Plan) => void)[] = [
      (p) => (p.opgave.beskrivelse = ''),
      (p) => (p.ansvar = [{ id: 'x', maalgruppe: 'Alle' }]),
      (p) => (p.perspektiv.kerneopgave = ''),
      (p) => (p.perspektiv = { kerneopgave: '', arbejdsplads: 'Færre fejl', fortolkninger: '' }),
      (p) => (p.perspektiv = { kerneopgave: 'Vi bliver bedre til, at ', arbejdsplads: 'We get better at ', fortolkninger: '' }),
      (p) => (p.laeringsmaal.metoder.beskrivelse = ''),
      (p) => delete p.traeningsbane.periode,
      (p) => (p.traeningsbane.periode = { start: '2027-03-01', slut: '2027-01-01' }),
      (p) => (p.mobilitet = createPlan({ mobilitet: [{ id: 'm', periode: { start: '2027-02-01', slut: '2027-01-01' } }] } as Partial<Plan>).mobilitet),
      (p) => (p.hverdag.forankring = []),
      (p) => delete p.hverdag.overgang.type,
    ];
    for (const edit of edits) expectConsistent(complete(edit));
    expectConsistent(createPlan());
  });
});

describe('the advice on the first gap (where a required element points the browser)', () => {
  const fieldOf = (id: string | undefined) => adviceRules.find((r) => r.id === id)?.field;

  it('is an advice of the gap’s own field for every criterion an empty plan misses, and none when met', () => {
    for (const field of fieldIds) {
      expect(fieldOf(firstCriterionGapTarget(createPlan(), field)), field).to.equal(field);
      expect(firstCriterionGapTarget(complete(), field), field).to.equal(undefined);
    }
  });

  it('points at the staircase’s target, not at an empty staircase, when a group has no responsibility afterwards', () => {
    expect(firstCriterionGapTarget(complete((p) => { p.ansvar = [{ id: 'g1', maalgruppe: 'Hjælpere' }]; }), 'opgave')).to.equal('ansvar-uden-maal');
    expect(firstCriterionGapTarget(complete((p) => { p.ansvar = []; }), 'opgave')).to.equal('ansvarstrappe-tom');
  });

  it('follows the order of the gaps: the period once the tempi are covered', () => {
    expect(firstCriterionGapTarget(complete((p) => { p.traeningsbane.afproevning = ''; delete p.traeningsbane.periode; }), 'traeningsbane')).to.equal('tempo-mangler');
    expect(firstCriterionGapTarget(complete((p) => { delete p.traeningsbane.periode; }), 'traeningsbane')).to.equal('periode-mangler');
  });

  it('names a task, staircase or arrangement advice for the parts judged alone', () => {
    const plan = complete();
    expect(firstPartGapTarget('opgave', { ...plan.opgave, krav: { ...plan.opgave.krav, ansvarTydeligt: false } })).to.equal('opgave-krav-mangler');
    expect(firstPartGapTarget('ansvar', [])).to.equal('ansvarstrappe-tom');
    expect(firstPartGapTarget('ansvar', [{ id: 'g', maalgruppe: 'x' }])).to.equal('ansvar-uden-maal');
    expect(fieldOf(firstPartGapTarget('ansvar', []))).to.equal('opgave');
    expect(firstPartGapTarget('opgave', plan.opgave)).to.equal(undefined);
    // The first gap, where several are: the description before the checkboxes.
    expect(firstPartGapTarget('opgave', createPlan().opgave)).to.equal('opgave-mangler');
  });

  it('asks for each requirement not confirmed, by its label, in the order of the checkboxes', () => {
    const none = { ...complete().opgave, krav: { konkretSituation: false, kanHaandteresAnderledes: false, ansvarTydeligt: false } };
    expect(partGaps('opgave', none)).to.deep.equal([
      'bekræftelse af «Én konkret situation, som medarbejderne kender»',
      'bekræftelse af «Den kan håndteres på en anden måde»',
      'bekræftelse af «Det er tydeligt, hvem der har ansvaret»',
    ]);
  });

  it('names what one mobility arrangement lacks, with the terms only a loan must state', () => {
    const empty = createPlan({ mobilitet: [{ id: 'm' }] } as Partial<Plan>).mobilitet[0]!;
    expect(partGaps('mobilitet', empty)).to.deep.equal(['en form for mobilitet', 'modtagende arbejdsplads']);
    expect(partGaps('mobilitet', { ...empty, form: 'udstationering' }, { lang: 'en' })).to.deep.equal(['receiving workplace']);
    expect(firstPartGapTarget('mobilitet', { ...empty, form: 'udstationering' })).to.equal('modtagende');
    expect(partGaps('mobilitet', { ...empty, form: 'udstationering', modtagende: ' \n' })).to.deep.equal(['modtagende arbejdsplads']);
    const placed = { ...empty, modtagende: 'Hjemmeplejen Nord' };
    expect(partGaps('mobilitet', { ...placed, form: 'udstationering' })).to.deep.equal([]);
    expect(partGaps('mobilitet', { ...placed, form: 'udlaan' })).to.deep.equal(['vilkår for ansvarsområder', 'vilkår for ferie', 'vilkår for sygdom']);
    expect(firstPartGapTarget('mobilitet', { ...placed, form: 'udlaan' })).to.equal('mobilitet-uden-vilkaar');
    // Each term by itself: the first and the last one stated leave the others.
    const terms = (vilkaar: Partial<typeof empty.vilkaar>) => partGaps('mobilitet', { ...placed, form: 'udlaan', vilkaar: { ...empty.vilkaar, ...vilkaar } }, { lang: 'en' });
    expect(terms({ ansvarsomraader: 'Som i hjemmet' })).to.deep.equal(['terms for holidays', 'terms for sickness']);
    expect(terms({ sygdom: 'Meldes hjemme' })).to.deep.equal(['terms for responsibilities', 'terms for holidays']);
    expect(terms({ ansvarsomraader: 'a', ferie: 'b', sygdom: 'c' })).to.deep.equal([]);
  });

  it('asks for at least one learning form, and for nothing more once one or two are chosen', () => {
    expect(partGaps('laeringsformer', [])).to.deep.equal(['mindst én læringsform']);
    expect(partGaps('laeringsformer', [], { lang: 'en' })).to.deep.equal(['at least one learning form']);
    expect(partGaps('laeringsformer', ['jobrotation'])).to.deep.equal([]);
    expect(partGaps('laeringsformer', ['jobrotation', 'supervision'])).to.deep.equal([]);
  });

  it('counts a task of white space alone as no description, as the opgave criterion does', () => {
    const blank = { ...complete().opgave, beskrivelse: ' \n ' };
    expect(partGaps('opgave', blank)).to.deep.equal(['en beskrivelse af opgaven']);
    expect(partGaps('opgave', blank, { lang: 'en' })).to.deep.equal(['a description of the task']);
    expect(firstPartGapTarget('opgave', blank)).to.equal('opgave-mangler');
    expect(completenessGaps(complete((p) => { p.opgave.beskrivelse = ' \n '; })).map((g) => g.field)).to.deep.equal(['opgave']);
  });
});
