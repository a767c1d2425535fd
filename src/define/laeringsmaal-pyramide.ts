import { defineElement } from '../internal/define.js';
import { LaeringsmaalPyramide } from '../elements/laeringsmaal-pyramide/laeringsmaal-pyramide.js';

defineElement('laeringsmaal-pyramide', LaeringsmaalPyramide);
