import { defineElement } from '../internal/define.js';
import { MobilitetAftale } from '../elements/mobilitet-aftale/mobilitet-aftale.js';

defineElement('mobilitet-aftale', MobilitetAftale);
