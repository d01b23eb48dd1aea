/**
 * The rules that find time expressions, in priority order. Each is a regular expression over the
 * whole text and a function that turns a match into a meaning (or rejects it); a rule is written
 * for English, never for one sentence. Every rule runs over the whole text; where two matches
 * overlap, the longer wins, and on equal length the rule listed first here (`selectLongest` in
 * refiners.ts). Where the order matters:
 * - calendar dates come first, so "May 2010" is a month of a year, not a bare month and a year;
 * - relative dates before durations, so "four years ago" is a date rather than "four years";
 * - durations before sets, so "a year" is a length unless a set rule finds a longer "once a year".
 */
import { CALENDAR_DATE_RULES } from './calendar-dates.ts';
import { CLOCK_TIME_RULES } from './clock-times.ts';
import { DURATION_RULES } from './durations.ts';
import { PART_OF_YEAR_RULES } from './parts-of-year.ts';
import { RELATIVE_DATE_RULES } from './relative-dates.ts';
import { SET_RULES } from './sets.ts';
import type { Rule } from './shared.ts';

export const RULES: Rule[] = [
  ...CALENDAR_DATE_RULES,
  ...RELATIVE_DATE_RULES,
  ...PART_OF_YEAR_RULES,
  ...DURATION_RULES,
  ...SET_RULES,
  ...CLOCK_TIME_RULES,
];

export type { Rule, RuleMatch } from './shared.ts';
