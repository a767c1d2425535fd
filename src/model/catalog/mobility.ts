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

type Spec = Omit<MobilityGuidance, 'id' | 'typicalDuration' | 'targetGroup'> & { readonly targetGroup?: Text };

const specs: Record<MobilityForm, Spec> = {
  udlaan: {
    scope: ['deltid', 'fuldtid'],
    targetGroup: tx(
      'Medarbejdere, der vil prøve nye opgaver uden at skifte job, på eget initiativ eller ledelsens.',
      'Staff who want to try new tasks without changing jobs, on their own or management\'s initiative.'),
    requirements: [
      tx('Det er frivilligt.', 'It is voluntary.'),
      tx('En klar kontrakt om ansvarsområder og vilkår for ferie og sygdom.', 'A clear contract on responsibilities and terms for holidays and sickness.'),
    ],
    advice: [
      tx('Hold uformel kontakt med medarbejder og leder om læring og trivsel.', 'Keep informal contact with employee and manager about learning and well-being.'),
      tx('Begge ledere må være fleksible, så opgaverne i de to job passer sammen.', 'Both managers must be flexible so the tasks of the two jobs fit together.'),
    ],
  },
  udstationering: {
    scope: ['deltid', 'fuldtid'],
    targetGroup: tx(
      'Ledere og medarbejdere på hospitaler og i centrale stabe.',
      'Managers and staff in hospitals and central staff units.'),
    requirements: [
      tx('Medarbejderen ved, hvad hun eller han vil have ud af det.', 'The employee knows what they want from it.'),
      tx('Lederen støtter og er nysgerrig på læringen.', 'The manager supports the learning and is curious about it.'),
    ],
    advice: [
      tx('Begge arbejdspladser bør bruge den nye viden aktivt, fx gennem forundringssamtaler.', 'Both workplaces should use the new knowledge actively, e.g. through conversations of wonder.'),
    ],
  },
  'klinisk-introduktion': {
    requirements: [
      tx('Tæt samarbejde med hospitalsledelser, klinikere og HR.', 'Close collaboration with hospital managements, clinicians and HR.'),
      tx('Politisk velvilje og klinikernes gavmildhed.', 'Political goodwill and clinicians\' generosity.'),
    ],
    advice: [
      tx('Deltagerne følger fx vagter, ambulancer, skadestue, laboratorium og operationer.', 'Participants follow e.g. shifts, ambulances, the emergency room, the lab and surgery.'),
    ],
  },
  'europaeisk-udveksling': {
    scope: ['fuldtid'],
    requirements: [
      tx('Mindst tre års erfaring fra hospitalsområdet.', 'At least three years\' hospital experience.'),
      tx('Taler værtslandets sprog.', 'Speaks the host country\'s language.'),
    ],
    payment: tx(
      'Arbejdsgiveren giver fri med løn; værtshospitalet hjælper med ophold og forplejning.',
      'The employer grants paid leave; the host hospital helps with stay and board.'),
    advice: [
      tx('Undersøg grundigt, og tal med tidligere deltagere.', 'Research thoroughly and talk with former participants.'),
      tx('Vid, hvad du vil have ud af det. Værtshospitalet findes med den nationale koordinator.', 'Know what you want from it. The host is found with the national coordinator.'),
    ],
  },
};

/** Guidance per mobility form; the target group defaults to what the learning form suits. */
export const mobilityGuidance = Object.fromEntries(mobilityForms.map((id) => {
  const form = learningFormById(id);
  return [id, { id, typicalDuration: form.duration!, targetGroup: form.suits, ...specs[id] }];
})) as { readonly [F in MobilityForm]: MobilityGuidance & { readonly id: F } };

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
