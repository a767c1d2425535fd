import {
  experiences, learningFormFamilies, learningFormIdsByFamily,
  type Experience, type LearningFormFamily, type LearningFormId, type Tempo, type Text,
} from '../ids.js';
import { tx } from './text.js';
import type { LearningForm, ResourceDemand } from './types.js';

const ALL: readonly Tempo[] = ['vidensopbygning', 'afproevning', 'feedback'];

/**
 * Which tempi a family's forms cover unless a form says otherwise (the publication's words per family,
 * method.md §2.5; the mobility material and the municipal list for the last two):
 * - `metoder`: concrete, practice-near forms where trying out and close feedback are decisive, with
 *   some knowledge building along the way: all three.
 * - `viden`: knowledge building takes up most of these forms, so they cover it alone; trying out and
 *   feedback must be added (else the training ground falls into the big pitfall).
 * - `rolle`: reflection and abstraction are the tools (reflective feedback), in exploratory forms where
 *   participants try the role from a new angle (trying out).
 * - `komplekse`: work across methods, knowledge and role over a longer time: all three.
 * - `mobilitet`: learning by taking part in an unfamiliar work setting: insight into another practice
 *   (knowledge building) and doing real tasks there (trying out). Feedback is not built in; the cases
 *   arrange it (informal contact, "forundringssamtaler").
 * - `vaerktoej`: the municipal list only names its tools, so each sets its own tempi.
 */
export const learningFormFamilyTempi: Readonly<Record<LearningFormFamily, readonly Tempo[]>> = {
  metoder: ALL,
  viden: ['vidensopbygning'],
  rolle: ['afproevning', 'feedback'],
  komplekse: ALL,
  mobilitet: ['vidensopbygning', 'afproevning'],
  vaerktoej: [],
};

export const learningFormFamilyNames: Readonly<Record<LearningFormFamily, Text>> = {
  metoder: tx('Metoder og teknikker', 'Methods and techniques'),
  viden: tx('Faglig viden', 'Professional knowledge'),
  rolle: tx('Rolleforståelse', 'Role understanding'),
  komplekse: tx('Komplekse udviklingsbehov', 'Complex development needs'),
  mobilitet: tx('Mobilitet', 'Mobility'),
  vaerktoej: tx('Kommunens værktøjsliste', 'Municipal tool list'),
};

/** What the sources say of each family as a whole. */
export const learningFormFamilyDescriptions: Readonly<Record<LearningFormFamily, Text>> = {
  metoder: tx(
    'Konkrete former tæt på praksis, der bygger nye rutiner i ret enkle handlinger. Afprøvning og tæt feedback er afgørende.',
    'Concrete, practice-near forms that build new routines in fairly simple actions. Trying out and close feedback are decisive.'),
  viden: tx(
    'Mere krævende former, hvor vidensopbygning fylder mest.',
    'More demanding forms where knowledge building takes up most.'),
  rolle: tx(
    'Undersøgende former med refleksion, der giver et blik udefra på opgaven og åbner nye spørgsmål.',
    'Exploratory forms built on reflection that give an outside view of the task and open new questions.'),
  komplekse: tx(
    'Bredere forløb på tværs af metoder, viden og rolle, der støtter en stor ændring af adfærd over længere tid.',
    'Broader courses across methods, knowledge and role that support a large change of behaviour over a longer time.'),
  mobilitet: tx(
    'Læring ved at arbejde i en ny og fremmed sammenhæng. Læringen er praktisk og let at tage med hjem.',
    'Learning by working in a new, unfamiliar setting. The learning is practical and easy to bring home.'),
  vaerktoej: tx(
    'Randers Kommunes liste over måder at udvikle kompetencer på. Listen er ikke udtømmende.',
    'Randers Municipality\'s list of ways to develop competences. The list is not exhaustive.'),
};

/** The publication's table "mål for udvikling → eksempler på læringsformer", in its order. */
export const learningFormTable: Readonly<Record<'metoder' | 'viden' | 'rolle' | 'komplekse', readonly LearningFormId[]>> = {
  metoder: ['traeningsworkshop', 'udviklende-workshop', 'sidemandsoplaering', 'digitaliseret-laering', 'vaerktoejskursus'],
  viden: ['flerdageskursus', 'temadag', 'seminar'],
  rolle: ['mentorforloeb', 'coaching', 'aktionslaering', 'rolle-som-ressourceperson'],
  komplekse: ['laerende-netvaerk', 'selvkoerende-projektarbejde', 'laengerevarende-uddannelse'],
};

/** A catalog entry before the family defaults are filled in. */
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
const low: ResourceDemand = 'lav';
const mid: ResourceDemand = 'middel';
const high: ResourceDemand = 'hoej';

const specs: Specs = {
  metoder: {
    traeningsworkshop: {
      name: tx('Træningsworkshop', 'Training workshop'),
      description: tx(
        'En facilitator leder øvelser, afbrudt af korte oplæg med den viden, øvelserne bruger.',
        'A facilitator leads exercises, broken up by short talks with the knowledge the exercises need.'),
      suits: tx(
        'At introducere et emne i enkel form og skabe fælles forståelse af en opgave.',
        'Introducing a topic in simple form and building a shared understanding of a task.'),
      groupSize: tx('En mindre gruppe', 'A small group'),
      resources: mid,
      facilitator: true,
      notes: tx(
        'Gruppen arbejder i detaljen tæt på praksis, så det lærte er let at bruge bagefter.',
        'The group works in detail close to practice, so what is learned is easy to use afterwards.'),
    },
    'udviklende-workshop': {
      name: tx('Udviklende workshop', 'Developing workshop'),
      description: tx(
        'Deltagerne lærer ved at udvikle noget konkret sammen, fx en fremgangsmåde, en strategi eller et fælles fagligt grundlag.',
        'Participants learn by developing something tangible together, e.g. a procedure, a strategy or a shared professional foundation.'),
      suits: tx('Medarbejdere med betydelig erfaring i opgaven.', 'Staff with considerable experience of the task.'),
      resources: mid,
      experience: ['meget-erfarne'],
      facilitator: true,
    },
    sidemandsoplaering: {
      name: tx('Sidemandsoplæring', 'Side-by-side training'),
      description: tx(
        'Man følger en mere erfaren kollega, ser med, prøver selv og overtager efterhånden dele af opgaven.',
        'You follow a more experienced colleague, watch, try yourself and gradually take over parts of the task.'),
      suits: tx(
        'Konkret og ret enkel viden i en kendt sammenhæng. Feedback kommer med det samme, så man hurtigt klarer sig selv.',
        'Concrete, fairly simple knowledge in a familiar setting. Feedback comes at once, so learners soon manage alone.'),
      groupSize: tx('Højst to personer pr. erfaren kollega', 'At most two people per experienced colleague'),
      resources: high,
      experience: NEW,
      maxPerExperienced: 2,
      alsoIn: ['vaerktoej'],
      notes: tx(
        'Kommunens værktøjsliste nævner også sidemandsoplæring, sammen med følordninger.',
        'The municipal tool list names side-by-side training too, together with shadowing.'),
    },
    'digitaliseret-laering': {
      name: tx('Digital læring (e-læring)', 'Digital learning (e-learning)'),
      description: tx(
        'Hver deltager går et fast forløb igennem på en it-platform, når og hvor det passer.',
        'Each participant works through a set course on an IT platform, whenever and wherever it suits.'),
      suits: tx(
        'Medarbejdere, der er nye på et område og skal kende fx lovgivning eller anden formel viden. Stoffet er forenklet.',
        'Staff new to an area who need to know e.g. legislation or other formal knowledge. The content is simplified.'),
      groupSize: tx('Den enkelte', 'One person at a time'),
      resources: low,
      experience: NEW,
      tempi: KB,
    },
    vaerktoejskursus: {
      name: tx('Værktøjskursus', 'Tool course'),
      description: tx(
        'Styrker brugen af én bestemt metode, som kan bruges i mange opgaver.',
        'Strengthens the use of one method that works across many tasks.'),
      suits: tx('En metode, der ikke er bundet til én bestemt sammenhæng.', 'A method not tied to one particular setting.'),
      duration: tx(
        'Helst mere end én dag, med perioder på arbejdspladsen imellem til at træne.',
        'Preferably more than one day, with periods at work in between to practise.'),
      resources: mid,
      facilitator: true,
    },
  },
  viden: {
    flerdageskursus: {
      name: tx('Flerdageskursus', 'Multi-day course'),
      description: tx(
        'Et kursus, hvor man arbejder med teori og mere komplekse problemstillinger.',
        'A course for working with theory and more complex problems.'),
      suits: tx(
        'Teori og komplekse problemer. Hold temaet snævert og udviklingsmålet klart.',
        'Theory and complex problems. Keep the theme narrow and the development goal clear.'),
      duration: tx(
        'Typisk to-tre dage, evt. med læringsperioder på arbejdspladsen imellem.',
        'Typically two to three days, perhaps with learning periods at work in between.'),
      resources: high,
      facilitator: true,
    },
    temadag: {
      name: tx('Temadag', 'Theme day'),
      description: tx(
        'En hel fag- eller personalegruppe får fælles viden om et konkret, afgrænset tema.',
        'A whole professional group or staff gains shared knowledge of a concrete, bounded theme.'),
      suits: tx(
        'At introducere en ny opgave eller udbygge viden om en kendt og skabe begejstring for nye ideer.',
        'Introducing a new task or deepening knowledge of a known one, and sparking enthusiasm for new ideas.'),
      groupSize: tx('Hele fag- eller personalegruppen', 'The whole professional group or staff'),
      duration: tx('Let og ikke særlig tidskrævende', 'Light and not very time-consuming'),
      resources: low,
      facilitator: true,
      alsoIn: ['vaerktoej'],
      notes: tx(
        'Kommunens værktøjsliste nævner også temadage, med ekstern eller intern underviser.',
        'The municipal tool list names theme days too, with an external or internal teacher.'),
    },
    seminar: {
      name: tx('Seminar', 'Seminar'),
      description: tx(
        'Som en temadag, men med flere oplægsholdere og tungere viden.',
        'Like a theme day, but with several speakers and heavier knowledge.'),
      suits: tx(
        'Problemer og udviklingsbehov, der er bredere end én konkret opgave.',
        'Problems and development needs broader than one concrete task.'),
      duration: tx('Ofte flere dage', 'Often several days'),
      resources: high,
      facilitator: true,
      notes: tx(
        'Bagefter skal medarbejderne selv sørge for træning og aftaler om feedback.',
        'Afterwards staff must arrange training and agree on feedback themselves.'),
    },
  },
  rolle: {
    mentorforloeb: {
      name: tx('Mentorforløb', 'Mentoring'),
      description: tx(
        'En mentor støtter og vejleder tæt på praksis. Den, der bliver vejledt, stiller spørgsmålene; mentor lytter, udfordrer og deler sin erfaring.',
        'A mentor supports and guides close to practice. The mentee asks the questions; the mentor listens, challenges and shares experience.'),
      suits: tx(
        'Inspiration til at løse opgaven på nye måder og udvikle sin egen rolle.',
        'Inspiration to solve the task in new ways and develop one\'s own role.'),
      groupSize: tx('Mentor og mentee', 'Mentor and mentee'),
      duration: tx('Længerevarende', 'Long-running'),
      resources: mid,
      facilitator: true,
      // The mentor shares experience (knowledge building) and challenges (reflective feedback).
      tempi: KB_FB,
    },
    coaching: {
      name: tx('Coaching', 'Coaching'),
      description: tx(
        'Med spørgsmål hjælper en coach deltageren til at se nye muligheder. Deltageren sætter selv sine mål og finder selv vejen.',
        'With questions, a coach helps the participant see new options. The participant sets their own goals and finds the way.'),
      suits: tx(
        'Mere kompleks viden og opgaver, hvor der er mange rigtige måder at gøre det på.',
        'More complex knowledge, and tasks with many right ways to do them.'),
      resources: mid,
      facilitator: true,
      // The publication names coaching as a way of knowledge building; the questions give reflection.
      tempi: KB_FB,
    },
    aktionslaering: {
      name: tx('Aktionslæring', 'Action learning'),
      description: tx(
        'En lille gruppe eksperimenterer med en konkret, afgrænset del af hverdagen, reflekterer sammen og skriver erfaringerne ned.',
        'A small group experiments with a concrete, bounded part of daily practice, reflects together and writes down what it learns.'),
      suits: tx('At bryde vaner og rutiner.', 'Breaking habits and routines.'),
      groupSize: tx('3-6 personer', '3–6 people'),
      resources: mid,
      // Knowledge is gained through action (trying out) and shared reflection (feedback).
      tempi: ALL,
    },
    'rolle-som-ressourceperson': {
      name: tx('Rollen som ressourceperson', 'The role as resource person'),
      description: tx(
        'En erfaren medarbejder bliver den, kolleger går til. For at give erfaringen videre må vedkommende gentænke sin egen praksis.',
        'An experienced employee becomes the one colleagues turn to. To pass experience on, they must rethink their own practice.'),
      suits: tx(
        'Meget erfarne medarbejdere. Effektivt for arbejdspladsen og ofte mere lærerigt end et godt kursus.',
        'Very experienced staff. Efficient for the workplace and often more instructive than a good course.'),
      resources: low,
      experience: ['meget-erfarne'],
      notes: tx(
        'Det er svært at blive ressourceperson for en opgave, man ikke allerede løser selvstændigt.',
        'It is hard to become a resource person for a task one does not already solve independently.'),
    },
  },
  komplekse: {
    'laerende-netvaerk': {
      name: tx('Lærende netværk', 'Learning network'),
      description: tx(
        'Fagfolk med forskellig erfaring udveksler løbende erfaringer om hverdagens praktiske ting.',
        'Professionals with different experience continuously exchange experience of everyday practical matters.'),
      suits: tx(
        'Udveksling på tværs af erfaringsniveauer. Effektivt, og værdien viser sig over tid.',
        'Exchange across experience levels. Effective, and its value shows over time.'),
      duration: tx('Løbende', 'Ongoing'),
      resources: high,
      facilitator: true,
    },
    'selvkoerende-projektarbejde': {
      name: tx('Selvkørende projektarbejde', 'Self-running project work'),
      description: tx(
        'Medarbejderne lærer ved at deltage i et projekt, hvor de bidrager med deres indsigt i en praksis eller et afgrænset problem.',
        'Staff learn by taking part in a project where they contribute their insight into a practice or a bounded problem.'),
      suits: tx('At få medarbejderne til at tænke opgaveløsningen på en ny måde.', 'Getting staff to rethink how the task is solved.'),
      resources: mid,
    },
    'laengerevarende-uddannelse': {
      name: tx('Længerevarende uddannelsesforløb', 'Longer education'),
      description: tx(
        'Et langt forløb, ofte med vægt på formel kompetence, fx en uddannelse, der giver merit.',
        'A long course, often aimed at formal qualifications, e.g. education that earns credit.'),
      suits: tx(
        'Kun ved store ændringer af adfærd, fx når en medarbejder eller faggruppe skal have en helt ny jobfunktion.',
        'Only for large changes of behaviour, e.g. when an employee or professional group takes on a wholly new job function.'),
      duration: tx('Lang tid', 'A long period'),
      resources: high,
      facilitator: true,
    },
  },
  mobilitet: {
    udlaan: {
      name: tx('Udlån til eksterne samarbejdspartnere', 'Loan to external partners'),
      description: tx(
        'Medarbejderen arbejder en periode hos en samarbejdspartner, fx en kommune eller et universitet.',
        'The employee works for a period at a partner, e.g. a municipality or a university.'),
      suits: tx(
        'En konkret anledning hos modtageren og bedre samarbejde mellem parterne.',
        'A concrete need at the host and better collaboration between the parties.'),
      duration: tx(
        'Typisk under et år, deltid eller fuldtid; fx tre måneder, to dage om ugen.',
        'Usually under a year, part- or full-time; e.g. three months, two days a week.'),
      resources: high,
      notes: tx(
        'Frivilligt. Kræver en klar kontrakt om ansvarsområder, ferie og sygdom.',
        'Voluntary. Needs a clear contract on responsibilities, holidays and sickness.'),
    },
    udstationering: {
      name: tx('Udstationering centralt og decentralt', 'Secondment between central and local units'),
      description: tx(
        'Man arbejder en periode i en anden del af organisationen, fx fra hospital til central stab.',
        'One works for a period in another part of the organisation, e.g. from a hospital to central staff.'),
      suits: tx(
        'Et nyt blik på egen praksis og bedre samarbejde på tværs.',
        'A new view of one\'s own practice and better collaboration across units.'),
      duration: tx('Fra faste ugedage til flere måneder, fx 5 eller 10.', 'From fixed weekdays to several months, e.g. 5 or 10.'),
      resources: high,
    },
    'klinisk-introduktion': {
      name: tx('Introduktion til den kliniske verden', 'Introduction to the clinical world'),
      description: tx(
        'Fælles dage med oplæg skifter med dage, hvor man følger klinisk personale på hospitalet.',
        'Shared days of talks alternate with days of following clinical staff in hospital.'),
      suits: tx(
        'Administrativt personale i sundhedsvæsenet, fx økonomi, HR og it, der skal forstå den kliniske hverdag.',
        'Administrative health staff, e.g. finance, HR and IT, who need to understand clinical work.'),
      groupSize: tx('Ca. 20 deltagere', 'About 20 participants'),
      duration: tx('8 dage, ca. én gang om året', '8 days, about once a year'),
      resources: high,
      facilitator: true,
      // Talks and following clinical staff: insight, not doing clinical tasks.
      tempi: KB,
    },
    'europaeisk-udveksling': {
      name: tx('Europæisk udveksling (HOPE)', 'European exchange (HOPE)'),
      description: tx(
        'Et ophold på et hospital i et andet europæisk land for at se, hvordan de arbejder, og samle god praksis.',
        'A stay at a hospital in another European country to see how they work and gather good practice.'),
      suits: tx(
        'Sundhedspersonale, der arbejder med ledelse eller organisering, klinisk eller administrativt.',
        'Health staff who work with management or organisation, clinical or administrative.'),
      groupSize: tx('Ca. 200 deltagere i alt, der mødes undervejs', 'About 200 participants in all, who meet along the way'),
      duration: tx('4 uger', '4 weeks'),
      resources: high,
      experience: SKILLED,
      minYearsExperience: 3,
      // A stay to observe another system: insight; the cases add no trying out or feedback.
      tempi: KB,
      notes: tx(
        'Kræver mindst tre års erfaring fra hospitalsområdet, og at man taler værtslandets sprog.',
        'Requires at least three years\' hospital experience and speaking the host country\'s language.'),
    },
  },
  vaerktoej: {
    jobrotation: {
      name: tx('Jobbytte og jobrotation', 'Job swap and rotation'),
      description: tx('Man bytter job eller skifter funktion i en periode.', 'Staff swap jobs or rotate functions for a period.'),
      suits: tx('Indblik i andre funktioner og nye opgaver.', 'Insight into other functions and new tasks.'),
      resources: mid,
      tempi: KB_TRY,
    },
    foelordning: {
      name: tx('Følordning', 'Shadowing'),
      description: tx('Man følger en kollega i arbejdet og ser, hvordan opgaven løses.', 'One follows a colleague at work and sees how the task is done.'),
      suits: tx('At lære en opgave ved at se den løst.', 'Learning a task by seeing it done.'),
      resources: mid,
      experience: NEW,
      tempi: KB,
    },
    'efter-videreuddannelse': {
      name: tx('Efter- og videreuddannelse', 'Further and continuing education'),
      description: tx('Kurser og uddannelse oven på den, man har.', 'Courses and education on top of what one has.'),
      suits: tx('Ny faglig viden og formelle kompetencer.', 'New professional knowledge and formal qualifications.'),
      resources: high,
      facilitator: true,
      tempi: KB,
    },
    udviklingssamtale: {
      name: tx('Udviklingssamtale', 'Development talk'),
      description: tx('En samtale om udvikling og ønsker, med den enkelte eller en gruppe.', 'A talk about development and wishes, with one person or a group.'),
      suits: tx('At forene arbejdspladsens behov og medarbejdernes ønsker.', 'Uniting the workplace\'s needs and staff wishes.'),
      resources: low,
      facilitator: true,
      tempi: FB,
      notes: tx('Kommunen vil have samtalerne holdt systematisk.', 'The municipality wants the talks held systematically.'),
    },
    videndeling: {
      name: tx('Videndeling', 'Knowledge sharing'),
      description: tx('Viden deles i samtaler og databaser.', 'Knowledge is shared in conversations and databases.'),
      suits: tx('At gøre det, nogle ved, kendt af flere.', 'Making what some know known to more.'),
      resources: low,
      tempi: KB,
    },
    supervision: {
      name: tx('Supervision og sparring', 'Supervision and sparring'),
      description: tx('En supervisor eller kollega hjælper med at reflektere over konkrete situationer.', 'A supervisor or colleague helps reflect on concrete situations.'),
      suits: tx('Refleksion over rolle og praksis og støtte efter træningen.', 'Reflecting on role and practice, and support after training.'),
      resources: mid,
      facilitator: true,
      tempi: FB,
    },
    erfaringsudveksling: {
      name: tx('Erfaringsudveksling', 'Exchange of experience'),
      description: tx('Erfaringer deles, fx på tværs af fag, på daglige møder eller personaleweekender.', 'Experience is shared, e.g. across professions, at daily meetings or staff weekends.'),
      suits: tx('At lære af hinandens praksis.', 'Learning from each other\'s practice.'),
      resources: low,
      tempi: KB_FB,
    },
    'nye-opgaver': {
      name: tx('Prøv noget nyt i arbejdet', 'Try something new at work'),
      description: tx('Plads til nye opgaver, fx uddannelsesstillinger med rotation.', 'Room for new tasks, e.g. training posts with rotation.'),
      suits: tx('At afprøve nyt i praksis.', 'Trying new things in practice.'),
      resources: mid,
      tempi: ['afproevning'],
    },
    projektarbejde: {
      name: tx('Projektarbejde', 'Project work'),
      description: tx('Man udvikler sig gennem projektorienteret arbejde.', 'Staff develop through project-oriented work.'),
      suits: tx('Nye ideer til en afgrænset praksis.', 'New ideas for a bounded practice.'),
      resources: mid,
      tempi: KB_TRY,
    },
    'tvaerfagligt-arbejde': {
      name: tx('Tværfagligt arbejde', 'Cross-disciplinary work'),
      description: tx('Faggrupper løser opgaver sammen og lærer af hinanden.', 'Professions solve tasks together and learn from each other.'),
      suits: tx('Opgaver på tværs af fag.', 'Tasks across professions.'),
      resources: low,
      tempi: KB_TRY,
    },
    teamsamarbejde: {
      name: tx('Teamsamarbejde', 'Teamwork'),
      description: tx('Et team løser opgaver sammen og sparrer med hinanden.', 'A team solves tasks together and gives each other sparring.'),
      suits: tx('At øve ny praksis sammen og give feedback i hverdagen.', 'Practising new ways together with feedback day to day.'),
      resources: low,
      tempi: ['afproevning', 'feedback'],
    },
    netvaerksgruppe: {
      name: tx('Netværksgruppe', 'Network group'),
      description: tx('Fagfolk fra flere steder mødes jævnligt og deler erfaringer.', 'Professionals from several places meet regularly and share experience.'),
      suits: tx('Inspiration og sparring ud over egen arbejdsplads.', 'Inspiration and sparring beyond one\'s own workplace.'),
      resources: mid,
      tempi: KB_FB,
    },
    arbejdspladsbesoeg: {
      name: tx('Besøg på andre arbejdspladser', 'Visits to other workplaces'),
      description: tx('Man ser, hvordan en anden arbejdsplads løser opgaverne.', 'One sees how another workplace solves its tasks.'),
      suits: tx('Inspiration og et blik udefra på egen praksis.', 'Inspiration and an outside view of one\'s own practice.'),
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
