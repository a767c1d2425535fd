import { planToICalendar } from '../model/ical.js';
import type { Lang } from '../model/ids.js';
import type { Plan } from '../model/plan.js';

/**
 * A file name from a title: ASCII, lower case, dashes; at most 60 characters. None for a title that
 * gives one of Windows' device names, as for one without letters or digits (the caller's fallback
 * name is used): a file named after a plan titled "Con" or "LPT1" could not be saved there, whatever
 * its extension.
 */
export function fileSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
    .replace(/^(aux|con|nul|prn|(com|lpt)\d)$/, '');
}

/**
 * Hands `text` to the browser as a file download: a Blob behind an object URL and a hidden
 * `<a download>` clicked in `root` (no inline script, so a strict CSP allows it).
 */
export function downloadText(root: Node, text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Downloads the plan's dates as an iCalendar file named after its title, else `fallback`. Made now,
 * it is stamped now (DTSTAMP, and SEQUENCE from it) unless the plan's time is later: a plan that
 * came back with its own, older time (an older file loaded, a kept draft taken back, a draft
 * discarded) gave a lower SEQUENCE than the file the calendar already had, and Outlook ignores such
 * an update. The plan keeps its time (loading a file is no edit of it); only the file is stamped.
 */
export function downloadCalendar(root: Node, plan: Plan, lang: Lang, fallback: string): void {
  const stamped = Date.parse(plan.updatedAt) > Date.now() ? plan : { ...plan, updatedAt: new Date().toISOString() };
  downloadText(root, planToICalendar(stamped, { lang }), 'text/calendar;charset=utf-8', `${fileSlug(plan.titel) || fallback}.ics`);
}
