import { format, isSameMonth, isSameYear } from 'date-fns';
import type { EventDate } from '../schema/event.ts';
import { parseCalendarDay } from './calendar-day.ts';

type DateSpan = Pick<EventDate, 'start' | 'end' | 'precision'>;

/** Day pattern used everywhere a single day is shown: "Mon 31 Jan 2022". */
const DAY = 'EEE d MMM yyyy';

/**
 * An event's date in words that carry its precision: "Mon 31 Jan 2022", "week of 24 Jan 2022",
 * "January 2022", "Q1 2021", "2014"; a span of days reads "Thu 10 – Sun 20 Feb 2022".
 */
export function formatEventDate(date: DateSpan): string {
  const start = parseCalendarDay(date.start);
  const end = parseCalendarDay(date.end);
  switch (date.precision) {
    case 'day': {
      if (date.start === date.end) return format(start, DAY);
      if (isSameMonth(start, end)) return `${format(start, 'EEE d')} – ${format(end, DAY)}`;
      if (isSameYear(start, end)) return `${format(start, 'EEE d MMM')} – ${format(end, DAY)}`;
      return `${format(start, DAY)} – ${format(end, DAY)}`;
    }
    case 'week':
      return `week of ${format(start, 'd MMM yyyy')}`;
    case 'month':
      return isSameMonth(start, end) ? format(start, 'MMMM yyyy') : `${format(start, 'MMMM yyyy')} – ${format(end, 'MMMM yyyy')}`;
    case 'quarter':
      return format(start, 'QQQ yyyy');
    case 'year':
      return isSameYear(start, end) ? format(start, 'yyyy') : `${format(start, 'yyyy')}–${format(end, 'yyyy')}`;
  }
}

/** Machine-readable value for <time datetime>: the day, the month, the year or the start–end span. */
export function eventDateTimeAttribute(date: DateSpan): string {
  if (date.precision === 'year' && date.start.slice(0, 4) === date.end.slice(0, 4)) return date.start.slice(0, 4);
  if (date.precision === 'month' && date.start.slice(0, 7) === date.end.slice(0, 7)) return date.start.slice(0, 7);
  return date.start;
}

/** A publication timestamp (date or date-time) shown as a day: "Wed 26 Jan 2022". */
export function formatPublished(publishedAt: string): string {
  return format(parseCalendarDay(publishedAt.slice(0, 10)), DAY);
}

/** Words for a precision, for screen readers and legends ("to the day", "to the week"). */
export const PRECISION_LABEL: Record<EventDate['precision'], string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  quarter: 'to the quarter',
  year: 'to the year',
};
