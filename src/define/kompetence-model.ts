import { defineElement } from '../internal/define.js';
import { KompetenceModel } from '../elements/kompetence-model/kompetence-model.js';
// The elements the model composes.
import './opgave-felt.js';
import './ansvars-trappe.js';
import './perspektiv-felt.js';
import './laeringsmaal-pyramide.js';
import './traeningsbane-plan.js';
import './mobilitet-aftale.js';
import './forankring-tjekliste.js';
import './kompetence-plan-visning.js';

defineElement('kompetence-model', KompetenceModel);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('kompetence-model')` and the element's events.
export type { KompetenceModel };
