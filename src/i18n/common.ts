import type { AdvicePart } from '../model/advice.js';
import type { Lang } from '../model/ids.js';

/**
 * Texts more than one element shows, each in one place. English must have every key of Danish
 * (checked by the type).
 */
const da = {
  badInputTitle: 'Data kunne ikke bruges.',
  badInputKept: 'Det seneste gyldige indhold vises stadig.',
  moreIssues: (n: number) => `… og ${n} fejl mere.`,
  missing: 'Mangler:',
  advice: 'Gode råd',
  /** The name of each advice region, so regions on one page (a tab of the model) differ. */
  adviceOn: {
    opgave: 'Gode råd om opgaven',
    perspektiv: 'Gode råd om perspektivet',
    laeringsmaal: 'Gode råd om læringsmålene',
    ansvar: 'Gode råd om ansvarstrappen',
    traeningsbane: 'Gode råd om træningsbanen',
    mobilitet: 'Gode råd om mobilitetsaftalen',
    hverdag: 'Gode råd om hverdagen',
  } satisfies Record<AdvicePart, string>,
  noAdvice: 'Ingen råd.',
  /**
   * The plan's completeness, in <kompetence-model> and <kompetence-plan-visning>: it names what is
   * counted, the method's five conditions, since "5 af 5 felter" read as a plan finished, when
   * advice and dates may remain.
   */
  score: (n: number) => `${n} af 5 betingelser for systematisk kompetenceudvikling er opfyldt.`,
  /** A field's condition is met: the plan view's status, the model's line above the field. */
  met: 'Feltet er opfyldt.',
  severity: { info: 'Tip', warning: 'Bør gøres', error: 'Skal gøres' },
  remove: 'Fjern',
  optional: '(valgfri)',
  dialogueQuestions: 'Spørgsmål til dialogen',
  from: 'Fra',
  to: 'Til',
  /** A date box left holding no whole date (a part cleared, a five-digit year): the plan keeps its date. */
  badDate: 'Datoen kan ikke bruges og gemmes ikke: ret den, eller slet den.',
  /** The button that takes back a removal or a replaced plan. */
  undo: 'Fortryd',
  done: 'Udført',
  downloadCalendar: 'Download kalenderfilen\u00a0(.ics)',
  /** Labels of the whole plan's parts, in <kompetence-model> and in the printed <kompetence-plan-visning>. */
  workplace: 'Arbejdsplads',
  staircase: 'Ansvarstrappen',
  mobility: 'Mobilitet',
};
export type CommonMessages = typeof da;

const en: CommonMessages = {
  badInputTitle: 'The data could not be used.',
  badInputKept: 'The last valid content is still shown.',
  moreIssues: (n: number) => `… and ${n} more.`,
  missing: 'Missing:',
  advice: 'Advice',
  adviceOn: {
    opgave: 'Advice on the task',
    perspektiv: 'Advice on the perspective',
    laeringsmaal: 'Advice on the learning goals',
    ansvar: 'Advice on the responsibility staircase',
    traeningsbane: 'Advice on the training ground',
    mobilitet: 'Advice on the mobility arrangement',
    hverdag: 'Advice on everyday work',
  },
  noAdvice: 'No advice.',
  score: (n) => `${n} of the 5 conditions for systematic competence development ${n == 1 ? 'is' : 'are'} met.`,
  met: "This field's condition is met.",
  severity: { info: 'Suggestion', warning: 'Should be done', error: 'Must be done' },
  remove: 'Remove',
  optional: '(optional)',
  dialogueQuestions: 'Questions for the dialogue',
  from: 'From',
  to: 'To',
  badDate: 'This date cannot be used and is not saved: fix it or clear it.',
  undo: 'Undo',
  done: 'Done',
  downloadCalendar: 'Download the calendar file\u00a0(.ics)',
  workplace: 'Workplace',
  staircase: 'Responsibility staircase',
  mobility: 'Mobility',
};

export const commonMessages: Record<Lang, CommonMessages> = { da, en };
