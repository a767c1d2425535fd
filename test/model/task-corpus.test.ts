// The task heuristics (taskTooAbstract, taskLooksComposite: the advice opgave-for-abstrakt and
// opgave-sammensat) measured on test/model/fixtures/task-corpus.ts, texts as managers write them,
// labelled by the method. Every text must get the advice its label asks for, except the known misses
// listed here with why they are left: a change that fixes a miss or makes a new one fails until this
// list says so (docs/advice.md, "The task heuristics", describes the rules and their limits).
import { expect } from '@open-wc/testing';
import { taskLooksComposite, taskTooAbstract } from '../../src/model/advice.js';
import { taskCorpus, type TaskCase } from './fixtures/task-corpus.js';

/** Why each kind of known miss is left (see docs/advice.md, "The task heuristics"). */
const why = {
  oneWord: 'one word naming a bounded, recurring situation ("Stuegang"): without a dictionary it cannot be told from an area ("Medicinhåndtering"), and it still lacks who and when',
  bedreTilConcrete: '"bedre til" before a concrete situation: the phrase is read as an aim whatever follows it',
  broadObject: 'a broad word as the object of a concrete action, with the situation said in words that are not markers ("to gange om året", "how to")',
  aimWording: 'a situation written as an aim ("Bedre …", "Være mere …", "Styrke …" first): read as the aim; rewritten as the situation it is quiet',
  markerNotSituation: 'a marker that here places no situation ("hos beboere", "hver afdeling", "every day"): any marker word passes the text',
  nounArea: 'a noun phrase naming an area or a group: without a dictionary of nouns it cannot be told from one naming a situation',
  approachWord: 'an approach named by a word that is no stem (tilgang, anerkendende, inkluderende, recovery): as stems they flag concrete tasks written with their manner ("med en anerkendende tilgang")',
  otherAimVerb: 'an aim whose verb is not read as one (skabe, sikre, motivere, forebygge): they also start concrete tasks ("skabe aktiviteter", "sikre forflytninger")',
  thatClause: 'an aim as a sentence with no broad word ("At alle børn oplever …", "Vi skal have flere i job")',
  typo: 'a broad word misspelt ("kommunkation")',
  verbGeneral: 'a general verb with an object ("dokumentere i nexus") looks like a task',
  listOfAreas: 'a list of areas: the text is more than one word, and no item holds a broad word',
  nounList: 'nouns joined ("Medicin, hygiejne og dokumentation", "Medicin/dokumentation", one per line): an object list ("amning og ernæring", "blodtryk, puls og temperatur") looks the same',
  sentences: 'tasks in sentences of their own, each with its own subject ("Desuden skal vi …", "nattevagterne skal …"): sentences are not read as parts',
  verbsWithObjects: 'verbs joined after their objects ("Skrive elevplaner og holde …"): read only right after "at" or a modal verb, since an object between them is as often one situation\'s steps ("veje … og notere vægten")',
  stepsAsList: 'one task with its steps or cases as a list: every list is read as tasks',
  phases: 'the phases of one task joined after a modal verb ("forberede og holde"): read as two tasks (the advice says "vist")',
  secondLineStep: 'a second line "Vi skal også …" that is a step of the first: read as a second task',
} as const;

/** The texts where a heuristic disagrees with the label: by text, per advice, the reason. */
const knownMisses: Readonly<Record<string, { readonly abstrakt?: string; readonly sammensat?: string }>> = {
  'An inclusive learning environment': { abstrakt: why.approachWord },
  'Anerkendende pædagogik': { abstrakt: why.approachWord },
  'Arbejdsmiljø og sikkerhed': { abstrakt: why.nounArea },
  'At alle børn oplever at være en del af fællesskabet': { abstrakt: why.thatClause },
  'At beboerne får en god og meningsfuld hverdag': { abstrakt: why.thatClause },
  'Bedre trivsel for hver enkelt medarbejder': { abstrakt: why.markerNotSituation },
  'Better quality every day': { abstrakt: why.markerNotSituation },
  'Bevægelse i undervisningen': { abstrakt: why.nounArea },
  'Dementia care': { abstrakt: why.nounArea },
  'Digital dannelse': { abstrakt: why.nounArea },
  'Effektivisering af arbejdsgange': { abstrakt: why.nounArea },
  'En mere beskæftigelsesrettet tilgang': { abstrakt: why.approachWord },
  'En mere traumeinformeret tilgang': { abstrakt: why.approachWord },
  'Ensartet sagsbehandling på tværs af teams': { abstrakt: why.nounArea },
  'Forebygge tryksår hos sengeliggende patienter': { abstrakt: why.markerNotSituation },
  'God service i borgerservice': { abstrakt: why.nounArea },
  'IT-support til medarbejdere': { abstrakt: why.nounArea },
  'Implementering af nyt ESDH-system': { abstrakt: why.nounArea },
  'Inkluderende læringsmiljøer': { abstrakt: why.approachWord },
  'Klinisk lederskab': { abstrakt: why.nounArea },
  'Low arousal-tilgang': { abstrakt: why.approachWord },
  'Motivere ledige til at søge job': { abstrakt: why.otherAimVerb },
  'Nedtrapning af tvang': { abstrakt: why.nounArea },
  'Neuroaffektiv tilgang': { abstrakt: why.approachWord },
  'Onboarding af nye medarbejdere': { abstrakt: why.nounArea },
  'Overgangen fra vuggestue til børnehave': { abstrakt: why.nounArea },
  'Palliativ pleje': { abstrakt: why.nounArea },
  'Person-centred care': { abstrakt: why.nounArea },
  'Personlig pleje': { abstrakt: why.nounArea },
  'Psykisk arbejdsmiljø': { abstrakt: why.nounArea },
  'Pædagogisk praksis': { abstrakt: why.nounArea },
  'Recoveryorienteret psykiatri': { abstrakt: why.approachWord },
  'Sammenhængende patientforløb': { abstrakt: why.nounArea },
  'Sikre kvaliteten i hvert eneste besøg': { abstrakt: why.markerNotSituation },
  'Sikre patientinddragelse i alle forløb': { abstrakt: why.otherAimVerb },
  'Skabe et godt læringsmiljø': { abstrakt: why.otherAimVerb },
  'Skabe ro i klassen': { abstrakt: why.otherAimVerb },
  'Skabe trygge rammer for børnene': { abstrakt: why.otherAimVerb },
  'Socialpædagogisk støtte': { abstrakt: why.nounArea },
  'Staff well-being': { abstrakt: why.nounArea },
  'Styrke fagligheden i hver afdeling': { abstrakt: why.markerNotSituation },
  'Tosprogede elever': { abstrakt: why.nounArea },
  'Traumebevidst omsorg': { abstrakt: why.approachWord },
  'Udeliv og natur': { abstrakt: why.nounArea },
  'Vi skal arbejde recovery-orienteret med beboerne': { abstrakt: why.approachWord },
  'Vi skal have flere i job': { abstrakt: why.thatClause },
  'Vi skal sikre en god overgang til skole for alle børn': { abstrakt: why.otherAimVerb },
  'Vi skal være en attraktiv arbejdsplads': { abstrakt: why.thatClause },
  'Værdig ældrepleje': { abstrakt: why.nounArea },
  'dokumentere i nexus': { abstrakt: why.verbGeneral },
  'kommunkation med pårørende': { abstrakt: why.typo },
  'Øge væskeindtaget hos beboere med urinvejsinfektion': { abstrakt: why.markerNotSituation },
  'Magtanvendelse, fysiske konflikter og indberetninger': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Medicin, hygiejne og dokumentation': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Medicin/dokumentation': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Medicin\nDokumentation': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Pas, kørekort og sygesikringsbeviser': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Rengøring, affaldssortering og vinduespudsning': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Sprog, motorik og sociale kompetencer': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Sundhed\nKost\nMotion': { abstrakt: why.listOfAreas, sammensat: why.nounList },
  'Vores mål er, at borgerne oplever en sammenhængende indsats, hvor de bliver mødt med respekt, og at medarbejderne trives og udvikler sig fagligt.': { abstrakt: why.thatClause },
  '– Medicin\n– Hygiejne\n– Dokumentation': { abstrakt: why.listOfAreas },
  '• Medication\n• Documentation\n• Falls': { abstrakt: why.listOfAreas },
  '•\tMedicin\n•\tDokumentation\n•\tForflytning': { abstrakt: why.listOfAreas },
  'Vi har fået flere borgere med komplekse behov i hjemmeplejen, og mange af vores hjælpere føler sig usikre. Derfor skal vi blive bedre til at arbejde med borgere med demens, samarbejde med sygeplejen og dokumentere i Nexus, så kvaliteten bliver højere.': { sammensat: why.verbsWithObjects },
  'Forflytning / lejring': { sammensat: why.nounList },
  'Give insulin, dress wounds and write the daily notes': { sammensat: why.verbsWithObjects },
  'Indlæggelsessamtale; medicinafstemning; udskrivelsesbrev': { sammensat: why.nounList },
  'Skrive dagsorden og referat til MED-udvalget': { sammensat: why.nounList },
  'Skrive døgnrytmeplan, give medicin og lave ugeskema': { sammensat: why.verbsWithObjects },
  'Skrive elevplaner og holde forældresamtaler': { sammensat: why.verbsWithObjects },
  'Slå græs, klippe hække og tømme skraldespande i parkerne': { sammensat: why.verbsWithObjects },
  'Udarbejde børnefaglige undersøgelser og følge op på handleplaner': { sammensat: why.verbsWithObjects },
  'Vi skal bage brød, lave frokost og vaske op': { sammensat: why.verbsWithObjects },
  'Vi skal både give medicin og skrive journal': { sammensat: why.verbsWithObjects },
  'Vi skal hjælpe med bad, rengøre boligen og handle ind for borgeren': { sammensat: why.verbsWithObjects },
  'Vi skal holde udviklingssamtaler og skrive statusrapporter til kommunen': { sammensat: why.verbsWithObjects },
  'Vi skal i gang med at bruge det nye skema til tidlig opsporing. Desuden skal vi have styr på ernæringsscreeningen, og nattevagterne skal lære at bruge de nye sensorer.': { sammensat: why.sentences },
  'Vi skal kunne lægge sonde, passe dræn og give blodtransfusion': { sammensat: why.verbsWithObjects },
  'Vi skal kunne nedtrappe konflikter og skrive kriseplaner': { sammensat: why.verbsWithObjects },
  'Vi skal lave forældresamtaler og skrive referater': { sammensat: why.verbsWithObjects },
  'Vi skal planlægge undervisningen i team, evaluere forløbene og dele materialer på Aula': { sammensat: why.verbsWithObjects },
  'Vi skal rydde op på materielgården og vedligeholde maskinerne': { sammensat: why.verbsWithObjects },
  'Vi skal visitere borgerne hurtigere og skrive bedre journaler': { sammensat: why.verbsWithObjects },
  'We must plan the rota and handle sick calls': { sammensat: why.verbsWithObjects },
  'Bedre forflytninger med den nye loftlift': { abstrakt: why.aimWording },
  'Blive bedre til at tage imod vikarer i vuggestuen': { abstrakt: why.bedreTilConcrete },
  'Budgetopfølgning': { abstrakt: why.oneWord },
  'Observere børnenes trivsel med TOPI to gange om året': { abstrakt: why.broadObject },
  'Stuegang': { abstrakt: why.oneWord },
  'Styrke borgerens gangfunktion med daglige gåture i opgangen': { abstrakt: why.aimWording },
  'Teach new colleagues how to use the ceiling hoist': { abstrakt: why.broadObject },
  'Vi skal være bedre til at tage imod nye kolleger på deres første vagter': { abstrakt: why.bedreTilConcrete },
  'Være mere til stede i dagligstuen om eftermiddagen': { abstrakt: why.aimWording },
  'Forflytte beboere med loftlift:\n– fra seng til stol\n– fra stol til toilet': { sammensat: why.stepsAsList },
  'Give medicin om aftenen:\n- tjekke doseringsæsken mod medicinlisten\n- give medicinen\n- kvittere i FMK': { sammensat: why.stepsAsList },
  'Vi skal forberede og holde forældresamtaler': { sammensat: why.phases },
  'Vi skal give medicin om aftenen\nVi skal også dobbelttjekke doseringen': { sammensat: why.secondLineStep },
  'Vi skal planlægge og afholde netværksmøder for borgere med komplekse sager': { sammensat: why.phases },
};

const heuristics = { abstrakt: taskTooAbstract, sammensat: taskLooksComposite } as const;
type AdviceKey = keyof typeof heuristics;
const labelled = (c: TaskCase, key: AdviceKey) =>
  c.label === 'both' || c.label === (key === 'abstrakt' ? 'abstract' : 'composite');

/** Outcomes of one heuristic on the corpus (or on part of it). */
function measure(key: AdviceKey, cases: readonly TaskCase[] = taskCorpus) {
  const n = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    const fires = heuristics[key](c.text);
    const wanted = labelled(c, key);
    if (fires && wanted) n.tp++;
    else if (fires) n.fp++;
    else if (wanted) n.fn++;
  }
  return { ...n, precision: n.tp / (n.tp + n.fp), recall: n.tp / (n.tp + n.fn) };
}

/** Precision and recall at least (measured: see the commit that set them), on the whole corpus. */
const floors: Record<AdviceKey, { precision: number; recall: number }> = {
  abstrakt: { precision: 0.925, recall: 0.634 },
  sammensat: { precision: 0.772, recall: 0.369 },
};

describe('task heuristics on the task corpus', () => {
  it('holds at least 200 texts, some 30 in English, from every domain and of every label, each once', () => {
    expect(taskCorpus.length).to.be.at.least(200);
    expect(taskCorpus.filter((c) => c.lang === 'en').length).to.be.at.least(30);
    expect(new Set(taskCorpus.map((c) => c.domain)).size).to.equal(17);
    expect(new Set(taskCorpus.map((c) => c.label)).size).to.equal(4);
    expect(new Set(taskCorpus.map((c) => c.text)).size).to.equal(taskCorpus.length);
  });

  it('lists known misses only for texts of the corpus', () => {
    const texts = new Set(taskCorpus.map((c) => c.text));
    expect(Object.keys(knownMisses).filter((t) => !texts.has(t))).to.deep.equal([]);
  });

  for (const key of Object.keys(heuristics) as AdviceKey[]) {
    it(`opgave-${key === 'abstrakt' ? 'for-abstrakt' : 'sammensat'}: as labelled on every text but the known misses`, () => {
      const unexpected: string[] = [];
      for (const c of taskCorpus) {
        const fires = heuristics[key](c.text);
        const missed = fires !== labelled(c, key);
        const known = knownMisses[c.text]?.[key] !== undefined;
        if (missed && !known) unexpected.push(`${fires ? 'fires' : 'quiet'} on ${c.label}: ${JSON.stringify(c.text)}`);
        if (!missed && known) unexpected.push(`no longer missed (${c.label}): ${JSON.stringify(c.text)}`);
      }
      expect(unexpected).to.deep.equal([]);
    });

    it(`opgave-${key === 'abstrakt' ? 'for-abstrakt' : 'sammensat'}: precision and recall do not fall`, () => {
      const { precision, recall } = measure(key);
      expect(precision, 'precision').to.be.at.least(floors[key].precision);
      expect(recall, 'recall').to.be.at.least(floors[key].recall);
    });
  }
});
