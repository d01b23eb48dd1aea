import { format } from 'date-fns';
import { parseCalendarDay } from './calendar-day.ts';
import { isoOfDay } from './day-number.ts';

/** A span of days, short: "12 Feb 2024", "12–14 Feb 2024", "28 Feb – 3 Mar 2024", "Dec 2023 – Feb 2024" (for aggregate labels). */
export function formatDayRange(startDay: number, endDay: number): string {
  const start = parseCalendarDay(isoOfDay(startDay));
  const end = parseCalendarDay(isoOfDay(endDay));
  if (startDay === endDay) return format(start, 'd MMM yyyy');
  if (start.getFullYear() !== end.getFullYear()) {
    return endDay - startDay > 60 ? `${format(start, 'MMM yyyy')} – ${format(end, 'MMM yyyy')}` : `${format(start, 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
  }
  if (start.getMonth() === end.getMonth()) return `${format(start, 'd')}–${format(end, 'd MMM yyyy')}`;
  return endDay - startDay > 60 ? `${format(start, 'MMM')} – ${format(end, 'MMM yyyy')}` : `${format(start, 'd MMM')} – ${format(end, 'd MMM yyyy')}`;
}

/** An aggregate's label: "47 events, 12–14 Feb 2024". */
export function aggregateLabel(count: number, startDay: number, endDay: number): string {
  return `${count} events, ${formatDayRange(startDay, endDay)}`;
}
