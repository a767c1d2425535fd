import type { Lang } from '../model/ids.js';

const locales: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * A date of the plan as the language writes it (`15. marts 2027`, `15 March 2027`). A plain
 * `YYYY-MM-DD` is a calendar day and is shown as such; a timestamp (`updatedAt`) is shown as the
 * day it was in the reader's time zone.
 */
export function formatDate(value: string, lang: Lang): string {
  const day = value.length === 10;
  const date = new Date(day ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: day ? 'UTC' : undefined }).format(date);
}

/** A moment as the language writes it, in the reader's time zone: with the day (`15. marts 2027 14.05`) or only the time. */
export function formatTime(iso: string, lang: Lang, date = true): string {
  return new Intl.DateTimeFormat(locales[lang], date ? { dateStyle: 'long', timeStyle: 'short' } : { timeStyle: 'short' }).format(new Date(iso));
}
