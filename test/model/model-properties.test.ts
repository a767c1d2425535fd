/**
 * The model's functions over arbitrary valid plans (fast-check), in both languages: they never
 * throw, and what a user reads from them is whole — no `undefined`, `NaN` or `Invalid Date` where a
 * value was missing, no Danish word in English, a calendar file whose lines a calendar program reads.
 * The worked examples are mixed with random parts too, so the rules that need a realistic plan run.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adviceRules, advise, adviseOn } from '../../src/model/advice.js';
import { completeness } from '../../src/model/completeness.js';
import { completenessGaps, describeCompletenessGaps, fieldGaps } from '../../src/model/completeness-gaps.js';
import { planToICalendar } from '../../src/model/ical.js';
import { fieldIds, type Lang } from '../../src/model/ids.js';
import { recommendQueryFromPlan } from '../../src/model/learning-form-choice.js';
import { partGaps } from '../../src/model/part-gaps.js';
import type { Plan } from '../../src/model/plan.js';
import { recommendLearningForms } from '../../src/model/recommend.js';
import { adviceParts, expectReadable, validPlan as plans } from '../helpers/plan-arbitrary.js';

const RUNS = { numRuns: 150 };
const langs: Lang[] = ['da', 'en'];
const adviceIds = new Set<string>(adviceRules.map((r) => r.id));


/** A text shown to the user, not empty and readable (`expectReadable`). */
function expectText(text: string, plan: Plan, lang: Lang, what: string): void {
  expect(text.trim(), `${what}: empty`).to.not.equal('');
  expectReadable(text, plan, lang, what);
}

describe('the model over arbitrary valid plans (fast-check)', function () {
  // 150 plans, each in two languages: seconds on a busy CI machine, over mocha's default of ten.
  this.timeout(60_000);

  it('advise: known ids, a field, a severity, and a readable message in each language', () => {
    fc.assert(fc.property(plans, (plan) => {
      for (const lang of langs) {
        for (const advice of advise(plan, { lang })) {
          expect(adviceIds.has(advice.id), advice.id).to.equal(true);
          expect(fieldIds).to.include(advice.field);
          expect(['info', 'warning', 'error']).to.include(advice.severity);
          expectText(advice.message, plan, lang, advice.id);
        }
      }
    }), RUNS);
  });

  it('adviseOn each part alone: known ids and a readable message in each language', () => {
    fc.assert(fc.property(plans, fc.constantFrom(...adviceParts), (plan, part) => {
      for (const lang of langs) {
        const alone = adviseOn(part, plan[part] as never, { lang });
        for (const advice of alone) {
          expect(adviceIds.has(advice.id), advice.id).to.equal(true);
          expectText(advice.message, plan, lang, `${part}: ${advice.id}`);
        }
      }
    }), RUNS);
  });

  it('completeness and its gaps agree, and every gap reads whole', () => {
    fc.assert(fc.property(plans, (plan) => {
      const result = completeness(plan);
      for (const lang of langs) {
        const gaps = completenessGaps(plan, { lang });
        expect(gaps.length === 0, 'no gaps exactly when all five fields are met').to.equal(fieldIds.every((f) => result.criteria[f]));
        for (const field of fieldIds) {
          const texts = fieldGaps(plan, field, { lang });
          expect(texts.length === 0, `${field}: no gap exactly when met`).to.equal(result.criteria[field]);
          for (const t of texts) expectText(t, plan, lang, `gap of ${field}`);
        }
        if (gaps.length) expectText(describeCompletenessGaps(plan, { lang }), plan, lang, 'gaps described');
      }
    }), RUNS);
  });

  it('a field not met has advice to act on in it (warning or error), not only tips', () => {
    fc.assert(fc.property(plans, (plan) => {
      const { criteria } = completeness(plan);
      const advice = advise(plan);
      for (const field of fieldIds) {
        if (criteria[field]) continue;
        expect(advice.some((a) => a.field === field && a.severity !== 'info'), `${field}: ${advice.filter((a) => a.field === field).map((a) => a.id).join(', ')}`).to.equal(true);
      }
    }), RUNS);
  });

  it('partGaps reads whole for each part of the plan', () => {
    fc.assert(fc.property(plans, (plan) => {
      for (const lang of langs) {
        const texts = [
          ...partGaps('opgave', plan.opgave, { lang }),
          ...partGaps('ansvar', plan.ansvar, { lang }),
          ...partGaps('laeringsformer', plan.traeningsbane.laeringsformer, { lang }),
          ...plan.mobilitet.flatMap((m) => partGaps('mobilitet', m, { lang })),
        ];
        for (const t of texts) expectText(t, plan, lang, 'part gap');
      }
    }), RUNS);
  });

  it('recommendations for the plan: each form once, with a readable reason', () => {
    fc.assert(fc.property(plans, (plan) => {
      for (const lang of langs) {
        const recommendations = recommendLearningForms({ ...recommendQueryFromPlan(plan), lang });
        const ids = recommendations.map((r) => r.form.id);
        expect(new Set(ids).size, 'each form once').to.equal(ids.length);
        for (const r of recommendations) expectText(r.reason, plan, lang, `reason for ${r.form.id}`);
      }
    }), RUNS);
  });

  it('planToICalendar: folded lines of at most 75 octets, CRLF, balanced components, no missing value', () => {
    const octets = (line: string) => new TextEncoder().encode(line).length;
    fc.assert(fc.property(plans, (plan) => {
      for (const lang of langs) {
        const ics = planToICalendar(plan, { lang });
        expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
        const lines = ics.slice(0, -2).split('\r\n');
        expect(lines[0]).to.equal('BEGIN:VCALENDAR');
        expect(lines.at(-1)).to.equal('END:VCALENDAR');
        for (const line of lines) {
          expect(octets(line), line).to.be.at.most(75);
          expect(line, 'no bare line break').to.not.match(/[\r\n]/);
        }
        const stack: string[] = [];
        for (const line of lines) {
          if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
          if (line.startsWith('END:')) expect(stack.pop(), line).to.equal(line.slice(4));
        }
        expect(stack).to.deep.equal([]);
        const unfolded = ics.replace(/\r\n /g, '');
        expectText(unfolded.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n'), plan, lang, 'calendar');
      }
    }), RUNS);
  });
});
