/**
 * What a matched time expression means before it is placed on the calendar. Rules produce these;
 * `resolve.ts` turns them into TimeML values against the document creation time, the clause
 * tense and the last date mentioned.
 */
import type { TimexType } from '../types.ts';

export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'weekend';

export type Meaning =
  /** a calendar date, stated in part: "Feb. 20" (no year), "May 2010", "2014", "the 15th" (a day alone) */
  | { kind: 'date'; year?: number; month?: number; day?: number; yearOffset?: number }
  /** "Monday", "last Friday" (relation -1), "next Monday" (+1), "this Monday" (0) */
  | { kind: 'weekday'; weekday: number; relation?: -1 | 0 | 1 }
  /** a unit counted from the DCT ("last week" = -1 week, "four years ago") or from the last date mentioned ("the next day") */
  | { kind: 'shift'; unit: CalendarUnit; offset: number; from: 'dct' | 'anchor'; followsTense?: boolean }
  /** "the first quarter", "Q1 2013", "the second half of 2012", "last summer" */
  | { kind: 'part'; part: string; year?: number; relation?: -1 | 0 | 1; scope: 'quarter' | 'half' | 'season' }
  /** a month without a day: "last July" (relation -1), "this June", "in August" */
  | { kind: 'month'; month: number; relation?: -1 | 0 | 1 }
  /**
   * a holiday: a fixed day ("Christmas"), the n-th weekday of a month ("Thanksgiving"), or a day
   * counted from Easter Sunday ("Good Friday" = -2; `month` is then April, for year guesses)
   */
  | { kind: 'holiday'; month: number; day?: number; weekday?: number; nth?: number; easter?: number; year?: number; relation?: -1 | 0 | 1 }
  /** a literal value: "PRESENT_REF", a decade "199", a century "19" */
  | { kind: 'literal'; value: string; type: TimexType }
  /** a length of time: count null = unknown ("several days"); direction says it ends at the DCT or starts after it */
  | { kind: 'duration'; count: number | null; unit: string; direction?: 'past' | 'future'; fromAnchor?: { unit: CalendarUnit; offset: number } }
  /** a repeated time: "every Monday" */
  | { kind: 'set'; value: string };

/** A time of day added to a date: "15:00", "TMO" (morning) ... */
export interface ClockTime {
  /** "15:00", "15", or a TimeML part of day "MO", "AF", "EV", "NI" */
  value: string;
}

export interface Candidate {
  start: number;
  end: number;
  /** the rule that matched; earlier rules win ties in span length */
  rule: string;
  priority: number;
  meaning: Meaning;
  time?: ClockTime;
  mod?: string;
  /** keep only the days before or after the DCT ("earlier this month") */
  clip?: 'before' | 'after';
}
