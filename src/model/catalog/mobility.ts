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

type Spec = Omit<MobilityGuidance, 'id' | 'typicalDuration' | 'targetGroup' | 'requirements'> & {
  readonly targetGroup?: Text;
  readonly requirements?: readonly Text[];
  /** Requirements beside the form's notes. */
  readonly alsoRequired?: readonly Text[];
};

const specs: Record<MobilityForm, Spec> = {
  udlaan: {
    scope: ['deltid', 'fuldtid'],
    // The cases: a loan starts from the employee's own initiative or from management's request.
    targetGroup: tx(
      'Medarbejdere, der prøver nye opgaver uden at skifte job. Idéen kan komme fra dem selv eller fra ledelsen.',
      'Staff trying new tasks without changing jobs. The idea can come from them or from management.'),
    // The case puts informal contact about learning and well-being on a par with the contract.
    alsoRequired: [tx(
      'Lige så vigtigt: uformel kontakt med medarbejder og leder om læring og trivsel.',
      'As important: informal contact with employee and manager about learning and well-being.')],
    advice: [
      tx('Begge ledere må være fleksible, så de to job passer sammen.', 'Both managers must be flexible so the two jobs fit.'),
    ],
  },
  udstationering: {
    scope: ['deltid', 'fuldtid'],
    targetGroup: tx('Ledere og medarbejdere på hospitaler og i stabe.', 'Managers and staff in hospitals and staff units.'),
    requirements: [
      tx('Medarbejderen ved selv, hvad opholdet skal give.', 'The employee knows what they want from it.'),
      tx('Lederen støtter og er nysgerrig på læringen.', 'The manager supports and is curious about the learning.'),
    ],
    advice: [
      tx('Brug den nye viden begge steder, fx i forundringssamtaler.', 'Use the new knowledge in both places, e.g. by talking about what surprised the employee.'),
    ],
  },
  'klinisk-introduktion': {
    requirements: [
      tx('Tæt samarbejde med hospitalsledelser, klinikere og HR.', 'Close cooperation with hospital management, clinicians and HR.'),
      tx('Politisk velvilje og gavmilde klinikere.', 'Political goodwill and generous clinicians.'),
    ],
    advice: [
      tx('Følg fx vagter, ambulancekørsel, skadestue, laboratorium og operationer.', 'Follow e.g. shifts, ambulance runs, A&E, lab and surgery.'),
    ],
  },
  'europaeisk-udveksling': {
    scope: ['fuldtid'],
    payment: tx(
      'Arbejdsgiveren giver fri med løn; værtshospitalet hjælper med ophold og kost.',
      'The employer grants paid leave; the host hospital helps with board and lodging.'),
    advice: [
      tx('Tal med tidligere deltagere, og gør dig klart, hvad du vil have ud af det.', 'Talk to former participants and know what you want from it.'),
      tx('Den nationale koordinator finder værtshospitalet.', 'The national coordinator finds the host hospital.'),
    ],
  },
};

/** The mobility forms among the chosen learning forms: each is done under an arrangement. */
export const chosenMobilityForms = (forms: readonly string[]): MobilityForm[] => mobilityForms.filter((form) => forms.includes(form));

/**
 * Guidance per mobility form. The target group defaults to what the learning form suits, the
 * requirements to the form's notes (loan: voluntary, a contract; HOPE: experience and language).
 */
export const mobilityGuidance = Object.fromEntries(mobilityForms.map((id) => {
  const form = learningFormById(id);
  const { alsoRequired = [], ...spec } = specs[id];
  return [id, { id, typicalDuration: form.duration!, targetGroup: form.suits, requirements: [form.notes!, ...alsoRequired], ...spec }];
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
