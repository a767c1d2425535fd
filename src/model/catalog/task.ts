import type { Anledning, Text } from '../ids.js';
import { tx } from './text.js';

export interface AnledningInfo {
  readonly id: Anledning;
  readonly name: Text;
  readonly description: Text;
}

/** The reasons a task-solving must change (keyed; `anledninger` in ids.ts gives the order). */
export const anledningInfo: { readonly [A in Anledning]: AnledningInfo & { readonly id: A } } = {
  'mere-selvstaendighed': {
    id: 'mere-selvstaendighed',
    name: tx('Mere sikkerhed og selvstændighed', 'More safety and independence'),
    description: tx('En kendt opgave skal løses mere sikkert og selvstændigt.', 'A known task must be solved more safely and independently.'),
  },
  'aendret-karakter': {
    id: 'aendret-karakter',
    name: tx('Opgaven har ændret sig', 'The task has changed'),
    description: tx('Opgaven er blevet en anden og skal løses på en ny måde.', 'The task is different now and must be solved in a new way.'),
  },
  'ny-opgave': {
    id: 'ny-opgave',
    name: tx('Ny opgave', 'New task'),
    description: tx('Opgaven er helt ny for arbejdspladsen.', 'The task is entirely new to the workplace.'),
  },
  'ny-faggruppe': {
    id: 'ny-faggruppe',
    name: tx('Ny faggruppe', 'New professional group'),
    description: tx('Opgaven skal løses af medarbejdere fra en anden faggruppe end før.', 'The task is to be solved by staff from another professional group than before.'),
  },
};

/** The keys of `opgave.krav`: the three requirements of a usable task. */
export const taskRequirements = ['konkretSituation', 'kanHaandteresAnderledes', 'ansvarTydeligt'] as const;
export type TaskRequirement = (typeof taskRequirements)[number];

export const taskRequirementLabels: Readonly<Record<TaskRequirement, Text>> = {
  konkretSituation: tx('Det er én konkret situation, som medarbejderne kender.', 'It is one concrete situation that staff recognise.'),
  kanHaandteresAnderledes: tx('Medarbejderne kan håndtere den på en anden måde.', 'Staff can handle it in a different way.'),
  ansvarTydeligt: tx('Det er tydeligt, hvem der har ansvaret for at løse den.', 'It is clear who is responsible for solving it.'),
};

/** What a task is in the method. */
export const taskDefinition: Text = tx(
  'En opgave er en situation, der opstår igen og igen, og som medarbejderen forventes at tage ansvar for og klare kompetent. Målet er ændret adfærd, ikke blot ny viden.',
  'A task is a situation that keeps recurring, which the employee is expected to take responsibility for and handle competently. The goal is changed behaviour, not just new knowledge.');

/** Tasks that work: one recurring, concrete situation each. */
export const goodTaskExamples: readonly Text[] = [
  tx('Give medicin til beboerne på plejecentret', 'Give medicine to residents at the nursing home'),
  tx('Afklare en ledigs kompetencer', 'Assess an unemployed person\'s competences'),
  tx('Sprogvurdere børn', 'Assess children\'s language'),
  tx('Dokumentere fremskridt i forhold til handleplaner', 'Document progress against action plans'),
];

/** Goals too general to train, each with a sharper version where the sources give one. */
export const tooGeneralTaskExamples: readonly { readonly vague: Text; readonly better?: Text }[] = [
  {
    vague: tx('Blive bedre til at kommunikere', 'Get better at communicating'),
    better: tx(
      'Fortælle forældrene om dagens begivenheder, når barnet bliver hentet',
      'Tell parents about the day\'s events when the child is picked up'),
  },
  { vague: tx('Blive bedre til at undervise', 'Get better at teaching') },
  { vague: tx('Arbejde mere rehabiliterende', 'Work in a more rehabilitating way') },
];
