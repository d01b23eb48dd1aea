/**
 * The days an article refers to: every time expression of its text that names one calendar day
 * up to its publication day ("on March 19", "yesterday", "on Monday"), once per day, marked
 * stated when some mention writes the date out. A day that later articles refer back to is a
 * day the story turned on: key days (src/utils/key-days.ts) rank by it.
 */
import type { Timex } from './types.ts';

export interface DayMentioned {
  /** YYYY-MM-DD, on or before the publication day */
  date: string;
  /** true when some mention writes the date out ("March 19, 2011"); false when all are relative ("on Saturday") */
  stated: boolean;
}

/** The days `timexes` name, in date order; plans and times of day are left out. */
export function daysMentioned(timexes: Timex[], published: string): DayMentioned[] {
  const days = new Map<string, boolean>();
  for (const t of timexes) {
    const r = t.range;
    if (!r || r.precision !== 'day' || r.start !== r.end || t.future || r.start > published) continue;
    if (t.type !== 'DATE') continue; // a time of day ("at 7 p.m.") says no more about the day than its sentence does
    days.set(r.start, (days.get(r.start) ?? false) || t.certain);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, stated]) => ({ date, stated }));
}
