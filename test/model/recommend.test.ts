import { expect } from '@open-wc/testing';
import { experiences, type Experience, type GoalLevel, type LearningFormId } from '../../src/model/ids.js';
import { learningFormTable } from '../../src/model/catalog/index.js';
import { recommendLearningForms, type Fit, type Recommendation } from '../../src/model/recommend.js';

const goalsAll: GoalLevel[] = ['metoder', 'viden', 'rolle', 'komplekse'];
const ids = (recs: Recommendation[]) => recs.map((r) => r.form.id);
const find = (recs: Recommendation[], id: LearningFormId) => recs.find((r) => r.form.id === id);
const fitOf = (goal: GoalLevel, id: LearningFormId, experience?: Experience[]): Fit | undefined =>
  find(recommendLearningForms({ goals: [goal], experience }), id)?.fit;
const rank: Record<Fit, number> = { fraraades: 0, mulig: 1, god: 2 };

/** Every ordered selection of distinct goals (incl. the empty one). */
function goalCombos(): GoalLevel[][] {
  const out: GoalLevel[][] = [[]];
  const extend = (prefix: GoalLevel[]) => {
    for (const g of goalsAll) {
      if (prefix.includes(g)) continue;
      out.push([...prefix, g]);
      extend([...prefix, g]);
    }
  };
  extend([]);
  return out;
}

describe('recommendLearningForms: order and flags', () => {
  it('puts the publication\'s forms for a goal first, in the table\'s order, flagged fromTable', () => {
    for (const goal of goalsAll) {
      const recs = recommendLearningForms({ goals: [goal] });
      const row = learningFormTable[goal];
      expect(ids(recs).slice(0, row.length), goal).to.deep.equal(row);
      expect(recs.slice(0, row.length).every((r) => r.fromTable), goal).to.equal(true);
      const rest = recs.slice(row.length);
      expect(rest.length, goal).to.be.greaterThan(0);
      expect(rest.every((r) => !r.fromTable && !row.includes(r.form.id)), goal).to.equal(true);
    }
  });

  it('handles goals in the order given: each goal\'s table row, then its other forms, then the next goal', () => {
    for (const goals of goalCombos()) {
      const recs = recommendLearningForms({ goals });
      let from = 0;
      for (const goal of goals) {
        const row = learningFormTable[goal];
        const start = ids(recs).indexOf(row[0]!);
        expect(start, `${goals} ${goal}`).to.be.at.least(from);
        expect(ids(recs).slice(start, start + row.length), `${goals} ${goal}`).to.deep.equal(row);
        from = start + row.length;
      }
    }
  });

  it('flags fromTable exactly for the forms in the rows of the requested goals', () => {
    for (const goals of goalCombos()) {
      const rows = new Set(goals.flatMap((g) => learningFormTable[g]));
      for (const r of recommendLearningForms({ goals })) expect(r.fromTable, `${goals} ${r.form.id}`).to.equal(rows.has(r.form.id));
    }
  });

  it('never lowers a form\'s fit when one more goal is asked for (a form shows under the goal it fits best)', () => {
    for (const experience of [[], ...experiences.map((e) => [e])] as Experience[][]) {
      for (const goals of goalCombos()) {
        const before = recommendLearningForms({ goals, experience });
        for (const extra of goalsAll.filter((g) => !goals.includes(g))) {
          // Before or after the others: the element asks in the table's order, whatever was ticked first.
          for (const more of [[...goals, extra], [extra, ...goals]]) {
            const after = recommendLearningForms({ goals: more, experience });
            for (const r of before) {
              const now = find(after, r.form.id)!;
              expect(rank[now.fit], `${more} ${experience} ${r.form.id}`).to.be.at.least(rank[r.fit]);
            }
          }
        }
      }
    }
  });

  it('gives a related form the reason of the goal it fits best, in words that match its fit', () => {
    // Supervision is good for role goals and possible for methods: asked for both, it stays good.
    const rec = find(recommendLearningForms({ goals: ['metoder', 'rolle'] }), 'supervision')!;
    expect(rec.fit).to.equal('god');
    expect(rec.reason).to.equal('Velegnet til rolleforståelse.');
    const en = find(recommendLearningForms({ goals: ['metoder', 'rolle'], lang: 'en' }), 'supervision')!;
    expect(en.reason).to.equal('Well suited to role understanding.');
    // Possible: it needs adapting to the goal (the fit says it can be used; the reason says how).
    expect(find(recommendLearningForms({ goals: ['metoder'] }), 'supervision')!.reason).to.equal('Skal tilpasses til metoder og teknikker.');
  });

  it('gives a related form that fits two goals equally the reason of the first goal asked for', () => {
    // The workplace visit is possible for both knowledge and role goals: a tie.
    for (const [goals, reason] of [
      [['viden', 'rolle'], 'Skal tilpasses til faglig viden.'],
      [['rolle', 'viden'], 'Skal tilpasses til rolleforståelse.'],
    ] as const) {
      expect(fitOf(goals[0], 'arbejdspladsbesoeg')).to.equal(fitOf(goals[1], 'arbejdspladsbesoeg'));
      const recs = recommendLearningForms({ goals: [...goals] });
      expect(find(recs, 'arbejdspladsbesoeg')!.reason, String(goals)).to.equal(reason);
      // Listed among the first goal's forms, before the second goal's table row.
      expect(ids(recs).indexOf('arbejdspladsbesoeg'), String(goals)).to.be.below(ids(recs).indexOf(learningFormTable[goals[1]][0]!));
    }
  });

  it('never lists a form twice, even with repeated goals', () => {
    for (const goals of [...goalCombos(), ['viden', 'viden'] as GoalLevel[], [...goalsAll, ...goalsAll]]) {
      const list = ids(recommendLearningForms({ goals, experience: ['begyndere'] }));
      expect(new Set(list).size, String(goals)).to.equal(list.length);
    }
  });

  it('recommends, for each goal alone, these forms in this order, from the table or not, with this fit', () => {
    // Written out, so a form dropped from a goal's list or moved between "good" and "possible" shows.
    // T: the publication's table row for the goal; -: another form that can serve it.
    const expected: Record<GoalLevel, string[]> = {
      metoder: [
        'traeningsworkshop T god', 'udviklende-workshop T god', 'sidemandsoplaering T god', 'digitaliseret-laering T god',
        'vaerktoejskursus T god', 'foelordning - mulig', 'aktionslaering - mulig', 'rolle-som-ressourceperson - mulig',
        'teamsamarbejde - mulig', 'supervision - mulig', 'nye-opgaver - mulig',
      ],
      viden: [
        'flerdageskursus T god', 'temadag T god', 'seminar T god', 'coaching - god', 'digitaliseret-laering - mulig',
        'traeningsworkshop - mulig', 'sidemandsoplaering - mulig', 'aktionslaering - mulig', 'rolle-som-ressourceperson - mulig',
        'supervision - mulig', 'teamsamarbejde - mulig', 'efter-videreuddannelse - mulig', 'videndeling - mulig', 'arbejdspladsbesoeg - mulig',
        'udlaan - mulig', 'udstationering - mulig', 'europaeisk-udveksling - mulig', 'klinisk-introduktion - mulig',
      ],
      rolle: [
        'mentorforloeb T god', 'coaching T god', 'aktionslaering T god', 'rolle-som-ressourceperson T god', 'supervision - god',
        'udviklende-workshop - mulig', 'erfaringsudveksling - mulig', 'udstationering - mulig', 'udlaan - mulig',
        'arbejdspladsbesoeg - mulig', 'udviklingssamtale - mulig', 'europaeisk-udveksling - mulig',
      ],
      komplekse: [
        'laerende-netvaerk T god', 'selvkoerende-projektarbejde T god', 'laengerevarende-uddannelse T god', 'projektarbejde - god',
        'efter-videreuddannelse - god', 'netvaerksgruppe - mulig', 'udlaan - mulig', 'udstationering - mulig', 'jobrotation - mulig',
        'tvaerfagligt-arbejde - mulig', 'europaeisk-udveksling - mulig', 'klinisk-introduktion - mulig',
      ],
    };
    for (const goal of goalsAll) {
      const got = recommendLearningForms({ goals: [goal] }).map((r) => `${r.form.id} ${r.fromTable ? 'T' : '-'} ${r.fit}`);
      expect(got, goal).to.deep.equal(expected[goal]);
    }
  });

  it('returns nothing for no goals and ignores unknown ones', () => {
    expect(recommendLearningForms({ goals: [] })).to.deep.equal([]);
    const withJunk = recommendLearningForms({ goals: ['toString', 'viden'] as unknown as GoalLevel[] });
    expect(ids(withJunk)).to.deep.equal(ids(recommendLearningForms({ goals: ['viden'] })));
  });

  it('also suggests forms of other families, mobility and the municipal tools included', () => {
    const recs = recommendLearningForms({ goals: goalsAll });
    const families = new Set(recs.filter((r) => !r.fromTable).map((r) => r.form.family));
    expect([...families]).to.include.members(['mobilitet', 'vaerktoej']);
    for (const goal of goalsAll) {
      const others = recommendLearningForms({ goals: [goal] }).filter((r) => !r.fromTable);
      expect(others.some((r) => r.form.family !== goal), goal).to.equal(true);
    }
  });

  it('gives every recommendation a fit and a reason', () => {
    for (const r of recommendLearningForms({ goals: goalsAll, experience: ['lidt-erfarne'] })) {
      expect(['god', 'mulig', 'fraraades']).to.include(r.fit);
      expect(r.reason.trim(), r.form.id).to.not.equal('');
    }
  });

  it('rates table forms good when nothing speaks against them', () => {
    for (const goal of goalsAll) {
      for (const r of recommendLearningForms({ goals: [goal] }).filter((x) => x.fromTable)) {
        expect(r.fit, r.form.id).to.equal('god');
      }
    }
  });
});

describe('recommendLearningForms: experience', () => {
  it('advises against the developing workshop when every group is beginners', () => {
    expect(fitOf('metoder', 'udviklende-workshop', ['begyndere'])).to.equal('fraraades');
    expect(fitOf('metoder', 'udviklende-workshop', ['begyndere', 'meget-erfarne'])).to.not.equal('fraraades');
  });

  it('rates the developing workshop best for very experienced staff', () => {
    expect(fitOf('metoder', 'udviklende-workshop', ['meget-erfarne'])).to.equal('god');
    const some = fitOf('metoder', 'udviklende-workshop', ['lidt-erfarne'])!;
    expect(rank[some]).to.be.below(rank.god);
  });

  it('side-by-side training is good for methods, and its reason names the two-per-colleague limit (from maxPerExperienced)', () => {
    const da = find(recommendLearningForms({ goals: ['metoder'] }), 'sidemandsoplaering')!;
    expect(da.fit).to.equal('god');
    expect(da.reason).to.match(/[Hh]øjst 2 pr\. erfaren kollega/);
    const en = find(recommendLearningForms({ goals: ['metoder'], lang: 'en' }), 'sidemandsoplaering')!;
    expect(en.reason).to.match(/[Aa]t most 2 per experienced colleague/);
  });

  it('side-by-side training passes on simple knowledge only: possible for knowledge goals, not good', () => {
    expect(fitOf('viden', 'sidemandsoplaering')).to.equal('mulig');
  });

  it('coaching is good for professional knowledge, especially the more complex kind, and its reason says so', () => {
    const da = find(recommendLearningForms({ goals: ['viden'] }), 'coaching')!;
    expect(da.fromTable).to.equal(false);
    expect(da.fit).to.equal('god');
    expect(da.reason).to.equal('Velegnet til faglig viden, især den mere komplekse.');
    const en = find(recommendLearningForms({ goals: ['viden'], lang: 'en' }), 'coaching')!;
    expect(en.reason).to.equal('Well suited to professional knowledge, especially the more complex kind.');
    // First of the other suggestions for knowledge; in the role row it stays a table form.
    expect(recommendLearningForms({ goals: ['viden'] }).find((r) => !r.fromTable)?.form.id).to.equal('coaching');
    const role = find(recommendLearningForms({ goals: ['viden', 'rolle'] }), 'coaching')!;
    expect(role.fromTable).to.equal(true);
    expect(role.reason).to.equal('Metodens tabel foreslår den til rolleforståelse.');
  });

  it('e-learning is good for beginners who need formal knowledge, not for the very experienced', () => {
    expect(fitOf('viden', 'digitaliseret-laering', ['begyndere'])).to.equal('god');
    expect(fitOf('viden', 'digitaliseret-laering')).to.not.equal('god');
    expect(fitOf('viden', 'digitaliseret-laering', ['meget-erfarne'])).to.not.equal('god');
  });

  it('advises against the European exchange for beginners (3 years\' hospital experience required)', () => {
    expect(fitOf('komplekse', 'europaeisk-udveksling', ['begyndere'])).to.equal('fraraades');
    expect(fitOf('komplekse', 'europaeisk-udveksling', ['lidt-erfarne'])).to.not.equal('fraraades');
    const r = find(recommendLearningForms({ goals: ['komplekse'], lang: 'en' }), 'europaeisk-udveksling')!;
    expect(r.reason).to.match(/3 years/);
  });

  it('the resource-person role suits very experienced staff', () => {
    expect(fitOf('rolle', 'rolle-som-ressourceperson', ['meget-erfarne'])).to.equal('god');
    expect(fitOf('rolle', 'rolle-som-ressourceperson', ['lidt-erfarne'])).to.not.equal('god');
    expect(fitOf('rolle', 'rolle-som-ressourceperson', ['begyndere'])).to.equal('fraraades');
  });

  it('the very experienced: being a resource person is good for methods and knowledge too, a developing workshop for role', () => {
    // The staircase's top step (003:320-345); the form teaches the one who passes practice on
    // (003:1006-1012), as the super-users of a new IT system (003:1716-1719) and the maternity ward's
    // key persons (003:1548-1550) did. A developing workshop can make a shared professional
    // foundation (003:911-918), as the children's house did for its new role (003:1380-1382).
    for (const [goal, id] of [['metoder', 'rolle-som-ressourceperson'], ['viden', 'rolle-som-ressourceperson'], ['rolle', 'udviklende-workshop']] as const) {
      const recs = (lang: 'da' | 'en', experience: Experience[]) => find(recommendLearningForms({ goals: [goal], experience, lang }), id)!;
      expect(recs('da', ['meget-erfarne']), goal).to.include({ fit: 'god', fromTable: false });
      expect(recs('da', ['begyndere', 'meget-erfarne']).fit, goal).to.equal('god');
      expect(recs('da', ['lidt-erfarne']).fit, goal).to.equal('fraraades');
      expect(recs('da', []).fit, goal).to.equal('mulig');
    }
    const rec = (lang: 'da' | 'en') => find(recommendLearningForms({ goals: ['metoder'], experience: ['meget-erfarne'], lang }), 'rolle-som-ressourceperson')!;
    expect(rec('da').reason).to.equal('Velegnet til metoder og teknikker. Passer til meget erfarne.');
    expect(rec('en').reason).to.equal('Well suited to methods and techniques. Suits the very experienced.');
  });

  it('lists a goal\'s other suggestions best fit first, as experience makes it (good, possible, advised against)', () => {
    // A manager reads the list from the top: a good fit listed below forms advised against is buried.
    const combos: Experience[][] = [[], ...experiences.map((e) => [e]), ['begyndere', 'meget-erfarne']];
    for (const goals of goalCombos()) {
      for (const experience of combos) {
        const recs = recommendLearningForms({ goals, experience });
        // Each goal's block: its table row, then its other suggestions, up to the next goal's row.
        recs.forEach((r, i) => {
          const next = recs[i + 1];
          if (!r.fromTable && next && !next.fromTable) {
            expect(rank[r.fit], `${goals} ${experience}: ${r.form.id} before ${next.form.id}`).to.be.at.least(rank[next.fit]);
          }
        });
      }
    }
    // Very experienced staff and a knowledge goal: the resource person is second, after coaching.
    const knowledge = recommendLearningForms({ goals: ['viden'], experience: ['meget-erfarne'] }).filter((r) => !r.fromTable);
    expect(ids(knowledge).slice(0, 2)).to.deep.equal(['coaching', 'rolle-som-ressourceperson']);
    expect(knowledge.slice(-2).map((r) => `${r.form.id} ${r.fit}`)).to.deep.equal(['digitaliseret-laering fraraades', 'sidemandsoplaering fraraades']);
  });

  it('never advises against a form for a level the catalog says it suits', () => {
    for (const goal of goalsAll) {
      for (const e of experiences) {
        for (const r of recommendLearningForms({ goals: [goal], experience: [e] })) {
          if (r.fit === 'fraraades') expect(r.form.experience, `${r.form.id} ${e}`).to.not.include(e);
        }
      }
    }
  });

  it('fit and reason agree for forms meant for the less experienced (side-by-side training, shadowing)', () => {
    const recs = recommendLearningForms({ goals: ['metoder'], experience: ['meget-erfarne'] });
    const sbs = find(recs, 'sidemandsoplaering')!;
    expect(sbs.fit).to.equal('mulig');
    expect(sbs.reason).to.contain('Passer til begyndere og lidt erfarne, ikke til meget erfarne.');
    const shadowing = find(recs, 'foelordning')!;
    expect(shadowing.fit).to.equal('fraraades');
    expect(shadowing.reason).to.contain('ikke til meget erfarne');
    const en = find(recommendLearningForms({ goals: ['metoder'], experience: ['meget-erfarne'], lang: 'en' }), 'sidemandsoplaering')!;
    expect(en.reason).to.contain('Suits beginners and the somewhat experienced, not the very experienced.');
    // Groups a form does not suit are named as alternatives ("or"), those it suits as a set ("and").
    const workshop = (lang: 'da' | 'en') => find(recommendLearningForms({ goals: ['metoder'], experience: ['begyndere', 'lidt-erfarne'], lang }), 'udviklende-workshop')!;
    expect(workshop('da').reason).to.contain('Passer til meget erfarne, ikke til begyndere eller lidt erfarne.');
    expect(workshop('en').reason).to.contain('Suits the very experienced, not beginners or the somewhat experienced.');
    // For the groups they suit, they keep the goal's fit.
    expect(fitOf('metoder', 'sidemandsoplaering', ['begyndere'])).to.equal('god');
    expect(fitOf('metoder', 'sidemandsoplaering', ['begyndere', 'meget-erfarne'])).to.equal('god');
  });

  it('follows the catalog\'s experience: every group a form does not suit lowers its fit, and the reason says so', () => {
    const combos: Experience[][] = [[], ...experiences.map((e) => [e]), ['begyndere', 'lidt-erfarne'], ['lidt-erfarne', 'meget-erfarne'],
      ['begyndere', 'meget-erfarne'], [...experiences]];
    for (const goal of goalsAll) {
      const base = new Map(recommendLearningForms({ goals: [goal] }).map((r) => [r.form.id, r.fit]));
      for (const experience of combos) {
        for (const r of recommendLearningForms({ goals: [goal], experience })) {
          const label = `${goal} ${experience} ${r.form.id}`;
          const suitsOne = experience.length === 0 || experience.some((e) => r.form.experience.includes(e));
          if (suitsOne) {
            expect(rank[r.fit], label).to.be.at.least(rank[base.get(r.form.id)!]);
            expect(r.reason, label).to.not.match(/ikke til/);
          } else {
            expect(rank[r.fit], label).to.be.below(rank[base.get(r.form.id)!]);
            expect(r.reason, label).to.match(/, ikke til /);
          }
          // A good fit only where the form suits one of the asked groups.
          if (r.fit === 'god' && experience.length > 0) expect(suitsOne, label).to.equal(true);
        }
      }
    }
  });

  it('e-learning, good for beginners in knowledge goals, is well suited there, not "to be adapted"', () => {
    const r = find(recommendLearningForms({ goals: ['viden'], experience: ['begyndere'] }), 'digitaliseret-laering')!;
    expect(r.fit).to.equal('god');
    expect(r.reason).to.equal('Velegnet til faglig viden. Passer til begyndere og lidt erfarne.');
  });

  it('without experience, advises against nothing', () => {
    expect(recommendLearningForms({ goals: goalsAll }).filter((r) => r.fit === 'fraraades')).to.deep.equal([]);
  });

  it('ignores an experience level it does not know (from a newer or hand-edited plan), as if none were given', () => {
    for (const goal of goalsAll) {
      const unknown = recommendLearningForms({ goals: [goal], experience: ['ukendt' as Experience] });
      expect(unknown, goal).to.deep.equal(recommendLearningForms({ goals: [goal] }));
      const mixed = recommendLearningForms({ goals: [goal], experience: ['ukendt' as Experience, 'begyndere'] });
      expect(mixed, goal).to.deep.equal(recommendLearningForms({ goals: [goal], experience: ['begyndere'] }));
    }
  });
});

describe('recommendLearningForms: a whole training ground', () => {
  it('for a knowledge goal, offers forms at the workplace for trying out and feedback, whatever the staff\'s experience', () => {
    // The table's knowledge forms build knowledge only (the big pitfall); the worked examples add
    // practice with support, sparring and a resource person (003:1545-1550, 1613-1625). A loan or a
    // secondment elsewhere is no answer to how staff practise the task at home.
    for (const experience of [[], ...experiences.map((e) => [e])] as Experience[][]) {
      const usable = recommendLearningForms({ goals: ['viden'], experience })
        .filter((r) => r.fit !== 'fraraades' && r.form.family !== 'mobilitet');
      for (const tempo of ['afproevning', 'feedback'] as const) {
        const covering = usable.filter((r) => r.form.tempi.includes(tempo)).map((r) => r.form.id);
        expect(covering.length, `${experience} ${tempo}: ${covering}`).to.be.at.least(3);
      }
    }
    const recs = recommendLearningForms({ goals: ['viden'] });
    for (const id of ['traeningsworkshop', 'aktionslaering', 'supervision', 'teamsamarbejde'] as const) {
      expect(find(recs, id), id).to.include({ fit: 'mulig', fromTable: false, reason: 'Skal tilpasses til faglig viden.' });
    }
    // Listed before the mobility forms.
    expect(ids(recs).indexOf('teamsamarbejde')).to.be.below(ids(recs).indexOf('udlaan'));
  });
});

describe('recommendLearningForms: audience', () => {
  it('offers a network group for complex needs as possible only (a learning network needs a facilitator), and a loan or a secondment for knowledge', () => {
    expect(find(recommendLearningForms({ goals: ['komplekse'] }), 'netvaerksgruppe')!.fit).to.equal('mulig');
    const knowledge = recommendLearningForms({ goals: ['viden'] });
    expect(['udlaan', 'udstationering'].map((id) => find(knowledge, id as never)?.fit)).to.deep.equal(['mulig', 'mulig']);
  });

  it('leads the reason with the staff a form is offered to, and lists such forms last', () => {
    for (const goal of ['viden', 'komplekse'] as const) {
      const recs = recommendLearningForms({ goals: [goal] });
      const course = find(recs, 'klinisk-introduktion')!;
      // The recommender cannot tell the groups' jobs: the fit stays the goal's, the reason narrows it.
      expect(course.fit, goal).to.equal('mulig');
      expect(course.reason, goal).to.match(/^Kun til akademikere og administrativt personale i sundhedsadministrationen, fx økonomi, HR og it\. Skal tilpasses til /);
      const narrowed = recs.filter((r) => r.form.audience).map((r) => r.form.id);
      expect(ids(recs).slice(-narrowed.length), goal).to.deep.equal(narrowed);
    }
    // The European exchange (HOPE) is for health staff in management or organisation.
    const role = recommendLearningForms({ goals: ['rolle'] });
    expect(find(role, 'europaeisk-udveksling')!.reason).to.match(/^Kun til sundhedspersonale i ledelse eller organisering\. /);
    expect(ids(role).at(-1)).to.equal('europaeisk-udveksling');
    const en = find(recommendLearningForms({ goals: ['viden'], lang: 'en' }), 'klinisk-introduktion')!;
    expect(en.reason).to.match(/^Only for academics and administrative staff in health administration, e\.g\. finance, HR and IT\. Needs adapting to /);
  });
});

describe('recommendLearningForms: language', () => {
  it('writes Danish by default and English on request, for the same forms in the same order', () => {
    const da = recommendLearningForms({ goals: goalsAll });
    const daExplicit = recommendLearningForms({ goals: goalsAll, lang: 'da' });
    const en = recommendLearningForms({ goals: goalsAll, lang: 'en' });
    expect(daExplicit).to.deep.equal(da);
    expect(ids(en)).to.deep.equal(ids(da));
    expect(en.map((r) => r.fit)).to.deep.equal(da.map((r) => r.fit));
    en.forEach((r, i) => expect(r.reason, r.form.id).to.not.equal(da[i]!.reason));
    expect(en[0]!.reason).to.equal("The method's table lists it for methods and techniques.");
    expect(da[0]!.reason).to.equal('Metodens tabel foreslår den til metoder og teknikker.');
  });
});
