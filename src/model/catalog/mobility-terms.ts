/** Apart from the mobility guidance: `partGaps` names the terms, and `<laeringsform-vaelger>` takes `partGaps` without the guidance. */
import { tx } from './text.js';

/**
 * The terms an arrangement states (`vilkaar`), as words in a sentence. A loan's contract names all
 * three (advice mobilitet-uden-vilkaar); a host's own `x-` keys in `vilkaar` are no terms of the method.
 */
export const termNames = {
  ansvarsomraader: tx('ansvarsområder', 'responsibilities'),
  ferie: tx('ferie', 'holidays'),
  sygdom: tx('sygdom', 'sickness'),
} as const;
export const termKeys = Object.keys(termNames) as (keyof typeof termNames)[];
