/**
 * What a user reads on screen for arbitrary valid plans (fast-check): the plan view and every
 * field of <kompetence-model>, in Danish and English. No `undefined`, `NaN`, `null` or `Invalid
 * Date` where the plan had no value, and in English no Danish letter outside the plan's own words.
 * The model-level texts have their own properties (test/model/model-properties.test.ts); these
 * catch what the elements put around them.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/kompetence-model.js';
import '../../src/define/kompetence-plan-visning.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import type { KompetencePlanVisning } from '../../src/elements/kompetence-plan-visning/kompetence-plan-visning.js';
import { examples } from '../../src/model/examples/index.js';
import { fieldIds } from '../../src/model/ids.js';
import { parsePlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { planArbitrary } from '../helpers/plan-arbitrary.js';

const RUNS = { numRuns: 12 };
const parts = ['opgave', 'perspektiv', 'laeringsmaal', 'ansvar', 'traeningsbane', 'mobilitet', 'hverdag', 'titel'] as const;

/** An arbitrary valid plan, or a worked example with some parts taken from one. */
const plans: fc.Arbitrary<Plan> = fc.oneof(
  planArbitrary,
  fc.tuple(fc.constantFrom(...Object.values(examples)), planArbitrary, fc.uniqueArray(fc.constantFrom(...parts), { maxLength: 4 }))
    .map(([example, random, taken]) => ({
      ...JSON.parse(JSON.stringify(example)) as Record<string, unknown>,
      ...Object.fromEntries(taken.map((p) => [p, (random as Record<string, unknown>)[p]])),
    })),
).map((input) => {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`the arbitrary made an invalid plan: ${parsed.issues[0]!.message}`);
  return parsed.plan;
});

/** The plan's own strings (and the first 20+ characters of each, as a shortened title shows them). */
function ownWords(plan: Plan): string[] {
  const found: string[] = [];
  (function collect(node: unknown): void {
    if (typeof node === 'string') found.push(node.trim(), node.trim().replace(/\s+/g, ' '));
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  })(plan);
  const prefixes = found.flatMap((t) => [...Array(t.length).keys()].filter((n) => n >= 20).map((n) => t.slice(0, n)));
  return [...new Set([...found, ...prefixes])].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * The texts shown (text and the names in aria-label and title), each with the language it is marked
 * in: a text box of Danish text, or an example offered in the language of the text it goes into
 * (`lang="da"` in an English element), is Danish by design.
 */
function shownTexts(root: Node, lang: string): [string, string][] {
  const texts: [string, string][] = [];
  const visit = (node: Node, inLang: string): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent?.trim();
      if (t) texts.push([t, inLang]);
    } else if (node instanceof Element) {
      if (node instanceof HTMLStyleElement) return;
      inLang = node.getAttribute('lang') || inLang;
      for (const a of ['aria-label', 'title']) {
        const v = node.getAttribute(a)?.trim();
        if (v) texts.push([v, inLang]);
      }
      if (node.shadowRoot) visit(node.shadowRoot, inLang);
    }
    node.childNodes.forEach((child) => visit(child, inLang));
  };
  visit(root, lang);
  return texts;
}

function expectReadable(texts: [string, string][], plan: Plan, lang: 'da' | 'en', where: string): void {
  const own = ownWords(plan);
  for (const [text, inLang] of texts) {
    let rest = text;
    for (const w of own) if (rest.includes(w)) rest = rest.split(w).join('');
    expect(rest, `${where}: «${text}»`).to.not.match(/\bundefined\b|\bNaN\b|\bnull\b|Invalid Date|\[object |\$\{/);
    if (lang === 'en' && !inLang.startsWith('da')) expect(rest, `${where} (en): «${text}»`).to.not.match(/[æøåÆØÅ]/);
  }
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
        expectReadable(shownTexts(view.shadowRoot!, lang), plan, lang, 'plan view');
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
          expectReadable(shownTexts(model.shadowRoot!, lang), plan, lang, `model, ${field}`);
        }
      }
    }), RUNS);
  });
});
