/** Plans for the tests of the two elements that take a whole plan: <kompetence-model> and <kompetence-plan-visning>. */
import { examples } from '../../src/model/examples/index.js';
import type { Plan } from '../../src/model/plan.js';

/**
 * The nursing home's example, filled out with what the examples leave empty: dates, counts,
 * mobility. It meets all five conditions (a complete plan).
 */
export function fullPlan(): Plan {
  const plan = examples['plejecenter-maaltid'];
  plan.opgave.situationNu = 'Vi laver maden i køkkenet.\nBeboerne venter i stuen.';
  plan.perspektiv.fortolkninger = 'Nogle ser det som mere arbejde, andre som mere samvær.';
  plan.ansvar[1] = { ...plan.ansvar[1]!, antal: 12, nuvaerende: 'lidt-erfarne' };
  plan.traeningsbane.periode = { start: '2027-01-10', slut: '2027-03-01' };
  plan.traeningsbane.spilleregler = 'Man må fejle, så længe man siger det højt.';
  plan.traeningsbane.daekning = 'Vikarer fra puljen tager de faste opgaver.';
  plan.mobilitet = [
    {
      id: 'm1', form: 'udlaan', afgivende: 'Plejecenter 1', modtagende: 'Plejecenter 2',
      periode: { start: '2027-02-01' }, omfang: 'deltid', ugedage: ['tirsdag', 'torsdag'],
      formaal: 'Se, hvordan et andet center laver maden ude hos beboerne.', laeringsmaal: '',
      vilkaar: { ansvarsomraader: 'Deltager i madlavningen', ferie: '', sygdom: 'Meldes hjemme' },
      kontakt: '', daekning: '', tilbagevenden: 'Fortæller om det på et personalemøde.',
    },
  ];
  plan.hverdag.forankring[0] = { ...plan.hverdag.forankring[0]!, dato: '2027-04-15', udfoert: true };
  return plan;
}

/** How many texts of the plan `planWithUserText` sets. */
export const userTextPlaces = 6;

/**
 * `fullPlan` with `text` as the user's text in `userTextPlaces` places: the title, the task, a
 * target group, the role goal, a mobility arrangement's purpose and an anchoring item's responsible.
 */
export function planWithUserText(text: string): Plan {
  const plan = fullPlan();
  plan.titel = text;
  plan.opgave.beskrivelse = text;
  plan.ansvar[0]!.maalgruppe = text;
  plan.laeringsmaal.rolle.beskrivelse = text;
  plan.mobilitet[0]!.formaal = text;
  plan.hverdag.forankring[1]!.ansvarlig = text;
  return plan;
}

/** A plan's JSON that cannot be used: malformed, not a plan, no or an unknown version, wrong types, unknown ids and keys. */
export const badPlanAttributes = [
  '{not json',
  '[]',
  '{"titel": "Ingen version"}',
  '{"schemaVersion": 99}',
  '{"schemaVersion": 1, "titel": 5}',
  '{"schemaVersion": 1, "opgave": {"anledninger": ["fordi"]}}',
  '{"schemaVersion": 1, "traeningsbane": {"laeringsformer": ["yoga"]}}',
  '{"schemaVersion": 1, "hverdag": {"overgang": {"dato": "1. maj"}}}',
  '{"schemaVersion": 1, "titl": "Stavefejl"}',
];

/** A plan property that cannot be used: no object, no JSON, an unknown level. */
export const badPlanProperties: unknown[] = [42, 'x', { schemaVersion: 1, ansvar: [{ fremtidigt: 'chef' }] }];
