/**
 * The rules of `advise`, in the order of the five fields. Each rule has one stable id; docs/advice.md
 * documents every id with its severity, field and rule (a test keeps the two in step).
 */
import type { LearningFormId, PlanGoalLevel, Text } from '../ids.js';
import type { AnsvarItem, MobilitetItem, Plan } from '../plan.js';
import { learningFormById } from '../catalog/learning-forms.js';
import { termKeys, termNames } from '../catalog/mobility-terms.js';
import { licenceForResponsibility, skippedSteps } from '../catalog/staircase.js';
import { listText as list, quotedName, tx } from '../catalog/text.js';
import { goalLevelInfo } from '../catalog/goals.js';
import { chosenGoalLevels, undescribedGoalLevels } from '../chosen-goals.js';
import { formatDate } from '../format-date.js';
import {
  coveredTempi, describedGoalLevels, filled, periodAgreed, periodEnd, periodReversed,
  perspectiveWritten, taskLooksComposite, taskTooAbstract,
} from './checks.js';
import { rule, type AdviceRule } from './rule.js';
import { tempoRules } from './tempo-rules.js';

/** A group on the staircase, named by its own words or by its number. */
type Group = { item: AnsvarItem; name: Text };
const groups = (plan: Plan, when: (item: AnsvarItem) => boolean): Group[] =>
  plan.ansvar.flatMap((item, i) => {
    if (!when(item)) return [];
    const name = quotedName(item.maalgruppe);
    return [{ item, name: name ? tx(`«${name}»`, `“${name}”`) : tx(`målgruppe ${i + 1}`, `target group ${i + 1}`) }];
  });

/**
 * A mobility arrangement, as the words "mobilitetsaftalen …" / "the mobility arrangement …": named by
 * the receiving (or sending) workplace, else by its number; the only one needs neither.
 */
type Arrangement = { item: MobilitetItem; name: Text };
const arrangements = (plan: Plan, when: (item: MobilitetItem) => boolean): Arrangement[] =>
  plan.mobilitet.flatMap((item, i) => {
    if (!when(item)) return [];
    const name = quotedName(item.modtagende) || quotedName(item.afgivende);
    const [da, en] = name ? [` «${name}»`, ` “${name}”`] : plan.mobilitet.length > 1 ? [` nr. ${i + 1}`, ` no. ${i + 1}`] : ['', ''];
    return [{ item, name: tx(`mobilitetsaftalen${da}`, `the mobility arrangement${en}`) }];
  });

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A name (a group's, an arrangement's) as the first words of a sentence. */
const capital = (name: Text): Text => tx(upperFirst(name.da), upperFirst(name.en));

const hasTask = (plan: Plan) => filled(plan.opgave.beskrivelse);

const opgaveRules: AdviceRule[] = [
  rule(
    'opgave-mangler',
    'error',
    'opgave',
    ['opgave'],
    (plan) => !hasTask(plan),
    tx(
      'Beskriv opgaven som én konkret situation, der opstår igen og igen.',
      'Describe the task as one concrete situation that keeps recurring.'),
  ),
  rule(
    'opgave-for-abstrakt',
    'warning',
    'opgave',
    ['opgave'],
    // Quiet on an empty task, as the heuristics find nothing in no words (opgave-mangler speaks).
    (plan) => taskTooAbstract(plan.opgave.beskrivelse),
    tx(
      'Opgaven er for bred. Knyt den til én situation: hvem gør hvad, hvornår?',
      'The task is too broad. Tie it to one situation: who does what, when?'),
  ),
  rule(
    'opgave-sammensat',
    'info',
    'opgave',
    ['opgave'],
    (plan) => taskLooksComposite(plan.opgave.beskrivelse),
    tx(
      'Opgaven rummer vist flere opgaver. Lav én plan pr. opgave.',
      'The task seems to hold several tasks. Make one plan per task.'),
  ),
  rule(
    'opgave-krav-mangler',
    'warning',
    'opgave',
    ['opgave'],
    // The three by name: `krav` may hold a host's own `x-` keys.
    (plan) => {
      const k = plan.opgave.krav;
      return hasTask(plan) && !(k.konkretSituation && k.kanHaandteresAnderledes && k.ansvarTydeligt);
    },
    tx(
      'Sæt flueben ved de krav, der passer. Passer et krav ikke, så gør opgaven mere præcis.',
      'Tick the requirements that hold. If one does not hold, make the task more precise.'),
  ),
  rule(
    'anledning-mangler',
    'info',
    'opgave',
    ['opgave'],
    (plan) => hasTask(plan) && plan.opgave.anledninger.length === 0,
    tx(
      'Vælg anledningen: hvorfor skal opgaven løses anderledes end i dag?',
      'Choose the reason: why must the task be done differently from today?'),
  ),
  rule(
    'ansvarstrappe-tom',
    'warning',
    'opgave',
    ['ansvar'],
    (plan) => plan.ansvar.length === 0,
    tx(
      'Tilføj målgrupper på ansvarstrappen, og vælg det ansvar, de skal kunne tage bagefter.',
      'Add target groups to the staircase and choose the responsibility they must be able to take afterwards.'),
  ),
  rule(
    'ansvar-uden-maal',
    'warning',
    'opgave',
    ['ansvar'],
    (plan) => groups(plan, (g) => !g.fremtidigt),
    ({ name }: Group) => tx(
      `Vælg, hvilket ansvar ${name.da} skal tage bagefter: med støtte, selvstændigt eller som ressourceperson.`,
      `Choose which responsibility ${name.en} will take afterwards: with support, independently or as a resource person.`),
  ),
  rule(
    'ansvar-spring-til-ressourceperson',
    'warning',
    'opgave',
    ['ansvar'],
    (plan) =>
      groups(plan, (g) => g.fremtidigt === 'ressourceperson' && !!g.nuvaerende && g.nuvaerende !== 'meget-erfarne'),
    ({ name, item }: Group) => {
      const one = skippedSteps(item.nuvaerende!, 'ressourceperson') === 1;
      return one
        ? tx(
          `${capital(name).da} springer et trin over på vej til at blive ressourceperson. Læg et mellemtrin ind, eller giv mere tid.`,
          `The target for ${name.en} skips a step on the way to resource person. Add a step in between or allow more time.`)
        : tx(
          `${capital(name).da} springer to trin over på vej til at blive ressourceperson. Læg mellemtrin ind, eller giv mere tid.`,
          `The target for ${name.en} skips two steps on the way to resource person. Add steps in between or allow more time.`);
    },
  ),
  rule(
    'ansvar-spring-til-selvstaendigt',
    'info',
    'opgave',
    ['ansvar'],
    (plan) => groups(plan, (g) => g.nuvaerende === 'begyndere' && g.fremtidigt === 'selvstaendigt'),
    ({ name }: Group) => tx(
      `${capital(name).da} er begyndere, men skal løse opgaven selvstændigt. Planlæg først en periode med støtte.`,
      `${capital(name).en} are beginners but must work independently. Plan a period with support first.`),
  ),
  rule(
    'koerekort-passer-ikke',
    'info',
    'opgave',
    ['ansvar'],
    (plan) =>
      groups(plan, (g) => !!g.koerekort && !!g.fremtidigt && licenceForResponsibility(g.fremtidigt) !== g.koerekort),
    ({ name, item }: Group) => {
      const want = licenceForResponsibility(item.fremtidigt!);
      return tx(
        `${capital(name).da} har kørekort ${item.koerekort}, men ansvaret svarer til kørekort ${want}. Ret kørekortet eller ansvaret.`,
        `${capital(name).en}: licence ${item.koerekort}, but the responsibility matches licence ${want}. Change the licence or the responsibility.`);
    },
  ),
];

const perspektivRules: AdviceRule[] = [
  rule(
    'perspektiv-mangler',
    'warning',
    'perspektiv',
    ['perspektiv'],
    (plan) => !perspectiveWritten(plan.perspektiv.kerneopgave) && !perspectiveWritten(plan.perspektiv.arbejdsplads),
    tx(
      'Skriv, hvad borgerne og arbejdspladsen får ud af ændringen, fx «Vi bliver bedre til, at …».',
      'Write what citizens and the workplace gain from the change, e.g. “We get better at …”.'),
  ),
  rule(
    'perspektiv-kerneopgave-mangler',
    'info',
    'perspektiv',
    ['perspektiv'],
    (plan) => !perspectiveWritten(plan.perspektiv.kerneopgave) && perspectiveWritten(plan.perspektiv.arbejdsplads),
    tx(
      'Skriv også, hvad borgerne får ud af ændringen.',
      'Also write what citizens gain from the change.'),
  ),
  rule(
    'perspektiv-arbejdsplads-mangler',
    'info',
    'perspektiv',
    ['perspektiv'],
    (plan) => perspectiveWritten(plan.perspektiv.kerneopgave) && !perspectiveWritten(plan.perspektiv.arbejdsplads),
    tx(
      'Skriv også, hvad arbejdspladsen får ud af ændringen.',
      'Also write what the workplace gains from the change.'),
  ),
  rule(
    'fortolkninger-mangler',
    'info',
    'perspektiv',
    ['perspektiv'],
    // The publication's pitfall of this field, whatever the perspective: staff may read it otherwise.
    // Asked once a value is stated; before that, `perspektiv-mangler` asks for the perspective.
    (plan) =>
      (perspectiveWritten(plan.perspektiv.kerneopgave) || perspectiveWritten(plan.perspektiv.arbejdsplads))
      && !filled(plan.perspektiv.fortolkninger),
    tx(
      'Medarbejderne kan forstå perspektivet anderledes, fx som en spareøvelse eller som kritik af deres arbejde. Spørg dem, hvordan de forstår det, og skriv, hvordan du svarer.',
      'Staff may read the perspective otherwise, e.g. as a savings exercise or as criticism of their work. Ask them how they read it, and note how you respond.'),
  ),
];

const laeringsmaalRules: AdviceRule[] = [
  rule(
    'laeringsmaal-mangler',
    'warning',
    'laeringsmaal',
    ['laeringsmaal'],
    (plan) => describedGoalLevels(plan.laeringsmaal).length === 0,
    tx(
      'Beskriv mindst ét læringsmål: metoder, viden eller rolle.',
      'Describe at least one learning goal: methods, knowledge or role.'),
  ),
  rule(
    'laeringsmaal-uden-beskrivelse',
    'info',
    'laeringsmaal',
    ['laeringsmaal'],
    // The field's pitfall: goals not thought and talked through, so staff are unsure what to learn.
    // A level chosen by a sub-type alone has no goal in words yet. Once another level is described:
    // before that, laeringsmaal-mangler asks for a description.
    (plan) => (describedGoalLevels(plan.laeringsmaal).length ? undescribedGoalLevels(plan.laeringsmaal) : false),
    (level: PlanGoalLevel) => {
      const { da, en } = goalLevelInfo[level].name;
      return tx(
        `Beskriv målet for ${da.toLowerCase()}: hvad skal medarbejderne kunne bagefter?`,
        `Describe the goal for ${en.toLowerCase()}: what must staff be able to do afterwards?`);
    },
  ),
];

const hasRoleGoal = (plan: Plan) => chosenGoalLevels(plan.laeringsmaal).includes('rolle');
/**
 * Reflective forms outside the `rolle` family: supervision, which the publication names for the role
 * («supervision på rollen») and as ongoing support beside coaching.
 */
const reflectiveForms: readonly LearningFormId[] = ['supervision'];
const hasReflection = (plan: Plan) =>
  plan.traeningsbane.feedbackformer.includes('reflekterende')
  || plan.traeningsbane.laeringsformer.some((id) => reflectiveForms.includes(id) || learningFormById(id)?.family === 'rolle');
/** Head counts on the staircase, when every group has a count and a current level (an empty staircase counts none). */
function headCounts(plan: Plan): { learners: number; experienced: number } | undefined {
  if (plan.ansvar.some((g) => g.antal === undefined || !g.nuvaerende)) return undefined;
  let learners = 0;
  let experienced = 0;
  for (const g of plan.ansvar) {
    if (g.nuvaerende === 'meget-erfarne') experienced += g.antal!;
    else learners += g.antal!;
  }
  return { learners, experienced };
}

const traeningsbaneRules: AdviceRule[] = [
  ...tempoRules,
  rule(
    'periode-mangler',
    'warning',
    'traeningsbane',
    ['traeningsbane'],
    (plan) => !periodAgreed(plan.traeningsbane.periode),
    tx(
      'Aftal, hvornår træningsbanen begynder og slutter.',
      'Agree when the training ground starts and ends.'),
  ),
  rule(
    'periode-omvendt',
    'error',
    'traeningsbane',
    ['traeningsbane', 'mobilitet'],
    (plan) => [
      ...(periodReversed(plan.traeningsbane.periode) ? [tx('Træningsbanen', 'The training ground')] : []),
      ...arrangements(plan, (m) => periodReversed(m.periode))
        .map(({ name }) => capital(name)),
    ],
    (what: Text) => tx(
      `${what.da} slutter, før den begynder. Ret datoerne.`,
      `${what.en} ends before it starts. Fix the dates.`),
  ),
  rule(
    'spilleregler-mangler',
    'info',
    'traeningsbane',
    ['traeningsbane'],
    // The publication counts the training's purpose and rules of play among what matters most to make
    // clear. Asked once the training ground has activities (every learning form covers a tempo), so an
    // empty one gets `traeningsbane-tom` alone.
    (plan) => !filled(plan.traeningsbane.spilleregler) && coveredTempi(plan.traeningsbane).length > 0,
    tx(
      'Skriv træningsbanens spilleregler, så alle ved, hvad der gælder, mens de øver sig.',
      'Write ground rules for the training ground, so everyone knows what applies while they practise.'),
  ),
  rule(
    'daekning-mangler',
    'info',
    'traeningsbane',
    ['traeningsbane'],
    // The manager may have to change how the daily work is organised while staff train (cover,
    // temps). Asked once the period is agreed: then the days away are known.
    (plan) => periodAgreed(plan.traeningsbane.periode) && !filled(plan.traeningsbane.daekning),
    tx(
      'Aftal, hvem der løser opgaverne, mens medarbejderne træner.',
      'Agree who does the work while staff are training.'),
  ),
  rule(
    'rollemaal-uden-refleksion',
    'info',
    'traeningsbane',
    ['traeningsbane'],
    (plan) => hasRoleGoal(plan) && !hasReflection(plan),
    tx(
      'Rollemålet kræver refleksion. Vælg fx coaching, supervision eller reflekterende feedback.',
      'The role goal needs reflection. Choose e.g. coaching, supervision or reflective feedback.'),
  ),
  rule(
    'udviklende-workshop-begyndere',
    'warning',
    'traeningsbane',
    ['traeningsbane'],
    (plan) =>
      plan.traeningsbane.laeringsformer.includes('udviklende-workshop')
      && plan.ansvar.length > 0 && plan.ansvar.every((g) => g.nuvaerende && g.nuvaerende !== 'meget-erfarne'),
    tx(
      'En udviklende workshop kræver stor erfaring, men ingen målgruppe er meget erfaren. Vælg fx en træningsworkshop.',
      'A development workshop needs much experience, but no target group is very experienced. Choose e.g. a training workshop.'),
  ),
  rule(
    'sidemandsoplaering-for-mange',
    'info',
    'traeningsbane',
    ['traeningsbane'],
    // The method: a learner follows a more experienced colleague, normally at most two per colleague.
    // The colleagues need not be a target group on the staircase (it holds the groups being
    // developed), so this is a sum, not a fault: quiet while the staircase's very experienced groups
    // can take everyone, and while one colleague, whoever it is, can take them all (two or fewer).
    (plan) => {
      if (!plan.traeningsbane.laeringsformer.includes('sidemandsoplaering')) return false;
      const counts = headCounts(plan);
      return !!counts && counts.learners > 2 * Math.max(1, counts.experienced) && counts;
    },
    ({ learners, experienced }: { learners: number; experienced: number }) => {
      const needed = Math.ceil(learners / 2);
      return tx(
        `Sidemandsoplæring: hver erfaren kollega kan normalt højst lære 2 op. Skal alle ${learners} læres op på én gang, kræver det ${needed} erfarne kolleger${experienced ? `, heraf ${experienced} fra ansvarstrappens meget erfarne og resten andre steder fra` : ', som ikke behøver stå på ansvarstrappen'}. Er der færre, så lær dem op i hold efter hinanden.`,
        `Side-by-side training: ${learners} to train, usually at most two per experienced colleague. Training everyone at once takes ${needed} experienced colleagues${experienced ? `. The staircase's very experienced staff can be ${experienced} of them; the rest need not be on it` : ', who need not be on the staircase'}. With fewer, train them in rounds, one after another.`);
    },
  ),
  rule(
    'mobilitet-uden-laeringsmaal',
    'info',
    'traeningsbane',
    ['mobilitet'],
    // The cases: a stay gives most when the employee knows beforehand what they want from it (the
    // secondment, the HOPE exchange). A condition for the full gain, not a fault: the plan's goals
    // in field 3 may say much of it.
    (plan) => arrangements(plan, (m) => !filled(m.laeringsmaal)),
    ({ name }: Arrangement) => tx(
      `Skriv medarbejderens egne læringsmål i ${name.da}, før perioden begynder.`,
      `Write the employee's own learning goals in ${name.en} before the period starts.`),
  ),
  rule(
    'mobilitet-uden-vilkaar',
    'warning',
    'traeningsbane',
    ['mobilitet'],
    // The loan case's advice: a loan to another employer needs a clear contract on these terms. The
    // other forms' cases (a secondment within the region, a course, an exchange on paid leave) ask
    // for none, and an arrangement without a form may be any of them.
    (plan) =>
      arrangements(plan, (m) => m.form === 'udlaan' && termKeys.some((k) => !filled(m.vilkaar[k])))
        .map(({ item, name }) => ({
          name,
          missing: list(termKeys.filter((k) => !filled(item.vilkaar[k])).map((k) => termNames[k])),
        })),
    ({ name, missing }: { name: Text; missing: Text }) => tx(
      `Skriv vilkår for ${missing.da} i ${name.da}.`,
      `Add terms for ${missing.en} to ${name.en}.`),
  ),
  rule(
    'mobilitet-uden-tilbagevenden',
    'warning',
    'traeningsbane',
    ['mobilitet'],
    (plan) => arrangements(plan, (m) => !filled(m.tilbagevenden)),
    ({ name }: Arrangement) => tx(
      `Aftal i ${name.da}, hvordan læringen fra opholdet bruges bagefter.`,
      `Agree in ${name.en} how the learning from the stay is used afterwards.`),
  ),
];

const followUps = (plan: Plan) => plan.hverdag.forankring.filter((f) => f.type === 'opfoelgning-paa-maal');

const hverdagRules: AdviceRule[] = [
  rule(
    'overgang-mangler',
    'warning',
    'hverdag',
    ['hverdag'],
    (plan) => !plan.hverdag.overgang.type,
    tx(
      'Aftal overgangen til hverdag: hvornår er den enkelte klar, og hvornår skifter arbejdspladsen som helhed?',
      'Agree the transition to everyday work: when is each person ready, and when does the workplace as a whole switch?'),
  ),
  rule(
    'faelles-overgang-uden-dato',
    // The field's condition needs the date: never only a tip.
    'warning',
    'hverdag',
    ['hverdag'],
    (plan) => plan.hverdag.overgang.type === 'faelles' && !plan.hverdag.overgang.dato,
    tx(
      'Sæt en dato for den fælles overgang.',
      'Set a date for the collective transition.'),
  ),
  rule(
    'faelles-overgang-ikke-klar',
    // The publication names it a pitfall: a fixed shared date forgets those not yet ready.
    'warning',
    'hverdag',
    ['hverdag'],
    (plan) => plan.hverdag.overgang.type === 'faelles' && !filled(plan.hverdag.overgang.ikkeKlar),
    tx(
      'Skriv, hvad der sker med dem, der ikke er klar ved den fælles overgang.',
      'Write what happens to those not ready at the collective transition.'),
  ),
  rule(
    'opfoelgning-paa-maal-mangler',
    'warning',
    'hverdag',
    ['hverdag'],
    (plan) => followUps(plan).length === 0,
    tx(
      'Planlæg, hvornår og hvordan du følger op på, om målene og perspektivets gevinster er nået.',
      'Plan when and how you check that the goals were reached and the perspective\'s gains achieved.'),
  ),
  rule(
    'opfoelgning-uden-dato',
    'info',
    'hverdag',
    ['hverdag'],
    // The method asks how and when; one undated follow-up silenced the advice above, and it never
    // reached the calendar. Asked once the training ground has its dates, so the follow-up can have one.
    (plan) => {
      const items = followUps(plan);
      return periodAgreed(plan.traeningsbane.periode) && items.length > 0 && !items.some((f) => f.dato);
    },
    tx(
      'Giv opfølgningen på målene en dato, så den ikke glider.',
      'Give the follow-up on the goals a date, so it does not slip.'),
  ),
  rule(
    'stoette-mangler',
    'info',
    'hverdag',
    ['hverdag'],
    // "With support" is the staircase's step of those who do the task with a colleague or manager to
    // turn to: someone must be agreed for it.
    (plan) => plan.ansvar.some((g) => g.fremtidigt === 'med-stoette') && !plan.hverdag.forankring.some((f) => f.type === 'loebende-stoette'),
    tx(
      'Nogle skal løse opgaven med støtte. Aftal, hvem de kan spørge, når de har ansvaret.',
      'Some will do the task with support. Agree whom they can ask once it is theirs.'),
  ),
  rule(
    'opgaveflytning-mangler',
    'info',
    'hverdag',
    ['hverdag'],
    // A task taken over by another professional group is the method's task transfer, the anchoring
    // kind that asks what the workplace or its workflows must change for the new group to take it.
    (plan) => plan.opgave.anledninger.includes('ny-faggruppe') && !plan.hverdag.forankring.some((f) => f.type === 'organisatoriske-aendringer'),
    tx(
      'Opgaven flyttes til en anden faggruppe. Aftal, hvad flytningen kræver af arbejdsgange og indretning.',
      'The task moves to another professional group. Agree which workflows and layout must change for the move.'),
  ),
  rule(
    'individuel-overgang-uaftalt',
    'info',
    'hverdag',
    ['hverdag'],
    (plan) => {
      const o = plan.hverdag.overgang;
      return o.type === 'individuel' && !filled(o.beskrivelse) && !o.dato;
    },
    tx(
      'Skriv, hvordan leder og medarbejder afgør, at den enkelte er klar, og hvornår arbejdspladsen som helhed skifter.',
      'Write how you decide that each person is ready, and when the workplace as a whole switches.'),
  ),
  rule(
    'traening-slutter-efter-overgang',
    'warning',
    'hverdag',
    ['hverdag'],
    (plan) => {
      const end = periodEnd(plan.traeningsbane.periode);
      const date = plan.hverdag.overgang.dato;
      return !!end && !!date && end > date && date;
    },
    (date: string) => tx(
      `Træningsbanen slutter efter overgangen den ${formatDate(date, 'da')}. Flyt en af datoerne.`,
      `The training ground ends after the transition on ${formatDate(date, 'en')}. Move one of the dates.`),
  ),
  rule(
    'opfoelgning-foer-traening-slutter',
    'warning',
    'hverdag',
    ['hverdag'],
    // Each by their own transition, the first may be followed up while others still train (in rounds).
    (plan) => {
      const end = plan.hverdag.overgang.type !== 'individuel' && periodEnd(plan.traeningsbane.periode);
      return end ? followUps(plan).flatMap((f) => (f.dato && f.dato < end ? [f.dato] : [])) : false;
    },
    (date: string) => tx(
      `Opfølgningen den ${formatDate(date, 'da')} ligger, før træningsbanen slutter. Flyt den til efter slutdatoen.`,
      `The follow-up on ${formatDate(date, 'en')} comes before the training ground ends. Move it to after the end date.`),
  ),
];

/** Every rule of `advise`, in the order of the five fields. */
export const adviceRules: readonly AdviceRule[] = [
  ...opgaveRules, ...perspektivRules, ...laeringsmaalRules, ...traeningsbaneRules, ...hverdagRules,
];
