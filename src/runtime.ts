/**
 * Everything the package root (`kompetence-elements`) exports EXCEPT `planJsonSchema`: the model's
 * runtime API, element classes, event classes and types. No registration side effects.
 *
 * The browser bundle (`src/bundle.ts`) exports exactly this.
 */
export * from './model/runtime.js';
export { ForankringTjekliste } from './elements/forankring-tjekliste/forankring-tjekliste.js';
export { AnsvarsTrappe } from './elements/ansvars-trappe/ansvars-trappe.js';
export { MobilitetAftale } from './elements/mobilitet-aftale/mobilitet-aftale.js';
export { LaeringsformVaelger } from './elements/laeringsform-vaelger/laeringsform-vaelger.js';
export { OpgaveFelt } from './elements/opgave-felt/opgave-felt.js';
export { PerspektivFelt } from './elements/perspektiv-felt/perspektiv-felt.js';
export { LaeringsmaalPyramide } from './elements/laeringsmaal-pyramide/laeringsmaal-pyramide.js';
export { KompetencePlanVisning } from './elements/kompetence-plan-visning/kompetence-plan-visning.js';
export { TraeningsbanePlan } from './elements/traeningsbane-plan/traeningsbane-plan.js';
export { KompetenceModel, type KompetenceModelChange } from './elements/kompetence-model/kompetence-model.js';
export {
  KompetenceChangeEvent, KompetenceInvalidEvent, type InvalidSource,
} from './internal/events.js';
