import * as z from 'zod/mini';
import type { Lang } from './ids.js';
import { migratePlan } from './migrate.js';
import {
  CURRENT_SCHEMA_VERSION, UNKNOWN_KEY, ansvarSchema, forankringItemSchema, hverdagSchema,
  laeringsformerSchema, laeringsmaalSchema, mobilitetItemSchema, opgaveSchema, perspektivSchema,
  planSchema, traeningsbaneSchema, type Plan,
} from './plan.js';
import { uuid } from './uuid.js';

export type IssueCode =
  | 'invalid_json' | 'invalid_type' | 'required' | 'invalid_value' | 'invalid_date' | 'invalid_datetime'
  | 'empty_id' | 'too_small' | 'unknown_key' | 'missing_version' | 'unsupported_version' | 'invalid';

export interface PlanIssue {
  path: (string | number)[];
  code: IssueCode;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: PlanIssue[] };
export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

export interface ParseOptions {
  lang?: Lang;
}

const typeNames: Record<string, { da: string; en: string }> = {
  string: { da: 'tekst', en: 'text' },
  number: { da: 'et tal', en: 'a number' },
  int: { da: 'et helt tal', en: 'a whole number' },
  boolean: { da: 'sand eller falsk', en: 'true or false' },
  array: { da: 'en liste', en: 'a list' },
  object: { da: 'et objekt', en: 'an object' },
};

type MessageContext = { expected?: string; values?: readonly unknown[]; minimum?: number; received?: unknown };

const messages: Record<IssueCode, { da: (c: MessageContext) => string; en: (c: MessageContext) => string }> = {
  invalid_json: { da: () => 'Teksten er ikke gyldig JSON.', en: () => 'The text is not valid JSON.' },
  invalid_type: {
    da: (c) => `Skal være ${typeNames[c.expected ?? '']?.da ?? c.expected}.`,
    en: (c) => `Must be ${typeNames[c.expected ?? '']?.en ?? c.expected}.`,
  },
  required: { da: () => 'Skal udfyldes.', en: () => 'Is required.' },
  invalid_value: {
    da: (c) => `Ukendt værdi ${show(c.received)}. Mulige værdier: ${c.values?.join(', ')}.`,
    en: (c) => `Unknown value ${show(c.received)}. Possible values: ${c.values?.join(', ')}.`,
  },
  invalid_date: {
    da: () => 'Skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2027-03-15.',
    en: () => 'Must be a date written YYYY-MM-DD, e.g. 2027-03-15.',
  },
  invalid_datetime: {
    da: () => 'Skal være et tidspunkt i UTC (ISO 8601), fx 2027-03-15T08:00:00Z.',
    en: () => 'Must be a UTC time (ISO 8601), e.g. 2027-03-15T08:00:00Z.',
  },
  empty_id: { da: () => 'Et id må ikke være tomt.', en: () => 'An id must not be empty.' },
  too_small: { da: (c) => `Skal være mindst ${c.minimum}.`, en: (c) => `Must be at least ${c.minimum}.` },
  unknown_key: {
    da: () => 'Ukendt nøgle. Tjek stavningen; egne data skal have en nøgle, der begynder med «x-».',
    en: () => 'Unknown key. Check the spelling; data of your own needs a key starting with "x-".',
  },
  missing_version: {
    da: () => 'Planen mangler «schemaVersion».',
    en: () => 'The plan has no "schemaVersion".',
  },
  unsupported_version: {
    da: (c) => `Planens version ${show(c.received)} kendes ikke; denne version af kompetence-elements læser version ${CURRENT_SCHEMA_VERSION} og ældre.`,
    en: (c) => `Plan version ${show(c.received)} is not known; this version of kompetence-elements reads version ${CURRENT_SCHEMA_VERSION} and older.`,
  },
  invalid: { da: () => 'Ugyldig værdi.', en: () => 'Invalid value.' },
};

function show(value: unknown): string {
  const s = typeof value === 'string' ? `«${value}»` : JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** `opgave.krav.ansvarTydeligt`, `ansvar[0].antal`: how a path is shown in a message. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

function issue(path: (string | number)[], code: IssueCode, lang: Lang, context: MessageContext = {}): PlanIssue {
  const text = messages[code][lang](context);
  return { path, code, message: path.length ? `${formatPath(path)}: ${text}` : text };
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
        return issue(path, raw.params?.['code'] === UNKNOWN_KEY ? 'unknown_key' : 'invalid', lang);
      default:
        return issue(path, 'invalid', lang);
    }
  });
}

/** Accepts a JSON string or an already parsed value; never throws. */
function readJson(input: unknown, lang: Lang): ParseResult<unknown> {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch {
    return { ok: false, issues: [issue([], 'invalid_json', lang)] };
  }
}

/**
 * Paths of own `__proto__` keys (JSON.parse makes them). zod drops such a key silently, as it cannot
 * be copied safely, so the plan's refinement never sees it; it is an unknown key like any other.
 * `x-` values are not entered: they are the host's, kept untouched.
 */
function protoKeyPaths(root: unknown): (string | number)[][] {
  type Link = { key: string | number; up: Link | null } | null;
  const pathOf = (link: Link): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at = link; at; at = at.up) path.unshift(at.key);
    return path;
  };
  const found: (string | number)[][] = [];
  const seen = new WeakSet<object>();
  const stack: [unknown, Link][] = [[root, null]];
  while (stack.length) {
    const [at, link] = stack.pop()!;
    if (typeof at !== 'object' || at === null || seen.has(at)) continue;
    seen.add(at);
    const isArray = Array.isArray(at);
    for (const key of Object.keys(at)) {
      if (key.startsWith('x-')) continue;
      const child: Link = { key: isArray ? Number(key) : key, up: link };
      if (key === '__proto__') found.push(pathOf(child));
      else stack.push([(at as Record<string, unknown>)[key], child]);
    }
  }
  return found;
}

/** Validates any schema of the plan (a whole plan or one element's slice) the same way. */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): ParseResult<z.output<S>> {
  const lang = options.lang ?? 'da';
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
    return [issue(['schemaVersion'], 'unsupported_version', lang, { received: version })];
  }
  return [];
}

/**
 * Parses a plan (object or JSON string): migrates older versions first, fills every missing key
 * with its empty value, keeps `x-` keys and rejects other unknown keys. Never throws.
 */
export function parsePlan(input: unknown, options: ParseOptions = {}): PlanParseResult {
  const lang = options.lang ?? 'da';
  const json = readJson(input, lang);
  if (!json.ok) return json;
  let migrated: unknown;
  try {
    migrated = migratePlan(json.value);
  } catch {
    // Reading `schemaVersion` may throw too (a hostile getter): the message then shows no version.
    let received: unknown;
    try {
      received = (json.value as { schemaVersion?: unknown }).schemaVersion;
    } catch {
      // keep undefined
    }
    return { ok: false, issues: [issue(['schemaVersion'], 'unsupported_version', lang, { received })] };
  }
  let versionIssues: PlanIssue[];
  try {
    versionIssues = checkVersion(migrated, lang);
  } catch {
    // Defensive, as in parseWith: a getter or proxy trap on a hostile object might throw.
    return { ok: false, issues: [issue([], 'invalid', lang)] };
  }
  if (versionIssues.length) return { ok: false, issues: versionIssues };
  const result = parseWith(planSchema, migrated, options);
  return result.ok ? { ok: true, plan: result.value as Plan } : result;
}

/** A complete, empty plan with a fresh id and timestamps; `init` may fill parts of it. */
export function createPlan(init: Partial<Plan> = {}): Plan {
  const now = new Date().toISOString();
  const result = parseWith(planSchema, {
    ...init,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id ?? uuid(),
    createdAt: init.createdAt ?? now,
    updatedAt: init.updatedAt ?? now,
  });
  if (!result.ok) throw new TypeError(`createPlan: ${result.issues.map((i) => i.message).join(' ')}`);
  return result.value as Plan;
}

/** The schema of each element's value (contract.md, "Element values"). */
export const partSchemas = {
  opgave: opgaveSchema,
  perspektiv: perspektivSchema,
  laeringsmaal: laeringsmaalSchema,
  ansvar: ansvarSchema,
  traeningsbane: traeningsbaneSchema,
  laeringsformer: laeringsformerSchema,
  mobilitet: mobilitetItemSchema,
  forankring: forankringItemSchema,
  hverdag: hverdagSchema,
} as const;
export type PartName = keyof typeof partSchemas;
export type PartValue<P extends PartName> = z.output<(typeof partSchemas)[P]>;

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
