/**
 * What a user reads on screen for arbitrary valid plans (fast-check): the plan view, each field
 * element on its own and every field of <kompetence-model>, in Danish and English. No `undefined`, `NaN`, `null` or `Invalid
 * Date` where the plan had no value, and in English no Danish letter outside the plan's own words.
 * The model-level texts have their own properties (test/model/model-properties.test.ts); these
 * catch what the elements put around them.
 */
import { fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import type { KompetencePlanVisning } from '../../src/elements/kompetence-plan-visning/kompetence-plan-visning.js';
import { fieldIds } from '../../src/model/ids.js';
import type { Plan } from '../../src/model/plan.js';
import { shownTextsInLang } from '../helpers/conformance.js';
import { expectReadable, validPlan as plans } from '../helpers/plan-arbitrary.js';

// Few plans per run (each renders a dozen elements in two languages, twice in npm test: src and
// bundle); each CI run draws new ones.
const RUNS = { numRuns: 6 };

/**
 * Every text shown reads whole; a text marked Danish in an English element (a text box of Danish
 * text, an example offered in the language of the text it goes into) is Danish by design.
 */
function expectAllReadable(root: ShadowRoot, plan: Plan, lang: 'da' | 'en', where: string): void {
  for (const [text, inLang] of shownTextsInLang(root, lang)) expectReadable(text, plan, lang, where, inLang.startsWith('da'));
}

describe('what users read for arbitrary valid plans (fast-check)', () => {
  it('the plan view, in Danish and English', async function () {
    this.timeout(120_000);
    await fc.assert(fc.asyncProperty(plans, async (plan) => {
      for (const lang of ['da', 'en'] as const) {
        const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><kompetence-plan-visning></kompetence-plan-visning></div>`);
        const view = wrap.firstElementChild as KompetencePlanVisning;
        view.plan = plan;
        await view.updateComplete;
        expectAllReadable(view.shadowRoot!, plan, lang, 'plan view');
      }
    }), RUNS);
  });

  it('each field element on its own, holding its part of the plan, in Danish and English', async function () {
    this.timeout(120_000);
    const parts: [tag: string, value: (plan: Plan) => unknown][] = [
      ['opgave-felt', (p) => p.opgave],
      ['perspektiv-felt', (p) => p.perspektiv],
      ['laeringsmaal-pyramide', (p) => p.laeringsmaal],
      ['ansvars-trappe', (p) => p.ansvar],
      ['traeningsbane-plan', (p) => p.traeningsbane],
      ['laeringsform-vaelger', (p) => p.traeningsbane.laeringsformer],
      ['forankring-tjekliste', (p) => p.hverdag],
      ['mobilitet-aftale', (p) => p.mobilitet[0]],
    ];
    await fc.assert(fc.asyncProperty(plans, async (plan) => {
      for (const lang of ['da', 'en'] as const) {
        for (const [tag, value] of parts) {
          if (value(plan) === undefined) continue;
          const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><${tag}></${tag}></div>`);
          const element = wrap.firstElementChild as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
          element.value = value(plan);
          await element.updateComplete;
          expectAllReadable(element.shadowRoot!, plan, lang, tag);
        }
      }
    }), RUNS);
  });

  it('each field of <kompetence-model>, with its advice, in Danish and English', async function () {
    this.timeout(120_000);
    await fc.assert(fc.asyncProperty(plans, async (plan) => {
      for (const lang of ['da', 'en'] as const) {
        const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><kompetence-model></kompetence-model></div>`);
        const model = wrap.firstElementChild as KompetenceModel;
        model.plan = plan;
        await model.updateComplete;
        for (const field of fieldIds) {
          model.shadowRoot!.querySelector<HTMLElement>(`#tab-${field}`)!.click();
          await model.updateComplete;
          for (const nested of model.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await nested.updateComplete;
          expectAllReadable(model.shadowRoot!, plan, lang, `model, ${field}`);
        }
      }
    }), RUNS);
  });
});
