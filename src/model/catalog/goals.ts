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

/** The learning-goal pyramid's three levels (keyed; `goalLevels` in ids.ts gives the order, top first). */
export const goalLevelInfo: { readonly [L in PlanGoalLevel]: GoalLevelInfo<L> } = {
  rolle: {
    id: 'rolle',
    name: tx('Rolle', 'Role'),
    description: tx(
      'Den tilgang, man har til opgaven, og hvordan man forstår sig selv, når man løser den.',
      'One\'s approach to the task and how one sees oneself when solving it.'),
    leaderRole: tx(
      'Støt og deltag i medarbejdernes refleksion over, hvad den nye rolle betyder i praksis.',
      'Support and take part in staff reflection on what the new role means in practice.'),
    subtypes: [
      {
        id: 'selvforstaaelse',
        name: tx('Faglig selvforståelse og identitet', 'Professional self-understanding and identity'),
        description: tx('Hvem man er som fagperson, fx myndighed, ekspert eller omsorgsperson.', 'Who one is as a professional, e.g. authority, expert or carer.'),
      },
      {
        id: 'vaerdier',
        name: tx('Værdier og holdninger', 'Values and attitudes'),
        description: tx('Det, man mener om kerneopgaven og om mødet med borgerne.', 'What one believes about the core task and about meeting citizens.'),
      },
      {
        id: 'faglig-stolthed',
        name: tx('Faglig stolthed', 'Professional pride'),
        description: tx('Stoltheden over den måde, man løser opgaven på i dag.', 'Pride in the way one solves the task today.'),
      },
    ],
  },
  viden: {
    id: 'viden',
    name: tx('Faglig viden', 'Professional knowledge'),
    description: tx(
      'Den faglige indsigt bag de valg, man træffer.',
      'The professional insight behind the choices one makes.'),
    leaderRole: tx(
      'Hjælp medarbejderne med at forstå ny teori og omsætte den til hverdagens opgaver.',
      'Help staff understand new theory and turn it into everyday tasks.'),
    subtypes: [
      {
        id: 'faglige-teorier',
        name: tx('Faglige teorier', 'Professional theories'),
        description: tx('En samlet tænkning om et større fagfelt.', 'A coherent way of thinking about a larger field.'),
      },
      {
        id: 'forskning',
        name: tx('Ny forskning', 'New research'),
        description: tx('Nye resultater og viden om, hvad der virker.', 'New findings and evidence on what works.'),
      },
      {
        id: 'lovgivning',
        name: tx('Lovgivning og retningslinjer', 'Legislation and guidelines'),
        description: tx('Love, regler og anden formel viden, der har betydning for opgaven.', 'Laws, rules and other formal knowledge that matter for the task.'),
      },
      {
        id: 'organisationsteorier',
        name: tx('Teorier om samarbejde og organisation', 'Theories of collaboration and organisation'),
        description: tx('Viden uden for eget fag, som kan forbedre måden, arbejdspladsen løser opgaverne på.', 'Knowledge outside one\'s own field that can improve how the workplace solves its tasks.'),
      },
    ],
  },
  metoder: {
    id: 'metoder',
    name: tx('Metoder og teknikker', 'Methods and techniques'),
    description: tx(
      'De systematikker og metoder, man arbejder efter.',
      'The systems and methods one works by.'),
    leaderRole: tx(
      'Koordinér, og sørg for, at de rette medarbejdere kommer igennem og bruger metoderne i hverdagen.',
      'Coordinate, and make sure the right staff get through and use the methods day to day.'),
    subtypes: [
      {
        id: 'fremgangsmaader',
        name: tx('Fremgangsmåder', 'Procedures'),
        description: tx('Faste trin at følge, fx en ny måde at dokumentere på.', 'Set steps to follow, e.g. a new way of documenting.'),
      },
      {
        id: 'arbejdsteknikker',
        name: tx('Arbejdsteknikker', 'Work techniques'),
        description: tx('Særlige teknikker, fx til forflytning eller samtaler.', 'Special techniques, e.g. for transfers or conversations.'),
      },
      {
        id: 'faglige-metoder',
        name: tx('Faglige metoder', 'Professional methods'),
        description: tx('Systematisk arbejde med et felt, ofte bygget på teori og mere komplekst.', 'Systematic work in a field, often built on theory and more complex.'),
      },
      {
        id: 'teknologi',
        name: tx('Ny teknologi', 'New technology'),
        description: tx('Fx it-systemer eller velfærdsteknologi med en indbygget systematik.', 'E.g. IT systems or welfare technology with a built-in system.'),
      },
    ],
  },
};

/** The pyramid's base: the actions themselves, not a goal type. */
export const actionsLevel: { readonly name: Text; readonly description: Text } = {
  name: tx('Handlinger', 'Actions'),
  description: tx('De opgaver, der skal løses på en ny måde.', 'The tasks to be solved in a new way.'),
};

/** The reminder that goes with the pyramid. */
export const goalsReminder: Text = tx(
  'Jo højere i pyramiden, jo sværere er det typisk at ændre. En plan kan have mål på ét, to eller alle tre niveauer.',
  'The higher in the pyramid, the harder it usually is to change. A plan may have goals on one, two or all three levels.');

/** The pitfall of this field. */
export const goalsPitfall: Text = tx(
  'Tænk målene igennem på hvert niveau, ellers ved medarbejderne ikke, hvad de skal lære.',
  'Think the goals through on each level, or staff will not know what they are to learn.');

/** `komplekse`: not a level of the pyramid, but a goal `recommendLearningForms` accepts. */
export const komplekseName: Text = tx('Komplekse udviklingsbehov', 'Complex development needs');
