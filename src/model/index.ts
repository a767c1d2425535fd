/**
 * `kompetence-elements/model`: the method as plain TypeScript, no DOM. Runs in Node and browsers.
 *
 * Model exports go in `./runtime.ts` (shared with the browser bundle). Only the JSON Schema is
 * added here, because the bundle leaves it out.
 */
export * from './runtime.js';
export { planJsonSchema } from './json-schema.js';
