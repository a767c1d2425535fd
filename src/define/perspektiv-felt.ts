import { defineElement } from '../internal/define.js';
import { PerspektivFelt } from '../elements/perspektiv-felt/perspektiv-felt.js';

defineElement('perspektiv-felt', PerspektivFelt);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('perspektiv-felt')` and the element's events.
export type { PerspektivFelt };
