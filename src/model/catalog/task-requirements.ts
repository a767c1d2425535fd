/**
 * The three requirements of a usable task, apart from the rest of the task's catalog: `partGaps`
 * names them, and `<laeringsform-vaelger>` takes `partGaps` without the task's examples.
 */
import type { Text } from '../ids.js';
import { tx } from './text.js';

/** The keys of `opgave.krav`: the three requirements of a usable task. */
export const taskRequirements = ['konkretSituation', 'kanHaandteresAnderledes', 'ansvarTydeligt'] as const;
export type TaskRequirement = (typeof taskRequirements)[number];

export const taskRequirementLabels: Readonly<Record<TaskRequirement, Text>> = {
  konkretSituation: tx('Én konkret situation, som medarbejderne kender.', 'One concrete situation staff know.'),
  kanHaandteresAnderledes: tx('Den kan håndteres på en anden måde.', 'It can be handled differently.'),
  ansvarTydeligt: tx('Det er tydeligt, hvem der har ansvaret.', 'It is clear who is responsible.'),
};
