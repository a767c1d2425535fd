import type { Lang } from '../model/ids.js';
import { dayText } from '../model/format-date.js';

// One formatter for dates, shared with the model's advice (which must not import from here).
export { formatDate } from '../model/format-date.js';

/**
 * A moment as the language writes it, in the reader's time zone: with the day (`15. marts 2027 kl. 14.05`,
 * `15 March 2027 at 14:05`) or only the time (the autosave line). Written by hand, not by `Intl`: see
 * `dayText`.
 */
export function formatTime(iso: string, lang: Lang, date = true): string {
  const moment = new Date(iso);
  // `HH:mm:ss GMT…` by the language's standard, in local time; Danish separates with a full stop.
  const time = moment.toTimeString().slice(0, 5);
  const clock = lang === 'da' ? time.replace(':', '.') : time;
  return date ? `${dayText(moment, lang)} ${lang === 'da' ? 'kl.' : 'at'} ${clock}` : clock;
}
