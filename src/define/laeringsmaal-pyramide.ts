import { defineElement } from '../internal/define.js';
import { LaeringsmaalPyramide } from '../elements/laeringsmaal-pyramide/laeringsmaal-pyramide.js';

defineElement('laeringsmaal-pyramide', LaeringsmaalPyramide);

// The class's type as well: its declarations then come with this module, so importing only it
// types `querySelector('laeringsmaal-pyramide')` and the element's events.
export type { LaeringsmaalPyramide };
