import type { Lang } from '../model/ids.js';
import { dateFormat } from '../model/format-date.js';

// One formatter for dates, shared with the model's advice (which must not import from here).
export { formatDate } from '../model/format-date.js';

/**
 * A moment as the language writes it, in the reader's time zone: with the day (`15. marts 2027 kl. 14.05`)
 * or only the time. The time alone is written here, not by `Intl`: it is what the autosave line shows,
 * and a page's first `Intl.DateTimeFormat` loads the locale's data, a freeze of about 0.2 s on a slow PC
 * at the first save after the user starts typing.
 */
export function formatTime(iso: string, lang: Lang, date = true): string {
  const moment = new Date(iso);
  if (date) return dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(moment);
  // `HH:mm:ss GMT…` by the language's standard, in local time; Danish separates with a full stop.
  const time = moment.toTimeString().slice(0, 5);
  return lang === 'da' ? time.replace(':', '.') : time;
}
