import type { EventDate } from '../schema/event.ts';
import { formatEventDate } from './format-event-date.ts';

type Dated = Pick<EventDate, 'start' | 'end' | 'precision' | 'certain'>;

/** Shown after a date the article does not state (taken from context or the publication date). */
export const INFERRED_MARK = '(inferred)';
/** Said to readers (title, screen readers) of an inferred date. */
export const INFERRED_NOTE = 'inferred: the article does not state this date';
/** Shown before a date known only to the week, month, quarter or year. */
export const APPROXIMATE_MARK = '≈';

/** What makes a date uncertain, in words for exports: "known to the month", "inferred"; empty when stated to the day. */
export function dateUncertainty(date: Dated): string[] {
  return [...(date.precision === 'day' ? [] : [`known to the ${date.precision}`]), ...(date.certain ? [] : ['inferred'])];
}

/** The date in words with its uncertainty, wherever a date is shown as text: "≈ January 2022", "Mon 31 Jan 2022 (inferred)". */
export function eventDateLabel(date: Dated): string {
  return `${date.precision === 'day' ? '' : `${APPROXIMATE_MARK} `}${formatEventDate(date)}${date.certain ? '' : ` ${INFERRED_MARK}`}`;
}

/** Classes for an element that shows the date: its precision, and `date-inferred` when the text does not state it. */
export function eventDateClasses(date: Dated): string {
  return `precision-${date.precision}${date.certain ? '' : ' date-inferred'}`;
}
