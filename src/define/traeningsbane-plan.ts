import { defineElement } from '../internal/define.js';
import { TraeningsbanePlan } from '../elements/traeningsbane-plan/traeningsbane-plan.js';
import './laeringsform-vaelger.js';

defineElement('traeningsbane-plan', TraeningsbanePlan);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('traeningsbane-plan')` and the element's events.
export type { TraeningsbanePlan };
