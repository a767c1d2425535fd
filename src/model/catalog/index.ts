/** The method's fixed content as data, with da + en texts. */
export { matchLang, nameInSentence, t, tx } from './text.js';
export type * from './types.js';
export * from './learning-forms.js';
export * from './staircase.js';
export * from './goals.js';
export * from './training.js';
export * from './anchoring.js';
export * from './task.js';
export * from './fields.js';
export * from './mobility.js';
