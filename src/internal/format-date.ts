import type { Lang } from '../model/ids.js';
import { dateFormat } from '../model/format-date.js';

// One formatter for dates, shared with the model's advice (which must not import from here).
export { formatDate } from '../model/format-date.js';

/** A moment as the language writes it, in the reader's time zone: with the day (`15. marts 2027 kl. 14.05`) or only the time. */
export function formatTime(iso: string, lang: Lang, date = true): string {
  return dateFormat(lang, date ? { dateStyle: 'long', timeStyle: 'short' } : { timeStyle: 'short' }).format(new Date(iso));
}
