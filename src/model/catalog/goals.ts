import type { GoalSubtype, PlanGoalLevel, Text } from '../ids.js';
import { tx } from './text.js';

export interface GoalSubtypeInfo<L extends PlanGoalLevel = PlanGoalLevel> {
  readonly id: GoalSubtype<L>;
  readonly name: Text;
  readonly description: Text;
}

export interface GoalLevelInfo<L extends PlanGoalLevel = PlanGoalLevel> {
  readonly id: L;
  readonly name: Text;
  /** What the level is about, as the pyramid states it. */
  readonly description: Text;
  /** The leader's role when this level is the main goal. */
  readonly leaderRole: Text;
  /** Sub-types to consider, in the publication's order. */
  readonly subtypes: readonly GoalSubtypeInfo<L>[];
}

const sub = <L extends PlanGoalLevel>(id: GoalSubtype<L>, name: Text, description: Text): GoalSubtypeInfo<L> =>
  ({ id, name, description });

/** The learning-goal pyramid's three levels (keyed; `goalLevels` in ids.ts gives the order, top first). */
export const goalLevelInfo: { readonly [L in PlanGoalLevel]: GoalLevelInfo<L> } = {
  rolle: {
    id: 'rolle',
    name: tx('Rolle', 'Role'),
    description: tx('Ens tilgang til opgaven og syn på sig selv i den.', 'One\'s approach to the task and view of oneself in it.'),
    leaderRole: tx(
      'Tag del i medarbejdernes samtaler om, hvad den nye rolle kræver i det daglige.',
      'Join the staff\'s talks on what the new role asks of them day to day.'),
    subtypes: [
      sub('selvforstaaelse', tx('Faglig selvforståelse og identitet', 'Professional self-understanding and identity'),
        tx('Fx myndighedsperson, ekspert eller omsorgsperson.', 'E.g. official in authority, expert or carer.')),
      sub('vaerdier', tx('Værdier og holdninger', 'Values and attitudes'),
        tx('Synet på kerneopgaven og mødet med borgerne.', 'Views on the core task and on meeting citizens.')),
      sub('faglig-stolthed', tx('Faglig stolthed', 'Professional pride'),
        tx('Stoltheden over, hvordan man løser opgaven i dag.', 'Pride in how we do the task today.')),
    ],
  },
  viden: {
    id: 'viden',
    name: tx('Faglig viden', 'Professional knowledge'),
    description: tx('Den faglige indsigt bag ens valg.', 'The professional insight behind one\'s choices.'),
    leaderRole: tx('Hjælp med at omsætte ny teori til daglig praksis.', 'Help turn new theory into daily practice.'),
    subtypes: [
      sub('faglige-teorier', tx('Faglige teorier', 'Professional theories'), tx('Sammenhængende teori om et fagområde.', 'Coherent theory about a professional field.')),
      sub('forskning', tx('Ny forskning', 'New research'), tx('Ny viden om, hvad der virker.', 'New evidence on what works.')),
      sub('lovgivning', tx('Lovgivning og retningslinjer', 'Legislation and guidelines'),
        tx('Regler og anden formel viden om opgaven.', 'Rules and other formal knowledge on the task.')),
      sub('organisationsteorier', tx('Teorier om samarbejde og organisation', 'Theories of collaboration and organisation'),
        tx('Viden fra andre fag om, hvordan arbejdspladsen løser opgaver.', 'Knowledge from other fields on how the workplace works.')),
    ],
  },
  metoder: {
    id: 'metoder',
    name: tx('Metoder og teknikker', 'Methods and techniques'),
    description: tx('Fremgangsmåder og teknikker, som arbejdet følger.', 'The procedures and techniques the work follows.'),
    leaderRole: tx(
      'Sørg for, at de rette medarbejdere bliver trænet, og at metoderne bliver brugt bagefter.',
      'See that the right staff are trained and that the methods are used afterwards.'),
    subtypes: [
      sub('fremgangsmaader', tx('Fremgangsmåder', 'Procedures'), tx('Faste trin, fx en ny måde at dokumentere på.', 'Set steps, e.g. a new way of documenting.')),
      sub('arbejdsteknikker', tx('Arbejdsteknikker', 'Work techniques'), tx('Fx til forflytning eller samtaler.', 'E.g. for transfers or conversations.')),
      sub('faglige-metoder', tx('Faglige metoder', 'Professional methods'),
        tx('Systematisk arbejde i et felt, ofte bygget på teori.', 'Systematic work in a field, often built on theory.')),
      sub('teknologi', tx('Ny teknologi', 'New technology'),
        tx('Fx it-systemer eller velfærdsteknologi med indbygget systematik.', 'E.g. IT systems or welfare technology with a built-in system.')),
    ],
  },
};

/** The pyramid's base: the actions themselves, not a goal type. */
export const actionsLevel: { readonly name: Text; readonly description: Text } = {
  name: tx('Handlinger', 'Actions'),
  description: tx('Opgaverne, der skal løses på en ny måde.', 'The tasks to be done in a new way.'),
};

/** The reminder that goes with the pyramid. */
export const goalsReminder: Text = tx(
  'Jo højere i pyramiden, jo sværere at ændre. Sæt mål på ét, to eller alle tre niveauer.',
  'The higher in the pyramid, the harder to change. Set goals on one, two or all three levels.');

/** The pitfall of this field. */
export const goalsPitfall: Text = tx(
  'Drøft målene grundigt på hvert niveau: uklare mål efterlader medarbejderne i tvivl om, hvad de skal lære.',
  'Discuss the goals fully on each level: vague goals leave staff in doubt about what to learn.');
