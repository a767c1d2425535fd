import { downloadText, fileSlug } from '../../internal/download.js';
import { planToICalendar } from '../../model/ical.js';
import type { Lang } from '../../model/ids.js';
import type { Plan } from '../../model/plan.js';

/** The plan's file name: its title as ASCII with dashes, else `fallback`. */
const planFileName = (plan: Plan, fallback: string, extension: string): string =>
  `${fileSlug(plan.titel) || fallback}.${extension}`;

/** Downloads the plan as JSON (what `parsePlan` reads back). */
export function downloadPlanJson(root: Node, plan: Plan, fallback: string): void {
  downloadText(root, `${JSON.stringify(plan, null, 2)}\n`, 'application/json', planFileName(plan, fallback, 'json'));
}

/** Downloads the plan's dates as an iCalendar file, named after the plan (see `hasCalendarDates`). */
export function downloadPlanCalendar(root: Node, plan: Plan, lang: Lang, fallback: string): void {
  downloadText(root, planToICalendar(plan, { lang }), 'text/calendar;charset=utf-8', planFileName(plan, fallback, 'ics'));
}

/**
 * The text of a chosen file; `undefined` when it cannot be read, `null` when it is too big to be a
 * plan. A plan with long texts is some tens of kB: a file of more than 1 MB is something else, and
 * reading and checking it would hold up the page (a security review froze it with larger files).
 */
export async function readFileText(file: File): Promise<string | null | undefined> {
  if (file.size > 1_000_000) return null;
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}
