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

/** The three tempi of the training ground, in English "kinds of activity" (keyed; `tempi` in ids.ts gives the order). */
export const tempoInfo: { readonly [T in Tempo]: TempoInfo & { readonly id: T } } = {
  vidensopbygning: {
    id: 'vidensopbygning',
    name: tx('Vidensopbygning', 'Knowledge building'),
    description: tx('Man får ny viden, fx ved undervisning eller coaching.', 'Gaining new knowledge, e.g. by teaching or coaching.'),
    examples: [
      tx('Gennemgang af et nyt it-system', 'A walkthrough of a new IT system'),
      tx('Oplæg om en metode til sprogvurdering', 'A talk on a language-assessment method'),
    ],
  },
  afproevning: {
    id: 'afproevning',
    name: tx('Afprøvning', 'Trying out'),
    description: tx('Man prøver det nye uforpligtende, gerne med støtte.', 'Trying the new way with no pressure, ideally with support.'),
    examples: [
      tx('Rollespil om det nye møde med borgeren', 'Role play of the new way of meeting citizens'),
      tx('Ny dokumentation under supervision', 'New documentation under supervision'),
      tx('Faglige debatter i gruppen', 'Professional debates in the group'),
    ],
  },
  feedback: {
    id: 'feedback',
    name: tx('Feedback', 'Feedback'),
    description: tx('Løbende svar på, om opgaven løses som tænkt, og hvad næste skridt er.', 'Ongoing input on whether the task is done as intended, and the next step.'),
    examples: [
      tx('Status på et personalemøde', 'Taking stock at a staff meeting'),
      tx('Kolleger tjekker to og to, om den nye praksis sidder', 'Colleagues in pairs check whether the new practice has stuck'),
    ],
  },
};

export const feedbackKindInfo: { readonly [K in FeedbackKind]: FeedbackKindInfo & { readonly id: K } } = {
  vurderende: {
    id: 'vurderende',
    name: tx('Vurderende', 'Evaluative'),
    question: tx('Er opgaven løst rigtigt?', 'Was the task done right?'),
  },
  instruerende: {
    id: 'instruerende',
    name: tx('Instruerende', 'Directive'),
    question: tx('Hvad skal du gøre anderledes?', 'What should you do differently?'),
  },
  reflekterende: {
    id: 'reflekterende',
    name: tx('Reflekterende', 'Reflective'),
    question: tx('Hvad fik du ud af at gøre, som du gjorde?', 'What did you learn from acting as you did?'),
  },
};

/** What the training ground is, and what to agree on. */
export const trainingGroundNote: Text = tx(
  'Et rum, hvor man må øve sig og fejle. Aftal formål, spilleregler, varighed og overgang til hverdag.',
  'A space to practise and fail. Agree on purpose, ground rules, duration and the transition to everyday work.');

/** The big pitfall of the training ground. */
export const trainingPitfall: Text = tx(
  'Den store faldgrube: kun vidensopbygning uden afprøvning og feedback. Så slår ændringen sjældent igennem.',
  'The big pitfall: knowledge building only, with no trying out or feedback. Then change rarely takes hold.');
