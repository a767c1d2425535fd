import { defineElement } from '../internal/define.js';
import { AnsvarsTrappe } from '../elements/ansvars-trappe/ansvars-trappe.js';

defineElement('ansvars-trappe', AnsvarsTrappe);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('ansvars-trappe')` and the element's events.
export type { AnsvarsTrappe };
