import * as z from 'zod/mini';
import type { Lang } from './ids.js';
import { matchLang } from './catalog/text.js';
import { migratePlan } from './migrate.js';
import {
  CURRENT_SCHEMA_VERSION, NOT_JSON, UNKNOWN_KEY, builtOnFirstRead, planSchema, planSchemas, type Plan, type PlanInit, type WithExtensions,
} from './plan.js';
import { issue, issueMessages, protoKeyPaths, readJson, schemaIssueMessages, type ParseResult, type PlanIssue } from './issues.js';
import { uuid } from './uuid.js';

export { formatPath, type IssueCode, type ParseResult, type PlanIssue } from './issues.js';

// The messages of the issues only the schema reports join the others here (see issues.ts).
Object.assign(issueMessages, schemaIssueMessages);

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

export interface ParseOptions {
  lang?: Lang;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function fromZod(error: z.core.$ZodError, input: unknown, lang: Lang): PlanIssue[] {
  return error.issues.map((raw) => {
    const path = raw.path.filter((k): k is string | number => typeof k !== 'symbol');
    const received = valueAt(input, path);
    switch (raw.code) {
      case 'invalid_type':
        if (received === undefined) return issue(path, 'required', lang);
        return issue(path, 'invalid_type', lang, { expected: raw.expected });
      case 'invalid_value':
        // zod reports a missing enum value (anchoring `type`) as an invalid value, not a missing one.
        if (received === undefined) return issue(path, 'required', lang);
        return issue(path, 'invalid_value', lang, { values: raw.values, received });
      case 'invalid_format':
        return issue(path, raw.format === 'datetime' ? 'invalid_datetime' : 'invalid_date', lang);
      case 'too_small':
        return typeof received === 'string'
          ? issue(path, 'empty_id', lang)
          : issue(path, 'too_small', lang, { minimum: Number(raw.minimum) });
      case 'custom':
        return issue(path, raw.params?.['code'] === UNKNOWN_KEY ? 'unknown_key' : raw.params?.['code'] === NOT_JSON ? 'not_json' : 'invalid', lang);
      default:
        return issue(path, 'invalid', lang);
    }
  });
}

/** Validates any schema of the plan (a whole plan or one element's slice) the same way. */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): ParseResult<z.output<S>> {
  const lang = matchLang(options?.lang);
  try {
    const json = readJson(input, lang);
    if (!json.ok) return json;
    const result = z.safeParse(schema, json.value);
    const protoIssues = protoKeyPaths(json.value).map((path) => issue(path, 'unknown_key', lang));
    if (result.success && !protoIssues.length) return { ok: true, value: result.data };
    return { ok: false, issues: [...(result.success ? [] : fromZod(result.error, json.value, lang)), ...protoIssues] };
  } catch {
    // Defensive: zod does not throw on data, but a getter on a hostile object might.
    return { ok: false, issues: [issue([], 'invalid', lang)] };
  }
}

function checkVersion(value: unknown, lang: Lang): PlanIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [issue([], 'invalid_type', lang, { expected: 'object' })];
  }
  const version = (value as Record<string, unknown>)['schemaVersion'];
  if (version === undefined) return [issue(['schemaVersion'], 'missing_version', lang)];
  if (version !== CURRENT_SCHEMA_VERSION) {
    return [issue(['schemaVersion'], 'unsupported_version', lang, { received: version, current: CURRENT_SCHEMA_VERSION })];
  }
  return [];
}

/**
 * A plan parser over a migrator: `parsePlan` is the one over {@link migratePlan}; tests build one over
 * a fabricated older version to prove that parsing migrates first.
 */
export function createPlanParser(migrate: (input: unknown) => unknown): (input: unknown, options?: ParseOptions) => PlanParseResult {
  return (input, options = {}) => {
    const lang = matchLang(options?.lang);
    // Never throws: a hostile object (a getter or proxy trap that throws, a version that cannot be
    // shown, such as a BigInt) gets the general issue.
    try {
      const json = readJson(input, lang);
      if (!json.ok) return json;
      let migrated: unknown;
      try {
        migrated = migrate(json.value);
      } catch {
        const received = (json.value as { schemaVersion?: unknown }).schemaVersion;
        return { ok: false, issues: [issue(['schemaVersion'], 'unsupported_version', lang, { received, current: CURRENT_SCHEMA_VERSION })] };
      }
      const versionIssues = checkVersion(migrated, lang);
      if (versionIssues.length) return { ok: false, issues: versionIssues };
      const result = parseWith(planSchema, migrated, options);
      return result.ok ? { ok: true, plan: result.value as Plan } : result;
    } catch {
      return { ok: false, issues: [issue([], 'invalid', lang)] };
    }
  };
}

/**
 * Parses a plan (object or JSON string): migrates older versions first, fills every missing key
 * with its empty value, keeps `x-` keys and rejects other unknown keys. Never throws.
 */
export function parsePlan(input: unknown, options: ParseOptions = {}): PlanParseResult {
  return parseCurrent(input, options);
}
const parseCurrent = createPlanParser(migratePlan);

/** A complete, empty plan with a fresh id and timestamps; `init` may fill parts of it, at any depth. */
export function createPlan(init: PlanInit = {}): Plan {
  const now = new Date().toISOString();
  const id = init.id ?? uuid();
  if (!Object.keys(init).length) return emptyPlan(id, now);
  const result = parseWith(planSchema, {
    ...init,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    createdAt: init.createdAt ?? now,
    updatedAt: init.updatedAt ?? now,
    // In English, as the errors of the platform a developer reads it beside.
  }, { lang: 'en' });
  if (!result.ok) throw new TypeError(`createPlan: ${result.issues.map((i) => i.message).join(' ')}`);
  return result.value as Plan;
}

let blank: Plan | undefined;

/**
 * `plan` with `part` set to `value`; without a plan, an empty one (made once) holding only that
 * part: how one part is judged on its own (its advice, its field's gaps).
 */
export function planWithPart<K extends keyof Plan>(part: K, value: Plan[K], plan?: Plan): Plan {
  return { ...(plan ?? (blank ??= createPlan())), [part]: value };
}

/**
 * The plan that parsing `{ schemaVersion, id, createdAt, updatedAt }` gives, made without parsing:
 * a new `<kompetence-model>` needs one at once, and the first parse builds the plan's schemas (see
 * plan.ts). It restates the schema's defaults; a test keeps the two equal.
 */
function emptyPlan(id: string, now: string): Plan {
  const goal = () => ({ beskrivelse: '', typer: [] });
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION, id, createdAt: now, updatedAt: now, titel: '', arbejdsplads: '',
    opgave: {
      beskrivelse: '', situationNu: '', situationFremover: '', anledninger: [],
      krav: { konkretSituation: false, kanHaandteresAnderledes: false, ansvarTydeligt: false },
    },
    perspektiv: { kerneopgave: '', arbejdsplads: '', fortolkninger: '' },
    laeringsmaal: { metoder: goal(), viden: goal(), rolle: goal() },
    ansvar: [],
    traeningsbane: { vidensopbygning: '', afproevning: '', feedback: '', feedbackformer: [], laeringsformer: [], spilleregler: '', daekning: '' },
    mobilitet: [],
    hverdag: { overgang: { beskrivelse: '', ikkeKlar: '' }, forankring: [] },
  };
}

/**
 * A copy of `plan` that is a plan of its own: a new id, created and changed now, and new ids for
 * its target groups, mobility arrangements and anchoring items. For starting from a worked example
 * or duplicating a plan: two plans begun from the same one must not share an id (in a draft
 * store, on a server, or as calendar UIDs).
 */
export function copyPlanAsNew(plan: Plan): Plan {
  const now = new Date().toISOString();
  const renew = <I extends { id: string }>(items: I[]): I[] => items.map((item) => ({ ...item, id: uuid() }));
  return {
    ...plan,
    id: uuid(),
    createdAt: now,
    updatedAt: now,
    ansvar: renew(plan.ansvar),
    mobilitet: renew(plan.mobilitet),
    hverdag: { ...plan.hverdag, forankring: renew(plan.hverdag.forankring) },
  };
}

/** The schema of each element's value (README.md, "Values and events"), built on first use (see plan.ts). */
export const partSchemas = builtOnFirstRead(() => planSchemas().parts);
export type PartName = keyof typeof partSchemas;
/** An element's value as read back: the part's type as in `Plan` (`x-` keys allowed, no other unknown key). */
export type PartValue<P extends PartName> = WithExtensions<z.output<(typeof partSchemas)[P]>>;

/** Parses one element's value the way `parsePlan` parses the plan, with the same issues. */
export function parsePart<P extends PartName>(part: P, input: unknown, options: ParseOptions = {}): ParseResult<PartValue<P>> {
  return parseWith(partSchemas[part], input, options) as ParseResult<PartValue<P>>;
}

const listParts: ReadonlySet<PartName> = new Set(['ansvar', 'laeringsformer']);

/** The empty value of a part: what a new plan holds there (a new item for item parts). */
export function emptyPart<P extends Exclude<PartName, 'forankring'>>(part: P): PartValue<P> {
  const result = parsePart(part, listParts.has(part) ? [] : {});
  if (!result.ok) throw new Error(`kompetence-elements: no empty value for ${part}`);
  return result.value;
}
