import { addDays, format, parseISO } from 'date-fns';

/**
 * Parses a calendar day "YYYY-MM-DD" as local midnight. Every date the site shows is a
 * calendar day, so it is parsed and formatted in the same (local) zone and never shifts by a
 * day whatever TZ the build or the browser runs in.
 */
export function parseCalendarDay(isoDay: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) {
    throw new Error(`calendar day "${isoDay}" is not a date (expected YYYY-MM-DD)`);
  }
  return parseISO(isoDay);
}

/** The calendar day after `isoDay`, as YYYY-MM-DD (exclusive ends for vis-timeline and iCalendar). */
export function nextCalendarDay(isoDay: string): string {
  return format(addDays(parseCalendarDay(isoDay), 1), 'yyyy-MM-dd');
}
