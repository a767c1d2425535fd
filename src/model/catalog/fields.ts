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
    question: tx(
      'Hvilken del af vores opgaveløsning skal ændres, fx fordi opgaven er ny, har ændret sig eller skal løses mere selvstændigt?',
      'Which part of our task-solving must change, e.g. because the task is new, has changed or must be solved more independently?'),
    leadershipTask: tx('Vær præcis om, hvilken opgave det handler om; den styrer hele forløbet.', 'Be precise about which task it is; it steers the whole course.'),
    dialogueQuestions: [
      tx('Hvilke situationer i hverdagen skal medarbejderne blive bedre til at klare?', 'Which everyday situations should staff get better at handling?'),
      tx('Hvordan løser vi opgaven i dag, og hvad skal helt konkret være anderledes?', 'How do we solve the task today, and what exactly should be different?'),
      tx('Hvilket ansvar skal hvem kunne tage for opgaven, når udviklingen er slut?', 'Which responsibility must who be able to take for the task when the development ends?'),
    ],
  },
  perspektiv: {
    name: tx('Perspektiv', 'Perspective'),
    question: tx(
      'Hvorfor skal vi løse opgaven anderledes? Hvad giver det kerneopgaven, borgerne og arbejdspladsen?',
      'Why should we solve the task differently? What does it give the core task, the citizens and the workplace?'),
    leadershipTask: tx(
      'Fortæl en overbevisende historie om ændringen, og skab opbakning gennem dialog.',
      'Tell a convincing story about the change, and build backing through dialogue.'),
    dialogueQuestions: [
      tx('Hvad bliver vi bedre til, hvis vi ændrer adfærd?', 'What do we get better at if we change behaviour?'),
      tx('Hvad får borgerne eller brugerne ud af det?', 'What do citizens or users get out of it?'),
      tx('Hvordan påvirker det kvaliteten af vores arbejde?', 'How does it affect the quality of our work?'),
      tx('Hvilket problem løser vi som arbejdsplads?', 'Which problem do we solve as a workplace?'),
    ],
  },
  laeringsmaal: {
    name: tx('Læringsmål', 'Learning goals'),
    question: tx(
      'Hvilke kompetencer skal vi udvikle for at kunne løse opgaven på den nye måde?',
      'Which competences must we develop to solve the task the new way?'),
    leadershipTask: tx(
      'Omsæt ændringen til præcise mål for den enkelte, en faggruppe eller hele arbejdspladsen.',
      'Turn the change into precise goals for one person, a professional group or the whole workplace.'),
    // The publication lists no dialogue questions here; these ask what its checklists per level ask.
    dialogueQuestions: [
      tx('Skal medarbejderne lære nye fremgangsmåder, teknikker, metoder eller teknologi?', 'Must staff learn new procedures, techniques, methods or technology?'),
      tx('Skal de kende ny teori, forskning, lovgivning eller viden fra andre fag?', 'Must they know new theory, research, legislation or knowledge from other fields?'),
      tx('Udfordrer ændringen deres faglige identitet, værdier eller stolthed?', 'Does the change challenge their professional identity, values or pride?'),
    ],
  },
  traeningsbane: {
    name: tx('Træningsbane', 'Training ground'),
    question: tx('Hvilke konkrete læringsaktiviteter skal vi sætte i gang?', 'Which concrete learning activities should we run?'),
    leadershipTask: tx(
      'Tilrettelæg træningen, vælg de rette læringsformer, og beslut, hvor længe den skal vare.',
      'Organise the training, choose the right learning forms and decide how long it lasts.'),
    dialogueQuestions: [
      tx('Hvilken læringsform eller blanding af former når vores mål?', 'Which learning form, or mix of forms, reaches our goals?'),
      tx('Hvordan fordeler vi vidensopbygning, afprøvning og feedback?', 'How do we balance knowledge building, trying out and feedback?'),
      tx('Hvordan gør vi det klart, at man må øve sig og fejle her?', 'How do we make clear that people may practise and fail here?'),
      tx('Hvordan passer træningen ind i den daglige drift, fx med vikardækning?', 'How does the training fit daily work, e.g. with temp cover?'),
    ],
  },
  hverdag: {
    name: tx('Hverdag', 'Everyday work'),
    question: tx('Hvordan forankrer vi det nye i den måde, vi løser opgaven på?', 'How do we anchor the new learning in the way we solve the task?'),
    leadershipTask: tx(
      'Følg op, og gør det klart, hvornår og hvordan opgaven skal løses på det nye niveau.',
      'Follow up, and make clear when and how the task is to be solved at the new level.'),
    dialogueQuestions: [
      tx('Hvordan gør vi overgangen fra træning til hverdag tydelig og forpligtende?', 'How do we make the move from training to everyday work clear and binding?'),
      tx('Hvem kan medarbejderne spørge til råds, og hvordan gør vi det legitimt at spørge?', 'Whom can staff ask for advice, and how do we make asking legitimate?'),
      tx('Hvordan taler vi om den ændrede opgave i det daglige?', 'How do we talk about the changed task day to day?'),
    ],
  },
};

/** The five fields of the model, in order. */
export const fields: readonly FieldInfo[] = fieldIds.map((id, i) => ({ id, number: i + 1, ...specs[id] }));

export const fieldById = (id: FieldId): FieldInfo => fields[fieldIds.indexOf(id)]!;
