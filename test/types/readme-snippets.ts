// The README's browser code for developers ("For udviklere / For developers": install and import,
// values and events, in a form), compiled by `npm run typecheck` against src/ and by
// test/node/readme-types.node.test.mjs against the built package, which also checks that every
// ```js/```ts block of that section is here word for word (the `../../src/…` paths read as the
// package's export names; lines that are only a ts-expect-error directive are skipped). Nothing
// runs this file. Its end holds what must NOT compile: each directive there fails the check when
// the line it marks compiles.
import type { LearningFormId, Opgave, Plan, Traeningsbane } from '../../src/index.js';

/** The host page's own code and elements that the snippets use. */
declare function saveDraftOnServer(plan: Plan): void;
declare const form: HTMLFormElement;

import '../../src/define.js';                 // registers every element (guarded: twice is harmless)
import '../../src/define/ansvars-trappe.js';  // or only the ones you use
import { KompetenceModel } from '../../src/index.js';          // classes, model and types; registers nothing
import { parsePlan, createPlan } from '../../src/model/index.js';  // the model alone: no DOM, runs in Node

const model = document.querySelector('kompetence-model')!;

model.addEventListener('kompetence-change', (event) => {
  const { value: plan, advice } = event.detail;  // Plan, Advice[]
  console.log(advice.map((a) => a.id));          // ids only: the plan may hold personal data
  saveDraftOnServer(plan);                       // yours: e.g. fetch('/plans', { method: 'POST', … })
});
model.addEventListener('kompetence-invalid', (event) => {
  console.warn(event.detail.source, event.detail.issues);
});

model.plan = await (await fetch('/plans/42')).json();  // no change event; a bad plan fires kompetence-invalid

const staircase = document.querySelector('ansvars-trappe')!;
staircase.addEventListener('kompetence-change', (event) => {
  const groups = event.detail.value;             // AnsvarItem[]
  console.log(groups.map((g) => g.maalgruppe));
});
staircase.value = '[{"maalgruppe":"Alle medarbejdere","fremtidigt":"med-stoette"}]';  // JSON text works too

form.addEventListener('submit', (event) => {
  const data = new FormData(form);
  const plan = JSON.parse(String(data.get('plan')));  // the plan's JSON, as the server receives it
});
form.reportValidity();                            // false, with the element's message, until the plan is complete

// ── Beyond the README: the types are the elements' own, not `unknown` or `any` ─────────────────

const modelClass: typeof KompetenceModel = model.constructor as typeof KompetenceModel;
const emptyPlan: Plan = createPlan();
const parsed = parsePlan('{"schemaVersion":1}');
model.plan = { schemaVersion: 1, titel: 'Parts left out get their empty value' };
document.querySelector('opgave-felt')!.value = { beskrivelse: 'Keys left out get their empty value' };
document.querySelector('laeringsform-vaelger')!.value = '["temadag"]';
const onModelChange = (event: { detail: { value: Plan; advice: { id: string }[] } }) => void event;
model.addEventListener('kompetence-change', onModelChange);
model.removeEventListener('kompetence-change', onModelChange);
void [modelClass, emptyPlan, parsed];

/** `true` only when `A` and `B` are the same type (not merely assignable either way). */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

// The learning forms are their ids, not any string: in the plan, the value and its event.
const chooser = document.querySelector('laeringsform-vaelger')!;
chooser.addEventListener('kompetence-change', (event) => {
  const ids: LearningFormId[] = event.detail.value;
  const exactIds: Exact<typeof event.detail.value, LearningFormId[]> = true;
  void [ids, exactIds];
});
const chosen: Exact<typeof chooser.value, LearningFormId[]> = true;
const planForms: Exact<Traeningsbane['laeringsformer'], LearningFormId[]> = true;
// @ts-expect-error an id the catalog does not have
chooser.value = ['ikke-en-laeringsform'];

// `undefined` and `null` unset value and plan; what you read back stays the parsed, complete type.
const task = document.querySelector('opgave-felt')!;
const visning = document.querySelector('kompetence-plan-visning')!;
task.value = null;
task.value = undefined;
chooser.value = null;
model.plan = undefined;
model.plan = null;
visning.plan = null;
visning.plan = undefined;
const taskRead: Opgave = task.value;  // not `Opgave | string | null | undefined`
const readBack: [
  Exact<typeof chooser.value, LearningFormId[]>, Exact<typeof model.plan, Plan>,
  Exact<typeof model.value, Plan>, Exact<typeof visning.plan, Plan>,
] = [true, true, true, true];
// A field's value is its part of the plan, typed as in `Plan`: a misspelt key does not compile.
const taskExact: Exact<typeof task.value, Opgave> = true;
// @ts-expect-error `beskrivelse`, not `beskrivelsen`
void task.value.beskrivelsen;
void [chosen, planForms, taskRead, readBack, taskExact];
// @ts-expect-error a plan is an object or its JSON text, not a number
visning.plan = 42;
// Keys may be left out, and a host's own `x-` keys are allowed; a misspelt key is not.
visning.plan = { schemaVersion: 1, titel: 'Modtagelse af nye beboere', 'x-sagsnr': '2026-17' };
// @ts-expect-error `titel`, not `titell`
visning.plan = { schemaVersion: 1, titell: 'Modtagelse af nye beboere' };
task.value = { beskrivelse: 'Vi tager imod nye beboere om aftenen.' };
// @ts-expect-error `beskrivelse`, not `beskrivelsen`
task.value = { beskrivelsen: 'Vi tager imod nye beboere om aftenen.' };

staircase.addEventListener('kompetence-change', (event) => {
  // @ts-expect-error the staircase's value is a list of groups, not a plan
  const plan: Plan = event.detail.value;
  // @ts-expect-error only <kompetence-model> sends advice
  void event.detail.advice;
  void plan;
});
document.querySelector('opgave-felt')!.addEventListener('kompetence-change', (event) => {
  // @ts-expect-error the task is an object, not a list
  const list: unknown[] = event.detail.value;
  void list;
});
// @ts-expect-error a property takes the value's shape, not any object
staircase.value = [{ maalgruppe: 1 }];
// Other events keep the DOM's types.
staircase.addEventListener('click', (event) => void event.clientX);
document.addEventListener('kompetence-change', (event) => {
  // @ts-expect-error on the document the change may come from any element: its value is unknown
  void event.detail.value.length;
});
