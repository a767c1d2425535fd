// createPlan's init (README.md, "The plan JSON"), compiled like readme-snippets.ts: by `npm run
// typecheck` against src/ and by test/node/readme-types.node.test.mjs against the built package.
// Nothing runs this file.
import { createPlan, type PlanInit } from '../../src/model/index.js';

// Keys left out at any depth get their empty value, as parsing gives them.
export const partial = [
  createPlan({ opgave: { beskrivelse: 'Måltidet på plejecentret' } }),
  createPlan({ ansvar: [{ maalgruppe: 'Alle', fremtidigt: 'med-stoette' }] }),
  createPlan({ traeningsbane: { periode: { start: '2027-03-01' } }, 'x-sag': 42 }),
  createPlan(),
];
export const init: PlanInit = { titel: 'x', hverdag: { forankring: [{ type: 'opfoelgning-paa-maal' }] } };

// What does not compile: each directive fails the check when the line it marks compiles.
export const wrong = [
  // @ts-expect-error a misspelt key, however deep
  createPlan({ opgave: { beskrivlse: 'x' } }),
  // @ts-expect-error no such responsibility
  createPlan({ ansvar: [{ fremtidigt: 'chef' }] }),
  // @ts-expect-error an anchoring item says its type
  createPlan({ hverdag: { forankring: [{ beskrivelse: 'x' }] } }),
];
