/**
 * Calendar arithmetic on plain days, counted as whole days since 1970-01-01 (UTC). Written here
 * rather than with date-fns because date-fns works on local-time `Date` objects, whose day can
 * shift with the machine's time zone; a day number cannot.
 */
import type { DayRange } from '../types.ts';

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymd(n: number): { year: number; month: number; day: number } {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD of a day number. */
export function isoDay(n: number): string {
  const { year, month, day } = ymd(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The day number of a YYYY-MM-DD string (extra characters, e.g. a time, are ignored); null if not a real date. */
export function parseIsoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDay(year, month, day)) return null;
  return dayNumber(year, month, day);
}

/** The day number of Easter Sunday in a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function weekday(n: number): number {
  // 1970-01-01 was a Thursday (ISO 4)
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekday(n) + 4;
  const year = ymd(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** The Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekday(jan4) + 1 + (week - 1) * 7;
}

export function weekValue(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Adds months, clamping the day to the month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(n: number, months: number): number {
  const { year, month, day } = ymd(n);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * The inclusive calendar days a TimeML DATE value denotes, when it denotes days at all
 * (not PAST_REF, not a duration). Seasons are the meteorological ones (summer = June..August),
 * reported with precision "quarter", the nearest precision the schema has for three months.
 */
export function rangeOfValue(value: string): DayRange | undefined {
  let m: RegExpExecArray | null;
  const span = (start: number, end: number, precision: DayRange['precision']): DayRange => ({ start: isoDay(start), end: isoDay(end), precision });
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value))) {
    const n = dayNumber(+m[1], +m[2], +m[3]);
    return span(n, n, 'day');
  }
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    return span(monday + 5, monday + 6, 'day');
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    return span(monday, monday + 6, 'week');
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [+m[1], +m[2]];
    return span(dayNumber(y, mo, 1), dayNumber(y, mo, daysInMonth(y, mo)), 'month');
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const [y, q] = [+m[1], +m[2]];
    const last = q * 3;
    return span(dayNumber(y, last - 2, 1), dayNumber(y, last, daysInMonth(y, last)), 'quarter');
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = +m[1];
    return m[2] === '1' ? span(dayNumber(y, 1, 1), dayNumber(y, 6, 30), 'quarter') : span(dayNumber(y, 7, 1), dayNumber(y, 12, 31), 'quarter');
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const [from, to] = SEASON_MONTHS[m[2]];
    // winter 2013 runs from December 2013 into February 2014
    const endYear = to < from ? y + 1 : y;
    return span(dayNumber(y, from, 1), dayNumber(endYear, to, daysInMonth(endYear, to)), 'quarter');
  }
  if ((m = /^(\d{4})$/.exec(value))) return span(dayNumber(+m[1], 1, 1), dayNumber(+m[1], 12, 31), 'year');
  if ((m = /^(\d{3})$/.exec(value))) return span(dayNumber(+m[1] * 10, 1, 1), dayNumber(+m[1] * 10 + 9, 12, 31), 'year');
  if ((m = /^(\d{2})$/.exec(value))) return span(dayNumber(+m[1] * 100, 1, 1), dayNumber(+m[1] * 100 + 99, 12, 31), 'year');
  return undefined;
}

export { pad };
