// The React wrappers' props (README.md, "React"), compiled like readme-snippets.ts: by
// `npm run typecheck` against src/ and by test/node/readme-types.node.test.mjs against the built
// package (dist/react/index.d.ts). Nothing runs this file. `value`/`plan` props take what the
// element's setter takes (objects with keys left out, `null`), not only the complete value read back.
import { useRef } from 'react';
import type { LaeringsformVaelger as LaeringsformVaelgerElement, LearningFormId, Plan } from '../../src/index.js';
import {
  AnsvarsTrappe, KompetenceModel, KompetencePlanVisning, LaeringsformVaelger, OpgaveFelt,
  type AnsvarsTrappeProps, type KompetenceChangeEvent, type KompetenceInvalidEvent,
} from '../../src/react/index.js';

/** `true` only when `A` and `B` are the same type (not merely assignable either way). */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

// Keys left out get their empty value, as when the property is set.
export const partial = [
  <OpgaveFelt value={{ beskrivelse: 'x' }} />,
  <KompetenceModel plan={{ schemaVersion: 1, titel: 'x' }} />,
  <AnsvarsTrappe value={[{ maalgruppe: 'Alle', fremtidigt: 'med-stoette' }]} />,
  <KompetencePlanVisning plan={{ schemaVersion: 1 }} />,
  <LaeringsformVaelger value={['temadag']} />,
  <OpgaveFelt value={null} />,
  <KompetenceModel plan={undefined} />,
];

// The event props keep their types.
export function Chooser() {
  const ref = useRef<LaeringsformVaelgerElement>(null);
  return (
    <LaeringsformVaelger
      ref={ref}
      required
      onKompetenceChange={(e) => {
        const ids: LearningFormId[] = e.detail.value;
        const exact: Exact<typeof e, KompetenceChangeEvent<LearningFormId[]>> = true;
        void [ids, exact];
      }}
      onKompetenceInvalid={(e) => {
        const exact: Exact<typeof e, KompetenceInvalidEvent> = true;
        void exact;
      }}
    />
  );
}
export const model = (
  <KompetenceModel
    onKompetenceChange={(e) => {
      const plan: Plan = e.detail.value;
      console.log(plan.titel, e.detail.advice.map((a) => a.id));
    }}
  />
);
const staircaseProps: AnsvarsTrappeProps = { value: [{ maalgruppe: 'Vikarer' }], koerekort: true, form: 'ansoegning', disabled: true };
void staircaseProps;

declare const completePlan: Plan;

// What does not compile: each directive fails the check when the line it marks compiles.
export const wrong = [
  // @ts-expect-error a task's description is text
  <OpgaveFelt value={{ beskrivelse: 1 }} />,
  // @ts-expect-error no such responsibility
  <AnsvarsTrappe value={[{ maalgruppe: 'Alle', fremtidigt: 'paa-maanen' }]} />,
  // @ts-expect-error a plan says its schemaVersion
  <KompetenceModel plan={{ titel: 'x' }} />,
  // @ts-expect-error the model's value is read-only (setting it throws): its plan is `plan`
  <KompetenceModel value={completePlan} />,
  // @ts-expect-error props are set as properties: objects, not JSON text
  <OpgaveFelt value='{"beskrivelse":"x"}' />,
  // @ts-expect-error the form prop is the form's id, as on a native control
  <OpgaveFelt form={document.forms[0]} />,
  // @ts-expect-error an id the catalog does not have
  <LaeringsformVaelger value={['ikke-en-laeringsform']} />,
  // @ts-expect-error the staircase's change is a list of groups, not a plan
  <AnsvarsTrappe onKompetenceChange={(e) => { const plan: Plan = e.detail.value; void plan; }} />,
];
