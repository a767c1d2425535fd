/**
 * The method's stable ids (docs/plan-json.md, "Stable ids"). Integrators store these in plan JSON
 * and filter on them, so renaming one is a breaking change that needs a new schemaVersion.
 */

export const languages = ['da', 'en'] as const;
export type Lang = (typeof languages)[number];

/** A text in both languages. Every user-facing text of the model is one of these. */
export interface Text {
  readonly da: string;
  readonly en: string;
}

export const fieldIds = ['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag'] as const;
export type FieldId = (typeof fieldIds)[number];

export const anledninger = ['mere-selvstaendighed', 'aendret-karakter', 'ny-opgave', 'ny-faggruppe'] as const;
export type Anledning = (typeof anledninger)[number];

/** The pyramid's levels, top (hardest to change) first. */
export const goalLevels = ['rolle', 'viden', 'metoder'] as const;
export type PlanGoalLevel = (typeof goalLevels)[number];
/** What `recommendLearningForms` accepts: the pyramid's levels plus complex development needs. */
export type GoalLevel = PlanGoalLevel | 'komplekse';

export const goalSubtypes = {
  metoder: ['fremgangsmaader', 'arbejdsteknikker', 'faglige-metoder', 'teknologi'],
  viden: ['faglige-teorier', 'forskning', 'lovgivning', 'organisationsteorier'],
  rolle: ['selvforstaaelse', 'vaerdier', 'faglig-stolthed'],
} as const;
export type GoalSubtype<L extends PlanGoalLevel = PlanGoalLevel> = (typeof goalSubtypes)[L][number];

export const experiences = ['begyndere', 'lidt-erfarne', 'meget-erfarne'] as const;
export type Experience = (typeof experiences)[number];

export const responsibilities = ['med-stoette', 'selvstaendigt', 'ressourceperson'] as const;
export type Responsibility = (typeof responsibilities)[number];

/** Licence labels in the staircase's order: C = with support, B = independently, A = resource person. */
export const licences = ['C', 'B', 'A'] as const;
export type Licence = (typeof licences)[number];

export const tempi = ['vidensopbygning', 'afproevning', 'feedback'] as const;
export type Tempo = (typeof tempi)[number];

export const feedbackKinds = ['vurderende', 'instruerende', 'reflekterende'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const learningFormIdsByFamily = {
  metoder: ['traeningsworkshop', 'udviklende-workshop', 'sidemandsoplaering', 'digitaliseret-laering', 'vaerktoejskursus'],
  viden: ['flerdageskursus', 'temadag', 'seminar'],
  rolle: ['mentorforloeb', 'coaching', 'aktionslaering', 'rolle-som-ressourceperson'],
  komplekse: ['laerende-netvaerk', 'selvkoerende-projektarbejde', 'laengerevarende-uddannelse'],
  mobilitet: ['udlaan', 'udstationering', 'klinisk-introduktion', 'europaeisk-udveksling'],
  vaerktoej: [
    'jobrotation', 'foelordning', 'efter-videreuddannelse', 'udviklingssamtale', 'videndeling', 'supervision',
    'erfaringsudveksling', 'nye-opgaver', 'projektarbejde', 'tvaerfagligt-arbejde', 'teamsamarbejde',
    'netvaerksgruppe', 'arbejdspladsbesoeg',
  ],
} as const;
export type LearningFormFamily = keyof typeof learningFormIdsByFamily;
export const learningFormFamilies = Object.keys(learningFormIdsByFamily) as LearningFormFamily[];
export type LearningFormId = (typeof learningFormIdsByFamily)[LearningFormFamily][number];
export const learningFormIds = Object.values(learningFormIdsByFamily).flat() as LearningFormId[];

export const anchoringKinds = [
  'opfoelgning-paa-maal', 'organisatoriske-aendringer', 'loebende-stoette', 'loebende-opfoelgning',
] as const;
export type AnchoringKind = (typeof anchoringKinds)[number];

export const transitionTypes = ['individuel', 'faelles'] as const;
export type TransitionType = (typeof transitionTypes)[number];

export const mobilityScopes = ['deltid', 'fuldtid'] as const;
export type MobilityScope = (typeof mobilityScopes)[number];

/** The mobility learning forms double as the `form` of a mobility arrangement. */
export const mobilityForms = learningFormIdsByFamily.mobilitet;
export type MobilityForm = (typeof mobilityForms)[number];

export const weekdays = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'loerdag', 'soendag'] as const;
export type Weekday = (typeof weekdays)[number];

export const exampleIds = [
  'doegninstitution', 'boernehus', 'plejecenter-maaltid', 'barselsafsnit', 'jobcenter', 'plejecenter-dokumentation',
] as const;
export type ExampleId = (typeof exampleIds)[number];

export const severities = ['info', 'warning', 'error'] as const;
export type Severity = (typeof severities)[number];
