import { expect } from '@open-wc/testing';
import {
  anchoringKinds, anledninger, experiences, feedbackKinds, fieldIds, goalLevels, goalSubtypes,
  learningFormFamilies, learningFormIds, learningFormIdsByFamily, licences, mobilityForms, responsibilities,
  tempi, transitionTypes, weekdays, type Text,
} from '../../src/model/ids.js';
import * as catalog from '../../src/model/catalog/index.js';
import { nameInSentence } from '../../src/model/catalog/text.js';
import { advise, coveredTempi } from '../../src/model/advice.js';
import { tempoNames } from '../../src/model/advice/tempo-rules.js';
import { completeness } from '../../src/model/completeness.js';
import { createPlan } from '../../src/model/parse.js';
import {
  anchoringKindInfo, anledningInfo, currentLevels, feedbackKindInfo, fieldById, fields, futureResponsibilities,
  goalLevelInfo, isLearningFormId, learningFormById, learningFormFamilyNames, learningForms, learningFormTable,
  licenceForResponsibility, licenceInfo, mobilityGuidance, resourceDemandNames, responsibilityForLicence, skippedSteps, stepIndex, t,
  taskRequirementLabels, taskRequirements, tempoInfo, transitionTypeInfo, weekdayNames,
} from '../../src/model/catalog/index.js';

const isText = (x: unknown): x is Text =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).sort().join() === 'da,en';

/** Every Text reachable from a value, with its path. */
function texts(value: unknown, path = ''): [string, Text][] {
  if (isText(value)) return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe('catalog texts', () => {
  it('are non-empty in both languages everywhere', () => {
    const all = texts(catalog);
    expect(all.length).to.be.greaterThan(300);
    for (const [path, text] of all) {
      expect(text.da.trim(), `${path}.da`).to.not.equal('');
      expect(text.en.trim(), `${path}.en`).to.not.equal('');
    }
  });

  it('stay compact: one or two short sentences each', () => {
    for (const [path, text] of texts(catalog)) {
      expect(text.da.length, path).to.be.below(220);
      expect(text.en.length, path).to.be.below(220);
    }
  });

  it('write Danish as the elements do: «…» quotes, an en dash in ranges, «idé» with its accent', () => {
    for (const [path, { da }] of texts(catalog)) {
      expect(da, path).not.to.match(/[“”"]/);
      expect(da, path).not.to.match(/\d-\d/);
      expect(da, path).not.to.match(/\bide(en|er|erne)?\b/i);
    }
  });

  it('t() picks the language, Danish by default', () => {
    const x = { da: 'hej', en: 'hello' };
    expect(t(x)).to.equal('hej');
    expect(t(x, 'en')).to.equal('hello');
  });
});

describe('learning forms', () => {
  it('have one entry per id, in the order and family of ids.ts', () => {
    expect(learningForms.map((f) => f.id)).to.deep.equal(learningFormIds);
    for (const family of learningFormFamilies) {
      expect(learningForms.filter((f) => f.family === family).map((f) => f.id)).to.deep.equal([...learningFormIdsByFamily[family]]);
    }
  });

  it('have distinct names in each language', () => {
    for (const lang of ['da', 'en'] as const) {
      const names = learningForms.map((f) => f.name[lang]);
      expect(new Set(names).size, lang).to.equal(names.length);
    }
  });

  it('are found by id, and only real ids are ids', () => {
    for (const id of learningFormIds) expect(learningFormById(id).id).to.equal(id);
    expect(learningFormById('kaffepause')).to.equal(undefined);
    expect(isLearningFormId('temadag')).to.equal(true);
    expect(isLearningFormId('toString')).to.equal(false);
    expect(isLearningFormId(42)).to.equal(false);
  });

  it('state valid experience levels, resources and at least one tempo', () => {
    for (const f of learningForms) {
      expect(f.experience.length, f.id).to.be.greaterThan(0);
      for (const e of f.experience) expect(experiences, f.id).to.include(e);
      expect(['lav', 'middel', 'hoej'], f.id).to.include(f.resources);
      expect(f.tempi.length, f.id).to.be.greaterThan(0);
      for (const x of f.tempi) expect(tempi, f.id).to.include(x);
      expect(new Set(f.tempi).size, f.id).to.equal(f.tempi.length);
    }
  });

  it('has family names for every family', () => {
    expect(Object.keys(learningFormFamilyNames)).to.have.members(learningFormFamilies);
    // The tool list is Randers Kommune's, not the municipality of whoever uses the elements.
    expect(learningFormFamilyNames.vaerktoej).to.deep.equal({ da: 'Randers Kommunes værktøjsliste', en: 'Randers Municipality\'s tool list' });
  });

  it('name resource demands as amounts, low to high', () => {
    expect(Object.values(resourceDemandNames).map((n) => n.da)).to.deep.equal(['få', 'en del', 'mange']);
  });
});

describe("the publication's table", () => {
  it('lists the forms per goal in the publication\'s order', () => {
    // 003, "valg af læringsform": the table "mål for udvikling / eksempler på læringsformer".
    expect(learningFormTable).to.deep.equal({
      metoder: ['traeningsworkshop', 'udviklende-workshop', 'sidemandsoplaering', 'digitaliseret-laering', 'vaerktoejskursus'],
      viden: ['flerdageskursus', 'temadag', 'seminar'],
      rolle: ['mentorforloeb', 'coaching', 'aktionslaering', 'rolle-som-ressourceperson'],
      komplekse: ['laerende-netvaerk', 'selvkoerende-projektarbejde', 'laengerevarende-uddannelse'],
    });
  });

  it('puts each form in the row of its own family', () => {
    for (const [row, ids] of Object.entries(learningFormTable)) {
      for (const id of ids) expect(learningFormById(id).family).to.equal(row);
    }
  });
});

describe('tempi', () => {
  const of = (family: keyof typeof learningFormIdsByFamily) => learningForms.filter((f) => f.family === family);

  it('methods forms give trying out and feedback, except e-learning, the tool course and the developing workshop', () => {
    const fewer = ['digitaliseret-laering', 'vaerktoejskursus', 'udviklende-workshop'];
    for (const f of of('metoder')) {
      if (fewer.includes(f.id)) continue;
      expect(f.tempi, f.id).to.have.members([...tempi]);
    }
    expect(learningFormById('digitaliseret-laering').tempi).to.deep.equal(['vidensopbygning']);
  });

  it('a tool course only builds knowledge: trying out needs the practice at work between its days, which its note says', () => {
    const course = learningFormById('vaerktoejskursus');
    expect(course.tempi).to.deep.equal(['vidensopbygning']);
    expect(course.notes?.da).to.match(/[Aa]fprøvning/).and.match(/træning på arbejdet/);
    expect(course.notes?.en).to.match(/[Tt]rying out/).and.match(/practice at work/);
  });

  it('chosen alone, a tool course leaves the big pitfall in view (trying out and feedback missing)', () => {
    const empty = { vidensopbygning: '', afproevning: '', feedback: '', feedbackformer: [], spilleregler: '', daekning: '' };
    expect(coveredTempi({ ...empty, laeringsformer: ['vaerktoejskursus'] })).to.deep.equal(['vidensopbygning']);
    const plan = createPlan({ traeningsbane: { ...empty, laeringsformer: ['vaerktoejskursus'] } });
    expect(advise(plan).map((a) => a.id)).to.include('traeningsbane-kun-viden');
    expect(completeness(plan).criteria.traeningsbane).to.equal(false);
  });

  it('the developing workshop builds knowledge with reflection, but does not try the product out in the task', () => {
    expect(learningFormById('udviklende-workshop').tempi).to.deep.equal(['vidensopbygning', 'feedback']);
  });

  it('side-by-side training has immediate feedback and trying out', () => {
    expect(learningFormById('sidemandsoplaering').tempi).to.include.members(['afproevning', 'feedback']);
  });

  it('knowledge forms build knowledge and need trying out added', () => {
    for (const f of of('viden')) {
      expect(f.tempi, f.id).to.include('vidensopbygning');
      expect(f.tempi, f.id).to.not.include('afproevning');
    }
    expect(learningFormById('temadag').tempi).to.deep.equal(['vidensopbygning']);
  });

  it('role forms reflect (feedback)', () => {
    for (const f of of('rolle')) expect(f.tempi, f.id).to.include('feedback');
  });

  it('the resource-person role tries the role out by passing practice on, and reflects on it', () => {
    expect(learningFormById('rolle-som-ressourceperson').tempi).to.deep.equal(['afproevning', 'feedback']);
  });

  it('complex-needs forms each cover only what they hold themselves; none covers all three', () => {
    expect(learningFormById('laerende-netvaerk').tempi).to.deep.equal(['vidensopbygning', 'feedback']);
    expect(learningFormById('selvkoerende-projektarbejde').tempi).to.deep.equal(['vidensopbygning', 'afproevning']);
    expect(learningFormById('laengerevarende-uddannelse').tempi).to.deep.equal(['vidensopbygning']);
    expect(learningFormById('efter-videreuddannelse').tempi).to.deep.equal(['vidensopbygning']);
    for (const f of of('komplekse')) expect(f.tempi, f.id).to.not.have.members([...tempi]);
  });

  it('a complex-needs form covers what its twin on the municipal list covers', () => {
    const twins = [
      ['laerende-netvaerk', 'erfaringsudveksling'], ['laerende-netvaerk', 'netvaerksgruppe'],
      ['selvkoerende-projektarbejde', 'projektarbejde'], ['laengerevarende-uddannelse', 'efter-videreuddannelse'],
    ] as const;
    for (const [form, twin] of twins) expect(learningFormById(form).tempi, form).to.deep.equal(learningFormById(twin).tempi);
  });

  it('mobility forms give insight; none has feedback built in', () => {
    for (const f of of('mobilitet')) {
      expect(f.tempi, f.id).to.include('vidensopbygning');
      expect(f.tempi, f.id).to.not.include('feedback');
    }
    // A loan and a secondment do real tasks at the other workplace: trying out. The clinical
    // introduction and the European exchange observe another practice.
    for (const id of ['udlaan', 'udstationering'] as const) expect(learningFormById(id).tempi, id).to.deep.equal(['vidensopbygning', 'afproevning']);
    for (const id of ['klinisk-introduktion', 'europaeisk-udveksling'] as const) expect(learningFormById(id).tempi, id).to.deep.equal(['vidensopbygning']);
  });

  it('each tool of the municipal list covers the tempi set for it (the list names the tools only)', () => {
    // V knowledge building, A trying out, F feedback. A tempo added or dropped changes the advice on
    // every training ground that chooses the tool, so it is changed here too, on purpose.
    const letter = { vidensopbygning: 'V', afproevning: 'A', feedback: 'F' } as const;
    expect(Object.fromEntries(of('vaerktoej').map((f) => [f.id, f.tempi.map((t) => letter[t]).join('')]))).to.deep.equal({
      jobrotation: 'VA', foelordning: 'V', 'efter-videreuddannelse': 'V', udviklingssamtale: 'F', videndeling: 'V',
      supervision: 'F', erfaringsudveksling: 'VF', 'nye-opgaver': 'A', projektarbejde: 'VA', 'tvaerfagligt-arbejde': 'VA',
      teamsamarbejde: 'AF', netvaerksgruppe: 'VF', arbejdspladsbesoeg: 'V',
    });
  });

  it('supervision is feedback', () => {
    expect(learningFormById('supervision').tempi).to.deep.equal(['feedback']);
  });
});

describe('facts on single forms', () => {
  it('the European exchange needs 3 years in hospitals and the host language', () => {
    const f = learningFormById('europaeisk-udveksling');
    expect(f.minYearsExperience).to.equal(3);
    expect(f.experience).to.not.include('begyndere');
    expect(f.notes?.da).to.match(/tre år/).and.match(/sprog/);
    expect(f.notes?.en).to.match(/three years/).and.match(/language/);
  });

  it('side-by-side training takes at most two per experienced colleague and is resource-heavy', () => {
    const f = learningFormById('sidemandsoplaering');
    expect(f.maxPerExperienced).to.equal(2);
    expect(f.resources).to.equal('hoej');
  });

  it('the municipal list names theme days and side-by-side training too (as data, not prose)', () => {
    for (const id of ['temadag', 'sidemandsoplaering'] as const) {
      expect(learningFormById(id).alsoIn, id).to.deep.equal(['vaerktoej']);
    }
  });

  it('the developing workshop and the resource-person role are for very experienced staff', () => {
    expect(learningFormById('udviklende-workshop').experience).to.deep.equal(['meget-erfarne']);
    expect(learningFormById('rolle-som-ressourceperson').experience).to.deep.equal(['meget-erfarne']);
  });

  it('need a facilitator exactly where the source says so: the two workshop kinds and the learning network', () => {
    const needed = ['traeningsworkshop', 'udviklende-workshop', 'laerende-netvaerk'];
    for (const f of learningForms) expect(f.facilitator, f.id).to.equal(needed.includes(f.id));
  });

  it('a seminar leaves training and feedback to the staff afterwards, and its note says so', () => {
    const { notes } = learningFormById('seminar');
    // «skal», not «må», which could also read as "may".
    expect(notes?.da).to.match(/[Tt]ræning og feedback skal medarbejderne selv/).and.match(/bagefter/);
    expect(notes?.en).to.match(/training and feedback/).and.match(/afterwards/);
  });

  it('e-learning carries the publication\'s term (in English the usual name)', () => {
    expect(learningFormById('digitaliseret-laering').name).to.deep.equal({
      da: 'Digitaliseret læring (e-læring)', en: 'Digital learning (e-learning)',
    });
  });

  it('mobility forms carry the durations of the cases', () => {
    expect(learningFormById('klinisk-introduktion').duration?.da).to.match(/8 dage/);
    expect(learningFormById('europaeisk-udveksling').duration?.en).to.match(/4 weeks/);
    expect(learningFormById('udlaan').duration?.en).to.match(/under a year/);
  });
});

describe('staircase', () => {
  it('has the three levels and steps in order', () => {
    expect(currentLevels.map((l) => l.id)).to.deep.equal([...experiences]);
    expect(futureResponsibilities.map((r) => r.id)).to.deep.equal([...responsibilities]);
    for (const r of futureResponsibilities) expect(r.relevantWhen.length, r.id).to.be.greaterThan(0);
    expect(licenceInfo.map((l) => l.id)).to.deep.equal([...licences]);
  });

  it('maps licences and responsibilities both ways', () => {
    expect(licenceForResponsibility('med-stoette')).to.equal('C');
    expect(licenceForResponsibility('ressourceperson')).to.equal('A');
    for (const r of responsibilities) expect(responsibilityForLicence(licenceForResponsibility(r))).to.equal(r);
    for (const l of licenceInfo) expect(licenceForResponsibility(l.responsibility)).to.equal(l.id);
  });

  it('detects skipped steps', () => {
    expect(skippedSteps('begyndere', 'med-stoette')).to.equal(0);
    expect(skippedSteps('lidt-erfarne', 'selvstaendigt')).to.equal(0);
    expect(skippedSteps('meget-erfarne', 'ressourceperson')).to.equal(0);
    expect(skippedSteps('begyndere', 'selvstaendigt')).to.equal(1);
    expect(skippedSteps('lidt-erfarne', 'ressourceperson')).to.equal(1);
    expect(skippedSteps('begyndere', 'ressourceperson')).to.equal(2);
    expect(skippedSteps('meget-erfarne', 'med-stoette')).to.equal(0);
    expect(stepIndex('C')).to.be.below(stepIndex('B')).and.below(stepIndex('A'));
  });

  it('says what each licence means before the nursing home\'s rule for whom, which is only an example', () => {
    const meaning = (id: 'A' | 'B' | 'C') => licenceInfo.find((l) => l.id === id)!.meaning;
    const b = meaning('B');
    expect(b.da).to.match(/^Løser opgaver af en vis kompleksitet på egen hånd\. Fx .*social- og sundhedsassistenter/);
    expect(b.en).to.match(/^Handle fairly complex tasks on their own\. E\.g\. .*social and health care assistants/);
    for (const id of licences) {
      const { da, en } = meaning(id);
      expect(da, id).to.match(/^[^.]+\. Fx /);
      expect(en, id).to.match(/^[^.]+\. E\.g\. /);
    }
    expect(meaning('C').da).to.match(/støtte.*Fx alle medarbejdere, også vikarer/);
    expect(meaning('A').en).to.match(/professional lead.*E\.g\. those who want extra responsibility/);
  });
});

describe('goals', () => {
  it('describe every level with the leader\'s role and the sub-types of ids.ts in order', () => {
    expect(Object.keys(goalLevelInfo)).to.have.members([...goalLevels]);
    for (const level of goalLevels) {
      const info = goalLevelInfo[level];
      expect(info.id).to.equal(level);
      expect(info.subtypes.map((s) => s.id)).to.deep.equal([...goalSubtypes[level]]);
    }
  });
});

describe('training, anchoring, task, fields, mobility', () => {
  it('cover every tempo and feedback kind; feedback kinds ask a question', () => {
    expect(Object.keys(tempoInfo)).to.have.members([...tempi]);
    for (const x of tempi) expect(tempoInfo[x].examples.length, x).to.be.greaterThan(0);
    // <laeringsform-vaelger> shows the advice's lower-case names, capitalised, as tempoInfo's names.
    for (const x of tempi) expect(tempoNames[x]).to.deep.equal({ da: tempoInfo[x].name.da.toLowerCase(), en: tempoInfo[x].name.en.toLowerCase() });
    expect(Object.keys(feedbackKindInfo)).to.have.members([...feedbackKinds]);
    for (const k of feedbackKinds) expect(feedbackKindInfo[k].question.da).to.match(/\?$/);
  });

  it('cover the four anchoring kinds with questions and examples, and both transitions', () => {
    expect(Object.keys(anchoringKindInfo)).to.have.members([...anchoringKinds]);
    for (const k of anchoringKinds) {
      expect(anchoringKindInfo[k].question.en, k).to.match(/\?$/);
      expect(anchoringKindInfo[k].examples.length, k).to.be.greaterThan(0);
    }
    expect(Object.keys(transitionTypeInfo)).to.have.members([...transitionTypes]);
  });

  it('cover every reason for change and the three task requirements', () => {
    expect(Object.keys(anledningInfo)).to.have.members([...anledninger]);
    expect(taskRequirements).to.deep.equal(['konkretSituation', 'kanHaandteresAnderledes', 'ansvarTydeligt']);
    expect(Object.keys(taskRequirementLabels)).to.have.members([...taskRequirements]);
  });

  it('number the five fields in order, each with dialogue questions', () => {
    expect(fields.map((f) => f.id)).to.deep.equal([...fieldIds]);
    expect(fields.map((f) => f.number)).to.deep.equal([1, 2, 3, 4, 5]);
    for (const f of fields) {
      expect(f.dialogueQuestions.length, f.id).to.be.at.least(3);
      for (const q of f.dialogueQuestions) expect(q.da, f.id).to.match(/\?$/);
      expect(fieldById(f.id)).to.equal(f);
    }
  });

  it('pick the mobility forms out of chosen learning forms, in the catalog\'s order', () => {
    expect(catalog.chosenMobilityForms(['europaeisk-udveksling', 'coaching', 'udlaan'])).to.deep.equal(['udlaan', 'europaeisk-udveksling']);
    expect(catalog.chosenMobilityForms(['coaching', 'jobrotation'])).to.deep.equal([]);
  });

  it('give guidance for every mobility form, consistent with the learning forms', () => {
    expect(Object.keys(mobilityGuidance)).to.have.members([...mobilityForms]);
    for (const id of mobilityForms) {
      const g = mobilityGuidance[id];
      expect(g.id).to.equal(id);
      expect(g.typicalDuration).to.deep.equal(learningFormById(id).duration);
      expect(g.requirements.length, id).to.be.greaterThan(0);
    }
    // A loan may start from the employee or from management, not only from the employee's wish.
    expect(mobilityGuidance.udlaan.targetGroup.da).to.match(/dem selv/).and.match(/ledelsen/);
    expect(mobilityGuidance.udlaan.targetGroup.en).to.match(/from them/).and.match(/management/);
    // The loan case: informal contact about learning and well-being is as important as the written
    // agreement (the source's contract, named by the element's own noun: its «Vilkår i aftalen»).
    expect(mobilityGuidance.udlaan.requirements.map((r) => r.da).join(' ')).to.match(/klar aftale om ansvarsområder, ferie og sygdom/).and.match(/uformel kontakt med medarbejder og leder om læring og trivsel/);
    const hope = mobilityGuidance['europaeisk-udveksling'];
    expect(hope.requirements.map((r) => r.en).join(' ')).to.match(/three years/).and.match(/language/);
    expect(hope.payment?.en).to.match(/employer/);
    // The case: the national coordinator matches the applicant with a host hospital.
    expect(hope.advice.map((a) => a.da)).to.include('Den nationale koordinator finder værtshospitalet.');
    expect(hope.advice.map((a) => a.en)).to.include('The national coordinator finds the host hospital.');
    expect(Object.keys(weekdayNames)).to.deep.equal([...weekdays]);
  });
});

describe('nameInSentence', () => {
  it('lower-cases a catalog name mid-sentence, but not an acronym or, in English, "European"', () => {
    expect(nameInSentence('Udlån')).to.equal('udlån');
    expect(nameInSentence('Europæisk udveksling (HOPE)')).to.equal('europæisk udveksling (HOPE)');
    expect(nameInSentence('European exchange (HOPE)', 'en')).to.equal('European exchange (HOPE)');
    expect(nameInSentence('Secondment', 'en')).to.equal('secondment');
    expect(nameInSentence('HOPE-udveksling')).to.equal('HOPE-udveksling');
  });
});
