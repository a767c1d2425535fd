/**
 * The issues `parsePlan` and `parsePart` report, with their messages in Danish and English, and
 * the steps of parsing that need no schema. Kept apart from the zod schema (`parse.ts`) so code
 * that checks a small value without zod (an element with a tight size budget) reports exactly the
 * same issues.
 */
import { withoutDirectionMarks } from './catalog/text.js';
import type { Lang } from './ids.js';

export type IssueCode =
  | 'invalid_json' | 'invalid_type' | 'required' | 'invalid_value' | 'invalid_date' | 'invalid_datetime'
  | 'empty_id' | 'too_small' | 'unknown_key' | 'not_json' | 'missing_version' | 'unsupported_version' | 'invalid'
  /** A list longer than the elements take (`longLists`); `parsePlan` itself sets no limit. */
  | 'too_big';

export interface PlanIssue {
  path: (string | number)[];
  code: IssueCode;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: PlanIssue[] };

const typeNames: Record<string, { da: string; en: string }> = {
  string: { da: 'tekst', en: 'text' },
  number: { da: 'et tal', en: 'a number' },
  int: { da: 'et helt tal', en: 'a whole number' },
  boolean: { da: 'true eller false', en: 'true or false' },
  array: { da: 'en liste', en: 'a list' },
  object: { da: 'et objekt', en: 'an object' },
};

type MessageContext = {
  expected?: string; values?: readonly unknown[]; minimum?: number; maximum?: number; received?: unknown;
  /** The newest schemaVersion this package reads (for `unsupported_version`). */
  current?: number;
  /** The JSON has typographic quotes around a key (for `invalid_json`). */
  curly?: boolean;
};

type Messages = Partial<Record<IssueCode, { da: (c: MessageContext) => string; en: (c: MessageContext) => string }>>;

/**
 * The messages of the issues every parser of the package reports; `parse.ts` adds
 * `schemaIssueMessages`, so code that checks a small value without zod (`learning-form-choice.ts`)
 * carries none of the text of the issues only the plan's schema reports.
 */
export const issueMessages: Messages = {
  invalid_json: {
    da: (c) => `Teksten er ikke gyldig JSON.${c.curly ? ' Brug lige anførselstegn ("), ikke “ ”.' : ''}`,
    en: (c) => `The text is not valid JSON.${c.curly ? ' Use straight quotes ("), not “ ”.' : ''}`,
  },
  invalid_type: {
    da: (c) => `Skal være ${typeNames[c.expected ?? '']?.da ?? c.expected}.`,
    en: (c) => `Must be ${typeNames[c.expected ?? '']?.en ?? c.expected}.`,
  },
  required: { da: () => 'Skal udfyldes.', en: () => 'Is required.' },
  invalid_value: {
    da: (c) => `Ukendt værdi ${show(c.received, 'da')}. Mulige værdier: ${c.values?.join(', ')}.`,
    en: (c) => `Unknown value ${show(c.received, 'en')}. Possible values: ${c.values?.join(', ')}.`,
  },
  unknown_key: {
    da: () => 'Ukendt nøgle. Tjek stavningen; egne data skal have en nøgle, der begynder med «x-».',
    en: () => 'Unknown key. Check the spelling; data of your own needs a key starting with “x-”.',
  },
  invalid: { da: () => 'Ugyldig værdi.', en: () => 'Invalid value.' },
  too_big: {
    da: (c) => `Listen har ${c.received} punkter; her kan højst ${c.maximum} bruges.`,
    en: (c) => `The list has ${c.received} items; at most ${c.maximum} can be used here.`,
  },
};

/** The messages of the issues only the plan's schema reports (dates, ids, numbers, own data, the version). */
export const schemaIssueMessages: Messages = {
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
  not_json: {
    da: () => 'Egne data under en «x-»-nøgle skal kunne gemmes som JSON (tekst, tal, true/false, lister og objekter).',
    en: () => 'Data of your own under an “x-” key must be storable as JSON (text, numbers, true/false, lists and objects).',
  },
  missing_version: {
    da: () => 'Planen mangler «schemaVersion».',
    en: () => 'The plan has no “schemaVersion”.',
  },
  unsupported_version: {
    da: (c) => newer(c)
      ? `Planen er gemt i version ${c.received} af planformatet; her kan højst version ${c.current} læses.`
      : `Planformatets version ${show(c.received, 'da')} kendes ikke; her kan version ${readable(c)} læses.`,
    en: (c) => newer(c)
      ? `The plan is saved in version ${c.received} of the plan format; this page reads up to version ${c.current}.`
      : `Plan format version ${show(c.received, 'en')} is not known; version ${readable(c)} can be read here.`,
  },
};

/** A version number above the newest this package reads: a plan from a newer release (1.5 is no version). */
const newer = (c: MessageContext): boolean => Number.isInteger(c.received) && (c.received as number) > (c.current ?? 1);

/** The versions this package reads: 1 up to the current one (older ones are migrated). */
const readable = (c: MessageContext): string => (c.current === 1 ? '1' : `1–${c.current}`);

/** A received value in a message: text in the language's quotation marks, anything else as JSON. */
function show(value: unknown, lang: Lang): string {
  // Without direction marks: an override in the value turned the list of possible values around.
  const s = typeof value === 'string'
    ? (lang === 'da' ? `«${withoutDirectionMarks(value)}»` : `“${withoutDirectionMarks(value)}”`)
    : JSON.stringify(value) ?? String(value);
  // Cut between characters, not between an emoji's halves (a lone half is refused by strict JSON readers).
  const chars = [...s];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : s;
}

/** `opgave.krav.ansvarTydeligt`, `ansvar[0].antal`: how a path is shown in a message. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

export function issue(path: (string | number)[], code: IssueCode, lang: Lang, context: MessageContext = {}): PlanIssue {
  const text = issueMessages[code]![lang](context);
  // A version message speaks of the whole plan: "schemaVersion: …" in front would only puzzle the
  // person importing a file, the likeliest reader of it.
  return { path, code, message: path.length && !code.endsWith('_version') ? `${formatPath(path)}: ${text}` : text };
}

/** Accepts a JSON string or an already parsed value; never throws. */
export function readJson(input: unknown, lang: Lang): ParseResult<unknown> {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    // A byte order mark left by a Windows editor, in a file a server read as UTF-8, is no error.
    return { ok: true, value: JSON.parse(input.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    // A word processor or a CMS's text editor turns " into “ ”: said so when they stand around a key
    // (outside the straight-quoted texts, where they are the user's own).
    // The closing quote is optional: a text never closed ('"' and '\\"' repeated) took each '\\"'
    // as a new start and read on to the end, seconds for 80 KB (a file, a draft, a server's body).
    const curly = /[{,]\s*[“”„]|[“”„]\s*:/.test(input.replace(/"(\\.|[^"\\])*"?/g, '""'));
    return { ok: false, issues: [issue([], 'invalid_json', lang, { curly })] };
  }
}

/**
 * The most items a list of the plan may hold in an element. A real plan has a handful of target
 * groups and some tens of follow-ups; each item is a group of controls, so 1,000 target groups took
 * 5-10 s to show and half a second a key, and a 30 KB file of 10,000 empty ones (`parsePlan` fills
 * each in) held the page for minutes.
 */
export const MAX_LIST_ITEMS = 200;

/**
 * A `too_big` issue for each list in `root` (parsed JSON, not yet a plan) longer than
 * {@link MAX_LIST_ITEMS}: what an element refuses before parsing it at all. Lists lie at most three
 * keys deep (`mobilitet[0].ugedage`); `x-` values are the host's, not shown. Never throws.
 */
export function longLists(root: unknown, lang: Lang): PlanIssue[] {
  const found: PlanIssue[] = [];
  const visit = (at: unknown, path: (string | number)[]): void => {
    if (typeof at !== 'object' || at === null) return;
    const list = Array.isArray(at);
    if (list && at.length > MAX_LIST_ITEMS) found.push(issue(path, 'too_big', lang, { received: at.length, maximum: MAX_LIST_ITEMS }));
    else if (path.length < 3) for (const [key, value] of Object.entries(at)) if (!key.startsWith('x-')) visit(value, [...path, list ? +key : key]);
  };
  try {
    visit(root, []);
  } catch {
    // A getter or proxy trap that throws: the parser says what is wrong with it.
  }
  return found;
}

/**
 * Paths of own `__proto__` keys (JSON.parse makes them). zod drops such a key silently, as it cannot
 * be copied safely, so the plan's refinement never sees it; it is an unknown key like any other.
 * `x-` values are not entered: they are the host's, kept untouched.
 */
export function protoKeyPaths(root: unknown): (string | number)[][] {
  type Link = { key: string | number; up: Link | null; depth: number } | null;
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
      const child: Link = { key: isArray ? Number(key) : key, up: link, depth: (link?.depth ?? 0) + 1 };
      if (key === '__proto__') found.push(pathOf(child));
      // A plan's own keys lie at most four deep (mobilitet[0].vilkaar.ferie): below that a key is
      // inside a value already reported (an unknown key, a wrong type). Walking on, a deep chain of
      // them took minutes (each path built anew, each issue message too).
      else if (child.depth < 4) stack.push([(at as Record<string, unknown>)[key], child]);
    }
  }
  return found;
}
