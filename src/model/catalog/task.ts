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
    description: tx('En kendt opgave skal løses mere sikkert og selvstændigt.', 'A known task must be done more safely and independently.'),
  },
  'aendret-karakter': {
    id: 'aendret-karakter',
    name: tx('Opgaven har ændret sig', 'The task has changed'),
    description: tx('Opgaven skal nu løses på en ny måde.', 'The task must now be done a new way.'),
  },
  'ny-opgave': {
    id: 'ny-opgave',
    name: tx('Ny opgave', 'New task'),
    description: tx('Opgaven er ny for arbejdspladsen.', 'The task is new to the workplace.'),
  },
  'ny-faggruppe': {
    id: 'ny-faggruppe',
    name: tx('Ny faggruppe', 'New professional group'),
    description: tx('En anden faggruppe skal løse opgaven.', 'Another professional group is to do the task.'),
  },
};

export { taskRequirementLabels, taskRequirements, type TaskRequirement } from './task-requirements.js';

/** What a task is in the method. */
export const taskDefinition: Text = tx(
  'En situation, der opstår igen og igen, og som medarbejderen skal tage ansvar for. Målet er ny adfærd, ikke kun ny viden.',
  'A recurring situation the employee must take responsibility for. The goal is new behaviour, not just new knowledge.');

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
    better: tx('Fortælle forældrene om barnets dag, når det hentes', 'Tell parents about the child\'s day at pick-up'),
  },
  { vague: tx('Blive bedre til at undervise', 'Get better at teaching') },
  { vague: tx('Arbejde mere rehabiliterende', 'Work in a more rehabilitative way') },
];
