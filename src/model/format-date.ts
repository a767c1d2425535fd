import type { Lang } from './ids.js';

/** The locale each language writes dates in. */
export const dateLocales: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * A date of the plan as the language writes it (`15. marts 2027`, `15 March 2027`), for the model's
 * advice and the elements alike. A plain `YYYY-MM-DD` is a calendar day and is shown as such; a
 * timestamp (`updatedAt`) is shown as the day it was in the reader's time zone.
 */
export function formatDate(value: string, lang: Lang): string {
  const day = value.length === 10;
  const date = new Date(day ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(dateLocales[lang], { dateStyle: 'long', timeZone: day ? 'UTC' : undefined }).format(date);
}
