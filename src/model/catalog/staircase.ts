import { experiences, licences, responsibilities, type Experience, type Licence, type Responsibility, type Text } from '../ids.js';
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
    description: tx('Har ikke løst opgaven før.', 'Have not done the task before.'),
  },
  {
    id: 'lidt-erfarne',
    name: tx('Lidt erfarne', 'Somewhat experienced'),
    description: tx('Har løst opgaven, men mangler rutine.', 'Have done the task but lack routine.'),
  },
  {
    id: 'meget-erfarne',
    name: tx('Meget erfarne', 'Very experienced'),
    description: tx(
      'Klarer allerede opgaven sikkert på egen hånd, men har ikke ekspertisen endnu.',
      'Already handle the task safely and independently, but lack expertise.'),
  },
];

/** The three steps of future responsibility, lowest first. */
export const futureResponsibilities: readonly FutureResponsibility[] = [
  {
    id: 'med-stoette',
    name: tx('Med støtte', 'With support'),
    description: tx(
      'Kan løse opgaven med støtte fra en kollega eller leder.',
      'Can do the task with support from a colleague or manager.'),
    relevantWhen: [
      tx('Flere skal kunne løse opgaven.', 'More people need to be able to do the task.'),
      tx('Der kommer nye opgaver.', 'New tasks arrive.'),
    ],
  },
  {
    id: 'selvstaendigt',
    name: tx('Selvstændigt', 'Independently'),
    description: tx('Løser opgaven sikkert på egen hånd.', 'Do the task safely on their own.'),
    relevantWhen: [
      tx('Opgaven skal løses mere sikkert.', 'The task needs to be done more safely.'),
      tx('Opgaven vokser eller skal hænge sammen med andre.', 'The task grows or must fit with others.'),
    ],
  },
  {
    id: 'ressourceperson',
    name: tx('Som ressourceperson', 'As a resource person'),
    description: tx(
      'Har ekspertise, er den, kolleger går til, og klarer svære, uforudsigelige situationer.',
      'Have expertise, are the go-to colleague and handle hard, unpredictable situations.'),
    relevantWhen: [
      tx('Opgaverne ændrer sig oftere og er mere komplekse eller uforudsigelige.', 'Tasks change more and are more complex or unpredictable.'),
    ],
  },
];

/**
 * What each licence means, then whom the nursing home that uses them asks to take it (its rule, so
 * only an example for other workplaces).
 */
const licenceMeanings = [
  tx(
    'Løser opgaven med støtte; ingen forventes at stå alene med den. Fx alle medarbejdere, også vikarer.',
    'Do the task with support; nobody is expected to handle it alone. E.g. all staff, temps too.'),
  tx(
    'Løser opgaver af en vis kompleksitet på egen hånd. Fx alle social- og sundhedsassistenter.',
    'Handle fairly complex tasks on their own. E.g. all social and health care assistants.'),
  tx(
    'Klarer de mest komplekse opgaver og er en slags faglig leder på området. Fx de, der vil tage ekstra ansvar.',
    'Handle the most complex tasks and act as a kind of professional lead in the area. E.g. those who want extra responsibility.'),
];

/** The licence labels C, B, A (lowest first), each tied to one step of future responsibility. */
export const licenceInfo: readonly LicenceInfo[] = /* @__PURE__ */ licences.map((id, i) => ({
  id,
  name: tx(`Kørekort ${id}`, `Licence ${id}`),
  meaning: licenceMeanings[i]!,
  responsibility: responsibilities[i]!,
}));

/** How a workplace runs the licences in practice. */
export const licenceNote: Text = tx(
  'Kørekortet tages ved en praksisgennemgang, en slags eksamen, og vises på intranettet og i afdelingerne.',
  'The licence is earned at a practice review, a kind of exam, and shown on the intranet and in the departments.');

/** Reminders for setting targets on the staircase. */
export const staircaseNotes: readonly Text[] = [
  tx(
    'Ikke alle skal op på øverste trin; en vikar behøver sjældent samme ansvar som en erfaren kollega.',
    'Not everyone needs the top step; a temp rarely needs the responsibility of an experienced colleague.'),
  tx('Det er svært at springe et trin over.', 'Skipping a step is hard.'),
];

export const licenceForResponsibility = (r: Responsibility): Licence => licences[responsibilities.indexOf(r)]!;
export const responsibilityForLicence = (l: Licence): Responsibility => responsibilities[licences.indexOf(l)]!;

/**
 * The row of the staircase (0, 1, 2) a current level, a future responsibility or a licence belongs to.
 * A level's natural next step has the same index (begyndere → med støtte, lidt erfarne → selvstændigt,
 * meget erfarne → som ressourceperson); a larger target index means steps are skipped.
 */
export const stepIndex = (x: Experience | Responsibility | Licence): number =>
  Math.max(...[experiences, responsibilities, licences].map((list) => (list as readonly string[]).indexOf(x)));

/** How many steps a target skips from a current level (0 when it is the natural next step or lower). */
export const skippedSteps = (current: Experience, target: Responsibility): number =>
  Math.max(0, stepIndex(target) - stepIndex(current));
