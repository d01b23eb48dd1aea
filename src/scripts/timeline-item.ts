import type { TimelineEvent } from '../schema/event.ts';
import { nextCalendarDay, parseCalendarDay } from '../utils/calendar-day.ts';
import { eventDateClasses } from '../utils/event-date-label.ts';

/** What vis-timeline draws for one event (a subset of its DataItem). */
export interface TimelineItem {
  id: string;
  /** plain text; the page renders items through a template that builds DOM, never this as HTML */
  content: string;
  start: Date;
  /** exclusive end (the day after the last day) for spans */
  end?: Date;
  type: 'point' | 'range';
  className: string;
  /** the lane (vis-timeline group: an actor id) when the timeline shows one row per chosen actor */
  group?: string;
}

/**
 * A single known day is a point; anything wider (a span of days, or a date known only to the
 * week, month, quarter or year) is a bar over the whole period it may fall in, so the reader
 * sees how approximate it is. Classes carry type, status and precision for styling.
 */
export function toTimelineItem(event: Pick<TimelineEvent, 'id' | 'title' | 'type' | 'status' | 'date'>): TimelineItem {
  const span = event.date.precision !== 'day' || event.date.start !== event.date.end;
  const className = [`type-${event.type}`, `status-${event.status}`, eventDateClasses(event.date)].join(' ');
  const start = parseCalendarDay(event.date.start);
  return span
    ? { id: event.id, content: event.title, start, end: parseCalendarDay(nextCalendarDay(event.date.end)), type: 'range', className }
    : { id: event.id, content: event.title, start, type: 'point', className };
}
