import { defineElement } from '../internal/define.js';
import { ForankringTjekliste } from '../elements/forankring-tjekliste/forankring-tjekliste.js';

defineElement('forankring-tjekliste', ForankringTjekliste);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('forankring-tjekliste')` and the element's events.
export type { ForankringTjekliste };
