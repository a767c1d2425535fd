import type { Lang } from '../model/ids.js';

/** Texts every element uses. English must have every key of Danish (checked by the type). */
const da = {
  badInputTitle: 'Data kunne ikke bruges.',
  badInputKept: 'Det seneste gyldige indhold vises stadig.',
  missing: 'Mangler:',
  advice: 'Gode råd',
  noAdvice: 'Ingen bemærkninger.',
  severity: { info: 'Til overvejelse', warning: 'Bør rettes', error: 'Skal rettes' },
  add: 'Tilføj',
  remove: 'Fjern',
  optional: '(valgfri)',
  dialogueQuestions: 'Spørgsmål til dialogen',
  from: 'Fra',
  to: 'Til',
};
export type CommonMessages = typeof da;

const en: CommonMessages = {
  badInputTitle: 'The data could not be used.',
  badInputKept: 'The last valid content is still shown.',
  missing: 'Missing:',
  advice: 'Advice',
  noAdvice: 'No remarks.',
  severity: { info: 'To consider', warning: 'Should be fixed', error: 'Must be fixed' },
  add: 'Add',
  remove: 'Remove',
  optional: '(optional)',
  dialogueQuestions: 'Questions for the dialogue',
  from: 'From',
  to: 'To',
};

export const commonMessages: Record<Lang, CommonMessages> = { da, en };
