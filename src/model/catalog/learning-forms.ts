import {
  experiences, learningFormFamilies, learningFormIdsByFamily,
  type Experience, type LearningFormFamily, type LearningFormId, type Tempo, type Text,
} from '../ids.js';
import { tx } from './text.js';
import type { LearningForm, ResourceDemand } from './types.js';

const ALL: readonly Tempo[] = ['vidensopbygning', 'afproevning', 'feedback'];

/**
 * Which tempi a family's forms cover unless a form says otherwise. A form covers a tempo only when
 * the form itself reliably holds it: a course that may or may not build in practice at work does not
 * cover trying out (the publication: not every course teacher trains the participants), else choosing
 * it would hide the big pitfall. From the publication's words per family and form, the mobility
 * material and the municipal list:
 * - `metoder`: concrete, practice-near forms where trying out and close feedback are decisive, with
 *   some knowledge building along the way: all three, except where a form says less (e-learning, the
 *   tool course, the developing workshop).
 * - `viden`: knowledge building takes up most of these forms, so they cover it alone; trying out and
 *   feedback must be added (else the training ground falls into the big pitfall).
 * - `rolle`: reflection and abstraction are the tools (reflective feedback), in exploratory forms where
 *   participants try the role from a new angle (trying out).
 * - `komplekse`: longer courses for a large change of behaviour. That they work across methods,
 *   knowledge and role is about the goal levels, not the tempi: each form names its own.
 * - `mobilitet`: learning by taking part in an unfamiliar work setting: insight into another practice
 *   (knowledge building) and doing real tasks there (trying out). Feedback is not built in; the cases
 *   arrange it (informal contact, "forundringssamtaler").
 * - `vaerktoej`: the municipal list only names its tools, so each sets its own tempi.
 */
export const learningFormFamilyTempi: Readonly<Record<LearningFormFamily, readonly Tempo[]>> = {
  metoder: ALL,
  viden: ['vidensopbygning'],
  rolle: ['afproevning', 'feedback'],
  komplekse: ['vidensopbygning'],
  mobilitet: ['vidensopbygning', 'afproevning'],
  vaerktoej: [],
};

/** How much a form asks of the workplace's resources, in words (the chooser and the catalog say the same). */
export const resourceDemandNames: Readonly<Record<ResourceDemand, Text>> = {
  lav: tx('få', 'low'),
  middel: tx('en del', 'medium'),
  hoej: tx('mange', 'high'),
};

export const learningFormFamilyNames: Readonly<Record<LearningFormFamily, Text>> = {
  metoder: tx('Metoder og teknikker', 'Methods and techniques'),
  viden: tx('Faglig viden', 'Professional knowledge'),
  rolle: tx('Rolleforståelse', 'Role understanding'),
  komplekse: tx('Komplekse udviklingsbehov', 'Complex development needs'),
  mobilitet: tx('Mobilitet', 'Mobility'),
  vaerktoej: tx('Randers Kommunes værktøjsliste', 'Randers Municipality\'s tool list'),
};

/** What the sources say of each family as a whole. */
export const learningFormFamilyDescriptions: Readonly<Record<LearningFormFamily, Text>> = {
  metoder: tx(
    'Konkrete former tæt på praksis, der giver nye rutiner i enkle handlinger.',
    'Concrete, hands-on forms that build new routines in simple actions.'),
  viden: tx('Krævende former, hvor vidensopbygning fylder mest.', 'Demanding forms where knowledge building dominates.'),
  rolle: tx(
    'Undersøgende, reflekterende former, der giver et blik udefra på opgaven.',
    'Exploratory, reflective forms that give an outside view of the task.'),
  komplekse: tx(
    'Længere forløb på tværs af metoder, viden og rolle, til store ændringer.',
    'Longer courses across methods, knowledge and role, for large changes.'),
  mobilitet: tx(
    'Læring ved at arbejde et nyt sted; praktisk og let at tage med hjem.',
    'Learning by working somewhere new; practical and easy to bring home.'),
  vaerktoej: tx(
    'Randers Kommunes liste over måder at lære på. Den er ikke udtømmende.',
    'Randers Municipality\'s list of ways to learn. It is not exhaustive.'),
};

/** The publication's table "mål for udvikling → eksempler på læringsformer", in its order. */
export const learningFormTable: Readonly<Record<'metoder' | 'viden' | 'rolle' | 'komplekse', readonly LearningFormId[]>> = {
  metoder: ['traeningsworkshop', 'udviklende-workshop', 'sidemandsoplaering', 'digitaliseret-laering', 'vaerktoejskursus'],
  viden: ['flerdageskursus', 'temadag', 'seminar'],
  rolle: ['mentorforloeb', 'coaching', 'aktionslaering', 'rolle-som-ressourceperson'],
  komplekse: ['laerende-netvaerk', 'selvkoerende-projektarbejde', 'laengerevarende-uddannelse'],
};

/**
 * A catalog entry before the family defaults are filled in. `facilitator` is set only where the
 * publication says the form needs one (the two workshop kinds and the learning network).
 */
type Spec = Omit<LearningForm, 'id' | 'family' | 'tempi' | 'experience' | 'facilitator'> & {
  readonly tempi?: readonly Tempo[];
  readonly experience?: readonly Experience[];
  readonly facilitator?: boolean;
};
type Specs = { readonly [F in LearningFormFamily]: Record<(typeof learningFormIdsByFamily)[F][number], Spec> };

const NEW: readonly Experience[] = ['begyndere', 'lidt-erfarne'];
const SKILLED: readonly Experience[] = ['lidt-erfarne', 'meget-erfarne'];
const KB: readonly Tempo[] = ['vidensopbygning'];
const FB: readonly Tempo[] = ['feedback'];
const KB_TRY: readonly Tempo[] = ['vidensopbygning', 'afproevning'];
const KB_FB: readonly Tempo[] = ['vidensopbygning', 'feedback'];
/** The introduction to the clinical world is a course for them, and suits them only. */
const administrativeStaff = tx('Akademikere og administrativt personale i sundhedsadministrationen, fx økonomi, HR og it.', 'Academics and administrative staff in health administration, e.g. finance, HR and IT.');
const healthManagers = tx('Sundhedspersonale i ledelse eller organisering.', 'Health staff in management or organisation.');
const low: ResourceDemand = 'lav';
const mid: ResourceDemand = 'middel';
const high: ResourceDemand = 'hoej';

const specs: Specs = {
  metoder: {
    traeningsworkshop: {
      name: tx('Træningsworkshop', 'Training workshop'),
      description: tx(
        'Øvelser med en facilitator, afbrudt af korte oplæg. Tæt på praksis, så det lærte er let at bruge.',
        'Exercises with a facilitator, broken up by short talks. Close to practice, so the learning is easy to use.'),
      suits: tx('Nye emner og et fælles billede af, hvordan en opgave løses.', 'New topics and a shared picture of how a task is done.'),
      groupSize: tx('Mindre gruppe', 'Small group'),
      resources: mid,
      facilitator: true,
    },
    'udviklende-workshop': {
      name: tx('Udviklende workshop', 'Development workshop'),
      description: tx(
        'Deltagerne lærer ved sammen at udvikle fx en fremgangsmåde eller et fagligt grundlag.',
        'Participants learn by developing e.g. a procedure or a professional foundation together.'),
      suits: tx('At bruge stor erfaring til at forny praksis.', 'Using deep experience to renew practice.'),
      resources: mid,
      experience: ['meget-erfarne'],
      facilitator: true,
      // The product is made in the workshop, not tried in the task; the facilitator keeps reflection going.
      tempi: KB_FB,
    },
    sidemandsoplaering: {
      name: tx('Sidemandsoplæring', 'Side-by-side training'),
      description: tx(
        'Man følger en erfaren kollega, prøver selv og overtager gradvist opgaven.',
        'You follow an experienced colleague, try yourself and gradually take over.'),
      suits: tx('Konkret, enkel viden i en kendt sammenhæng, med feedback straks.', 'Concrete, simple knowledge in a familiar setting, with instant feedback.'),
      groupSize: tx('Normalt højst 2 pr. erfaren kollega', 'Usually at most 2 per experienced colleague'),
      resources: high,
      experience: NEW,
      maxPerExperienced: 2,
      alsoIn: ['vaerktoej'],
    },
    'digitaliseret-laering': {
      name: tx('Digitaliseret læring (e-læring)', 'Digital learning (e-learning)'),
      description: tx('Et fast forløb på en it-platform, når og hvor det passer.', 'A set course on an IT platform, whenever and wherever.'),
      suits: tx('En første, forenklet indføring i fx lovgivning eller andet formelt stof.', 'A first, simplified introduction to e.g. legislation or other formal material.'),
      groupSize: tx('Én ad gangen', 'One at a time'),
      resources: low,
      experience: NEW,
      tempi: KB,
    },
    vaerktoejskursus: {
      name: tx('Værktøjskursus', 'Tool course'),
      description: tx('Et kursus i én metode.', 'A course in one method.'),
      suits: tx('En metode, der kan bruges i mange opgaver.', 'A method that works across many tasks.'),
      duration: tx('Helst flere dage med træning på arbejdet imellem', 'Preferably several days, with practice at work in between'),
      resources: mid,
      // Not every teacher builds in training: trying out comes only with the practice between the days.
      tempi: KB,
      notes: tx(
        'Afprøvning kræver træning på arbejdet mellem kursusdagene. Spørg underviseren om træningsøvelser.',
        'Trying out needs practice at work between the course days. Ask the teacher about training exercises.'),
    },
  },
  viden: {
    flerdageskursus: {
      name: tx('Flerdageskursus', 'Multi-day course'),
      description: tx('Et kursus over nogle dage, hvor der er tid til at gå i dybden.', 'A course over a few days, with time to go in depth.'),
      suits: tx('At introducere teori og arbejde med mere komplekse problemstillinger.', 'Introducing theory and working on more complex problems.'),
      duration: tx('2–3 dage, evt. med perioder på arbejdet imellem', '2–3 days, perhaps with periods at work in between'),
      resources: high,
      notes: tx('Hold temaet snævert og læringsmålet klart.', 'Keep the theme narrow and the learning goal clear.'),
    },
    temadag: {
      name: tx('Temadag', 'Theme day'),
      description: tx('En hel faggruppe får fælles viden om ét afgrænset tema.', 'A whole staff group gains shared knowledge of one bounded theme.'),
      suits: tx('At indføre eller uddybe en opgave og vække lyst til nyt.', 'Introducing or deepening a task and sparking interest in new ideas.'),
      groupSize: tx('Hele faggruppen', 'The whole staff group'),
      duration: tx('Kort', 'Short'),
      resources: low,
      alsoIn: ['vaerktoej'],
      notes: tx('Med intern eller ekstern underviser.', 'With an internal or external teacher.'),
    },
    seminar: {
      name: tx('Seminar', 'Seminar'),
      description: tx('Som en temadag, med flere oplægsholdere og tungere viden.', 'Like a theme day, with more speakers and more in-depth content.'),
      suits: tx('Behov, der er bredere end én opgave.', 'Needs broader than one task.'),
      duration: tx('Ofte flere dage', 'Often several days'),
      resources: high,
      notes: tx('Træning og feedback skal medarbejderne selv sætte i gang bagefter.', 'Staff must set up training and feedback themselves afterwards.'),
    },
  },
  rolle: {
    mentorforloeb: {
      name: tx('Mentorforløb', 'Mentoring'),
      description: tx(
        'En mentor lytter, udfordrer og deler erfaring; menteen stiller spørgsmålene.',
        'A mentor listens, challenges and shares experience; the mentee asks the questions.'),
      suits: tx('Nye måder at løse opgaven på og en ny rolle.', 'New ways to do the task and a new role.'),
      groupSize: tx('Mentor og mentee', 'Mentor and mentee'),
      duration: tx('Lang', 'Long'),
      resources: mid,
      // The mentor shares experience (knowledge building) and challenges (reflective feedback).
      tempi: KB_FB,
    },
    coaching: {
      name: tx('Coaching', 'Coaching'),
      description: tx(
        'En coach spørger, så deltageren selv finder sine mål og vejen til dem.',
        'A coach asks questions, so the participant finds their own goals and how to reach them.'),
      suits: tx('Kompleks viden og opgaver med mange rigtige løsninger.', 'Complex knowledge and tasks with many right answers.'),
      resources: mid,
      // The publication names coaching as a way of knowledge building; the questions give reflection.
      tempi: KB_FB,
    },
    aktionslaering: {
      name: tx('Aktionslæring', 'Action learning'),
      description: tx(
        'En lille gruppe afprøver noget konkret i hverdagen, reflekterer og skriver det ned.',
        'A small group tries something concrete at work, reflects and writes it down.'),
      suits: tx('At bryde vaner og rutiner.', 'Breaking habits and routines.'),
      groupSize: tx('3–6', '3–6'),
      resources: mid,
      // Knowledge is gained through action (trying out) and shared reflection (feedback).
      tempi: ALL,
    },
    'rolle-som-ressourceperson': {
      name: tx('Rollen som ressourceperson', 'Being a resource person'),
      description: tx(
        'Den erfarne bliver den, kolleger går til, og gentænker sin praksis ved at give den videre.',
        'The experienced one becomes the go-to colleague and rethinks their practice by passing it on.'),
      suits: tx('Meget erfarne, der skal opbygge ekspertise ved at lære andre op.', 'Very experienced staff who build expertise by training others.'),
      resources: low,
      experience: ['meget-erfarne'],
      notes: tx('Effektivt for arbejdspladsen og ofte mere lærerigt end et kursus.', 'Efficient for the workplace, and often more instructive than a course.'),
    },
  },
  komplekse: {
    'laerende-netvaerk': {
      name: tx('Lærende netværk', 'Learning network'),
      description: tx('Fagfolk med forskellig erfaring deler løbende erfaringer fra hverdagen.', 'Professionals of varied experience keep sharing everyday experience.'),
      suits: tx('At dele praktiske erfaringer på tværs af erfaringsniveauer.', 'Sharing practical experience across levels of experience.'),
      duration: tx('Løbende', 'Ongoing'),
      resources: high,
      facilitator: true,
      // Sharing experience (knowledge building) and the others' response to it (feedback); no trying out of its own.
      tempi: KB_FB,
      notes: tx('Værdien viser sig over tid.', 'Its value shows over time.'),
    },
    'selvkoerende-projektarbejde': {
      name: tx('Selvkørende projektarbejde', 'Self-managed project work'),
      description: tx('Medarbejderne lærer ved at bidrage med deres indsigt til et projekt.', 'Staff learn by bringing their insight to a project.'),
      suits: tx('At tænke opgaven på en ny måde.', 'Rethinking the task.'),
      resources: mid,
      // Insight and work on a real problem (trying out); self-running, so no feedback is built in.
      tempi: KB_TRY,
    },
    'laengerevarende-uddannelse': {
      name: tx('Længerevarende uddannelsesforløb', 'Long-term education'),
      description: tx('Et langt forløb, ofte formel uddannelse med merit.', 'A long course, often formal education with credit.'),
      suits: tx('Kun store ændringer, fx en helt ny jobfunktion.', 'Only large changes, e.g. a wholly new job.'),
      duration: tx('Lang', 'Long'),
      resources: high,
      // The family's knowledge building only: its focus is often the formally qualifying part.
    },
  },
  mobilitet: {
    udlaan: {
      name: tx('Udlån til eksterne samarbejdspartnere', 'Loan to external partners'),
      description: tx('En periode hos en partner, fx en kommune eller et universitet.', 'A period at a partner, e.g. a municipality or university.'),
      suits: tx('Et konkret behov hos modtageren og bedre samarbejde.', 'A concrete need at the host and better collaboration.'),
      duration: tx('Typisk under et år, fx 3 måneder, 2 dage om ugen', 'Typically under a year, e.g. 3 months, 2 days a week'),
      resources: high,
      // Read by the mobility guidance (requirements) and recommendLearningForms.
      notes: tx(
        'Frivilligt, med en klar aftale om ansvarsområder, ferie og sygdom.',
        'Voluntary, with a clear agreement on areas of responsibility, holidays and sickness.'),
    },
    udstationering: {
      name: tx('Udstationering centralt og decentralt', 'Secondment between central and local units'),
      description: tx(
        'En periode et andet sted i organisationen, fx fra et hospital til en central stab eller omvendt.',
        'A period elsewhere in the organisation, e.g. from a hospital to a central staff unit or the other way round.'),
      suits: tx('Nyt blik på egen praksis og samarbejde på tværs.', 'A fresh view of one\'s practice and cross-unit collaboration.'),
      duration: tx('Varierer: fx faste ugedage eller et ophold på 5 eller 10 måneder', 'Varies: e.g. fixed weekdays or a stay of 5 or 10 months'),
      resources: high,
    },
    'klinisk-introduktion': {
      name: tx('Introduktion til den kliniske verden', 'Introduction to the clinical world'),
      description: tx('Dage med oplæg veksler med dage, hvor man følger klinikere.', 'Days of talks alternate with days following clinicians.'),
      suits: administrativeStaff,
      audience: administrativeStaff,
      groupSize: tx('Ca. 20', 'About 20'),
      duration: tx('8 dage, ca. årligt', '8 days, about yearly'),
      resources: high,
      // Talks and following clinical staff: insight, not doing clinical tasks.
      tempi: KB,
    },
    'europaeisk-udveksling': {
      name: tx('Europæisk udveksling (HOPE)', 'European exchange (HOPE)'),
      description: tx('Ophold på et hospital i et andet europæisk land for at samle god praksis.', 'A stay at a hospital in another European country to gather good practice.'),
      suits: healthManagers,
      audience: healthManagers,
      groupSize: tx('Ca. 200 i alt, der mødes undervejs', 'About 200 in all, meeting along the way'),
      duration: tx('4 uger', '4 weeks'),
      resources: high,
      experience: SKILLED,
      minYearsExperience: 3,
      // A stay to observe another system: insight; the cases add no trying out or feedback.
      tempi: KB,
      // Read by the mobility guidance (requirements) and recommendLearningForms.
      notes: tx(
        'Kræver tre års hospitalserfaring og værtslandets sprog.',
        'Requires three years\' hospital experience and the host country\'s language.'),
    },
  },
  vaerktoej: {
    jobrotation: {
      name: tx('Jobbytte og jobrotation', 'Job swap and rotation'),
      description: tx('Bytte job eller funktion i en periode.', 'Swapping jobs or functions for a period.'),
      suits: tx('Indblik i andre funktioner.', 'Insight into other functions.'),
      resources: mid,
      tempi: KB_TRY,
    },
    foelordning: {
      name: tx('Følordning', 'Shadowing'),
      description: tx('Følge en kollega og se opgaven løst.', 'Following a colleague to see the task done.'),
      suits: tx('At lære ved at se.', 'Learning by watching.'),
      resources: mid,
      experience: NEW,
      tempi: KB,
    },
    'efter-videreuddannelse': {
      name: tx('Efter- og videreuddannelse', 'Further and continuing education'),
      description: tx('Kurser og uddannelse oven på den, man har.', 'Courses and education on top of what one has.'),
      suits: tx('Ny viden og formelle kompetencer.', 'New knowledge and formal qualifications.'),
      resources: high,
      tempi: KB,
    },
    udviklingssamtale: {
      name: tx('Udviklingssamtale', 'Development talk'),
      description: tx('Samtale om udvikling og ønsker, alene eller i gruppe.', 'A talk on development and wishes, alone or in a group.'),
      suits: tx('At forene arbejdspladsens behov og medarbejdernes ønsker.', 'Matching workplace needs and staff wishes.'),
      resources: low,
      tempi: FB,
      notes: tx('Holdes systematisk.', 'Held systematically.'),
    },
    videndeling: {
      name: tx('Videndeling', 'Knowledge sharing'),
      description: tx('Viden deles i samtaler og databaser.', 'Knowledge is shared in talks and databases.'),
      suits: tx('At gøre det, nogle ved, kendt af flere.', 'Making what some know known to more.'),
      resources: low,
      tempi: KB,
    },
    supervision: {
      name: tx('Supervision og sparring', 'Supervision and peer support'),
      description: tx('En supervisor eller kollega hjælper med at reflektere over konkrete situationer.', 'A supervisor or colleague helps reflect on concrete situations.'),
      suits: tx('Refleksion over rolle og praksis, også efter træningen.', 'Reflecting on role and practice, also after training.'),
      resources: mid,
      tempi: FB,
    },
    erfaringsudveksling: {
      name: tx('Erfaringsudveksling', 'Exchange of experience'),
      description: tx('Erfaringer deles, fx på tværs af fag, på møder eller personaleweekender.', 'Experience is shared, e.g. across professions, at meetings or staff weekends.'),
      suits: tx('At lære af hinandens praksis.', 'Learning from each other\'s practice.'),
      resources: low,
      tempi: KB_FB,
    },
    'nye-opgaver': {
      name: tx('Mulighed for at prøve nyt', 'A chance to try something new'),
      description: tx('Plads til nye opgaver, fx uddannelsesstillinger med rotation.', 'Room for new tasks, e.g. training posts with rotation.'),
      suits: tx('At prøve nyt i praksis.', 'Trying new things in practice.'),
      resources: mid,
      tempi: ['afproevning'],
    },
    projektarbejde: {
      name: tx('Projektarbejde', 'Project work'),
      description: tx('Udvikling gennem projekter.', 'Development through projects.'),
      suits: tx('Nye idéer til en afgrænset praksis.', 'New ideas for a bounded practice.'),
      resources: mid,
      tempi: KB_TRY,
    },
    'tvaerfagligt-arbejde': {
      name: tx('Tværfagligt arbejde', 'Cross-disciplinary work'),
      description: tx('Faggrupper løser opgaver sammen.', 'Professions do tasks together.'),
      suits: tx('Opgaver på tværs af fag.', 'Tasks across professions.'),
      resources: low,
      tempi: KB_TRY,
    },
    teamsamarbejde: {
      name: tx('Teamsamarbejde', 'Teamwork'),
      description: tx('Et team løser opgaver og sparrer sammen.', 'A team does tasks and reflects together.'),
      suits: tx('At øve ny praksis med feedback i hverdagen.', 'Practising new ways with everyday feedback.'),
      resources: low,
      tempi: ['afproevning', 'feedback'],
    },
    netvaerksgruppe: {
      name: tx('Netværksgruppe', 'Network group'),
      description: tx('Fagfolk fra flere steder mødes jævnligt og deler erfaringer.', 'Professionals from several places meet regularly to share experience.'),
      suits: tx('Sparring ud over egen arbejdsplads.', 'Peer support beyond one\'s own workplace.'),
      resources: mid,
      tempi: KB_FB,
    },
    arbejdspladsbesoeg: {
      name: tx('Besøg på andre arbejdspladser', 'Visits to other workplaces'),
      description: tx('Se, hvordan en anden arbejdsplads løser opgaverne.', 'Seeing how another workplace does its tasks.'),
      suits: tx('Et blik udefra på egen praksis.', 'An outside view of one\'s own practice.'),
      resources: low,
      tempi: KB,
    },
  },
};

/** Every learning form of every family, in the order of `learningFormIdsByFamily`. */
export const learningForms: readonly LearningForm[] = learningFormFamilies.flatMap((family) =>
  learningFormIdsByFamily[family].map((id): LearningForm => ({
    id,
    family,
    tempi: learningFormFamilyTempi[family],
    experience: experiences,
    facilitator: false,
    ...(specs[family] as Record<string, Spec>)[id]!,
  })));

const byId = new Map<string, LearningForm>(learningForms.map((f) => [f.id, f]));

export function isLearningFormId(x: unknown): x is LearningFormId {
  return typeof x === 'string' && byId.has(x);
}

export function learningFormById(id: LearningFormId): LearningForm;
export function learningFormById(id: string): LearningForm | undefined;
export function learningFormById(id: string): LearningForm | undefined {
  return byId.get(id);
}
