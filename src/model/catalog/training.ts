import type { FeedbackKind, Tempo, Text } from '../ids.js';
import { tx } from './text.js';

export interface TempoInfo {
  readonly id: Tempo;
  readonly name: Text;
  readonly description: Text;
  readonly examples: readonly Text[];
}

export interface FeedbackKindInfo {
  readonly id: FeedbackKind;
  readonly name: Text;
  /** The question this kind of feedback asks. */
  readonly question: Text;
}

/** The three tempi of the training ground (keyed; `tempi` in ids.ts gives the order). */
export const tempoInfo: { readonly [T in Tempo]: TempoInfo & { readonly id: T } } = {
  vidensopbygning: {
    id: 'vidensopbygning',
    name: tx('Vidensopbygning', 'Knowledge building'),
    description: tx(
      'Medarbejderne tilegner sig målrettet den nye viden, ofte gennem undervisning eller coaching.',
      'Staff purposefully acquire the new knowledge, often through teaching or coaching.'),
    examples: [
      tx('Gennemgang af et nyt it-systems funktioner', 'A walkthrough of a new IT system\'s functions'),
      tx('Oplæg om en metode til sprogvurdering og teorien bag', 'A talk on a language-assessment method and its theory'),
    ],
  },
  afproevning: {
    id: 'afproevning',
    name: tx('Afprøvning', 'Trying out'),
    description: tx(
      'Medarbejderne prøver det nye af uden at være forpligtet, gerne med støtte eller vejledning. Aftal, hvordan det foregår.',
      'Staff try the new approach without obligation, preferably with support or guidance. Agree how it is done.'),
    examples: [
      tx('Rollespil, hvor man øver det nye møde med borgeren', 'Role play practising the new meeting with the citizen'),
      tx('Forsøg med en ny dokumentationsmetode under supervision', 'Supervised trials of a new documentation method'),
      tx('Faglige debatter i medarbejdergruppen', 'Professional debates in the staff group'),
    ],
  },
  feedback: {
    id: 'feedback',
    name: tx('Feedback', 'Feedback'),
    description: tx(
      'Løbende tilbagemelding på, om opgaven løses som tænkt, så man kan se fremskridt og beslutte næste skridt.',
      'Ongoing response on whether the task is solved as intended, to see progress and decide the next step.'),
    examples: [
      tx('Et personalemøde, hvor I gør status over erfaringerne', 'A staff meeting taking stock of experience'),
      tx('En tjekliste, hvor kolleger to og to vurderer, om den nye praksis sidder', 'A checklist where colleagues in pairs judge whether the new practice has stuck'),
    ],
  },
};

export const feedbackKindInfo: { readonly [K in FeedbackKind]: FeedbackKindInfo & { readonly id: K } } = {
  vurderende: {
    id: 'vurderende',
    name: tx('Vurderende', 'Evaluative'),
    question: tx('Er opgaven løst rigtigt eller forkert?', 'Was the task solved right or wrong?'),
  },
  instruerende: {
    id: 'instruerende',
    name: tx('Instruerende', 'Instructive'),
    question: tx('Hvad skal du gøre anderledes?', 'What should you do differently?'),
  },
  reflekterende: {
    id: 'reflekterende',
    name: tx('Reflekterende', 'Reflective'),
    question: tx('Hvad fik du ud af at gøre, som du gjorde?', 'What did you get from acting as you did?'),
  },
};

/** What the training ground is, and what to agree on. */
export const trainingGroundNote: Text = tx(
  'Træningsbanen er et rum, hvor man må øve sig og fejle. Aftal formål, spilleregler, hvor længe den varer, og hvornår den bliver hverdag.',
  'The training ground is a space where one may practise and fail. Agree on its purpose, rules, how long it lasts and when it becomes everyday work.');

/** The big pitfall of the training ground. */
export const trainingPitfall: Text = tx(
  'Den store faldgrube: Træningsbanen bliver kun formel vidensopbygning uden afprøvning og feedback. Så slår ændringen sjældent igennem i praksis.',
  'The big pitfall: the training ground becomes formal knowledge building only, with no trying out or feedback. Then the change rarely takes hold in practice.');
