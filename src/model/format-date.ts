import type { Lang } from './ids.js';

const months: Record<Lang, string[]> = {
  da: 'januar februar marts april maj juni juli august september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A day as the language writes it (`15. marts 2027`, `15 March 2027`), from a Date's local parts, or
 * its UTC parts for a calendar day. Written here, not by `Intl.DateTimeFormat`: a page's first one
 * loads the locale's data, a freeze of 0.1-0.3 s on a slow PC when a restored draft's notice or the
 * first date box is shown.
 */
export function dayText(date: Date, lang: Lang, utc = false): string {
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  return `${day}${lang === 'da' ? '.' : ''} ${months[lang][month]} ${year}`;
}

/**
 * A date of the plan as the language writes it (`15. marts 2027`, `15 March 2027`), for the model's
 * advice and the elements alike. A plain `YYYY-MM-DD` is a calendar day and is shown as such; a
 * timestamp (`updatedAt`) is shown as the day it was in the reader's time zone.
 */
export function formatDate(value: string, lang: Lang): string {
  const day = value.length === 10;
  const date = new Date(day ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dayText(date, lang, day);
}
