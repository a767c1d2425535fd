import { defineElement } from '../internal/define.js';
import { MobilitetAftale } from '../elements/mobilitet-aftale/mobilitet-aftale.js';

defineElement('mobilitet-aftale', MobilitetAftale);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('mobilitet-aftale')` and the element's events.
export type { MobilitetAftale };
