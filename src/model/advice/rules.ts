/**
 * The rules of `advise`, in the order of the five fields. Each rule has one stable id; docs/advice.md
 * documents every id with its severity, field and rule (a test keeps the two in step).
 */
import type { Tempo, Text } from '../ids.js';
import type { AnsvarItem, MobilitetItem, Plan } from '../plan.js';
import { learningFormById } from '../catalog/learning-forms.js';
import { licenceForResponsibility } from '../catalog/staircase.js';
import { tx } from '../catalog/text.js';
import {
  coveredTempi, describedGoalLevels, filled, missingTempi, periodAgreed, periodEnd, periodReversed,
  taskLooksComposite, taskTooAbstract,
} from './checks.js';
import { rule, type AdviceRule } from './rule.js';

/** Joins names into "a, b og c" / "a, b and c". */
function list(items: readonly Text[]): Text {
  const join = (xs: string[], and: string) =>
    xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
  return tx(join(items.map((i) => i.da), 'og'), join(items.map((i) => i.en), 'and'));
}

const tempoNames: Record<Tempo, Text> = {
  vidensopbygning: tx('vidensopbygning', 'knowledge building'),
  afproevning: tx('afprøvning', 'trying out'),
  feedback: tx('feedback', 'feedback'),
};

const kravNames = {
  konkretSituation: tx('én konkret, genkendelig situation', 'one concrete, recognisable situation'),
  kanHaandteresAnderledes: tx('kan løses på en anden måde', 'can be handled differently'),
  ansvarTydeligt: tx('ansvaret er tydeligt', 'responsibility is clear'),
} as const;

const vilkaarNames = {
  ansvarsomraader: tx('ansvarsområder', 'responsibilities'),
  ferie: tx('ferie', 'holidays'),
  sygdom: tx('sygdom', 'sickness'),
} as const;

/** A group on the staircase, named by its own words or by its number. */
type Group = { item: AnsvarItem; name: Text };
const groups = (plan: Plan, when: (item: AnsvarItem) => boolean): Group[] =>
  plan.ansvar.flatMap((item, i) => {
    if (!when(item)) return [];
    const own = item.maalgruppe.trim();
    return [{ item, name: own ? tx(`«${own}»`, `"${own}"`) : tx(`Gruppe ${i + 1}`, `Group ${i + 1}`) }];
  });

/** A mobility arrangement, named by the receiving (or sending) workplace or by its number. */
type Arrangement = { item: MobilitetItem; name: Text };
const arrangements = (plan: Plan, when: (item: MobilitetItem) => boolean): Arrangement[] =>
  plan.mobilitet.flatMap((item, i) => {
    if (!when(item)) return [];
    const own = (item.modtagende.trim() || item.afgivende.trim());
    return [{ item, name: own ? tx(`«${own}»`, `"${own}"`) : tx(`nr. ${i + 1}`, `no. ${i + 1}`) }];
  });

const hasTask = (plan: Plan) => filled(plan.opgave.beskrivelse);

const opgaveRules: AdviceRule[] = [
  rule({
    id: 'opgave-mangler',
    severity: 'error',
    field: 'opgave',
    parts: ['opgave'],
    applies: (plan) => !hasTask(plan),
    message: tx(
      'Beskriv den opgave, planen handler om: én konkret situation, der opstår igen og igen i hverdagen.',
      'Describe the task the plan is about: one concrete situation that recurs in everyday work.'),
  }),
  rule({
    id: 'opgave-for-abstrakt',
    severity: 'warning',
    field: 'opgave',
    parts: ['opgave'],
    applies: (plan) => hasTask(plan) && taskTooAbstract(plan.opgave.beskrivelse),
    message: tx(
      'Opgaven virker for bred. Knyt den til én situation i hverdagen: hvem gør hvad, hvornår? Fx: tale med forældrene om barnets dag, når det bliver hentet.',
      'The task seems too broad. Tie it to one everyday situation: who does what, and when? E.g. talking with parents about the child\'s day at pick-up.'),
  }),
  rule({
    id: 'opgave-sammensat',
    severity: 'info',
    field: 'opgave',
    parts: ['opgave'],
    applies: (plan) => hasTask(plan) && taskLooksComposite(plan.opgave.beskrivelse),
    message: tx(
      'Opgaven ser ud til at rumme flere opgaver. Lav én plan pr. opgave, så hver får sine egne mål og sin egen træningsbane.',
      'The task looks like several tasks. Make one plan per task, so each gets its own goals and training ground.'),
  }),
  rule({
    id: 'opgave-krav-mangler',
    severity: 'warning',
    field: 'opgave',
    parts: ['opgave'],
    applies: (plan) => {
      if (!hasTask(plan)) return false;
      const missing = (Object.keys(kravNames) as (keyof typeof kravNames)[]).filter((k) => !plan.opgave.krav[k]);
      return missing.length > 0 && list(missing.map((k) => kravNames[k]));
    },
    message: (missing: Text) => tx(
      `Bekræft, at opgaven opfylder kravene: ${missing.da}. Er et krav ikke opfyldt, så gør opgaven mere præcis.`,
      `Confirm that the task meets the requirements: ${missing.en}. If one is not met, make the task more precise.`),
  }),
  rule({
    id: 'ansvarstrappe-tom',
    severity: 'info',
    field: 'opgave',
    parts: ['ansvar'],
    applies: (plan) => plan.ansvar.length === 0,
    message: tx(
      'Sæt på ansvarstrappen, hvilke grupper opgaven gælder, og hvilket ansvar de skal kunne tage bagefter.',
      'Put the groups the task concerns on the staircase, with the responsibility they must be able to take afterwards.'),
  }),
  rule({
    id: 'ansvar-uden-maal',
    severity: 'warning',
    field: 'opgave',
    parts: ['ansvar'],
    applies: (plan) => groups(plan, (g) => !g.fremtidigt),
    message: ({ name }: Group) => tx(
      `Vælg, hvilket ansvar ${name.da} skal kunne tage for opgaven bagefter: med støtte, selvstændigt eller som ressourceperson.`,
      `Choose the responsibility ${name.en} must be able to take afterwards: with support, independently or as resource person.`),
  }),
  rule({
    id: 'ansvar-spring-til-ressourceperson',
    severity: 'warning',
    field: 'opgave',
    parts: ['ansvar'],
    applies: (plan) =>
      groups(plan, (g) => g.fremtidigt === 'ressourceperson' && !!g.nuvaerende && g.nuvaerende !== 'meget-erfarne'),
    message: ({ name }: Group) => tx(
      `${name.da} skal springe et trin over for at blive ressourceperson. Det er svært uden først at løse opgaven selvstændigt: overvej et mellemtrin eller mere tid til træning.`,
      `${name.en} would skip a step to become resource person. That is hard without first solving the task independently: consider a step in between or more time for training.`),
  }),
  rule({
    id: 'ansvar-spring-til-selvstaendigt',
    severity: 'info',
    field: 'opgave',
    parts: ['ansvar'],
    applies: (plan) => groups(plan, (g) => g.nuvaerende === 'begyndere' && g.fremtidigt === 'selvstaendigt'),
    message: ({ name }: Group) => tx(
      `${name.da} har ikke løst opgaven før, men skal løse den selvstændigt. Planlæg en periode, hvor de løser den med støtte.`,
      `${name.en} have not solved the task before but are to solve it independently. Plan a period where they solve it with support.`),
  }),
  rule({
    id: 'koerekort-passer-ikke',
    severity: 'info',
    field: 'opgave',
    parts: ['ansvar'],
    applies: (plan) =>
      groups(plan, (g) => !!g.koerekort && !!g.fremtidigt && licenceForResponsibility(g.fremtidigt) !== g.koerekort),
    message: ({ name, item }: Group) => {
      const want = licenceForResponsibility(item.fremtidigt!);
      return tx(
        `${name.da} har kørekort ${item.koerekort}, men det fremtidige ansvar svarer til kørekort ${want}. Ret det ene, så de passer sammen.`,
        `${name.en} have licence ${item.koerekort}, but the future responsibility matches licence ${want}. Change one so they match.`);
    },
  }),
];

const perspektivRules: AdviceRule[] = [
  rule({
    id: 'perspektiv-mangler',
    severity: 'warning',
    field: 'perspektiv',
    parts: ['perspektiv'],
    applies: (plan) => !filled(plan.perspektiv.kerneopgave) && !filled(plan.perspektiv.arbejdsplads),
    message: tx(
      'Skriv, hvorfor opgaven skal løses anderledes: hvad får borgerne ud af det, og hvad får arbejdspladsen? Begynd fx med «Vi bliver bedre til, at …».',
      'Write why the task must change: what do citizens gain, and what does the workplace gain? Start e.g. with "We get better at …".'),
  }),
  rule({
    id: 'perspektiv-kerneopgave-mangler',
    severity: 'info',
    field: 'perspektiv',
    parts: ['perspektiv'],
    applies: (plan) => !filled(plan.perspektiv.kerneopgave) && filled(plan.perspektiv.arbejdsplads),
    message: tx(
      'Perspektivet nævner kun arbejdspladsen. Skriv også, hvad borgerne eller brugerne får ud af ændringen.',
      'The perspective names only the workplace. Also write what citizens or users gain from the change.'),
  }),
  rule({
    id: 'perspektiv-arbejdsplads-mangler',
    severity: 'info',
    field: 'perspektiv',
    parts: ['perspektiv'],
    applies: (plan) => filled(plan.perspektiv.kerneopgave) && !filled(plan.perspektiv.arbejdsplads),
    message: tx(
      'Skriv også, hvad arbejdspladsen får ud af ændringen, fx bedre brug af ressourcerne eller nye krav, I kan leve op til.',
      'Also write what the workplace gains, e.g. better use of resources or new standards you can meet.'),
  }),
  rule({
    id: 'fortolkninger-mangler',
    severity: 'info',
    field: 'perspektiv',
    parts: ['perspektiv'],
    applies: (plan) =>
      !filled(plan.perspektiv.kerneopgave) && filled(plan.perspektiv.arbejdsplads) && !filled(plan.perspektiv.fortolkninger),
    message: tx(
      'Når begrundelsen kun handler om organisationen, hører nogle måske «det er bare en spareøvelse». Tal med medarbejderne om, hvordan de forstår ændringen, og skriv, hvordan I møder det.',
      'When the reason is only about the organisation, some may hear "it\'s just a savings exercise". Talk with staff about how they see the change, and note how you respond.'),
  }),
];

const laeringsmaalRules: AdviceRule[] = [
  rule({
    id: 'laeringsmaal-mangler',
    severity: 'warning',
    field: 'laeringsmaal',
    parts: ['laeringsmaal'],
    applies: (plan) => describedGoalLevels(plan.laeringsmaal).length === 0,
    message: tx(
      'Beskriv mindst ét læringsmål: metoder og teknikker, faglig viden eller rolle. Hvad skal medarbejderne lære for at løse opgaven på den nye måde?',
      'Describe at least one learning goal: methods and techniques, professional knowledge or role. What must staff learn to solve the task the new way?'),
  }),
];

const hasRoleGoal = (plan: Plan) =>
  filled(plan.laeringsmaal.rolle.beskrivelse) || plan.laeringsmaal.rolle.typer.length > 0;
const hasReflection = (plan: Plan) =>
  plan.traeningsbane.feedbackformer.includes('reflekterende')
  || plan.traeningsbane.laeringsformer.some((id) => learningFormById(id)?.family === 'rolle');
/** Head counts on the staircase, when every group has a count and a current level. */
function headCounts(plan: Plan): { learners: number; experienced: number } | undefined {
  if (plan.ansvar.length === 0 || plan.ansvar.some((g) => g.antal === undefined || !g.nuvaerende)) return undefined;
  let learners = 0;
  let experienced = 0;
  for (const g of plan.ansvar) {
    if (g.nuvaerende === 'meget-erfarne') experienced += g.antal!;
    else learners += g.antal!;
  }
  return { learners, experienced };
}

const traeningsbaneRules: AdviceRule[] = [
  rule({
    id: 'traeningsbane-tom',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) => coveredTempi(plan.traeningsbane).length === 0,
    message: tx(
      'Planlæg træningsbanen: hvordan medarbejderne får ny viden, afprøver den og får feedback. Vælg læringsformer, eller beskriv aktiviteterne.',
      'Plan the training ground: how staff gain knowledge, try it out and get feedback. Choose learning forms or describe the activities.'),
  }),
  rule({
    id: 'traeningsbane-kun-viden',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) => {
      const covered = coveredTempi(plan.traeningsbane);
      const missing = missingTempi(plan.traeningsbane);
      return covered.includes('vidensopbygning') && missing.length > 0 && list(missing.map((t) => tempoNames[t]));
    },
    message: (missing: Text) => tx(
      `Træningsbanen giver viden, men mangler ${missing.da}. Uden det slår ændringen sjældent igennem i praksis. Tilføj aktiviteter eller en læringsform, der dækker det.`,
      `The training ground builds knowledge but lacks ${missing.en}. Without it, change rarely takes hold in practice. Add activities or a learning form that covers it.`),
  }),
  rule({
    id: 'tempo-mangler',
    severity: 'info',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) => {
      const covered = coveredTempi(plan.traeningsbane);
      const missing = missingTempi(plan.traeningsbane);
      return covered.length > 0 && missing.includes('vidensopbygning') && list(missing.map((t) => tempoNames[t]));
    },
    message: (missing: Text) => tx(
      `Træningsbanen mangler ${missing.da}. Beskriv det, eller vælg en læringsform, der dækker det.`,
      `The training ground lacks ${missing.en}. Describe it, or choose a learning form that covers it.`),
  }),
  rule({
    id: 'periode-mangler',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) => !periodAgreed(plan.traeningsbane.periode),
    message: tx(
      'Aftal, hvornår træningsbanen begynder og slutter, så alle ved, hvornår de øver, og hvornår den nye praksis gælder.',
      'Agree when the training ground starts and ends, so everyone knows when they practise and when the new practice applies.'),
  }),
  rule({
    id: 'periode-omvendt',
    severity: 'error',
    field: 'traeningsbane',
    parts: ['traeningsbane', 'mobilitet'],
    applies: (plan) => [
      ...(periodReversed(plan.traeningsbane.periode) ? [tx('Træningsperioden', 'The training period')] : []),
      ...arrangements(plan, (m) => periodReversed(m.periode))
        .map(({ name }) => tx(`Mobilitetsaftalen ${name.da}`, `The mobility arrangement ${name.en}`)),
    ],
    message: (what: Text) => tx(
      `${what.da} slutter, før den begynder. Ret start- eller slutdatoen.`,
      `${what.en} ends before it starts. Correct the start or end date.`),
  }),
  rule({
    id: 'rollemaal-uden-refleksion',
    severity: 'info',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) => hasRoleGoal(plan) && !hasReflection(plan),
    message: tx(
      'Der er et rollemål, men ingen refleksion på træningsbanen. Vælg en læringsform til rolleforståelse (fx coaching eller mentorforløb) eller reflekterende feedback.',
      'There is a role goal but no reflection on the training ground. Choose a learning form for role understanding (e.g. coaching or mentoring) or reflective feedback.'),
  }),
  rule({
    id: 'udviklende-workshop-begyndere',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) =>
      plan.traeningsbane.laeringsformer.includes('udviklende-workshop')
      && plan.ansvar.length > 0 && plan.ansvar.every((g) => g.nuvaerende === 'begyndere'),
    message: tx(
      'Udviklende workshops kræver stor erfaring med opgaven, men alle grupper er begyndere. Vælg fx en træningsworkshop eller sidemandsoplæring.',
      'Developing workshops need solid experience of the task, but every group is a beginner. Choose e.g. a training workshop or side-by-side training.'),
  }),
  rule({
    id: 'sidemandsoplaering-for-mange',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['traeningsbane'],
    applies: (plan) => {
      if (!plan.traeningsbane.laeringsformer.includes('sidemandsoplaering')) return false;
      const counts = headCounts(plan);
      return !!counts && counts.learners > 2 * counts.experienced && counts;
    },
    message: ({ learners, experienced }: { learners: number; experienced: number }) => tx(
      `Ved sidemandsoplæring tager en erfaren kollega højst to med. Her skal ${learners} lære, og ${experienced} er meget erfarne. Suppler med en anden læringsform, eller fordel oplæringen over tid.`,
      `In side-by-side training one experienced colleague takes two people at most. Here ${learners} are to learn and ${experienced} are very experienced. Add another learning form, or spread the training over time.`),
  }),
  rule({
    id: 'mobilitet-uden-vilkaar',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['mobilitet'],
    applies: (plan) =>
      arrangements(plan, (m) => Object.values(m.vilkaar).some((v) => typeof v === 'string' && !filled(v)))
        .map(({ item, name }) => ({
          name,
          missing: list((Object.keys(vilkaarNames) as (keyof typeof vilkaarNames)[])
            .filter((k) => !filled(item.vilkaar[k])).map((k) => vilkaarNames[k])),
        })),
    message: ({ name, missing }: { name: Text; missing: Text }) => tx(
      `Mobilitetsaftalen ${name.da} mangler vilkår for ${missing.da}. Skriv dem ind i aftalen, før den begynder.`,
      `The mobility arrangement ${name.en} has no terms for ${missing.en}. Put them in the agreement before it starts.`),
  }),
  rule({
    id: 'mobilitet-uden-tilbagevenden',
    severity: 'warning',
    field: 'traeningsbane',
    parts: ['mobilitet'],
    applies: (plan) => arrangements(plan, (m) => !filled(m.tilbagevenden)),
    message: ({ name }: Arrangement) => tx(
      `Aftal, hvordan læringen fra mobilitetsaftalen ${name.da} skal bruges bagefter, fx i samtaler med leder og kolleger ved hjemkomsten.`,
      `Agree how the learning from the mobility arrangement ${name.en} is used afterwards, e.g. in talks with manager and colleagues on return.`),
  }),
];

const followUps = (plan: Plan) => plan.hverdag.forankring.filter((f) => f.type === 'opfoelgning-paa-maal');

const hverdagRules: AdviceRule[] = [
  rule({
    id: 'overgang-mangler',
    severity: 'warning',
    field: 'hverdag',
    parts: ['hverdag'],
    applies: (plan) => !plan.hverdag.overgang.type,
    message: tx(
      'Aftal overgangen fra træning til hverdag: sker den for hver enkelt, når de er klar, eller for alle på én gang?',
      'Agree the move from training to everyday work: for each person when ready, or for everyone at once?'),
  }),
  rule({
    id: 'faelles-overgang-uden-dato',
    severity: 'info',
    field: 'hverdag',
    parts: ['hverdag'],
    applies: (plan) => plan.hverdag.overgang.type === 'faelles' && !plan.hverdag.overgang.dato,
    message: tx(
      'Overgangen er fælles, men har ingen dato. Sæt en dato, så alle ved, hvornår den nye praksis gælder.',
      'The transition is collective but has no date. Set a date so everyone knows when the new practice applies.'),
  }),
  rule({
    id: 'faelles-overgang-ikke-klar',
    severity: 'info',
    field: 'hverdag',
    parts: ['hverdag'],
    applies: (plan) => plan.hverdag.overgang.type === 'faelles' && !filled(plan.hverdag.overgang.ikkeKlar),
    message: tx(
      'Skriv, hvad der sker for dem, der ikke er klar ved den fælles overgang, fx støtte fra en kollega i en periode.',
      'Write what happens for those not ready at the collective transition, e.g. support from a colleague for a while.'),
  }),
  rule({
    id: 'opfoelgning-paa-maal-mangler',
    severity: 'warning',
    field: 'hverdag',
    parts: ['hverdag'],
    applies: (plan) => followUps(plan).length === 0,
    message: tx(
      'Planlæg opfølgning på målene: hvornår og hvordan ser I efter, om opgaven nu bliver løst som ønsket?',
      'Plan a follow-up on the goals: when and how will you check that the task is now solved as intended?'),
  }),
  rule({
    id: 'traening-slutter-efter-overgang',
    severity: 'warning',
    field: 'hverdag',
    parts: ['hverdag'],
    applies: (plan) => {
      const end = periodEnd(plan.traeningsbane.periode);
      const date = plan.hverdag.overgang.dato;
      return !!end && !!date && end > date && date;
    },
    message: (date: string) => tx(
      `Træningen slutter efter overgangen til hverdag (${date}). Flyt overgangen, eller afslut træningen før.`,
      `Training ends after the move to everyday work (${date}). Move the transition, or end training before it.`),
  }),
  rule({
    id: 'opfoelgning-foer-traening-slutter',
    severity: 'warning',
    field: 'hverdag',
    parts: ['hverdag'],
    applies: (plan) => {
      const end = periodEnd(plan.traeningsbane.periode);
      return end ? followUps(plan).flatMap((f) => (f.dato && f.dato < end ? [f.dato] : [])) : false;
    },
    message: (date: string) => tx(
      `Opfølgningen på målene (${date}) ligger, før træningen slutter. Læg den efter overgangen til hverdag.`,
      `The follow-up on goals (${date}) comes before training ends. Schedule it after the move to everyday work.`),
  }),
];

/** Every rule of `advise`, in the order of the five fields. */
export const adviceRules: readonly AdviceRule[] = [
  ...opgaveRules, ...perspektivRules, ...laeringsmaalRules, ...traeningsbaneRules, ...hverdagRules,
];
