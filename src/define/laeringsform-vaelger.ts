import { defineElement } from '../internal/define.js';
import { LaeringsformVaelger } from '../elements/laeringsform-vaelger/laeringsform-vaelger.js';

defineElement('laeringsform-vaelger', LaeringsformVaelger);
