import type { Lang } from './ids.js';

/** The locale each language writes dates in. */
const dateLocales: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The language's formatter for a style of date or time. One per language and style, made once:
 * making one costs about a millisecond on a slow PC (the first far more), and an element formats
 * on every render.
 */
export function dateFormat(lang: Lang, style: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(style);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(dateLocales[lang], style)));
  return format;
}

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
    : dateFormat(lang, day ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' }).format(date);
}
