/**
 * Registers every element of the package (guarded: an already defined tag is left alone) by
 * importing each element's own registration module, `./define/<tag>.ts`.
 */
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
