import { defineElement } from '../internal/define.js';
import { KompetencePlanVisning } from '../elements/kompetence-plan-visning/kompetence-plan-visning.js';

defineElement('kompetence-plan-visning', KompetencePlanVisning);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('kompetence-plan-visning')` and the element's events.
export type { KompetencePlanVisning };
