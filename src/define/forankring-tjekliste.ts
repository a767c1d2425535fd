import { defineElement } from '../internal/define.js';
import { ForankringTjekliste } from '../elements/forankring-tjekliste/forankring-tjekliste.js';

defineElement('forankring-tjekliste', ForankringTjekliste);
