import { defineElement } from '../internal/define.js';
import { TraeningsbanePlan } from '../elements/traeningsbane-plan/traeningsbane-plan.js';
import './laeringsform-vaelger.js';

defineElement('traeningsbane-plan', TraeningsbanePlan);
