import { defineElement } from '../internal/define.js';
import { KompetencePlanVisning } from '../elements/kompetence-plan-visning/kompetence-plan-visning.js';

defineElement('kompetence-plan-visning', KompetencePlanVisning);
