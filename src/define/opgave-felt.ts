import { defineElement } from '../internal/define.js';
import { OpgaveFelt } from '../elements/opgave-felt/opgave-felt.js';

defineElement('opgave-felt', OpgaveFelt);
