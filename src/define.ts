/**
 * Registers every element of the package (guarded: an already defined tag is left alone).
 * Each element has its own registration module in `./define/<tag>.ts`; import them all here, e.g.
 *   import './define/opgave-felt.js';
 */
export {};
import './define/forankring-tjekliste.js';
import './define/ansvars-trappe.js';
import './define/mobilitet-aftale.js';
import './define/laeringsform-vaelger.js';
import './define/opgave-felt.js';
import './define/perspektiv-felt.js';
import './define/laeringsmaal-pyramide.js';
import './define/kompetence-plan-visning.js';
import './define/traeningsbane-plan.js';
import './define/kompetence-model.js';
