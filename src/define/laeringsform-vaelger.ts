import { defineElement } from '../internal/define.js';
import { LaeringsformVaelger } from '../elements/laeringsform-vaelger/laeringsform-vaelger.js';

defineElement('laeringsform-vaelger', LaeringsformVaelger);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('laeringsform-vaelger')` and the element's events.
export type { LaeringsformVaelger };
