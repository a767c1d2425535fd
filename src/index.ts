/**
 * `kompetence-elements`: element classes, the model and its types. Importing this module registers
 * nothing; use `kompetence-elements/define` (or `./define/<tag>`) for that.
 *
 * Add exports to `./runtime.ts`, which the browser bundle shares; this file only adds what the
 * bundle leaves out (the JSON Schema of the plan, via the model barrel).
 */
export * from './runtime.js';
export * from './model/index.js';
