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
      'Hvordan og hvornår følger vi op på, om opgaven løses som ønsket, og om vi fik gevinsten?',
      'How and when do we check that the task is done as intended and that we got the gains we aimed for?'),
    examples: [
      tx('Leder og medarbejder taler sammen en måned efter kurset.', 'Manager and employee talk a month after the course.'),
      tx('Praksisgennemgang med ressourcepersonen.', 'A practice review with the resource person.'),
    ],
  },
  'organisatoriske-aendringer': {
    id: 'organisatoriske-aendringer',
    name: tx('Opgaveflytning eller organisatoriske ændringer', 'Task transfers or organisational changes'),
    question: tx(
      'Skal arbejdspladsen eller arbejdsgangene ændres, før ansvaret kan tages?',
      'Must the workplace or workflows change before the responsibility can be taken?'),
    examples: [
      tx('Ny overlevering mellem nat- og dagvagt.', 'A new hand-over between night and day shift.'),
      tx('Adgang til en bagvagt.', 'Access to a back-up on call.'),
    ],
  },
  'loebende-stoette': {
    id: 'loebende-stoette',
    name: tx('Løbende støtte', 'Ongoing support'),
    question: tx(
      'Hvem støtter medarbejderen, og hvordan, så læringen bliver til ny adfærd?',
      'Who supports the employee, and how, so learning becomes new behaviour?'),
    examples: [
      tx('Råd fra ressourcepersonen.', 'Advice from the resource person.'),
      tx('Coaching eller supervision.', 'Coaching or supervision.'),
    ],
  },
  'loebende-opfoelgning': {
    id: 'loebende-opfoelgning',
    name: tx('Løbende opfølgning', 'Ongoing follow-up'),
    question: tx(
      'Hvordan går det nu med ansvaret og kvaliteten, vi aftalte?',
      'How is it going now with the responsibility and quality we agreed?'),
    examples: [
      tx('Faste tjek af, om kvaliteten er som aftalt.', 'Regular checks that quality is as agreed.'),
    ],
  },
};

/** The transition from training ground to everyday work. */
export const transitionTypeInfo: { readonly [T in TransitionType]: TransitionTypeInfo & { readonly id: T } } = {
  individuel: {
    id: 'individuel',
    name: tx('Individuel', 'Individual'),
    description: tx(
      'Leder og medarbejder aftaler, hvornår den enkelte er klar. Aftal også, hvornår arbejdspladsen som helhed skifter.',
      'Manager and employee agree when each person is ready. Agree too when the workplace as a whole switches.'),
  },
  faelles: {
    id: 'faelles',
    name: tx('Fælles', 'Collective'),
    description: tx('Hele gruppen går over på en aftalt dato.', 'The whole group makes the transition on an agreed date.'),
  },
};

/** What everyday work means: from here on, staff are responsible, no longer practising. */
export const everydayNote: Text = tx(
  'Det nye ansvar gælder fra den dag, det er aftalt eller kan forventes – ikke nødvendigvis dagen efter kurset.',
  'The new responsibility applies from the day it is agreed or can be expected – not necessarily the day after the course.');

/** Pitfall: a fixed, shared date for everyone. */
export const rigidDatePitfall: Text = tx(
  'Én dato for alle tager ikke hensyn til dem, der har brug for mere træning eller ikke føler sig parate.',
  'One date for everyone takes no account of those who need more practice or do not feel ready.');

/** Pitfall: moving on before the gains are checked. */
export const movingOnPitfall: Text = tx(
  'Start ikke noget nyt, før du har set, om gevinsterne er nået i hverdagen.',
  'Do not move on before checking that the gains were reached in everyday work.');
