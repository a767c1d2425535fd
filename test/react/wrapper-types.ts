// Compile-time checks of `kompetence-elements/react`'s props (`npm run typecheck`; nothing runs this
// file). Each @ts-expect-error must stay an error: when a wrapper loses its event typing, the check
// fails because the line it marks compiles.
import { createElement } from 'react';
import {
  AnsvarsTrappe, KompetenceModel, KompetencePlanVisning, type AnsvarsTrappeProps, type KompetenceChangeEvent,
  type KompetenceInvalidEvent,
} from '../../src/react/index.js';
import type { Advice, AnsvarItem, Plan, PlanIssue } from '../../src/index.js';

const groups: AnsvarItem[] = [{ id: 'g', maalgruppe: 'Vikarer' }];

export const staircase = createElement(AnsvarsTrappe, {
  value: groups,
  readonly: false,
  koerekort: true,
  onKompetenceChange: (event) => {
    const value: AnsvarItem[] = event.detail.value;
    const typed: KompetenceChangeEvent<AnsvarItem[]> = event;
    void value;
    void typed;
  },
  onKompetenceInvalid: (event) => {
    const issues: PlanIssue[] = event.detail.issues;
    const source: 'attribute' | 'property' | 'import' = event.detail.source;
    const typed: KompetenceInvalidEvent = event;
    void issues;
    void source;
    void typed;
  },
});

export const model = createElement(KompetenceModel, {
  onKompetenceChange: (event) => {
    const plan: Plan = event.detail.value;
    const advice: Advice[] = event.detail.advice;
    void plan;
    void advice;
  },
});

export const wrongDetail: AnsvarsTrappeProps = {
  // @ts-expect-error the staircase's value is an array of groups, not a plan
  onKompetenceChange: (event: KompetenceChangeEvent<Plan>) => void event,
};

export const wrongValue: AnsvarsTrappeProps = {
  // @ts-expect-error value is the element's typed value, not any object
  value: { maalgruppe: 1 },
};

// @ts-expect-error <kompetence-plan-visning> fires no kompetence-change
export const noChange = createElement(KompetencePlanVisning, { onKompetenceChange: () => {} });
