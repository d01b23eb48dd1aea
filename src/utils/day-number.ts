/**
 * Calendar days as integers (days since 1970-01-01), the unit of the timeline's compact index:
 * small in JSON, compared without Date objects, and never shifted by a time zone.
 */
const DAY_MS = 86_400_000;

/** "2024-02-12" -> 19765. */
export function dayNumber(isoDay: string): number {
  return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / DAY_MS;
}

/** 19765 -> "2024-02-12". */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local midnight that starts a day (what vis-timeline draws; the same day in every zone). */
export function localDateOfDay(day: number): Date {
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** The day a local time falls on (the inverse of localDateOfDay, for the window vis-timeline reports). */
export function dayOfLocalDate(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}
