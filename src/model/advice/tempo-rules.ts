/**
 * The advice on a training ground's three tempi (knowledge building, trying out, feedback), apart
 * from the other rules: `<laeringsform-vaelger>` judges its mix of forms with them, within its own
 * size budget (no zod, no plan schema, no other rule). `rules.ts` puts them among the training
 * ground's rules, so `advise` gives the same advice on the same training ground.
 */
import type { Lang, Tempo, Text } from '../ids.js';
import type { Plan, Traeningsbane } from '../plan.js';
import { listText as list, tx } from '../catalog/text.js';
import { coveredTempi, missingTempi } from './checks.js';
import { rule, runRule, type Advice, type AdviceRule } from './rule.js';

/** The tempi's names in a sentence: `tempoInfo`'s in lower case (`<laeringsform-vaelger>` shows them from here). */
export const tempoNames: Record<Tempo, Text> = {
  vidensopbygning: tx('vidensopbygning', 'knowledge building'),
  afproevning: tx('afprøvning', 'trying out'),
  feedback: tx('feedback', 'feedback'),
};

export const tempoRules: AdviceRule[] = [
  rule(
    'traeningsbane-tom',
    'warning',
    'traeningsbane',
    ['traeningsbane'],
    (plan) => coveredTempi(plan.traeningsbane).length === 0,
    tx(
      'Planlæg træningsbanen med vidensopbygning, afprøvning og feedback.',
      'Plan the training ground with knowledge building, trying out and feedback.'),
  ),
  rule(
    'traeningsbane-kun-viden',
    'warning',
    'traeningsbane',
    ['traeningsbane'],
    (plan) => {
      const covered = coveredTempi(plan.traeningsbane);
      const missing = missingTempi(plan.traeningsbane);
      return covered.includes('vidensopbygning') && missing.length > 0 && list(missing.map((t) => tempoNames[t]));
    },
    (missing: Text) => tx(
      `Træningsbanen mangler ${missing.da}, så ændringen sker næppe i praksis. Tilføj en aktivitet eller læringsform med ${missing.da}.`,
      `The training ground lacks ${missing.en}, so change will hardly happen in practice. Add an activity or learning form with ${missing.en}.`),
  ),
  rule(
    'tempo-mangler',
    // A tempo the field's condition needs, as the big pitfall's: never only a tip.
    'warning',
    'traeningsbane',
    ['traeningsbane'],
    (plan) => {
      const covered = coveredTempi(plan.traeningsbane);
      const missing = missingTempi(plan.traeningsbane);
      return covered.length > 0 && missing.includes('vidensopbygning') && list(missing.map((t) => tempoNames[t]));
    },
    (missing: Text) => tx(
      `Træningsbanen mangler ${missing.da}. Tilføj en aktivitet eller læringsform med ${missing.da}.`,
      `The training ground lacks ${missing.en}. Add an activity or learning form with ${missing.en}.`),
  ),
];

/** The tempo advice on a training ground alone (what a mix of chosen forms covers), in `lang`. */
export const tempoAdvice = (traeningsbane: Traeningsbane, lang: Lang): Advice[] =>
  // The tempo rules read nothing but the training ground.
  tempoRules.flatMap((r) => runRule(r, { traeningsbane } as Plan, lang));
