/**
 * Texts of <traeningsbane-plan> (the plan view shares the labels of ground rules and cover). Tempi
 * (in English "kinds of activity"), feedback kinds and dialogue questions come from the model's catalog.
 */
const da = {
  tempi: 'Træningens tre tempi',
  example: 'Fx',
  kinds: 'Hvilke slags feedback?',
  forms: 'Læringsformer',
  /** The nested chooser's `label`: its summary is "Dit valg til træningsbanen", apart from a chooser of the page's. */
  chooserFor: 'træningsbanen',
  period: 'Hvornår foregår træningen?',
  periodHint: 'Sæt en start- og en slutdato.',
  spilleregler: 'Spilleregler',
  spillereglerHint: 'Træningsbanen er et sted at øve sig, hvor man må prøve og fejle. Hvad gælder her?',
  daekning: 'Hvem løser opgaverne, mens nogen træner?',
  daekningHint: 'Fx vikarer.',
  covered: 'dækket',
  coveredByForm: 'dækket af en valgt læringsform',
  notCovered: 'mangler',
  coverage: 'Status: ',
};

const en: typeof da = {
  tempi: 'The three kinds of activity',
  example: 'For example',
  kinds: 'Which kinds of feedback?',
  forms: 'Learning forms',
  chooserFor: 'the training ground',
  period: 'When does the training take place?',
  periodHint: 'Set a start and an end date.',
  spilleregler: 'Ground rules',
  spillereglerHint: 'The training ground is a place to practise, where it is OK to fail. What applies here?',
  daekning: 'Who does the work while people train?',
  daekningHint: 'E.g. temps.',
  covered: 'covered',
  coveredByForm: 'covered by a chosen learning form',
  notCovered: 'missing',
  coverage: 'Coverage: ',
};

export const messages = { da, en };
