import { experiences, type Experience, type GoalLevel, type Lang, type LearningFormId } from './ids.js';
import { learningFormById, learningFormFamilyNames, learningFormTable } from './catalog/learning-forms.js';
import { currentLevels } from './catalog/staircase.js';
import { t } from './catalog/text.js';
import type { LearningForm } from './catalog/types.js';

/** How well a form fits the goal and the group: good, possible, or advised against. */
export type Fit = 'god' | 'mulig' | 'fraraades';

export interface Recommendation {
  readonly form: LearningForm;
  /** True when the publication's table names the form for this goal. */
  readonly fromTable: boolean;
  readonly fit: Fit;
  /** Why, in the requested language. */
  readonly reason: string;
}

export interface RecommendQuery {
  readonly goals: readonly GoalLevel[];
  /** Current experience of the target groups (the staircase's `nuvaerende`). */
  readonly experience?: readonly Experience[];
  readonly lang?: Lang;
}

/**
 * Forms outside the goal's row of the table that can serve the goal too (the publication: almost any
 * form can, when adapted), best first: `[good, possible]`.
 */
const related: Record<GoalLevel, readonly [readonly LearningFormId[], readonly LearningFormId[]]> = {
  metoder: [[], ['foelordning', 'aktionslaering', 'rolle-som-ressourceperson', 'teamsamarbejde', 'supervision', 'nye-opgaver']],
  viden: [[], [
    'coaching', 'digitaliseret-laering', 'efter-videreuddannelse', 'sidemandsoplaering', 'videndeling', 'arbejdspladsbesoeg',
    'klinisk-introduktion', 'europaeisk-udveksling',
  ]],
  rolle: [['supervision'], [
    'udviklende-workshop', 'erfaringsudveksling', 'udstationering', 'udlaan', 'europaeisk-udveksling', 'arbejdspladsbesoeg',
    'udviklingssamtale',
  ]],
  komplekse: [['netvaerksgruppe', 'projektarbejde', 'efter-videreuddannelse'], [
    'udlaan', 'udstationering', 'europaeisk-udveksling', 'klinisk-introduktion', 'jobrotation', 'tvaerfagligt-arbejde',
  ]],
};

/** Fit per experience level where the sources say whom a form suits; levels not named keep the goal's fit. */
const byExperience: Partial<Record<LearningFormId, Partial<Record<Experience, Fit>>>> = {
  'udviklende-workshop': { begyndere: 'fraraades', 'lidt-erfarne': 'mulig', 'meget-erfarne': 'god' },
  'digitaliseret-laering': { begyndere: 'god', 'meget-erfarne': 'mulig' },
  'rolle-som-ressourceperson': { begyndere: 'fraraades', 'lidt-erfarne': 'mulig', 'meget-erfarne': 'god' },
  'europaeisk-udveksling': { begyndere: 'fraraades' },
};

/** The reason's sentences, filled from the goal and the form's facts. */
const phrases = {
  da: {
    table: (goal: string) => `Publikationens forslag til ${goal}.`,
    related: (goal: string) => `Kan også bruges til ${goal}.`,
    suits: (levels: string) => `Passer til ${levels}.`,
    max: (n: number) => `Højst ${n} pr. erfaren kollega.`,
    years: (n: number) => `Kræver ${n} års erfaring.`,
    and: ' og ',
  },
  en: {
    table: (goal: string) => `The publication's choice for ${goal}.`,
    related: (goal: string) => `Can also serve ${goal}.`,
    suits: (levels: string) => `Suits ${levels}.`,
    max: (n: number) => `At most ${n} per experienced colleague.`,
    years: (n: number) => `Requires ${n} years' experience.`,
    and: ' and ',
  },
} satisfies Record<Lang, unknown>;

const rank: Record<Fit, number> = { fraraades: 0, mulig: 1, god: 2 };

/** The fit for the best-suited of the given groups: a form fits if it suits one of them. */
function fitFor(base: Fit, id: LearningFormId, experience: readonly Experience[]): Fit {
  const rule = byExperience[id];
  if (!rule || experience.length === 0) return base;
  return experience
    .map((e) => rule[e] ?? base)
    .reduce((a, b) => (rank[b] > rank[a] ? b : a));
}

/** Why a form is suggested for a goal: the table or "can also serve", then whom it suits and its limits. */
function reasonFor(form: LearningForm, goal: GoalLevel, fromTable: boolean, lang: Lang): string {
  const p = phrases[lang];
  const name = t(learningFormFamilyNames[goal], lang).toLowerCase();
  const out = [fromTable ? p.table(name) : p.related(name)];
  if (form.experience.length < experiences.length) {
    out.push(p.suits(form.experience.map((e) => t(currentLevels[experiences.indexOf(e)]!.name, lang).toLowerCase()).join(p.and)));
  }
  if (form.maxPerExperienced) out.push(p.max(form.maxPerExperienced));
  if (form.minYearsExperience) out.push(p.years(form.minYearsExperience));
  return out.join(' ');
}

/**
 * Learning forms for the given goals. For each goal, in the order given: the publication's forms
 * for it (`fromTable: true`, in the table's order), then other forms that can serve it
 * (`fromTable: false`). A form appears once: in its table row when that goal is asked for, else
 * under the first goal that lists it. Experience adjusts the fit (best fit over the groups).
 */
export function recommendLearningForms(q: RecommendQuery): Recommendation[] {
  const lang = q.lang ?? 'da';
  const experience = q.experience ?? [];
  const goals = q.goals.filter((g) => Object.hasOwn(learningFormTable, g));
  // A form in the table row of any requested goal appears there, with `fromTable: true`.
  const seen = new Set<LearningFormId>();
  const inTable = new Set(goals.flatMap((g) => learningFormTable[g]));
  const out: Recommendation[] = [];
  const add = (id: LearningFormId, goal: GoalLevel, fromTable: boolean, base: Fit): void => {
    if (seen.has(id) || (!fromTable && inTable.has(id))) return;
    seen.add(id);
    const form = learningFormById(id);
    out.push({ form, fromTable, fit: fitFor(base, id, experience), reason: reasonFor(form, goal, fromTable, lang) });
  };
  for (const goal of goals) {
    for (const id of learningFormTable[goal]) add(id, goal, true, 'god');
    const [good, possible] = related[goal];
    for (const id of good) add(id, goal, false, 'god');
    for (const id of possible) add(id, goal, false, 'mulig');
  }
  return out;
}
