/**
 * `planToICalendar`: the dated parts of a plan as an RFC 5545 calendar, for the team's calendar
 * (Outlook, Google, Apple). Plain string building: no dependency, no DOM.
 *
 * Events (all-day, `DTSTART;VALUE=DATE` with an exclusive `DTEND` the day after, or `DURATION` for
 * an event that ends on 9999-12-31, since iCalendar has no later date to write):
 * - the training period, `traeningsbane.periode`: one event from `start` through `slut`. When only
 *   one end is known, or the end lies before the start, each known end becomes a one-day marker
 *   ("begins" / "ends") instead, so no date is lost and no event runs backwards;
 * - the transition to everyday work, `hverdag.overgang.dato`;
 * - every anchoring item with a `dato`, summary "<kind>: <first line of the description>",
 *   description with the full text, the responsible person and whether it is done;
 * - every mobility arrangement with a `periode` (the weeks the employee is away from the team),
 *   summary "<form>: <receiving workplace>", description with the purpose and both workplaces;
 *   one event from start through end, or, as for the training period, a one-day marker for each
 *   known end ("first day" / "last day").
 *
 * Every summary ends with " – <the plan's title>": what the event is comes first, as a calendar's
 * month view shows only a summary's first words (with the title first, every event read the same).
 * UIDs are stable across calls and unique within the calendar: `<plan id>/<kind>[/<item id>]@kompetence-elements`, with ids percent-encoded so no id
 * can make two UIDs collide (a repeated item id gets `/<index>` appended); a training period with
 * only its start has the period's UID, so giving the end later updates that event. DTSTAMP is the
 * plan's `updatedAt` (UTC) and SEQUENCE its minutes since 1970, so the same plan always gives the
 * same text and an edited plan's events are newer. Lines end in CRLF and are folded
 * at 75 octets of UTF-8, never inside a character.
 *
 * A plan without dates gives a calendar without events. (RFC 5545's grammar asks for at least one
 * component; calendar programs accept the empty calendar, and an invented event would be worse.)
 */
import { anchoringKindInfo } from './catalog/anchoring.js';
import { learningFormById, learningFormFamilyNames } from './catalog/learning-forms.js';
import { matchLang, shorten } from './catalog/text.js';
import type { Lang } from './ids.js';
import type { Plan } from './plan.js';

export interface ICalendarOptions {
  /** Language of the labels (summaries, descriptions); default Danish. Plan texts stay as written. */
  lang?: Lang;
}

const UID_DOMAIN = 'kompetence-elements';

const labels = {
  da: {
    plan: 'Kompetenceplan',
    period: 'Træningsbane',
    periodStart: 'Træningsbanen begynder',
    periodEnd: 'Træningsbanen slutter',
    transition: 'Overgang til hverdag',
    task: 'Opgave',
    rules: 'Spilleregler',
    notReady: 'De, der ikke er klar endnu',
    responsible: 'Ansvarlig',
    done: 'Udført',
    firstDay: 'første dag',
    lastDay: 'sidste dag',
    purpose: 'Formål',
    sending: 'Afgivende arbejdsplads',
    receiving: 'Modtagende arbejdsplads',
  },
  en: {
    plan: 'Competence plan',
    period: 'Training ground',
    periodStart: 'Training ground begins',
    periodEnd: 'Training ground ends',
    transition: 'Transition to everyday work',
    task: 'Task',
    rules: 'Ground rules',
    notReady: 'Those not yet ready',
    responsible: 'Responsible',
    done: 'Done',
    firstDay: 'first day',
    lastDay: 'last day',
    purpose: 'Purpose',
    sending: 'Sending workplace',
    receiving: 'Receiving workplace',
  },
} as const satisfies Record<Lang, Record<string, string>>;

interface CalendarEvent {
  uid: string;
  /** `YYYY-MM-DD`, first day. */
  start: string;
  /** `YYYY-MM-DD`, last day (inclusive). */
  end: string;
  summary: string;
  description: string;
}

/** Longest summary detail (characters) taken from a description; the full text is in DESCRIPTION. */
const SUMMARY_DETAIL_MAX = 60;
/** Longest title (characters) in the calendar's name and each summary. */
const TITLE_MAX = 100;

/**
 * Whether `planToICalendar` gives the plan any event: a date of the training period, of a mobility
 * arrangement, of the transition or of an anchoring item (so a calendar button can say there is
 * nothing to add yet).
 */
export function hasCalendarDates(
  plan: Pick<Plan, 'hverdag'> & { traeningsbane?: Pick<Plan['traeningsbane'], 'periode'>; mobilitet?: Plan['mobilitet'] },
): boolean {
  const periods = [plan.traeningsbane?.periode, ...(plan.mobilitet ?? []).map((item) => item.periode)];
  const dates = [...periods.flatMap((p) => [p?.start, p?.slut]), plan.hverdag.overgang.dato, ...plan.hverdag.forankring.map((item) => item.dato)];
  return dates.some((date) => validDate(date) !== undefined);
}

/**
 * The plan's training period, transition and dated anchoring items as an iCalendar (RFC 5545)
 * text with CRLF line endings. Never throws on a plan that `parsePlan` accepted; dates that are
 * not `YYYY-MM-DD` are skipped.
 */
export function planToICalendar(plan: Plan, options: ICalendarOptions = {}): string {
  const lang = matchLang(options.lang);
  // One line: a title may hold line breaks (its box grows with the text), a calendar's name not.
  // Shortened, as it ends every event's summary: a 500,000-character title made a 105 MB file.
  const title = shorten(plan.titel.trim().replace(/\s+/g, ' '), TITLE_MAX) || labels[lang].plan;
  const stamp = utcStamp(plan.updatedAt) ?? utcStamp(plan.createdAt) ?? '19700101T000000Z';
  // The plan's minute: it grows with every edit, so a calendar that compares SEQUENCE takes the file
  // downloaded after an edit as the newer one and updates the events it has (at 0 it kept the old).
  const sequence = Math.max(0, Math.floor(Date.parse(plan.updatedAt) / 6e4)) || 0;
  return calendarText(planEvents(plan, title, lang), title, lang, stamp, sequence);
}

/** The plan's dated parts as events, each summary ending with `title` (see the module's comment). */
function planEvents(plan: Plan, title: string, lang: Lang): CalendarEvent[] {
  const l = labels[lang];
  const titled = (what: string) => `${what} – ${title}`;
  const planKey = encodeURIComponent(wellFormed(plan.id));
  const uid = (...parts: string[]) => `${[planKey, ...parts].join('/')}@${UID_DOMAIN}`;
  const events: CalendarEvent[] = [];

  const tb = plan.traeningsbane;
  const periodText = paragraphs([
    labelled(l.task, plan.opgave.beskrivelse),
    labelled(l.rules, tb.spilleregler),
  ]);
  /**
   * A period as one event, or, when only one end is known or the end lies before the start, a
   * one-day marker for each known end, so no date is lost and no event runs backwards. The start
   * alone keeps the period's UID: once the end is given, its event becomes the period.
   */
  const period = (
    [key, endKey]: [string, string],
    periode: Plan['traeningsbane']['periode'],
    [whole, begins, ends]: [string, string, string],
    description: string,
  ) => {
    const start = validDate(periode?.start);
    const end = validDate(periode?.slut);
    if (start && end && end >= start) {
      events.push({ uid: uid(key), start, end, summary: titled(whole), description });
      return;
    }
    if (start) events.push({ uid: uid(key), start, end: start, summary: titled(begins), description });
    if (end) events.push({ uid: uid(endKey), start: end, end, summary: titled(ends), description });
  };
  period(['traeningsbane', 'traeningsbane-slut'], tb.periode, [l.period, l.periodStart, l.periodEnd], periodText);

  const overgang = plan.hverdag.overgang;
  const transitionDate = validDate(overgang.dato);
  if (transitionDate) {
    events.push({
      uid: uid('overgang'),
      start: transitionDate,
      end: transitionDate,
      summary: titled(l.transition),
      description: paragraphs([overgang.beskrivelse, labelled(l.notReady, overgang.ikkeKlar)]),
    });
  }

  const anchoringKey = itemKeys();
  plan.hverdag.forankring.forEach((item, index) => {
    const date = validDate(item.dato);
    if (!date) return;
    const kind = anchoringKindInfo[item.type]?.name[lang] ?? item.type;
    const detail = firstLine(item.beskrivelse);
    events.push({
      uid: uid('forankring', anchoringKey(item.id, index)),
      start: date,
      end: date,
      summary: titled(detail ? `${kind}: ${detail}` : kind),
      description: paragraphs([
        item.beskrivelse,
        labelled(l.responsible, item.ansvarlig),
        item.udfoert ? l.done : '',
      ]),
    });
  });

  const mobilityKey = itemKeys();
  plan.mobilitet.forEach((item, index) => {
    const form = item.form ? learningFormById(item.form).name : learningFormFamilyNames.mobilitet;
    const place = firstLine(item.modtagende);
    const whole = place ? `${form[lang]}: ${place}` : form[lang];
    const description = paragraphs([
      labelled(l.purpose, item.formaal),
      labelled(l.sending, item.afgivende),
      labelled(l.receiving, item.modtagende),
    ]);
    const key = `mobilitet/${mobilityKey(item.id, index)}`;
    period([key, `${key}/slut`], item.periode, [whole, `${whole}, ${l.firstDay}`, `${whole}, ${l.lastDay}`], description);
  });
  return events;
}

/** The calendar named `title` with the events, every one stamped `stamp` with `sequence`: CRLF lines, folded. */
function calendarText(events: readonly CalendarEvent[], title: string, lang: Lang, stamp: string, sequence: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${UID_DOMAIN}//Kompetenceplan//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(title)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
      eventEnd(event.start, event.end),
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** A text's first line, shortened for a summary (the full text goes in DESCRIPTION). */
const firstLine = (text: string): string => shorten(text.trim().split(/\r\n|\r|\n/)[0] ?? '', SUMMARY_DETAIL_MAX);

/**
 * Gives each item of one list its part of a UID: its id, percent-encoded so no id can make two UIDs
 * collide, with `/<index>` appended when an earlier item had the same id.
 */
function itemKeys(): (id: string, index: number) => string {
  const seen = new Set<string>();
  return (id, index) => {
    let key = encodeURIComponent(wellFormed(id));
    if (seen.has(key)) key += `/${index}`;
    seen.add(key);
    return key;
  };
}

const labelled = (label: string, text: string | undefined): string => (text?.trim() ? `${label}: ${text.trim()}` : '');
const paragraphs = (parts: string[]): string => parts.map((p) => p.trim()).filter(Boolean).join('\n\n');

/** The date when it is a real `YYYY-MM-DD` calendar date, else undefined. */
function validDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : undefined;
}

const basicDate = (isoDate: string): string => isoDate.replaceAll('-', '');

const DAY_MS = 86_400_000;

/**
 * The end of an all-day event whose last day is `end`: DTEND is exclusive, the day after. After
 * 9999-12-31 there is no date iCalendar can write, so such an event gives its length instead.
 */
function eventEnd(start: string, end: string): string {
  const last = Date.parse(`${end}T00:00:00Z`);
  const after = new Date(last + DAY_MS).toISOString().slice(0, 10);
  if (/^\d{4}-/.test(after)) return `DTEND;VALUE=DATE:${basicDate(after)}`;
  return `DURATION:P${Math.round((last - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1}D`;
}

/** ISO 8601 date-time → iCalendar UTC basic format (`20270315T080000Z`); undefined if unreadable. */
function utcStamp(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * `text` with each lone UTF-16 surrogate as U+FFFD (a pair stays): TEXT may not hold one, and
 * `encodeURIComponent` throws on one (an id cut from text in the middle of an emoji). No lookbehind:
 * older Safari cannot parse it; not `toWellFormed`: older browsers lack it.
 */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : '\uFFFD'));

/**
 * RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. Control characters, which
 * TEXT may not hold (tab excepted), are dropped, and lone UTF-16 surrogates become U+FFFD.
 */
export function escapeText(text: string): string {
  return wellFormed(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

const FOLD_OCTETS = 75;

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line (without its CRLF) so no physical line exceeds 75 octets of UTF-8,
 * continuation lines starting with one space (which counts). Splits only between code points,
 * and never inside an escape such as `\,` (legal, but some readers stumble on it).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const [unit] of line.matchAll(/\\[\s\S]|[\s\S]/gu)) {
    let size = 0;
    for (const char of unit) size += utf8Length(char.codePointAt(0)!);
    if (octets + size > FOLD_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
