import type { ForankringItem } from './plan.js';

/** The day `now` is in the reader's time zone, written as the plan writes dates (`YYYY-MM-DD`). */
export const localDay = (now = new Date()): string =>
  // The local time written as if it were UTC: its date part is the local day.
  new Date(+now - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);

/**
 * An anchoring agreement not done whose date has passed (`today`: the reader's day by default): the
 * follow-up to take up first at the meeting, and what a reminder from a server would name.
 */
export const isOverdue = (item: ForankringItem, today = localDay()): boolean => !item.udfoert && !!item.dato && item.dato < today;
