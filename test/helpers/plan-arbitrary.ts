/**
 * fast-check arbitraries of plans: `planArbitrary` gives a valid, complete plan built from the
 * stable ids (as JSON has it), `partialPlan` one with keys left out anywhere (parsePlan fills them
 * in), `validPlan` a parsed plan, arbitrary or a worked example with arbitrary parts. Texts mix
 * arbitrary strings with phrases a user writes, so the model's text rules are reached.
 * `expectReadable` checks a text shown for such a plan.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { examples } from '../../src/model/examples/index.js';
import {
  type Lang, anchoringKinds, anledninger, experiences, feedbackKinds, goalSubtypes, learningFormIds, licences, mobilityForms,
  mobilityScopes, responsibilities, transitionTypes, weekdays,
} from '../../src/model/ids.js';
import { parsePlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';

/** Phrases as users write them: empty, blank, short, vague, composite, long. */
const phrases = [
  '', '   ', 'Kvalitet', 'Mere samarbejde', 'Vi dokumenterer i journalen efter hvert besøg.',
  'Vi planlægger, udfører og evaluerer måltidet og dokumenterer det og følger op.',
  'We plan the meal with the residents.', '- Dokumentere besøg\n- Planlægge ruterne', 'Måltidet er mere end mad – «det gode måltid» & <b>ro</b>',
  'x'.repeat(400),
];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...phrases));
export const pick = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const some = <T extends string>(values: readonly T[]) =>
  fc.uniqueArray(pick(values), { maxLength: values.length });
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const timestamp = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const id = fc.oneof(fc.uuid(), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));
/** Any JSON value as JSON has it (JSON text has no -0, so fc.jsonValue's -0 becomes 0). */
export const json = (maxDepth: number) => fc.jsonValue({ maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
/** Host data under an `x-` key: any JSON value, kept untouched. */
const extensions = fc.dictionary(fc.string({ maxLength: 8 }).map((k) => `x-${k}`), json(2), { maxKeys: 2 });
/** An object with optional keys: each present or absent. */
const withOptional = <R extends Record<string, fc.Arbitrary<unknown>>>(required: R, optional: Record<string, fc.Arbitrary<unknown>>) =>
  fc.tuple(fc.record({ ...required, ...optional }, { requiredKeys: Object.keys(required) as (keyof R & string)[] }), extensions)
    .map(([object, x]) => ({ ...object, ...x }));

const periode = withOptional({}, { start: day, slut: day });
const goal = <T extends string>(types: readonly T[]) => withOptional({ beskrivelse: text, typer: some(types) }, {});

export const planArbitrary = withOptional(
  {
    schemaVersion: fc.constant(1),
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    titel: text,
    arbejdsplads: text,
    opgave: withOptional({
      beskrivelse: text,
      situationNu: text,
      situationFremover: text,
      anledninger: some(anledninger),
      krav: withOptional({ konkretSituation: fc.boolean(), kanHaandteresAnderledes: fc.boolean(), ansvarTydeligt: fc.boolean() }, {}),
    }, {}),
    perspektiv: withOptional({ kerneopgave: text, arbejdsplads: text, fortolkninger: text }, {}),
    laeringsmaal: withOptional({
      metoder: goal(goalSubtypes.metoder),
      viden: goal(goalSubtypes.viden),
      rolle: goal(goalSubtypes.rolle),
    }, {}),
    ansvar: fc.array(withOptional({ id, maalgruppe: text }, {
      antal: fc.integer({ min: 1, max: 100_000 }),
      nuvaerende: pick(experiences),
      fremtidigt: pick(responsibilities),
      koerekort: pick(licences),
    }), { maxLength: 4 }),
    traeningsbane: withOptional({
      vidensopbygning: text,
      afproevning: text,
      feedback: text,
      feedbackformer: some(feedbackKinds),
      laeringsformer: fc.array(pick(learningFormIds), { maxLength: 5 }),
      spilleregler: text,
      daekning: text,
    }, { periode }),
    mobilitet: fc.array(withOptional({
      id,
      afgivende: text,
      modtagende: text,
      ugedage: some(weekdays),
      formaal: text,
      laeringsmaal: text,
      vilkaar: withOptional({ ansvarsomraader: text, ferie: text, sygdom: text }, {}),
      kontakt: text,
      daekning: text,
      tilbagevenden: text,
    }, { form: pick(mobilityForms), periode, omfang: pick(mobilityScopes) }), { maxLength: 2 }),
    hverdag: withOptional({
      overgang: withOptional({ beskrivelse: text, ikkeKlar: text }, { type: pick(transitionTypes), dato: day }),
      forankring: fc.array(withOptional(
        { id, type: pick(anchoringKinds), beskrivelse: text, ansvarlig: text, udfoert: fc.boolean() },
        { dato: day },
      ), { maxLength: 4 }),
    }, {}),
  },
  {},
);

/** A valid plan with some keys left out anywhere (parsePlan fills them in). */
export const partialPlan = fc.tuple(planArbitrary, fc.array(fc.nat(), { maxLength: 6 })).map(([plan, drops]) => {
  const objects: Record<string, unknown>[] = [];
  (function collect(node: unknown): void {
    if (Array.isArray(node)) node.forEach(collect);
    else if (typeof node === 'object' && node !== null) {
      objects.push(node as Record<string, unknown>);
      Object.entries(node).forEach(([key, value]) => { if (!key.startsWith('x-')) collect(value); });
    }
  })(plan);
  for (const n of drops) {
    const object = objects[n % objects.length]!;
    const keys = Object.keys(object).filter((k) => k !== 'schemaVersion' && k !== 'type');
    if (keys.length) delete object[keys[n % keys.length]!];
  }
  return plan;
});

/** The parts of a plan advice is about (`AdvicePart`). */
export const adviceParts = ['opgave', 'perspektiv', 'laeringsmaal', 'ansvar', 'traeningsbane', 'mobilitet', 'hverdag'] as const;
const planParts = [...adviceParts, 'titel'] as const;

/**
 * A parsed valid plan: an arbitrary one, or a worked example with some of its parts taken from an
 * arbitrary one (so the rules that need a realistic plan are reached too).
 */
export const validPlan: fc.Arbitrary<Plan> = fc.oneof(
  planArbitrary,
  fc.tuple(fc.constantFrom(...Object.values(examples)), planArbitrary, fc.uniqueArray(fc.constantFrom(...planParts), { maxLength: 4 }))
    .map(([example, random, taken]) => ({
      ...JSON.parse(JSON.stringify(example)) as Record<string, unknown>,
      ...Object.fromEntries(taken.map((p) => [p, (random as Record<string, unknown>)[p]])),
    })),
).map((input) => {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`the arbitrary made an invalid plan: ${parsed.issues[0]!.message}`);
  return parsed.plan;
});

/**
 * Every string the user wrote in the plan, as the elements and the calendar may show it too (trimmed,
 * spaces collapsed, its first line, shortened to 20 characters or more), longest first: what is left
 * of a shown text without them is the package's own words.
 */
function ownWords(plan: Plan): string[] {
  const found: string[] = [];
  (function collect(node: unknown): void {
    if (typeof node === 'string') found.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  })(plan);
  const forms = found.flatMap((t) => {
    const collapsed = t.trim().replace(/\s+/g, ' ');
    const firstLine = t.trim().split(/\r\n|\r|\n/)[0] ?? '';
    return [t, t.trim(), collapsed, firstLine, ...[collapsed, firstLine].flatMap((f) => [...Array(f.length).keys()].filter((n) => n >= 20).map((n) => f.slice(0, n)))];
  });
  return [...new Set(forms)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
}

/** A value missing where the package's words put it. */
const missingValue = /\bundefined\b|\bNaN\b|\bnull\b|Invalid Date|\[object |\$\{/;

/**
 * A text shown to the user for `plan`: without the plan's own words, no value is missing in it and,
 * in English, no Danish letter is left (unless the text is Danish by design: marked `lang="da"`).
 */
export function expectReadable(text: string, plan: Plan, lang: Lang, what: string, danishByDesign = false): void {
  let rest = text;
  for (const w of ownWords(plan)) if (rest.includes(w)) rest = rest.split(w).join('');
  expect(rest, `${what}: «${text}»`).to.not.match(missingValue);
  if (lang === 'en' && !danishByDesign) expect(rest, `${what} (en): «${text}»`).to.not.match(/[æøåÆØÅ]/);
}
