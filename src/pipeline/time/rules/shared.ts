/**
 * What every rule file shares: the rule and match types, the regular-expression pieces for
 * months, weekdays, counts and units, and the small readers that turn matched words into numbers.
 */
import { isValidDay } from '../calendar.ts';
import { COUNT_SOURCE, MONTHS, UNIT_SOURCE, WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../lexicon.ts';
import type { ClockTime, Meaning } from '../semantics.ts';

export interface RuleMatch {
  meaning: Meaning;
  time?: ClockTime;
  mod?: string;
  /** keep only the days before ("earlier this month") or after ("later this year") the DCT */
  clip?: 'before' | 'after';
  /** narrow the span to part of the match (offsets relative to the match start) */
  from?: number;
  to?: number;
}

export interface Rule {
  name: string;
  pattern: RegExp;
  build: (m: RegExpExecArray, text: string) => RuleMatch | null;
}

// ---- regex pieces -------------------------------------------------------------------------
export const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';
export const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])';
// an abbreviation takes its period, or a month right after it ("Mon Mar 21, 2011", a wire timestamp)
export const WEEKDAY_OR_ABBR = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:\\.|(?=,?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)))';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:,.]\\d|\\d|%)';
export const YEAR = '(\\d{4})(?![\\d%])';
export const COUNT = `(${COUNT_SOURCE})`;
export const UNIT = `(${UNIT_SOURCE})`;
export const PART_OF_DAY = '(morning|afternoon|evening|night)';

export const rx = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);

/** Month number of a matched month word, or null when it is not capitalized (a lower-case "march" or "may" is a verb). */
export function monthOf(word: string | undefined): number | null {
  if (!word || !/^[A-Z]/.test(word)) return null;
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayOf(word: string | undefined): number | null {
  if (!word || !/^[A-Z]/.test(word)) return null;
  const key = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS[key] ?? WEEKDAY_ABBREVIATIONS[key] ?? null;
}

/** A day of the month that exists in some year (Feb. 29 does, Feb. 30 does not). */
export const isDayOf = (month: number, day: number): boolean => isValidDay(2000, month, day);
export const relationOf = (word: string | undefined): -1 | 0 | 1 | undefined => {
  const w = word?.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past' || w === 'previous') return -1;
  if (w === 'next' || w === 'coming' || w === 'this coming') return 1;
  if (w === 'this' || w === 'current') return 0;
  return undefined;
};

export function clock(hour: number, minute: number | undefined, meridiem: string | undefined): ClockTime | null {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (/^p/i.test(meridiem) && h !== 12) h += 12;
    if (/^a/i.test(meridiem) && h === 12) h = 0;
  }
  if (h > 24 || (minute !== undefined && minute > 59)) return null;
  const hh = String(h).padStart(2, '0');
  return { value: minute === undefined ? (meridiem ? `${hh}:00` : hh) : `${hh}:${String(minute).padStart(2, '0')}` };
}
