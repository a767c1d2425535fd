/**
 * The plan JSON (docs/plan-json.md): the zod schema is the single source of the plan's types, of
 * `parsePlan` and of the shipped JSON Schema. Uses `zod/mini` to keep the bundle small.
 */
import * as z from 'zod/mini';
import {
  anchoringKinds, anledninger, experiences, feedbackKinds, goalSubtypes, learningFormIds, licences,
  mobilityForms, mobilityScopes, responsibilities, transitionTypes, weekdays, type LearningFormId,
} from './ids.js';
import { uuid } from './uuid.js';

export const CURRENT_SCHEMA_VERSION = 1;

/** Error code carried by an issue for a key that is neither known nor an `x-` extension key. */
export const UNKNOWN_KEY = 'unknown_key';
/** Error code carried by an issue for an `x-` value that is not plain JSON data. */
export const NOT_JSON = 'not_json';

/** How deep objects and arrays may nest in an `x-` value. */
const MAX_X_DEPTH = 100;

/**
 * Whether a value is plain JSON data, so a plan holding it serialises and comes back the same:
 * what `x-` keys may hold. (Parsed JSON text always is; objects handed over by code may hold
 * functions, dates, BigInts, NaN or cycles, which would make saving the plan fail later.)
 */
function isJsonData(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  // `seen` holds the objects above: deeper than MAX_X_DEPTH is refused in every engine alike, not
  // where one's stack runs out (accepted there, the plan could not be serialised).
  if (typeof value !== 'object' || seen.has(value) || seen.size >= MAX_X_DEPTH) return false;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  seen.add(value);
  const ok = Object.values(value).every((v) => isJsonData(v, seen));
  seen.delete(value);
  return ok;
}

/** `isJsonData`, where nesting too deep to check is not JSON data either (it could not be serialised). */
function jsonDataWithinStack(value: unknown): boolean {
  try {
    return isJsonData(value);
  } catch {
    return false;
  }
}

/**
 * An object of the plan: unknown keys are rejected with their path (typos are caught), except
 * keys starting with `x-`, which host systems may use and which are kept untouched (as long as
 * they hold JSON data).
 */
function planObject<S extends z.core.$ZodLooseShape>(shape: S) {
  let known: Set<string> | undefined;
  // What `z.catchall(z.object(shape), z.unknown()).check(…)` builds, made in one step: `.check()`
  // reads the shape, and planSchema's shape is left to its first parse.
  return new z.ZodMiniObject({
    type: 'object',
    shape,
    catchall: z.unknown(),
    checks: [
      z.superRefine(
        (value, ctx) => {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
          for (const [key, entry] of Object.entries(value)) {
            if ((known ??= new Set(Object.keys(shape))).has(key)) continue;
            if (!key.startsWith('x-')) ctx.addIssue({ code: 'custom', path: [key], input: value, params: { code: UNKNOWN_KEY } });
            // Absent, as for a known key: JSON has no undefined (JSON.stringify leaves the key out). `value`
            // is zod's copy of the input, so the caller's object keeps its key.
            else if (entry === undefined) delete (value as Record<string, unknown>)[key];
            else if (!jsonDataWithinStack(entry)) ctx.addIssue({ code: 'custom', path: [key], input: value, params: { code: NOT_JSON } });
          }
        },
        // Report unknown keys even when other keys of the same object are invalid.
        { when: () => true },
      ),
    ],
  }) as z.ZodMiniObject<z.core.util.Writeable<S>, z.core.$catchall<z.ZodMiniUnknown>>;
}

const text = () => z._default(z.string(), '');
const flag = () => z._default(z.boolean(), false);
const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
/** Ids are non-empty strings; hosts may bring their own, a missing one is generated. */
const itemId = () => z._default(z.string().check(z.minLength(1)), uuid);

/**
 * The plan's schemas, built on their first use, not at import: building them, compiling zod's code
 * for it and a first parse were about a third of the bundle's start-up work on a slow PC, and a
 * page often parses no plan at load (a new `<kompetence-model>` starts from `createPlan()`, which
 * parses nothing; `<laeringsform-vaelger>` validates without zod).
 */
function buildSchemas() {
  const isoDate = z.iso.date();

  const periodeSchema = planObject({
    start: z.optional(isoDate),
    slut: z.optional(isoDate),
  });

  const opgaveSchema = planObject({
    beskrivelse: text(),
    situationNu: text(),
    situationFremover: text(),
    anledninger: list(oneOf(anledninger)),
    krav: z.prefault(
      planObject({ konkretSituation: flag(), kanHaandteresAnderledes: flag(), ansvarTydeligt: flag() }),
      {},
    ),
  });

  const perspektivSchema = planObject({
    kerneopgave: text(),
    arbejdsplads: text(),
    /** The competing interpretations the group may hold, and how they are met. */
    fortolkninger: text(),
  });

  const goal = <const T extends readonly [string, ...string[]]>(types: T) =>
    z.prefault(planObject({ beskrivelse: text(), typer: list(oneOf(types)) }), {});

  const laeringsmaalSchema = planObject({
    metoder: goal(goalSubtypes.metoder),
    viden: goal(goalSubtypes.viden),
    rolle: goal(goalSubtypes.rolle),
  });

  const ansvarItemSchema = planObject({
    id: itemId(),
    maalgruppe: text(),
    antal: z.optional(z.int().check(z.minimum(1))),
    nuvaerende: z.optional(oneOf(experiences)),
    fremtidigt: z.optional(oneOf(responsibilities)),
    koerekort: z.optional(oneOf(licences)),
  });
  const ansvarSchema = list(ansvarItemSchema);

  // The ids' literal type, not `string`: it is the type of `Traeningsbane.laeringsformer` and of
  // `<laeringsform-vaelger>`'s value.
  const learningFormIdSchema = z.enum(learningFormIds as [LearningFormId, ...LearningFormId[]]);
  const laeringsformerSchema = list(learningFormIdSchema);

  const traeningsbaneSchema = planObject({
    vidensopbygning: text(),
    afproevning: text(),
    feedback: text(),
    feedbackformer: list(oneOf(feedbackKinds)),
    laeringsformer: laeringsformerSchema,
    periode: z.optional(periodeSchema),
    spilleregler: text(),
    /** How daily work (*drift*) is covered while people train (e.g. temps). */
    daekning: text(),
  });

  const mobilitetItemSchema = planObject({
    id: itemId(),
    form: z.optional(oneOf(mobilityForms)),
    afgivende: text(),
    modtagende: text(),
    periode: z.optional(periodeSchema),
    omfang: z.optional(oneOf(mobilityScopes)),
    ugedage: list(oneOf(weekdays)),
    formaal: text(),
    laeringsmaal: text(),
    vilkaar: z.prefault(planObject({ ansvarsomraader: text(), ferie: text(), sygdom: text() }), {}),
    kontakt: text(),
    /** How the employee's tasks at home are covered meanwhile. */
    daekning: text(),
    /** How the learning is put to use afterwards (e.g. talks about what surprised the employee). */
    tilbagevenden: text(),
  });
  const mobilitetSchema = list(mobilitetItemSchema);

  const forankringItemSchema = planObject({
    id: itemId(),
    type: oneOf(anchoringKinds),
    beskrivelse: text(),
    ansvarlig: text(),
    dato: z.optional(isoDate),
    udfoert: flag(),
  });

  const hverdagSchema = planObject({
    overgang: z.prefault(
      planObject({
        type: z.optional(oneOf(transitionTypes)),
        beskrivelse: text(),
        dato: z.optional(isoDate),
        /** What happens to those not yet ready at a collective transition. */
        ikkeKlar: text(),
      }),
      {},
    ),
    forankring: list(forankringItemSchema),
  });

  const nowIso = () => new Date().toISOString();

  return {
    /** `partSchemas` (parse.ts). */
    parts: {
      opgave: opgaveSchema,
      perspektiv: perspektivSchema,
      laeringsmaal: laeringsmaalSchema,
      ansvar: ansvarSchema,
      traeningsbane: traeningsbaneSchema,
      laeringsformer: laeringsformerSchema,
      mobilitet: mobilitetItemSchema,
      forankring: forankringItemSchema,
      hverdag: hverdagSchema,
    },
    /** `planSchema`'s shape. */
    plan: {
      schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
      id: itemId(),
      createdAt: z._default(z.iso.datetime(), nowIso),
      updatedAt: z._default(z.iso.datetime(), nowIso),
      titel: text(),
      arbejdsplads: text(),
      opgave: z.prefault(opgaveSchema, {}),
      perspektiv: z.prefault(perspektivSchema, {}),
      laeringsmaal: z.prefault(laeringsmaalSchema, {}),
      ansvar: ansvarSchema,
      traeningsbane: z.prefault(traeningsbaneSchema, {}),
      mobilitet: mobilitetSchema,
      hverdag: z.prefault(hverdagSchema, {}),
    },
  };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;
/** The schemas of the plan's own keys and of its parts, built once on first use. */
export const planSchemas = () => (schemas ??= buildSchemas());

/**
 * The object `build()` gives, built when it is first read: zod reads an object's shape on its first
 * parse (or JSON Schema), so a shape given this way is built then.
 */
export function builtOnFirstRead<T extends object>(build: () => T): T {
  let built: T | undefined;
  const target = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(target(), key),
  });
}

/**
 * The plan. Its shape is built on the first parse (or JSON Schema): importing the model makes
 * this one object, not the 230-odd zod schemas of the whole plan.
 */
export const planSchema = planObject(builtOnFirstRead(() => planSchemas().plan));

/** `x-` keys of host systems, allowed on every object of the plan. */
type Extensions = { [key: `x-${string}`]: unknown };
export type WithExtensions<T> = T extends readonly (infer I)[]
  ? WithExtensions<I>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: WithExtensions<T[K]> } & Extensions
    : T;

export type Plan = WithExtensions<z.output<typeof planSchema>>;
/**
 * A plan as parsing takes it: keys left out at any depth get their empty value; a misspelt key or a
 * value no enum has is still a type error. It says its `schemaVersion` (a `plan` property's object).
 */
export type PlanObjectInput = WithExtensions<z.input<typeof planSchema>>;
/** What `createPlan` takes: a `PlanObjectInput` with every key optional, `schemaVersion` too (it sets that). */
export type PlanInit = Partial<PlanObjectInput>;
export type Opgave = Plan['opgave'];
export type Perspektiv = Plan['perspektiv'];
export type Laeringsmaal = Plan['laeringsmaal'];
export type AnsvarItem = Plan['ansvar'][number];
export type Traeningsbane = Plan['traeningsbane'];
export type Periode = NonNullable<Traeningsbane['periode']>;
export type MobilitetItem = Plan['mobilitet'][number];
export type Hverdag = Plan['hverdag'];
export type Overgang = Hverdag['overgang'];
export type ForankringItem = Hverdag['forankring'][number];
