/**
 * Texts of <kompetence-model>. Field names, questions and leadership tasks come from the model's
 * catalog; the labels the printed plan (<kompetence-plan-visning>) shows too, Undo and the calendar
 * download's from the common texts.
 */
import { commonMessages } from '../../i18n/common.js';
import { joinList, shorten, withoutDirectionMarks } from '../../model/catalog/text.js';
import type { ExampleId, Lang } from '../../model/ids.js';
import { PLAN_FILE_LIMIT_MB } from './transfer.js';

/**
 * A file's name or a draft's title in a sentence, in the language's quotation marks and isolated
 * (U+2068 … U+2069): right-to-left letters in a name cannot turn the rest of the notice around (a
 * file named "…\u202Egnp.json" read as a picture, the Undo button mid-sentence). Shortened: a
 * long title filled the notice, and one written as a message («… ring til IT-support …») read as
 * the element's own words.
 */
const quoteUser = (text: string, lang: Lang): string => {
  const shown = shorten(withoutDirectionMarks(text), 60);
  return lang === 'en' ? `“\u2068${shown}\u2069”` : `«\u2068${shown}\u2069»`;
};

/** A kept draft's title in a sentence, so two kept drafts are told apart; none when it has none. */
const titled = (titel: string, lang: Lang) => (titel ? ` ${quoteUser(titel, lang)}` : '');
const daTitled = (titel: string) => titled(titel, 'da');
const enTitled = (titel: string) => titled(titel, 'en');

const da = {
  titel: 'Planens titel',
  titelHint: 'Opgaven med få ord. Bruges også som filnavn.',
  arbejdsplads: commonMessages.da.workplace,
  arbejdspladsHint: 'Fx afdeling, institution eller team.',
  fields: 'De fem felter',
  met: 'Opfyldt',
  unmet: 'Ikke opfyldt endnu',
  adviceCount: (n: number) => `${n} råd`,
  leader: 'Din ledelsesopgave:',
  // Joined by joinList, not Intl.ListFormat: the first formatter loads locale data, 0.15 s on a slow
  // PC at a field's first visit.
  toMeet: (missing: string[]) => `Feltet mangler: ${joinList(missing, 'og')}.`,
  previous: 'Forrige:',
  next: 'Næste:',
  toTools: 'Gå til download og udskrift',
  allAdvice: 'Gode råd om hele planen',
  goTo: 'Gå til',
  notStarted: 'ikke påbegyndt',
  mobilityHint: 'En aftale for hver medarbejder, der lærer ved at arbejde et andet sted i en periode.',
  noMobility: 'Ingen mobilitetsaftaler endnu.',
  arrangement: (n: number) => `Mobilitetsaftale ${n}`,
  addArrangement: 'Tilføj mobilitetsaftale',
  removeArrangement: (n: number) => `Fjern mobilitetsaftale ${n}`,
  offer: (form: string) => `Du har valgt ${form} som læringsform.`,
  offerAdd: (form: string) => `Tilføj aftale om ${form}`,
  chosen: (form: string) => `Du har valgt ${form}. Under «Mobilitet» kan du tilføje en aftale om det.`,
  tools: 'Gem, indlæs og del',
  example: 'Start fra et eksempel',
  exampleHint: 'Et af metodens seks eksempler erstatter det, du har skrevet. Du kan fortryde bagefter.',
  chooseExample: 'Vælg eksempel',
  loadExample: 'Start fra eksemplet',
  examples: {
    doegninstitution: 'Døgninstitution: dokumentation',
    boernehus: 'Børnehus: konflikter',
    'plejecenter-maaltid': 'Plejecenter: måltidet',
    barselsafsnit: 'Barselsafsnit: amning og ernæring',
    jobcenter: 'Jobcenter: tværfaglige møder',
    'plejecenter-dokumentation': 'Plejecenter: dokumentation hos beboerne',
  } as Record<ExampleId, string>,
  exportJson: 'Download planen (JSON)',
  importJson: 'Indlæs en plan fra en fil (JSON)',
  importHint: 'Planen i filen erstatter den, du har nu. Du kan fortryde bagefter.',
  print: 'Udskriv',
  fileName: 'kompetenceplan',
  loaded: (what: string) => `${what} er indlæst.`,
  exampleLoaded: 'Eksemplet',
  fileLoaded: (name: string) => `Filen ${quoteUser(name, 'da')}`,
  unreadable: (name: string) => `Filen ${quoteUser(name, 'da')} kunne ikke læses, så din plan er ikke ændret.`,
  tooBig: (name: string) => `Filen ${quoteUser(name, 'da')} er for stor til at være en plan (over ${PLAN_FILE_LIMIT_MB} MB), så din plan er ikke ændret.`,
  notImported: (name: string) => `Filen ${quoteUser(name, 'da')} kunne ikke bruges, så din plan er ikke ændret. Se årsagen øverst i planen.`,
  /** `editable`: the user can give a date, so the hint says where. */
  noDates: (editable: boolean) => `Planen har ingen datoer til kalenderen${editable ? ' endnu. Giv fx træningsbanen en periode.' : '.'}`,
  undone: 'Ændringen er fortrudt.',
  removed: (arrangement: string) => `${arrangement} er fjernet.`,
  drafts: 'Planen gemmes som kladde i denne browser, mens du skriver.',
  restored: (when: string) => `Din kladde fra ${when} er hentet frem.`,
  discard: 'Kassér kladden',
  discarded: 'Kladden er kasseret.',
  setAside: (when: string, titel: string) => `Siden har hentet en anden plan. Din kladde${daTitled(titel)} fra ${when} er lagt til side.`,
  setAsideOwnWork: (when: string, titel: string) =>
    `En anden plan på siden har gemt en kladde${daTitled(titel)} fra ${when} samme sted. Den er lagt til side, og det er din plan her, der gemmes nu.`,
  setAsideEarlier: (when: string, titel: string) => `En kladde${daTitled(titel)} fra ${when} er lagt til side og gemt her.`,
  setAsideSwapped: (when: string, titel: string) => `Planen${daTitled(titel)} fra ${when}, som kladden afløste, er lagt til side og gemt her.`,
  keptUnsaved: 'Den er kun gemt, så længe siden er åben.',
  backToDraft: 'Gå tilbage til den',
  discardSetAside: 'Kassér den',
  setAsideDiscarded: 'Den tilsidelagte kladde er kasseret.',
  draftLoaded: 'Kladden',
  corrupt: 'En gemt kladde kunne ikke læses og er ikke brugt.',
  full: 'Kladden kan ikke gemmes, fordi browserens lager er fuldt. Download planen for at gemme den.',
  unavailable: 'Kladder kan ikke gemmes i denne browser. Download planen for at gemme den.',
  saved: (time: string) => `Kladde gemt kl. ${time}.`,
  shared: 'En anden plan på siden gemmer sin kladde samme sted, så denne gemmes ikke som kladde. Download planen for at gemme den.',
  elsewhere:
    'Kladden er ændret i et andet faneblad eller vindue. Planen her gemmes ikke længere, så den ikke skriver over kladden. Download planen for at gemme den.',
  useNewerDraft: 'Brug den nye kladde',
  updatedElsewhere: 'Planen her er opdateret med kladden fra et andet faneblad eller vindue.',
  removedElsewhere: 'Kladden er fjernet i et andet faneblad eller vindue.',
};

const en: typeof da = {
  titel: 'Title of the plan',
  titelHint: 'The task in a few words. Also used as the file name.',
  arbejdsplads: commonMessages.en.workplace,
  arbejdspladsHint: 'E.g. the department, institution or team.',
  fields: 'The five fields',
  met: 'Met',
  unmet: 'Not met yet',
  adviceCount: (n) => `Advice: ${n}`,
  leader: 'Your leadership task:',
  toMeet: (missing: string[]) => `This field still needs: ${joinList(missing, 'and')}.`,
  previous: 'Previous:',
  next: 'Next:',
  toTools: 'Go to download and print',
  allAdvice: 'Advice on the whole plan',
  goTo: 'Go to',
  notStarted: 'not started',
  mobilityHint: 'One arrangement for each employee who learns by working somewhere else for a period.',
  noMobility: 'No mobility arrangements yet.',
  arrangement: (n) => `Mobility arrangement ${n}`,
  addArrangement: 'Add mobility arrangement',
  removeArrangement: (n) => `Remove mobility arrangement ${n}`,
  offer: (form) => `You chose ${form} as a learning form.`,
  offerAdd: (form) => `Add an arrangement for ${form}`,
  chosen: (form) => `You chose ${form}. Under “Mobility” you can add an arrangement for it.`,
  tools: 'Save, load and share',
  example: 'Start from an example',
  exampleHint: "One of the method's six examples, written in Danish, replaces what you have written. You can undo it afterwards.",
  chooseExample: 'Choose an example',
  loadExample: 'Start from the example',
  examples: {
    doegninstitution: 'Residential institution: documentation (in Danish)',
    boernehus: "Children's centre: conflicts (in Danish)",
    'plejecenter-maaltid': 'Nursing home: the meal (in Danish)',
    barselsafsnit: 'Maternity ward: breastfeeding and nutrition (in Danish)',
    jobcenter: 'Job centre: cross-disciplinary meetings (in Danish)',
    'plejecenter-dokumentation': 'Nursing home: documenting with residents (in Danish)',
  },
  exportJson: 'Download the plan (JSON)',
  importJson: 'Load a plan from a file (JSON)',
  importHint: 'The plan in the file replaces the one you have now. You can undo it afterwards.',
  print: 'Print',
  fileName: 'competence-plan',
  loaded: (what) => `${what} was loaded.`,
  exampleLoaded: 'The example',
  fileLoaded: (name) => `The file ${quoteUser(name, 'en')}`,
  unreadable: (name) => `The file ${quoteUser(name, 'en')} could not be read, so your plan is unchanged.`,
  tooBig: (name) => `The file ${quoteUser(name, 'en')} is too big to be a plan (over ${PLAN_FILE_LIMIT_MB} MB), so your plan is unchanged.`,
  notImported: (name) => `The file ${quoteUser(name, 'en')} could not be used, so your plan is unchanged. See why at the top of the plan.`,
  noDates: (editable) => `The plan has no dates for the calendar${editable ? ' yet. Give the training ground a period, for example.' : '.'}`,
  undone: 'The change was undone.',
  removed: (arrangement) => `${arrangement} was removed.`,
  drafts: 'The plan is saved as a draft in this browser while you write.',
  restored: (when) => `Your draft from ${when} was restored.`,
  discard: 'Discard the draft',
  discarded: 'The draft was discarded.',
  setAside: (when, titel) => `The page loaded another plan. Your draft${enTitled(titel)} from ${when} was set aside.`,
  setAsideOwnWork: (when, titel) => `Another plan on this page saved a draft${enTitled(titel)} from ${when} in the same place. It was set aside, and your plan here is what is saved now.`,
  setAsideEarlier: (when, titel) => `A draft${enTitled(titel)} from ${when} was set aside and is kept here.`,
  setAsideSwapped: (when, titel) => `The plan${enTitled(titel)} from ${when} that the draft replaced was set aside and is kept here.`,
  keptUnsaved: 'It is kept only while the page is open.',
  backToDraft: 'Go back to it',
  discardSetAside: 'Discard it',
  setAsideDiscarded: 'The draft set aside was discarded.',
  draftLoaded: 'The draft',
  corrupt: 'A saved draft could not be read and is not used.',
  full: "The draft cannot be saved because the browser's storage is full. Download the plan to keep it.",
  unavailable: 'Drafts cannot be saved in this browser. Download the plan to keep it.',
  saved: (time) => `Draft saved at ${time}.`,
  shared: 'Another plan on this page keeps its draft in the same place, so this one is not saved as a draft. Download the plan to keep it.',
  elsewhere:
    'The draft was changed in another tab or window. So as not to write over it, the plan here is no longer saved. Download the plan to keep it.',
  useNewerDraft: 'Use the newer draft',
  updatedElsewhere: 'The plan here was updated with the draft from another tab or window.',
  removedElsewhere: 'The draft was removed in another tab or window.',
};

export const messages = { da, en };
