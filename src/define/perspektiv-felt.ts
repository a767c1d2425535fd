import { defineElement } from '../internal/define.js';
import { PerspektivFelt } from '../elements/perspektiv-felt/perspektiv-felt.js';

defineElement('perspektiv-felt', PerspektivFelt);
