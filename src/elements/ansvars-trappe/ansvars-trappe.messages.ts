/** Texts of <ansvars-trappe>. The staircase's own terms (steps, guidance, licences) come from the model's catalog. */
import { commonMessages } from '../../i18n/common.js';

const da = {
  intro: 'Hvilket ansvar skal hver målgruppe kunne tage for opgaven, når udviklingen er slut?',
  group: (n: number) => `Målgruppe ${n}`,
  name: 'Hvem er gruppen?',
  nameHint: 'Fx nyansatte, faste medarbejdere eller en faggruppe.',
  count: 'Antal personer',
  countHint: 'Lad feltet stå tomt, hvis du ikke kender tallet.',
  countError: 'Skriv et helt tal fra 1 og op, eller lad feltet stå tomt.',
  current: 'Erfaring med opgaven nu',
  future: 'Ansvar bagefter',
  relevantWhen: 'Fx når:',
  licence: 'Kørekort',
  licenceNone: 'Intet kørekort valgt',
  licenceAbout: 'Om kørekortene C, B og A',
  stairs: (n: number) => `Trappen for målgruppe ${n}`,
  step: (n: number) => `Trin ${n}:`,
  ground: 'Udgangspunkt',
  now: 'Nu:',
  goal: 'Mål',
  skipped: 'Springes over',
  none: 'Der er ingen målgrupper endnu.',
  add: 'Tilføj målgruppe',
  remove: (n: number) => `Fjern målgruppe ${n}`,
  removed: (group: string) => `${group} er fjernet.`,
  /** The common text: the element passes it to its RemovalUndo. */
  undo: commonMessages.da.undo,
};

const en: typeof da = {
  intro: 'What responsibility must each target group be able to take for the task once the development is over?',
  group: (n) => `Target group ${n}`,
  name: 'Who is the group?',
  nameHint: 'E.g. new staff, permanent staff or a professional group.',
  count: 'Number of people',
  countHint: 'Leave it empty if you do not know the number.',
  countError: 'Enter a whole number from 1 up, or leave the field empty.',
  current: 'Experience with the task now',
  future: 'Responsibility afterwards',
  relevantWhen: 'E.g. when:',
  licence: 'Licence',
  licenceNone: 'No licence chosen',
  licenceAbout: 'About the licences C, B and A',
  stairs: (n) => `Staircase for target group ${n}`,
  step: (n) => `Step ${n}:`,
  ground: 'Starting point',
  now: 'Now:',
  goal: 'Goal',
  skipped: 'Skipped',
  none: 'There are no target groups yet.',
  add: 'Add target group',
  remove: (n) => `Remove target group ${n}`,
  removed: (group) => `${group} was removed.`,
  undo: commonMessages.en.undo,
};

export const messages = { da, en };
