import { defineElement } from '../internal/define.js';
import { OpgaveFelt } from '../elements/opgave-felt/opgave-felt.js';

defineElement('opgave-felt', OpgaveFelt);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('opgave-felt')` and the element's events.
export type { OpgaveFelt };
