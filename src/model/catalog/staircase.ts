import type { Experience, Licence, Responsibility, Text } from '../ids.js';
import { tx } from './text.js';

/** A current level on the staircase (*nuværende ansvar*). */
export interface CurrentLevel {
  readonly id: Experience;
  readonly name: Text;
  readonly description: Text;
}

/** A future responsibility on the staircase (*fremtidigt ansvar*). */
export interface FutureResponsibility {
  readonly id: Responsibility;
  readonly name: Text;
  readonly description: Text;
  /** Situations where this step can be the right target (*kan fx være relevant når …*). */
  readonly relevantWhen: readonly Text[];
}

/** A licence label of the nursing home's "kørekort på tre niveauer". */
export interface LicenceInfo {
  readonly id: Licence;
  readonly name: Text;
  readonly meaning: Text;
  readonly responsibility: Responsibility;
}

/** The three current levels, in staircase order (row by row with `futureResponsibilities`). */
export const currentLevels: readonly CurrentLevel[] = [
  {
    id: 'begyndere',
    name: tx('Begyndere', 'Beginners'),
    description: tx('Har ikke løst opgaven før.', 'Have not solved the task before.'),
  },
  {
    id: 'lidt-erfarne',
    name: tx('Lidt erfarne', 'Somewhat experienced'),
    description: tx('Har løst opgaven, men mangler rutine.', 'Have solved the task but lack routine.'),
  },
  {
    id: 'meget-erfarne',
    name: tx('Meget erfarne', 'Very experienced'),
    description: tx(
      'Løser allerede opgaven sikkert og selvstændigt, men mangler ekspertise.',
      'Already solve the task safely and independently but lack expertise.'),
  },
];

/** The three steps of future responsibility, lowest first. */
export const futureResponsibilities: readonly FutureResponsibility[] = [
  {
    id: 'med-stoette',
    name: tx('Med støtte', 'With support'),
    description: tx(
      'Kan være med til at løse opgaven med den støtte, der skal til, fx fra en kollega eller leder.',
      'Can take part in solving the task with the support needed, e.g. from a colleague or manager.'),
    relevantWhen: [
      tx('Flere skal kunne løse opgaven.', 'More people must be able to solve the task.'),
      tx('Der kommer nye opgaver.', 'New tasks arrive.'),
    ],
  },
  {
    id: 'selvstaendigt',
    name: tx('Selvstændigt', 'Independently'),
    description: tx('Løser opgaven sikkert og på egen hånd.', 'Solve the task safely and on their own.'),
    relevantWhen: [
      tx('Opgaven skal løses mere sikkert.', 'The task must be solved more safely.'),
      tx('Opgaven fylder mere eller skal hænge sammen med andre opgaver.', 'The task grows or must fit together with other tasks.'),
    ],
  },
  {
    id: 'ressourceperson',
    name: tx('Som ressourceperson', 'As resource person'),
    description: tx(
      'Har ekspertise, er den, kolleger går til, og kan klare særligt svære og uforudsigelige situationer.',
      'Have expertise, are the one colleagues turn to and can handle especially hard, unpredictable situations.'),
    relevantWhen: [
      tx('Opgaverne skifter mere, er mere komplekse eller uforudsigelige.', 'The tasks change more, are more complex or unpredictable.'),
    ],
  },
];

/** The licence labels C, B, A (lowest first), each tied to one step of future responsibility. */
export const licenceInfo: readonly LicenceInfo[] = [
  {
    id: 'C',
    name: tx('Kørekort C', 'Licence C'),
    meaning: tx(
      'Løser opgaver med støtte og står ikke alene med dem. Alle tager det, også vikarer.',
      'Solves tasks with support, never alone. Everyone takes it, temps too.'),
    responsibility: 'med-stoette',
  },
  {
    id: 'B',
    name: tx('Kørekort B', 'Licence B'),
    meaning: tx(
      'Løser selvstændigt opgaver af en vis kompleksitet. Alle social- og sundhedsassistenter tager det.',
      'Solves tasks of some complexity independently. All social and health care assistants take it.'),
    responsibility: 'selvstaendigt',
  },
  {
    id: 'A',
    name: tx('Kørekort A', 'Licence A'),
    meaning: tx(
      'For dem, der vil tage ekstra ansvar: ressourcepersoner, der er en slags faglige ledere på området.',
      'For those taking extra responsibility: resource persons who act as a kind of professional lead for the area.'),
    responsibility: 'ressourceperson',
  },
];

/** How a workplace runs the licences in practice. */
export const licenceNote: Text = tx(
  'Kørekortet tages ved en praksisgennemgang, en slags eksamen. Hvem der har hvilket, vises på intranettet og i afdelingerne.',
  'The licence is earned at a practice review, a kind of exam. Who holds which is shown on the intranet and in the departments.');

/** Reminders for setting targets on the staircase. */
export const staircaseNotes: readonly Text[] = [
  tx(
    'Ikke alle skal op på øverste trin. Beslut, hvor langt hver gruppe skal løftes; en vikar har sjældent brug for samme ansvar som en erfaren medarbejder.',
    'Not everyone must reach the top step. Decide how far each group is to be lifted; a temp rarely needs the same responsibility as an experienced employee.'),
  tx(
    'Det er svært at springe et trin over, fx at blive ressourceperson for en opgave, man endnu ikke løser selvstændigt.',
    'Skipping a step is hard, e.g. becoming a resource person for a task one does not yet solve independently.'),
];

const licenceByResponsibility: Record<Responsibility, Licence> = { 'med-stoette': 'C', selvstaendigt: 'B', ressourceperson: 'A' };
const responsibilityByLicence: Record<Licence, Responsibility> = { C: 'med-stoette', B: 'selvstaendigt', A: 'ressourceperson' };

export const licenceForResponsibility = (r: Responsibility): Licence => licenceByResponsibility[r];
export const responsibilityForLicence = (l: Licence): Responsibility => responsibilityByLicence[l];

const steps: Record<Experience | Responsibility | Licence, number> = {
  begyndere: 0, 'lidt-erfarne': 1, 'meget-erfarne': 2,
  'med-stoette': 0, selvstaendigt: 1, ressourceperson: 2,
  C: 0, B: 1, A: 2,
};

/**
 * The row of the staircase (0, 1, 2) a current level, a future responsibility or a licence belongs to.
 * A level's natural next step has the same index (begyndere → med støtte, lidt erfarne → selvstændigt,
 * meget erfarne → som ressourceperson); a larger target index means steps are skipped.
 */
export const stepIndex = (x: Experience | Responsibility | Licence): number => steps[x];

/** How many steps a target skips from a current level (0 when it is the natural next step or lower). */
export const skippedSteps = (current: Experience, target: Responsibility): number =>
  Math.max(0, stepIndex(target) - stepIndex(current));
