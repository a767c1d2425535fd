import { mobilityForms, type MobilityForm, type MobilityScope, type Text, type Weekday } from '../ids.js';
import { learningFormById } from './learning-forms.js';
import { tx } from './text.js';

/** What the mobility cases say one should know when setting up an arrangement of a form. */
export interface MobilityGuidance {
  readonly id: MobilityForm;
  /** Typical duration, from the cases (the learning form's `duration`). */
  readonly typicalDuration: Text;
  /** Scopes seen in the cases; absent when they do not say. */
  readonly scope?: readonly MobilityScope[];
  readonly targetGroup: Text;
  /** Conditions that must be met. */
  readonly requirements: readonly Text[];
  /** Who pays what, where the cases say so. */
  readonly payment?: Text;
  /** Advice from the managers and staff in the cases. */
  readonly advice: readonly Text[];
}

type Spec = Omit<MobilityGuidance, 'id' | 'typicalDuration'>;

const specs: Record<MobilityForm, Spec> = {
  udlaan: {
    scope: ['deltid', 'fuldtid'],
    targetGroup: tx(
      'Medarbejdere, der vil prøve nye opgaver uden at skifte job, på eget initiativ eller efter opfordring fra ledelsen.',
      'Staff who want to try new tasks without changing jobs, on their own initiative or at management\'s suggestion.'),
    requirements: [
      tx('Frivillighed', 'It is voluntary'),
      tx('En klar kontrakt om ansvarsområder og vilkår for ferie og sygdom', 'A clear contract on responsibilities and terms for holidays and sickness'),
    ],
    advice: [
      tx('Hold uformel kontakt med medarbejderen og lederen om læring og trivsel undervejs.', 'Keep informal contact with the employee and the manager about learning and well-being along the way.'),
      tx('Begge ledere må være fleksible, når opgaverne i to job skal passe sammen.', 'Both managers must be flexible when the tasks of two jobs must fit together.'),
      tx('Et netværk af chefer i region og kommuner kan finde områder, hvor udlån giver mening.', 'A network of managers across region and municipalities can find areas where a loan makes sense.'),
    ],
  },
  udstationering: {
    scope: ['deltid', 'fuldtid'],
    targetGroup: tx(
      'Ledere og medarbejdere på hospitaler og i centrale stabe, der skal tættere på hinandens praksis.',
      'Managers and staff in hospitals and central staff units who need to get closer to each other\'s practice.'),
    requirements: [
      tx('Medarbejderen har gjort sig klart, hvad hun eller han vil have ud af det', 'The employee is clear about what they want from it'),
      tx('Lederen støtter og er nysgerrig på læringen', 'The manager supports the learning and is curious about it'),
    ],
    advice: [
      tx('Både den afgivende og den modtagende arbejdsplads bør bruge den nye viden aktivt, fx gennem forundringssamtaler.', 'Both the sending and the receiving workplace should use the new knowledge actively, e.g. through conversations of wonder.'),
    ],
  },
  'klinisk-introduktion': {
    targetGroup: tx(
      'Akademikere og administrativt personale i sundhedsadministration, fx økonomi, HR og it.',
      'Academics and administrative staff in health administration, e.g. finance, HR and IT.'),
    requirements: [
      tx('Tæt samarbejde med hospitalsledelser, klinikere og HR', 'Close collaboration with hospital managements, clinicians and HR'),
      tx('Politisk velvilje og klinikernes faglige gavmildhed', 'Political goodwill and clinicians\' professional generosity'),
    ],
    advice: [
      tx('Deltagerne følger fx vagter, ambulancekørsel, skadestue, laboratorium og operationer.', 'Participants follow e.g. shifts, ambulance runs, the emergency room, the lab and surgery.'),
    ],
  },
  'europaeisk-udveksling': {
    scope: ['fuldtid'],
    targetGroup: tx(
      'Alle i sundhedsvæsenet, der arbejder med ledelse eller organisering, klinisk eller administrativt.',
      'Everyone in health care who works with management or organisation, clinical or administrative.'),
    requirements: [
      tx('Mindst tre års erfaring fra hospitalsområdet', 'At least three years\' experience in hospitals'),
      tx('Taler værtslandets sprog', 'Speaks the host country\'s language'),
    ],
    payment: tx(
      'Arbejdsgiveren giver fri med løn; værtshospitalet hjælper med ophold og forplejning.',
      'The employer grants paid leave; the host hospital helps with stay and board.'),
    advice: [
      tx('Undersøg grundigt, og tal med tidligere deltagere, før du tager af sted.', 'Research thoroughly and talk with former participants before you go.'),
      tx('Vid, hvad du vil have ud af det. Værtshospitalet vælges sammen med den nationale koordinator.', 'Know what you want from it. The host hospital is chosen with the national coordinator.'),
    ],
  },
};

export const mobilityGuidance = Object.fromEntries(mobilityForms.map((id) => [
  id, { id, typicalDuration: learningFormById(id).duration!, ...specs[id] },
])) as { readonly [F in MobilityForm]: MobilityGuidance & { readonly id: F } };

export const weekdayNames: Readonly<Record<Weekday, Text>> = {
  mandag: tx('mandag', 'Monday'),
  tirsdag: tx('tirsdag', 'Tuesday'),
  onsdag: tx('onsdag', 'Wednesday'),
  torsdag: tx('torsdag', 'Thursday'),
  fredag: tx('fredag', 'Friday'),
  loerdag: tx('lørdag', 'Saturday'),
  soendag: tx('søndag', 'Sunday'),
};

export const mobilityScopeNames: Readonly<Record<MobilityScope, Text>> = {
  deltid: tx('Deltid', 'Part-time'),
  fuldtid: tx('Fuldtid', 'Full-time'),
};
