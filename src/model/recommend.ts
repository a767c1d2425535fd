import type { Experience, GoalLevel, Lang, LearningFormId, Text } from './ids.js';
import { learningFormById, learningFormTable } from './catalog/learning-forms.js';
import { t, tx } from './catalog/text.js';
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

const tableReason: Record<GoalLevel, Text> = {
  metoder: tx('Publikationen foreslår den til metoder og teknikker.', 'The publication suggests it for methods and techniques.'),
  viden: tx('Publikationen foreslår den til faglig viden.', 'The publication suggests it for professional knowledge.'),
  rolle: tx('Publikationen foreslår den til rolleforståelse.', 'The publication suggests it for role understanding.'),
  komplekse: tx('Publikationen foreslår den til komplekse udviklingsbehov.', 'The publication suggests it for complex development needs.'),
};

type Related = readonly (readonly [LearningFormId, Fit, Text])[];

/**
 * Forms outside the goal's row of the table that can serve the goal too (the publication: almost any
 * form can, when adapted), best first, each with why.
 */
const related: Record<GoalLevel, Related> = {
  metoder: [
    ['foelordning', 'mulig', tx('Man ser en erfaren kollega løse opgaven; læg afprøvning til.', 'Watch an experienced colleague do the task; add trying out.')],
    ['aktionslaering', 'mulig', tx('En lille gruppe afprøver en konkret, afgrænset praksis.', 'A small group tries out a concrete, bounded practice.')],
    ['rolle-som-ressourceperson', 'mulig', tx('Erfarne lærer andre metoden og lærer selv af det.', 'Experienced staff teach others the method and learn from it themselves.')],
    ['teamsamarbejde', 'mulig', tx('Teamet øver metoden sammen og giver hinanden feedback.', 'The team practises the method together and gives each other feedback.')],
    ['supervision', 'mulig', tx('Giver feedback, mens metoden afprøves.', 'Gives feedback while the method is tried out.')],
    ['nye-opgaver', 'mulig', tx('Giver plads til at prøve metoden af i praksis.', 'Makes room to try the method in practice.')],
  ],
  viden: [
    ['coaching', 'mulig', tx('Egnet til mere kompleks viden, hvor der er mange rigtige svar.', 'Suits more complex knowledge with many right answers.')],
    ['digitaliseret-laering', 'mulig', tx('Egnet til formel viden som lovgivning.', 'Suits formal knowledge such as legislation.')],
    ['efter-videreuddannelse', 'mulig', tx('Giver ny faglig viden; planlæg afprøvning bagefter.', 'Gives new professional knowledge; plan trying out afterwards.')],
    ['sidemandsoplaering', 'mulig', tx('En erfaren kollega giver viden videre i en kendt sammenhæng.', 'An experienced colleague passes knowledge on in a familiar setting.')],
    ['videndeling', 'mulig', tx('Gør det, nogle ved, tilgængeligt for flere.', 'Makes what some know available to more.')],
    ['arbejdspladsbesoeg', 'mulig', tx('Viser, hvordan andre bruger viden i praksis.', 'Shows how others use knowledge in practice.')],
    ['klinisk-introduktion', 'mulig', tx('Giver administrativt personale viden om den kliniske hverdag.', 'Gives administrative staff knowledge of everyday clinical work.')],
    ['europaeisk-udveksling', 'mulig', tx('Giver indblik i et andet sundhedsvæsen og dets gode praksis.', 'Gives insight into another health system and its good practice.')],
  ],
  rolle: [
    ['supervision', 'god', tx('Refleksion over rollen med en supervisor, som i døgninstitutionens eksempel.', 'Reflection on the role with a supervisor, as in the 24-hour institution\'s example.')],
    ['udviklende-workshop', 'mulig', tx('Et fælles fagligt grundlag kan flytte rollen.', 'A shared professional foundation can shift the role.')],
    ['erfaringsudveksling', 'mulig', tx('Refleksion over praksis sammen med andre, også på tværs af fag.', 'Reflection on practice with others, also across professions.')],
    ['udstationering', 'mulig', tx('Et ophold et andet sted giver et blik udefra på egen rolle.', 'A stay elsewhere gives an outside view of one\'s own role.')],
    ['udlaan', 'mulig', tx('Styrker den faglige selvtillid og blikket for egen faglighed.', 'Strengthens professional self-confidence and the view of one\'s own expertise.')],
    ['europaeisk-udveksling', 'mulig', tx('Et andet sundhedsvæsen viser styrker og svagheder i ens eget.', 'Another health system shows the strengths and weaknesses of one\'s own.')],
    ['arbejdspladsbesoeg', 'mulig', tx('Giver et blik udefra på egen praksis.', 'Gives an outside view of one\'s own practice.')],
    ['udviklingssamtale', 'mulig', tx('Rum til at tale om egen rolle og udvikling.', 'Room to talk about one\'s own role and development.')],
  ],
  komplekse: [
    ['netvaerksgruppe', 'god', tx('Ligner et lærende netværk: erfaringer deles løbende.', 'Like a learning network: experience is shared continuously.')],
    ['projektarbejde', 'god', tx('Ligner selvkørende projektarbejde.', 'Like self-running project work.')],
    ['efter-videreuddannelse', 'god', tx('Formel uddannelse ved store ændringer, fx en ny jobfunktion.', 'Formal education for large changes, e.g. a new job function.')],
    ['udlaan', 'mulig', tx('En periode i en anden organisation giver bred læring og bedre samarbejde.', 'A period in another organisation gives broad learning and better collaboration.')],
    ['udstationering', 'mulig', tx('En periode i en anden enhed giver bred læring og bedre samarbejde.', 'A period in another unit gives broad learning and better collaboration.')],
    ['europaeisk-udveksling', 'mulig', tx('Nye ideer og et netværk på tværs af lande.', 'New ideas and a network across countries.')],
    ['klinisk-introduktion', 'mulig', tx('Bygger bro mellem administration og klinik.', 'Bridges administration and clinical work.')],
    ['jobrotation', 'mulig', tx('Giver indblik i andre funktioner.', 'Gives insight into other functions.')],
    ['tvaerfagligt-arbejde', 'mulig', tx('Udvikler samarbejdet på tværs af fag.', 'Develops collaboration across professions.')],
  ],
};

interface FormRule {
  /** Fit per experience level; levels not named keep the goal's fit. */
  readonly byExperience?: Partial<Record<Experience, Fit>>;
  /** What the form demands; always added to the reason. */
  readonly note: Text;
}

/** What the sources say about whom a form suits, and what it costs. */
const formRules: Partial<Record<LearningFormId, FormRule>> = {
  'udviklende-workshop': {
    byExperience: { begyndere: 'fraraades', 'lidt-erfarne': 'mulig', 'meget-erfarne': 'god' },
    note: tx('Kræver betydelig erfaring med opgaven.', 'Needs considerable experience of the task.'),
  },
  sidemandsoplaering: {
    note: tx(
      'Egnet til konkret, ret enkel viden. Ressourcetung: højst to personer pr. erfaren kollega.',
      'Suits concrete, fairly simple knowledge. Resource-heavy: at most two people per experienced colleague.'),
  },
  'digitaliseret-laering': {
    byExperience: { begyndere: 'god', 'meget-erfarne': 'mulig' },
    note: tx('Forenklet stof, bedst til dem, der er nye på området.', 'Simplified content, best for those new to the area.'),
  },
  'rolle-som-ressourceperson': {
    byExperience: { begyndere: 'fraraades', 'lidt-erfarne': 'mulig', 'meget-erfarne': 'god' },
    note: tx('Forudsætter, at man allerede løser opgaven selvstændigt.', 'Assumes one already solves the task independently.'),
  },
  'europaeisk-udveksling': {
    byExperience: { begyndere: 'fraraades' },
    note: tx(
      'Kræver mindst tre års hospitalserfaring og værtslandets sprog.',
      'Requires at least three years\' hospital experience and the host country\'s language.'),
  },
};

const rank: Record<Fit, number> = { fraraades: 0, mulig: 1, god: 2 };

/** The fit for the best-suited of the given groups: a form fits if it suits one of them. */
function fitFor(base: Fit, rule: FormRule | undefined, experience: readonly Experience[]): Fit {
  const byExperience = rule?.byExperience;
  if (!byExperience || experience.length === 0) return base;
  return experience
    .map((e) => byExperience[e] ?? base)
    .reduce((a, b) => (rank[b] > rank[a] ? b : a));
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
  const add = (id: LearningFormId, fromTable: boolean, base: Fit, why: Text): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const rule = formRules[id];
    const reason = rule ? `${t(why, lang)} ${t(rule.note, lang)}` : t(why, lang);
    out.push({ form: learningFormById(id), fromTable, fit: fitFor(base, rule, experience), reason });
  };
  for (const goal of goals) {
    for (const id of learningFormTable[goal]) add(id, true, 'god', tableReason[goal]);
    for (const [id, fit, why] of related[goal]) if (!inTable.has(id)) add(id, false, fit, why);
  }
  return out;
}
