import { defineElement } from '../internal/define.js';
import { AnsvarsTrappe } from '../elements/ansvars-trappe/ansvars-trappe.js';

defineElement('ansvars-trappe', AnsvarsTrappe);
