/**
 * The perspective's starter, apart from the fields' catalog (fields.ts): the advice's checks read it,
 * and `<laeringsform-vaelger>` takes those checks without the fields' texts.
 */
import type { Text } from '../ids.js';
import { tx } from './text.js';

/**
 * The method's opening for a perspective, «Vi bliver bedre til, at …». <perspektiv-felt> starts an
 * empty text with it, in the language of the page; `perspectiveWritten` does not count it alone as a value.
 */
export const perspectiveStarter: Text = tx('Vi bliver bedre til, at ', 'We get better at ');
