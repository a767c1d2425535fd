// The task heuristics (taskTooAbstract, taskLooksComposite: the advice opgave-for-abstrakt and
// opgave-sammensat) measured on test/model/fixtures/task-corpus.ts, texts as managers write them,
// labelled by the method: the corpus the heuristics were tuned on, and apart the texts a second
// labeller wrote and labelled before running them (held out until the second round of changes saw
// them). Every text must get the advice its label asks for, except the known misses listed here with
// why they are left, and the texts two labellers read differently (`ambiguous`, not scored): a change
// that fixes a miss or makes a new one fails until this list says so (docs/advice.md, "The task
// heuristics", describes the rules and their limits).
import { expect } from '@open-wc/testing';
import { taskLooksComposite, taskTooAbstract } from '../../src/model/advice.js';
import { heldOutTasks, taskCorpus, type TaskCase } from './fixtures/task-corpus.js';

/** Why each kind of known miss is left (see docs/advice.md, "The task heuristics"). */
const why = {
  bedreTilConcrete: '"bedre til" before a concrete situation: the phrase is read as an aim whatever follows it',
  broadObject: 'a broad word as the object of a concrete action, with the situation said in words that are not markers ("to gange om året", "how to")',
  aimWording: 'a situation written as an aim ("Bedre …", "Styrke …" first): read as the aim; rewritten as the situation it is quiet',
  markerNotSituation: 'a marker that here places no situation ("hos beboere", "hver afdeling", "every day"): any marker word passes the text',
  nounArea: 'an area named by a noun phrase other than an adjective before one noun ("Nedtrapning af tvang", "Bevægelse i undervisningen"), by an adjective with no telling ending ("Tosprogede", "Traumebevidst", "Akut"), or in English: without a dictionary it cannot be told from one naming a situation ("Sprogvurdering af treårige")',
  approachWord: 'an approach named by a word that is no stem (tilgang, recovery): as stems they flag concrete tasks written with their manner ("med en rolig tilgang")',
  otherAimVerb: 'an aim whose verb is not read as one (forebygge): it also starts concrete tasks ("forebygge fald ved at …")',
  thatClause: 'an aim as a sentence with no broad word ("At alle børn oplever …", "Vi skal have flere i job")',
  verbGeneral: 'a general verb with an object ("dokumentere i nexus") looks like a task',
  listOfTasks: 'a list of tasks named in nouns, most of them not read as situations ("Visitation", "lejring", "Aflevering"): read as a list of areas',
  firstItemVerbLike: 'a noun list whose first item ends in -e ("Indlæggelsessamtale; …"): it could be an infinitive, and "Måle og notere …" is one task',
  longItems: 'a list with an item of three words or more ("dokumentation i nexus", "overgangsmøder med skolen", "styr på ESDH"): such items are as often one task\'s phrases ("Forflytning med lift og …")',
  sentences: 'tasks in sentences of their own with a subject ("… skal vi blive bedre til at …"): sentences are not read as parts',
  verbsWithObjects: 'two tasks joined after the first one\'s object, the second not a conversation, plan, report or record ("… og vedligeholde maskinerne", "… og følge op på …"), or English: as often one situation\'s steps ("veje … og notere vægten")',
  samtNouns: 'two tasks as nouns joined by "samt" ("Modtagelse af … samt opfølgning …"): "samt" alone also joins one task\'s parts',
  threeSteps: 'three steps of one situation named by no marker ("Vende patienten, tjekke huden og notere fund"): three parts that start like tasks are read as tasks',
  stepsAsList: 'one task with its steps or cases as a list: every list is read as tasks',
  phases: 'the phases of one task joined after a modal verb ("forberede og holde"): read as two tasks (the advice says "vist")',
  secondLineStep: 'a second line "Vi skal også …" that is a step of the first: read as a second task',
  aimThenTask: 'a task and then an aim with "bedre til" ("Forældresamtaler, og derudover skal vi blive bedre til …"): read as an aim',
} as const;

/** The texts where a heuristic disagrees with the label: by text, per advice, the reason. */
const knownMisses: Readonly<Record<string, { readonly abstrakt?: string; readonly sammensat?: string }>> = {
  // The corpus.
  'At beboerne får en god og meningsfuld hverdag': { abstrakt: why.thatClause },
  'At alle børn oplever at være en del af fællesskabet': { abstrakt: why.thatClause },
  'Vi skal have flere i job': { abstrakt: why.thatClause },
  'Vi skal være en attraktiv arbejdsplads': { abstrakt: why.thatClause },
  'Vores mål er, at borgerne oplever en sammenhængende indsats, hvor de bliver mødt med respekt, og at medarbejderne trives og udvikler sig fagligt.': { abstrakt: why.thatClause },
  'dokumentere i nexus': { abstrakt: why.verbGeneral },
  'Overgangen fra vuggestue til børnehave': { abstrakt: why.nounArea },
  'Tosprogede elever': { abstrakt: why.nounArea },
  'Bevægelse i undervisningen': { abstrakt: why.nounArea },
  'Ensartet sagsbehandling på tværs af teams': { abstrakt: why.nounArea },
  'Traumebevidst omsorg': { abstrakt: why.nounArea },
  'Nedtrapning af tvang': { abstrakt: why.nounArea },
  'Onboarding af nye medarbejdere': { abstrakt: why.nounArea },
  'God service i borgerservice': { abstrakt: why.nounArea },
  'IT-support til medarbejdere': { abstrakt: why.nounArea },
  'Implementering af nyt ESDH-system': { abstrakt: why.nounArea },
  'Effektivisering af arbejdsgange': { abstrakt: why.nounArea },
  'Person-centred care': { abstrakt: why.nounArea },
  'Staff well-being': { abstrakt: why.nounArea },
  'Dementia care': { abstrakt: why.nounArea },
  'An inclusive learning environment': { abstrakt: why.nounArea },
  'Akut modtagelse': { abstrakt: why.nounArea },
  'Vi skal arbejde recovery-orienteret med beboerne': { abstrakt: why.approachWord },
  'Low arousal-tilgang': { abstrakt: why.approachWord },
  'Neuroaffektiv tilgang': { abstrakt: why.approachWord },
  'Forebygge tryksår hos sengeliggende patienter': { abstrakt: why.otherAimVerb },
  'Styrke fagligheden i hver afdeling': { abstrakt: why.markerNotSituation },
  'Bedre trivsel for hver enkelt medarbejder': { abstrakt: why.markerNotSituation },
  'Sikre kvaliteten i hvert eneste besøg': { abstrakt: why.markerNotSituation },
  'Better quality every day': { abstrakt: why.markerNotSituation },
  'Øge væskeindtaget hos beboere med urinvejsinfektion': { abstrakt: why.markerNotSituation },
  'Observere børnenes trivsel med TOPI to gange om året': { abstrakt: why.broadObject },
  'Teach new colleagues how to use the ceiling hoist': { abstrakt: why.broadObject },
  'Blive bedre til at tage imod vikarer i vuggestuen': { abstrakt: why.bedreTilConcrete },
  'Vi skal være bedre til at tage imod nye kolleger på deres første vagter': { abstrakt: why.bedreTilConcrete },
  'Bedre forflytninger med den nye loftlift': { abstrakt: why.aimWording },
  'Styrke borgerens gangfunktion med daglige gåture i opgangen': { abstrakt: why.aimWording },
  'Jobcenter:\n– Visitation\n– Jobsamtaler\n– Virksomhedspraktik': { abstrakt: why.listOfTasks },
  'Forflytning / lejring': { abstrakt: why.listOfTasks },
  'Aflevering og afhentning': { abstrakt: why.listOfTasks, sammensat: why.listOfTasks },
  'Indlæggelsessamtale; medicinafstemning; udskrivelsesbrev': { sammensat: why.firstItemVerbLike },
  'Vi har fået flere borgere med komplekse behov i hjemmeplejen, og mange af vores hjælpere føler sig usikre. Derfor skal vi blive bedre til at arbejde med borgere med demens, samarbejde med sygeplejen og dokumentere i Nexus, så kvaliteten bliver højere.': { sammensat: why.sentences },
  'Vi skal visitere borgerne hurtigere og skrive bedre journaler': { sammensat: why.verbsWithObjects },
  'Udarbejde børnefaglige undersøgelser og følge op på handleplaner': { sammensat: why.verbsWithObjects },
  'Vi skal rydde op på materielgården og vedligeholde maskinerne': { sammensat: why.verbsWithObjects },
  'We must plan the rota and handle sick calls': { sammensat: why.verbsWithObjects },
  'Give insulin, dress wounds and write the daily notes': { sammensat: why.verbsWithObjects },
  'Vende patienten, tjekke huden og notere fund i journalen': { sammensat: why.threeSteps },
  'Forflytte beboere med loftlift:\n– fra seng til stol\n– fra stol til toilet': { sammensat: why.stepsAsList },
  'Give medicin om aftenen:\n- tjekke doseringsæsken mod medicinlisten\n- give medicinen\n- kvittere i FMK': { sammensat: why.stepsAsList },
  'Vi skal forberede og holde forældresamtaler': { sammensat: why.phases },
  'Vi skal planlægge og afholde netværksmøder for borgere med komplekse sager': { sammensat: why.phases },
  'Vi skal give medicin om aftenen\nVi skal også dobbelttjekke doseringen': { sammensat: why.secondLineStep },
  // The held-out texts.
  'Grøn omstilling i forvaltningen': { abstrakt: why.nounArea },
  'Selvbestemmelse for borgere med udviklingshæmning': { abstrakt: why.nounArea },
  'medicinadministration, sårpleje og dokumentation i nexus': { sammensat: why.longItems },
  'vi skal lave sprogvurdering, forældresamtaler og overgangsmøder med skolen': { sammensat: why.longItems },
  'vi skal have styr på ESDH, GDPR og journalisering': { abstrakt: why.longItems, sammensat: why.longItems },
  'Forældresamtaler, og derudover skal vi blive bedre til at bruge Aula': { abstrakt: why.aimThenTask },
  'Modtagelse af nye borgere samt opfølgning efter 14 dage': { sammensat: why.samtNouns },
};

const heuristics = { abstrakt: taskTooAbstract, sammensat: taskLooksComposite } as const;
type AdviceKey = keyof typeof heuristics;
const labelled = (c: TaskCase, key: AdviceKey) =>
  c.label === 'both' || c.label === (key === 'abstrakt' ? 'abstract' : 'composite');

/** The scored texts: the corpus and the held-out texts, each without those two labellers read differently. */
const sets = { corpus: taskCorpus, 'held-out texts': heldOutTasks } as const;
const scored = (cases: readonly TaskCase[]) => cases.filter((c) => !c.ambiguous);

/** Outcomes of one heuristic on the scored texts of a set. */
function measure(key: AdviceKey, cases: readonly TaskCase[]) {
  const n = { tp: 0, fp: 0, fn: 0 };
  for (const c of scored(cases)) {
    const fires = heuristics[key](c.text);
    const wanted = labelled(c, key);
    if (fires && wanted) n.tp++;
    else if (fires) n.fp++;
    else if (wanted) n.fn++;
  }
  return { ...n, precision: n.tp / (n.tp + n.fp), recall: n.tp / (n.tp + n.fn) };
}

/**
 * Precision and recall at least, per set (measured: see the commit that set them). The held-out texts
 * measured before the second round of changes: abstrakt 0.913 and 0.438, sammensat 1.000 and 0.125.
 */
const floors: Record<keyof typeof sets, Record<AdviceKey, { precision: number; recall: number }>> = {
  corpus: { abstrakt: { precision: 0.941, recall: 0.824 }, sammensat: { precision: 0.863, recall: 0.826 } },
  'held-out texts': { abstrakt: { precision: 0.978, recall: 0.937 }, sammensat: { precision: 1, recall: 0.75 } },
};

describe('task heuristics on the task corpus', () => {
  it('holds at least 200 texts, some 30 in English, from every domain and of every label, each once', () => {
    expect(taskCorpus.length).to.be.at.least(200);
    expect(taskCorpus.filter((c) => c.lang === 'en').length).to.be.at.least(30);
    expect(new Set(taskCorpus.map((c) => c.domain)).size).to.equal(17);
    expect(new Set(taskCorpus.map((c) => c.label)).size).to.equal(4);
    const all = [...taskCorpus, ...heldOutTasks].map((c) => c.text);
    expect(new Set(all).size).to.equal(all.length);
  });

  it('holds at least 80 held-out texts from ten settings, of every label', () => {
    expect(heldOutTasks.length).to.be.at.least(80);
    expect(new Set(heldOutTasks.map((c) => c.domain)).size).to.be.at.least(10);
    expect(new Set(heldOutTasks.map((c) => c.label)).size).to.equal(4);
  });

  it('lists known misses only for scored texts', () => {
    const texts = new Set([...scored(taskCorpus), ...scored(heldOutTasks)].map((c) => c.text));
    expect(Object.keys(knownMisses).filter((t) => !texts.has(t))).to.deep.equal([]);
  });

  for (const key of Object.keys(heuristics) as AdviceKey[]) {
    const advice = `opgave-${key === 'abstrakt' ? 'for-abstrakt' : 'sammensat'}`;
    it(`${advice}: as labelled on every scored text but the known misses`, () => {
      const unexpected: string[] = [];
      for (const c of [...scored(taskCorpus), ...scored(heldOutTasks)]) {
        const fires = heuristics[key](c.text);
        const missed = fires !== labelled(c, key);
        const known = knownMisses[c.text]?.[key] !== undefined;
        if (missed && !known) unexpected.push(`${fires ? 'fires' : 'quiet'} on ${c.label}: ${JSON.stringify(c.text)}`);
        if (!missed && known) unexpected.push(`no longer missed (${c.label}): ${JSON.stringify(c.text)}`);
      }
      expect(unexpected).to.deep.equal([]);
    });

    for (const [name, cases] of Object.entries(sets) as [keyof typeof sets, readonly TaskCase[]][]) {
      it(`${advice}: precision and recall do not fall, on the ${name}`, () => {
        const { precision, recall } = measure(key, cases);
        expect(precision, 'precision').to.be.at.least(floors[name][key].precision);
        expect(recall, 'recall').to.be.at.least(floors[name][key].recall);
      });
    }
  }
});
