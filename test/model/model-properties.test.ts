/**
 * The model's functions over arbitrary valid plans (fast-check), in both languages: they never
 * throw, and what a user reads from them is whole — no `undefined`, `NaN` or `Invalid Date` where a
 * value was missing, no Danish word in English, a calendar file whose lines a calendar program reads.
 * The worked examples are mixed with random parts too, so the rules that need a realistic plan run.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adviceRules, advise, adviseOn } from '../../src/model/advice.js';
import type { AdvicePart } from '../../src/model/advice/rule.js';
import { completeness } from '../../src/model/completeness.js';
import { completenessGaps, describeCompletenessGaps, fieldGaps } from '../../src/model/completeness-gaps.js';
import { examples } from '../../src/model/examples/index.js';
import { planToICalendar } from '../../src/model/ical.js';
import { fieldIds, type Lang } from '../../src/model/ids.js';
import { recommendQueryFromPlan } from '../../src/model/learning-form-choice.js';
import { parsePlan } from '../../src/model/parse.js';
import { partGaps } from '../../src/model/part-gaps.js';
import type { Plan } from '../../src/model/plan.js';
import { recommendLearningForms } from '../../src/model/recommend.js';
import { planArbitrary } from '../helpers/plan-arbitrary.js';

const RUNS = { numRuns: 150 };
const langs: Lang[] = ['da', 'en'];
const adviceIds = new Set<string>(adviceRules.map((r) => r.id));
const adviceParts: AdvicePart[] = ['opgave', 'perspektiv', 'laeringsmaal', 'ansvar', 'traeningsbane', 'mobilitet', 'hverdag'];

/** A valid plan: an arbitrary one, or a worked example with some of its parts from an arbitrary one. */
const plans: fc.Arbitrary<Plan> = fc.oneof(
  planArbitrary,
  fc.tuple(fc.constantFrom(...Object.values(examples)), planArbitrary, fc.array(fc.constantFrom(...adviceParts, 'titel'), { maxLength: 4 }))
    .map(([example, random, parts]) => ({
      ...JSON.parse(JSON.stringify(example)) as Record<string, unknown>,
      ...Object.fromEntries(parts.map((p) => [p, (random as Record<string, unknown>)[p]])),
    })),
).map((input) => {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`the arbitrary made an invalid plan: ${parsed.issues[0]!.message}`);
  return parsed.plan;
});

/** Every string the user wrote in the plan, longest first. */
function userTexts(plan: Plan): string[] {
  const found: string[] = [];
  (function collect(node: unknown): void {
    if (typeof node === 'string') found.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  })(plan);
  // As the calendar writes them too: spaces collapsed, the first line, shortened with an ellipsis.
  const forms = found.flatMap((t) => {
    const collapsed = t.trim().replace(/\s+/g, ' ');
    const firstLine = t.trim().split(/\r\n|\r|\n/)[0] ?? '';
    return [t, collapsed, firstLine, ...[collapsed, firstLine].flatMap((f) => [...Array(f.length).keys()].filter((n) => n >= 20).map((n) => f.slice(0, n)))];
  });
  return [...new Set(forms)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
}

/**
 * A text shown to the user: not empty, nothing missing in it, and in English no Danish letter
 * outside what the user wrote (a message quotes the plan's own words, which may be Danish).
 */
function expectReadable(text: string, plan: Plan, lang: Lang, what: string): void {
  expect(text.trim(), `${what}: empty`).to.not.equal('');
  let own = text;
  for (const t of userTexts(plan)) own = own.split(t).join('');
  // Quoted user text may be shortened with an ellipsis: its remains are the user's too.
  expect(own, `${what}: ${text}`).to.not.match(/\bundefined\b|\bNaN\b|\bnull\b|Invalid Date|\[object |\$\{/);
  if (lang === 'en') expect(own, `${what} (en): ${text}`).to.not.match(/[æøåÆØÅ]/);
}

describe('the model over arbitrary valid plans (fast-check)', () => {
  it('advise: known ids, a field, a severity, and a readable message in each language', () => {
    fc.assert(fc.property(plans, (plan) => {
      for (const lang of langs) {
        for (const advice of advise(plan, { lang })) {
          expect(adviceIds.has(advice.id), advice.id).to.equal(true);
          expect(fieldIds).to.include(advice.field);
          expect(['info', 'warning', 'error']).to.include(advice.severity);
          expectReadable(advice.message, plan, lang, advice.id);
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
          expectReadable(advice.message, plan, lang, `${part}: ${advice.id}`);
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
          for (const t of texts) expectReadable(t, plan, lang, `gap of ${field}`);
        }
        if (gaps.length) expectReadable(describeCompletenessGaps(plan, { lang }), plan, lang, 'gaps described');
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
        for (const t of texts) expectReadable(t, plan, lang, 'part gap');
      }
    }), RUNS);
  });

  it('recommendations for the plan: each form once per goal, with a readable reason', () => {
    fc.assert(fc.property(plans, (plan) => {
      for (const lang of langs) {
        const recommendations = recommendLearningForms({ ...recommendQueryFromPlan(plan), lang });
        for (const r of recommendations) expectReadable(r.reason, plan, lang, `reason for ${r.form.id}`);
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
        expectReadable(unfolded.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n'), plan, lang, 'calendar');
      }
    }), RUNS);
  });
});
