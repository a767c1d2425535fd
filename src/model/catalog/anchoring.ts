import type { AnchoringKind, Text, TransitionType } from '../ids.js';
import { tx } from './text.js';

export interface AnchoringKindInfo {
  readonly id: AnchoringKind;
  readonly name: Text;
  /** The question the leader must settle. */
  readonly question: Text;
  readonly examples: readonly Text[];
}

export interface TransitionTypeInfo {
  readonly id: TransitionType;
  readonly name: Text;
  readonly description: Text;
}

/** The four kinds of anchoring in everyday work (keyed; `anchoringKinds` in ids.ts gives the order). */
export const anchoringKindInfo: { readonly [K in AnchoringKind]: AnchoringKindInfo & { readonly id: K } } = {
  'opfoelgning-paa-maal': {
    id: 'opfoelgning-paa-maal',
    name: tx('Opfølgning på mål', 'Follow-up on goals'),
    question: tx(
      'Hvordan og hvornår følger vi op på, om opgaven nu løses som ønsket? Fik vi gevinsten for kerneopgaven eller arbejdspladsen?',
      'How and when do we check that the task is now solved as wanted? Did we get the gain for the core task or the workplace?'),
    examples: [
      tx('Leder og medarbejder taler sammen en måned efter kurset.', 'Manager and employee talk a month after the course.'),
      tx('Ressourcepersonen holder en praksisgennemgang, en slags eksamen.', 'The resource person runs a practice review, a kind of exam.'),
    ],
  },
  'organisatoriske-aendringer': {
    id: 'organisatoriske-aendringer',
    name: tx('Opgaveflytning eller organisatoriske ændringer', 'Task moves or organisational changes'),
    question: tx(
      'Skal arbejdspladsen eller arbejdsgangene ændres, før medarbejderne kan tage ansvaret i praksis?',
      'Must the workplace or the workflows change before staff can take the responsibility in practice?'),
    examples: [
      tx('Ny overlevering mellem nat- og dagvagt.', 'A new hand-over between night and day shift.'),
      tx('Adgang til en bagvagt.', 'Access to a back-up on call.'),
    ],
  },
  'loebende-stoette': {
    id: 'loebende-stoette',
    name: tx('Løbende støtte', 'Ongoing support'),
    question: tx(
      'Hvordan og af hvem bliver medarbejderen støttet, så læringen bliver til ny adfærd?',
      'How, and by whom, is the employee supported so the learning becomes new behaviour?'),
    examples: [
      tx('Medarbejderen kan tale med og få råd af ressourcepersonen.', 'The employee can talk to and get advice from the resource person.'),
      tx('Coaching eller supervision.', 'Coaching or supervision.'),
    ],
  },
  'loebende-opfoelgning': {
    id: 'loebende-opfoelgning',
    name: tx('Løbende opfølgning', 'Ongoing follow-up'),
    question: tx(
      'Hvordan går det lige nu med at løse opgaven med det aftalte ansvar og den aftalte kvalitet?',
      'How is it going right now with solving the task with the agreed responsibility and quality?'),
    examples: [
      tx('Med faste mellemrum følges der op på, om kvaliteten er som aftalt.', 'At set intervals, check that the quality is as agreed.'),
    ],
  },
};

/** The transition from training ground to everyday work. */
export const transitionTypeInfo: { readonly [T in TransitionType]: TransitionTypeInfo & { readonly id: T } } = {
  individuel: {
    id: 'individuel',
    name: tx('Individuel', 'Individual'),
    description: tx(
      'Leder og medarbejder aftaler, hvornår den enkelte er klar til at tage ansvaret.',
      'Manager and employee agree when each person is ready to take the responsibility.'),
  },
  faelles: {
    id: 'faelles',
    name: tx('Fælles', 'Collective'),
    description: tx(
      'Hele gruppen går over på en aftalt dato, når organisationen er klar.',
      'The whole group moves over on an agreed date, when the organisation is ready.'),
  },
};

/** What everyday work means: from here on, staff are responsible, no longer practising. */
export const everydayNote: Text = tx(
  'Hverdagen begynder, når det er aftalt, at medarbejderen løser opgaven med det nye ansvar, ikke nødvendigvis dagen efter kurset.',
  'Everyday work begins when it is agreed that the employee solves the task with the new responsibility, not necessarily the day after the course.');

/** Pitfall: a fixed, shared date for everyone. */
export const rigidDatePitfall: Text = tx(
  'Pas på med en fast fælles dato for overgangen. Den kan overse dem, der endnu ikke er eller føler sig klar.',
  'Beware of a fixed shared date for the transition. It can overlook those who are not, or do not feel, ready yet.');

/** Pitfall: moving on before the gains are checked. */
export const movingOnPitfall: Text = tx(
  'Gå ikke videre til næste projekt, før I har set efter, om gevinsterne faktisk er nået i hverdagen.',
  'Do not move on to the next project before checking that the gains were actually reached in daily work.');
