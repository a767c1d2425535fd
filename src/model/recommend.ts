import { experiences, type Experience, type GoalLevel, type Lang, type LearningFormId, type Text } from './ids.js';
import { learningFormById, learningFormFamilyNames, learningFormTable } from './catalog/learning-forms.js';
import { currentLevels } from './catalog/staircase.js';
import { joinList, matchLang, nameInSentence, t, tx } from './catalog/text.js';
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
 * form can, when adapted), best first: `[good, possible]`. Forms the sources offer to some staff only
 * (`audience`) come last. The recommendation lists them by the fit experience gives, then this order.
 */
const related: Record<GoalLevel, readonly [readonly LearningFormId[], readonly LearningFormId[]]> = {
  metoder: [[], ['foelordning', 'aktionslaering', 'rolle-som-ressourceperson', 'teamsamarbejde', 'supervision', 'nye-opgaver']],
  // The table's knowledge forms build knowledge only: first the forms at the workplace that add
  // trying out and feedback, as the worked examples pair teaching with practice, sparring and
  // resource persons.
  viden: [['coaching'], [
    'digitaliseret-laering', 'traeningsworkshop', 'sidemandsoplaering', 'aktionslaering', 'rolle-som-ressourceperson',
    'supervision', 'teamsamarbejde', 'efter-videreuddannelse', 'videndeling', 'arbejdspladsbesoeg',
    'udlaan', 'udstationering', 'europaeisk-udveksling', 'klinisk-introduktion',
  ]],
  rolle: [['supervision'], [
    'udviklende-workshop', 'erfaringsudveksling', 'udstationering', 'udlaan', 'arbejdspladsbesoeg', 'udviklingssamtale',
    'europaeisk-udveksling',
  ]],
  komplekse: [['projektarbejde', 'efter-videreuddannelse'], [
    'netvaerksgruppe', 'udlaan', 'udstationering', 'jobrotation', 'tvaerfagligt-arbejde', 'europaeisk-udveksling', 'klinisk-introduktion',
  ]],
};

/**
 * The reason's first sentence for a form outside the goal's row that the sources call good for it,
 * in place of the plain "well suited to …".
 */
const goodBecause: Partial<Record<GoalLevel, Partial<Record<LearningFormId, Text>>>> = {
  // The publication: coaching works especially well with more complex knowledge.
  viden: { coaching: tx('Velegnet til faglig viden, især den mere komplekse.', 'Well suited to professional knowledge, especially the more complex kind.') },
};

/**
 * Forms that serve a goal well for some groups only, though the goal's list rates them "possible":
 * e-learning suits staff who are new to an area such as legislation or other formal knowledge. For
 * the very experienced, the staircase's next step is the resource person, a role that teaches the one
 * who passes practice on (as the super-users of a new IT system and the maternity ward's key persons
 * did), and a developing workshop, which asks for much experience, can make a shared professional
 * foundation for a new role (as the children's house did).
 */
const goodFor: Partial<Record<GoalLevel, Partial<Record<LearningFormId, readonly Experience[]>>>> = {
  metoder: { 'rolle-som-ressourceperson': ['meget-erfarne'] },
  viden: { 'digitaliseret-laering': ['begyndere'], 'rolle-som-ressourceperson': ['meget-erfarne'] },
  rolle: { 'udviklende-workshop': ['meget-erfarne'] },
};

/**
 * The reason's sentences, filled from the goal and the form's facts. The element shows the reason
 * after the fit ("Kan bruges: …") under a heading, so the goal sentence adds to them, not repeats them.
 */
const phrases = {
  da: {
    table: (goal: string) => `Metodens tabel foreslår den til ${goal}.`,
    related: (goal: string) => `Skal tilpasses til ${goal}.`,
    relatedGood: (goal: string) => `Velegnet til ${goal}.`,
    only: (audience: string) => `Kun til ${audience}`,
    suits: (levels: string) => `Passer til ${levels}.`,
    suitsNot: (levels: string, others: string) => `Passer til ${levels}, ikke til ${others}.`,
    max: (n: number) => `Normalt højst ${n} pr. erfaren kollega.`,
    years: (n: number) => `Kræver ${n} års hospitalserfaring.`,
    and: 'og',
    or: 'eller',
  },
  en: {
    table: (goal: string) => `The method's table lists it for ${goal}.`,
    related: (goal: string) => `Needs adapting to ${goal}.`,
    relatedGood: (goal: string) => `Well suited to ${goal}.`,
    only: (audience: string) => `Only for ${audience}`,
    suits: (levels: string) => `Suits ${levels}.`,
    suitsNot: (levels: string, others: string) => `Suits ${levels}, not ${others}.`,
    max: (n: number) => `Usually at most ${n} per experienced colleague.`,
    years: (n: number) => `Requires ${n} years' hospital experience.`,
    and: 'and',
    or: 'or',
  },
} satisfies Record<Lang, unknown>;

/**
 * The people on a step of the staircase, in a sentence: "begyndere", "meget erfarne"; in English
 * "beginners", "the very experienced" ("experienced" is an adjective: naming people, it needs "the").
 */
export function groupInSentence(id: Experience, lang: Lang): string {
  const name = t(currentLevels[experiences.indexOf(id)]!.name, lang).toLowerCase();
  return lang === 'en' && id !== 'begyndere' ? `the ${name}` : name;
}

const rank: Record<Fit, number> = { fraraades: 0, mulig: 1, god: 2 };
const fits: readonly Fit[] = ['fraraades', 'mulig', 'god'];

/** Orders recommendations best fit first (for `Array.prototype.sort`; equal fits keep their order). */
export const byFit = (a: Recommendation, b: Recommendation): number => rank[b.fit] - rank[a.fit];

/** How many steps of the staircase lie between a level and the nearest level the form suits. */
const distance = (form: LearningForm, e: Experience): number =>
  Math.min(...form.experience.map((x) => Math.abs(experiences.indexOf(x) - experiences.indexOf(e))));

/**
 * The fit for one group. The form's catalog `experience` is the one source of whom it suits: a group
 * it suits keeps the goal's fit (or better, where `goodFor` says so); a group it does not suit gets
 * one grade lower per step of the staircase to the nearest level it suits.
 */
function fitForGroup(base: Fit, form: LearningForm, goal: GoalLevel, e: Experience): Fit {
  if (form.experience.includes(e)) return goodFor[goal]?.[form.id]?.includes(e) ? 'god' : base;
  return fits[Math.max(0, rank[base] - distance(form, e))]!;
}

/** The fit for the best-suited of the given groups: a form fits if it suits one of them. */
function fitFor(base: Fit, form: LearningForm, goal: GoalLevel, experience: readonly Experience[]): Fit {
  if (experience.length === 0) return base;
  return experience
    .map((e) => fitForGroup(base, form, goal, e))
    .reduce((a, b) => (rank[b] > rank[a] ? b : a));
}

/**
 * Why a form is suggested for a goal: the table or "needs adapting", then whom it suits and its
 * limits. What lowers the fit or narrows the form comes first: that it suits none of the given
 * groups, and before that the only staff it is offered to (the sources' `audience`).
 */
function reasonFor(form: LearningForm, goal: GoalLevel, fromTable: boolean, base: Fit, fit: Fit, experience: readonly Experience[], lang: Lang): string {
  const p = phrases[lang];
  const name = nameInSentence(t(learningFormFamilyNames[goal], lang), lang);
  const levels = (list: readonly Experience[], word = p.and) =>
    joinList(list.map((e) => groupInSentence(e, lang)), word);
  // Good for the goal, or for the given groups (`goodFor`): no adapting to speak of.
  const because = goodBecause[goal]?.[form.id];
  const out = [fromTable ? p.table(name) : because ? t(because, lang) : base === 'god' || fit === 'god' ? p.relatedGood(name) : p.related(name)];
  if (form.experience.length < experiences.length) {
    const unsuited = experience.filter((e) => !form.experience.includes(e));
    if (experience.length > 0 && unsuited.length === experience.length) {
      out.unshift(p.suitsNot(levels(form.experience), levels(experiences.filter((e) => unsuited.includes(e)), p.or)));
    } else out.push(p.suits(levels(form.experience)));
  }
  if (form.audience) out.unshift(p.only(nameInSentence(t(form.audience, lang), lang)));
  if (form.maxPerExperienced) out.push(p.max(form.maxPerExperienced));
  if (form.minYearsExperience) out.push(p.years(form.minYearsExperience));
  return out.join(' ');
}

/**
 * Learning forms for the given goals. For each goal, in the order given: the publication's forms
 * for it (`fromTable: true`, in the table's order), then other forms that can serve it
 * (`fromTable: false`, best fit first). A form appears once: in its table row when that goal is
 * asked for, else under the requested goal it fits best (the first of them on a tie), so asking for
 * one more goal never lowers a form's fit. Experience adjusts the fit (best fit over the groups),
 * from the form's catalog `experience`.
 */
export function recommendLearningForms(q: RecommendQuery): Recommendation[] {
  const lang = matchLang(q.lang);
  const experience = (q.experience ?? []).filter((e) => experiences.includes(e));
  const goals = q.goals.filter((g) => Object.hasOwn(learningFormTable, g));
  // A form in the table row of any requested goal appears there, with `fromTable: true`.
  const inTable = new Set(goals.flatMap((g) => learningFormTable[g]));
  // Any other form appears under the goal it fits best.
  const bestRelated = new Map<LearningFormId, { goal: GoalLevel; base: Fit; fit: Fit }>();
  for (const goal of goals) {
    const [good, possible] = related[goal];
    for (const [ids, base] of [[good, 'god'], [possible, 'mulig']] as const) {
      for (const id of ids) {
        if (inTable.has(id)) continue;
        const fit = fitFor(base, learningFormById(id), goal, experience);
        const best = bestRelated.get(id);
        if (!best || rank[fit] > rank[best.fit]) bestRelated.set(id, { goal, base, fit });
      }
    }
  }
  const seen = new Set<LearningFormId>();
  const out: Recommendation[] = [];
  const add = (id: LearningFormId, goal: GoalLevel, fromTable: boolean, base: Fit): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const form = learningFormById(id);
    const fit = fitFor(base, form, goal, experience);
    out.push({ form, fromTable, fit, reason: reasonFor(form, goal, fromTable, base, fit, experience, lang) });
  };
  for (const goal of goals) {
    for (const id of learningFormTable[goal]) add(id, goal, true, 'god');
    // Best fit first, as experience raised or lowered it (a good fit is not listed below one advised
    // against); for the same fit, in the order of the goal's own list of related forms.
    const [good, possible] = related[goal];
    for (const fit of [...fits].reverse()) {
      for (const id of [...good, ...possible]) {
        const best = bestRelated.get(id);
        if (best?.goal === goal && best.fit === fit) add(id, goal, false, best.base);
      }
    }
  }
  return out;
}
