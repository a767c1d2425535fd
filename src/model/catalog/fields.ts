import { fieldIds, type FieldId, type Text } from '../ids.js';
import { tx } from './text.js';

export interface FieldInfo {
  readonly id: FieldId;
  /** 1–5, the logical order of the model. */
  readonly number: number;
  readonly name: Text;
  /** The field's main question. */
  readonly question: Text;
  /** What the leader does in this field. */
  readonly leadershipTask: Text;
  /** Questions for the dialogue between leader and staff. */
  readonly dialogueQuestions: readonly Text[];
}

type FieldSpec = Omit<FieldInfo, 'id' | 'number'>;

const specs: Record<FieldId, FieldSpec> = {
  opgave: {
    name: tx('Opgave', 'Task'),
    question: tx('Hvilken del af vores opgaveløsning skal ændres?', 'Which part of our work must change?'),
    leadershipTask: tx('Vær præcis om opgaven; den styrer hele forløbet.', 'Be precise about the task; it steers the whole process.'),
    dialogueQuestions: [
      tx('Hvilke situationer skal vi blive bedre til at klare?', 'Which situations must we handle better?'),
      tx('Hvordan løser vi opgaven i dag, og hvad skal være anderledes?', 'How do we do the task today, and what must change?'),
      tx('Hvem skal kunne tage hvilket ansvar bagefter?', 'Who must be able to take which responsibility afterwards?'),
    ],
  },
  perspektiv: {
    name: tx('Perspektiv', 'Perspective'),
    question: tx('Hvorfor skal vi løse opgaven anderledes?', 'Why should we do the task differently?'),
    leadershipTask: tx('Fortæl en overbevisende historie, og skab opbakning i dialog.', 'Tell a convincing story and build support through dialogue.'),
    dialogueQuestions: [
      tx('Hvad bliver vi bedre til?', 'What do we get better at?'),
      tx('Hvad får borgerne ud af det?', 'What do citizens get out of it?'),
      tx('Hvordan påvirker det kvaliteten?', 'How does it affect quality?'),
      tx('Hvilket problem løser vi som arbejdsplads?', 'Which problem do we solve as a workplace?'),
    ],
  },
  laeringsmaal: {
    name: tx('Læringsmål', 'Learning goals'),
    question: tx('Hvilke kompetencer skal vi udvikle?', 'Which competences must we develop?'),
    leadershipTask: tx('Gør ændringen til præcise mål for den enkelte, gruppen eller arbejdspladsen.', 'Turn the change into precise goals for a person, a group or the workplace.'),
    // The publication lists no dialogue questions here; these ask what its checklists per level ask.
    dialogueQuestions: [
      tx('Skal vi lære nye metoder, teknikker eller teknologi?', 'Must we learn new methods, techniques or technology?'),
      tx('Skal vi kende ny teori, forskning eller lovgivning?', 'Must we know new theory, research or legislation?'),
      tx('Udfordrer ændringen vores faglige identitet eller værdier?', 'Does the change challenge our professional identity or values?'),
    ],
  },
  traeningsbane: {
    name: tx('Træningsbane', 'Training ground'),
    question: tx('Hvilke læringsaktiviteter sætter vi i gang?', 'Which learning activities do we run?'),
    leadershipTask: tx('Tilrettelæg træningen, vælg læringsformer, og fastsæt varigheden.', 'Organise the training, choose learning forms and set its length.'),
    dialogueQuestions: [
      tx('Hvilke læringsformer når vores mål?', 'Which learning forms reach our goals?'),
      tx('Hvordan fordeler vi vidensopbygning, afprøvning og feedback?', 'How do we balance knowledge building, trying out and feedback?'),
      tx('Hvordan gør vi det klart, at man må fejle her?', 'How do we make clear that failing is allowed here?'),
      tx('Hvordan passer træningen ind i driften, fx med vikarer?', 'How do we cover daily work while people train, e.g. with temps?'),
    ],
  },
  hverdag: {
    name: tx('Hverdag', 'Everyday work'),
    question: tx('Hvordan forankrer vi det nye i hverdagen?', 'How do we anchor the change in everyday work?'),
    leadershipTask: tx('Følg op, og gør klart, hvornår opgaven skal løses på det nye niveau.', 'Follow up, and make clear from when the task must be done at the new level.'),
    dialogueQuestions: [
      tx('Hvordan gør vi overgangen til hverdag tydelig og forpligtende?', 'How do we make the transition to everyday work clear and binding?'),
      tx('Hvem kan vi spørge til råds, og hvordan gør vi det legitimt at spørge?', 'Whom can we ask for advice, and how do we make asking legitimate?'),
      tx('Hvordan taler vi om den ændrede opgave i hverdagen?', 'How do we talk about the changed task in everyday work?'),
    ],
  },
};

/** The five fields of the model, in order. */
export const fields: readonly FieldInfo[] = fieldIds.map((id, i) => ({ id, number: i + 1, ...specs[id] }));

export const fieldById = (id: FieldId): FieldInfo => fields[fieldIds.indexOf(id)]!;

/** The two sides of the method's figure: the task and why (1, 2, 5), and the learning (3, 4). */
export const figureSides = {
  strategic: tx('Den strategiske side', 'The strategic side'),
  learning: tx('Læringssiden', 'The learning side'),
};
