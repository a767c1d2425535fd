/**
 * Texts of <forankring-tjekliste>. The method's own texts (kinds, questions, examples) come from the
 * catalog; Undo, 'Udført' and the calendar download's label from the common texts.
 */
const da = {
  transition: 'Overgang til hverdag',
  transitionType: 'Hvordan sker overgangen?',
  transitionText: 'Hvad er aftalt om overgangen?',
  transitionDate: 'Dato for overgangen',
  collectiveDateHint: 'En fælles overgang skal have en dato.',
  notReady: 'Hvad sker der med dem, der ikke er klar endnu?',
  anchoring: 'Forankring',
  anchoringHint:
    'Forankring sikrer, at det lærte bliver brugt i hverdagen. Afklar alle fire typer, og lav aftaler, hvor der er brug for dem.',
  examples: 'Eksempler at starte fra:',
  useExample: 'Brug eksemplet',
  noItems: 'Ingen aftaler endnu.',
  item: 'Aftale',
  under: 'om',
  description: 'Hvad skal der ske?',
  responsible: 'Hvem har ansvaret?',
  date: 'Hvornår?',
  addItem: 'Tilføj aftale',
  removeItem: 'Fjern aftale',
  removed: (item: string) => `Aftale ${item} er fjernet.`,
  calendar: 'Kalender',
  /**
   * `plan`: inside <kompetence-model>, where the file is the whole plan's, with the training period;
   * `mobility`: the plan has mobility arrangements, whose periods the file holds too.
   */
  downloadHint: (plan: boolean, mobility: boolean) =>
    `Filen har datoerne for ${plan ? 'træningsbanen, ' : ''}${mobility ? 'mobilitetsaftalerne, ' : ''}overgangen og aftalerne om forankring, så de kan lægges i Outlook eller en anden kalender.`,
  removeInCalendar: 'En dato, du fjerner her, skal du også slette i kalenderen.',
  downloadDisabled: 'Giv overgangen eller en aftale en dato for at kunne downloade en kalenderfil.',
  /** Read-only or disabled: the user cannot give a date here. */
  noDates: 'Der er ingen datoer til kalenderen.',
  fileName: 'forankring',
};

const en: typeof da = {
  transition: 'Transition to everyday work',
  transitionType: 'How does the transition happen?',
  transitionText: 'What is agreed about the transition?',
  transitionDate: 'Date of the transition',
  collectiveDateHint: 'A collective transition needs a date.',
  notReady: 'What happens to those not yet ready?',
  anchoring: 'Anchoring',
  anchoringHint:
    'Anchoring makes sure that what was learned is used in everyday work. Settle all four kinds, and make agreements where needed.',
  examples: 'Examples to start from:',
  useExample: 'Use the example',
  noItems: 'No agreements yet.',
  item: 'Agreement',
  under: 'for',
  description: 'What will happen?',
  responsible: 'Who is responsible?',
  date: 'When?',
  addItem: 'Add agreement',
  removeItem: 'Remove agreement',
  removed: (item) => `Agreement ${item} was removed.`,
  calendar: 'Calendar',
  downloadHint: (plan, mobility) =>
    `The file holds the dates of ${plan ? 'the training ground, ' : ''}${mobility ? 'the mobility arrangements, ' : ''}the transition and the anchoring agreements, ready for Outlook or another calendar.`,
  removeInCalendar: 'A date you remove here must also be deleted in the calendar.',
  downloadDisabled: 'Give the transition or an agreement a date to download a calendar file.',
  noDates: 'There are no dates for the calendar.',
  fileName: 'anchoring',
};

export const messages = { da, en };
