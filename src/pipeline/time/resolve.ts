/**
 * Places a candidate on the calendar: relative expressions are resolved against the document
 * creation time (DCT), the tense of their clause, and the anchor (the last day-precise date the
 * text gave, for "the next day" and "two days later").
 */
import type { DayRange, Timex, TimexType } from '../types.ts';
import { addMonths, dayNumber, daysInMonth, easterSunday, isoDay, pad, parseIsoDay, rangeOfValue, weekValue, weekday, ymd } from './calendar.ts';
import { UNITS, durationValue } from './lexicon.ts';
import type { Candidate, CalendarUnit, Meaning } from './semantics.ts';
import { clauseTense, type Boundary, type Tense } from './tense.ts';

export interface ResolveContext {
  text: string;
  /** the DCT as a day number */
  dct: number;
  /** the last day-precise date before this candidate (the DCT until the text gives one) */
  anchor: number;
  /** the first day of the last date of any precision before this candidate ("in 2014 ... the following year") */
  anchorAny: number;
  /** the text's sentence boundaries, found once (./tense.ts) */
  boundaries?: Boundary[];
}

/** How many units a vague count ("a few", "several") stands for when a range is needed. */
const VAGUE_COUNT_ESTIMATE = 3;
/** A month-day or month with no year and no tense cue is put in the year that brings it within this many months of the DCT. */
const NEAREST_WINDOW_MONTHS = 6;

type Resolved = { type: TimexType; value: string; certain: boolean; range?: DayRange; futureHint?: boolean };

const parseIsoDayStrict = (iso: string): number => parseIsoDay(iso) ?? 0;
const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/**
 * The year of a month (and day) written without one. Past clause: the latest such date on or
 * before the DCT ("on Dec. 20" in a February article is last December). Future clause: the first
 * on or after it. Present tense or no cue: the one within NEAREST_WINDOW_MONTHS of the DCT,
 * which is the DCT's year unless that is more than six months away.
 */
function inferYear(month: number, day: number | undefined, dct: number, tense: Tense | null): number {
  const { year } = ymd(dct);
  const candidate = (y: number): number => (day === undefined ? monthIndex(y, month) : dayNumber(y, month, day));
  const reference = day === undefined ? monthIndex(year, ymd(dct).month) : dct;
  if (tense === 'past') return candidate(year) <= reference ? year : year - 1;
  if (tense === 'future') return candidate(year) >= reference ? year : year + 1;
  const monthsAway = monthIndex(year, month) - monthIndex(year, ymd(dct).month);
  if (monthsAway > NEAREST_WINDOW_MONTHS) return year - 1;
  if (monthsAway < -NEAREST_WINDOW_MONTHS) return year + 1;
  return year;
}

/**
 * A weekday without a date. "last Monday" is the latest Monday before the DCT, "next Monday"
 * the first after it. A bare "Monday" in a past (or cue-less) clause is the latest Monday on or
 * before the DCT, the DCT itself included ("said Wednesday" in a Wednesday paper); in a future
 * clause the first on or after it; in a present-tense clause ("the vote is Friday") the nearer,
 * the coming one on a tie.
 */
function resolveWeekday(target: number, relation: -1 | 0 | 1 | undefined, dct: number, tense: Tense | null): number {
  const today = weekday(dct);
  const back = (today - target + 7) % 7; // days back to the latest such weekday, 0 = the DCT
  const ahead = (target - today + 7) % 7;
  if (relation === -1) return dct - (back === 0 ? 7 : back);
  if (relation === 1) return dct + (ahead === 0 ? 7 : ahead);
  if (relation === 0 && tense === null) return dct - today + target; // same ISO week
  if (tense === 'future') return dct + ahead;
  if (tense === 'present') return back < ahead ? dct - back : dct + ahead;
  return dct - back;
}

function shiftValue(unit: CalendarUnit, offset: number, base: number): string {
  const { year } = ymd(base);
  switch (unit) {
    case 'day':
      return isoDay(base + offset);
    case 'week':
      return weekValue(base + offset * 7);
    case 'weekend':
      return `${weekValue(base + offset * 7)}-WE`;
    case 'month': {
      const { year: y, month } = ymd(addMonths(dayNumber(year, ymd(base).month, 1), offset));
      return `${pad(y, 4)}-${pad(month)}`;
    }
    case 'quarter': {
      const index = year * 4 + Math.floor((ymd(base).month - 1) / 3) + offset;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return String(year + offset).padStart(4, '0');
    case 'decade':
      return String(Math.floor(year / 10) + offset);
    case 'century':
      return String(Math.floor(year / 100) + offset).padStart(2, '0');
  }
}

const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function resolvePart(meaning: Extract<Meaning, { kind: 'part' }>, dct: number, tense: Tense | null): string {
  const { year, month } = ymd(dct);
  if (meaning.year !== undefined) return `${meaning.year}-${meaning.part}`;
  if (meaning.scope === 'season') {
    const start = SEASON_START_MONTH[meaning.part];
    // the season's start and end as month indexes in a given year (winter runs into the next year)
    const startOf = (y: number): number => monthIndex(y, start);
    const endOf = (y: number): number => startOf(y) + 2;
    const now = monthIndex(year, month);
    let relation = meaning.relation;
    if (relation === undefined) relation = tense === 'future' ? 1 : tense === 'past' ? -1 : 0;
    if (relation === -1) {
      // the latest such season already under way or over: "last summer", "in the winter" (past)
      for (let y = year; ; y--) if (startOf(y) < now && (meaning.relation === undefined || endOf(y) < now)) return `${y}-${meaning.part}`;
    }
    if (relation === 1) {
      for (let y = year - 1; ; y++) if (endOf(y) >= now && (meaning.relation === undefined || startOf(y) > now)) return `${y}-${meaning.part}`;
    }
    // "this winter" in January is the winter that began last December
    return `${meaning.part === 'WI' && month <= 2 ? year - 1 : year}-${meaning.part}`;
  }
  const n = Number(meaning.part.slice(1));
  const perYear = meaning.scope === 'quarter' ? 4 : 2;
  const current = year * perYear + Math.floor((month - 1) / (12 / perYear));
  const letter = meaning.part[0];
  if (meaning.relation !== undefined) {
    // "the first quarter of last year"
    return `${year + meaning.relation}-${letter}${n}`;
  }
  const thisYear = year * perYear + n - 1;
  if (tense === 'future') return `${thisYear >= current ? year : year + 1}-${letter}${n}`;
  if (tense === 'past') return `${thisYear <= current ? year : year - 1}-${letter}${n}`;
  return `${year}-${letter}${n}`;
}

/** The days a duration counted back from or forward of the DCT covers ("the past two weeks"). */
function durationRange(count: number | null, unit: string, direction: 'past' | 'future', dct: number): DayRange | undefined {
  const info = UNITS[unit];
  if (!info || info.clock) return undefined;
  const n = (count ?? VAGUE_COUNT_ESTIMATE) * info.factor;
  const days = (k: number): number => {
    switch (info.designator) {
      case 'D': return k;
      case 'W': return k * 7;
      case 'M': return direction === 'past' ? dct - addMonths(dct, -k) : addMonths(dct, k) - dct;
      case 'Q': return Math.round(k * 91.3);
      case 'Y': return Math.round(k * 365.25);
      case 'DE': return Math.round(k * 3652.5);
      case 'CE': return Math.round(k * 36525);
      default: return k;
    }
  };
  const length = Math.max(1, days(n));
  const precision = info.calendar === 'week' ? 'week' : info.calendar === 'month' ? 'month' : info.calendar === 'year' ? 'year' : info.calendar === 'quarter' ? 'quarter' : 'day';
  return direction === 'past'
    ? { start: isoDay(dct - length + 1), end: isoDay(dct), precision }
    : { start: isoDay(dct + 1), end: isoDay(dct + length), precision };
}

function resolveMeaning(c: Candidate, ctx: ResolveContext): Resolved {
  const m = c.meaning;
  const tense = (): Tense | null => clauseTense(ctx.text, c.start, c.end, ctx.boundaries);
  switch (m.kind) {
    case 'date': {
      if (m.month === undefined && m.day !== undefined) {
        // "on the 15th": a day of the month the text is on (the last day it named, else the
        // DCT's); told in the past of a day still to come this month, it is last month's
        const { year, month, day } = ymd(ctx.anchor);
        const t = ctx.anchor === ctx.dct ? tense() : null;
        const shift = t === 'past' && m.day > day ? -1 : t === 'future' && m.day < day ? 1 : 0;
        const { year: y, month: mo } = ymd(addMonths(dayNumber(year, month, 1), shift));
        if (m.day > daysInMonth(y, mo)) return { type: 'DATE', value: `${pad(y, 4)}-${pad(mo)}`, certain: false };
        return { type: 'DATE', value: `${pad(y, 4)}-${pad(mo)}-${pad(m.day)}`, certain: false };
      }
      if (m.year !== undefined) {
        const value = m.month === undefined ? pad(m.year, 4) : m.day === undefined ? `${pad(m.year, 4)}-${pad(m.month)}` : `${pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}`;
        return { type: 'DATE', value, certain: true };
      }
      const year = inferYear(m.month!, m.day, ctx.dct, tense());
      return { type: 'DATE', value: m.day === undefined ? `${year}-${pad(m.month!)}` : `${year}-${pad(m.month!)}-${pad(m.day)}`, certain: false };
    }
    case 'month': {
      const { year, month } = ymd(ctx.dct);
      let y: number;
      if (m.relation === -1) y = m.month < month ? year : year - 1;
      else if (m.relation === 1) y = m.month > month ? year : year + 1;
      else if (m.relation === 0) y = year;
      else y = inferYear(m.month, undefined, ctx.dct, tense());
      return { type: 'DATE', value: `${y}-${pad(m.month)}`, certain: false };
    }
    case 'holiday': {
      const dayIn = (y: number): number => {
        if (m.easter !== undefined) return easterSunday(y) + m.easter;
        if (m.day !== undefined) return dayNumber(y, m.month, m.day);
        if (m.nth! > 0) {
          const first = dayNumber(y, m.month, 1);
          return first + ((m.weekday! - weekday(first) + 7) % 7) + (m.nth! - 1) * 7;
        }
        const last = dayNumber(y, m.month + 1, 0);
        return last - ((weekday(last) - m.weekday! + 7) % 7);
      };
      const { year } = ymd(ctx.dct);
      let y = m.year;
      if (y === undefined) {
        if (m.relation === -1) y = dayIn(year) < ctx.dct ? year : year - 1;
        else if (m.relation === 1) y = dayIn(year) > ctx.dct ? year : year + 1;
        else if (m.relation === 0) y = year;
        else {
          const t = tense();
          y = t === 'future' ? (dayIn(year) >= ctx.dct ? year : year + 1) : t === 'past' ? (dayIn(year) <= ctx.dct ? year : year - 1) : inferYear(m.month, undefined, ctx.dct, null);
        }
      }
      return { type: 'DATE', value: isoDay(dayIn(y)), certain: m.year !== undefined };
    }
    case 'weekday': {
      const day = resolveWeekday(m.weekday, m.relation, ctx.dct, m.relation === -1 || m.relation === 1 ? null : tense());
      return { type: 'DATE', value: isoDay(day), certain: false };
    }
    case 'shift': {
      const coarse = m.unit !== 'day' && m.unit !== 'week' && m.unit !== 'weekend';
      const base = m.from === 'anchor' ? (coarse ? ctx.anchorAny : ctx.anchor) : ctx.dct;
      if (m.unit === 'weekend' && m.followsTense) {
        // "over the weekend" in a past clause is the last one, in a future clause the next
        return { type: 'DATE', value: `${weekValue(resolveWeekday(6, undefined, ctx.dct, tense()))}-WE`, certain: false };
      }
      let offset = m.offset;
      // "sales fell in the quarter" with no date given yet: a quarter whose results are told in
      // the past tense is over, so it is the one before the DCT's
      if (m.unit === 'quarter' && m.from === 'anchor' && m.followsTense && base === ctx.dct && tense() === 'past') offset -= 1;
      // "overnight, rebels seized the port" with no day named yet: a night told in the past tense
      // that ends in the DCT's morning began the day before
      if (m.unit === 'day' && m.from === 'anchor' && base === ctx.dct && c.time?.value === 'NI' && offset === 0 && tense() === 'past') offset -= 1;
      if (m.followsTense && (c.mod === 'END' || c.mod === 'START')) {
        // "peaked by the end of the year" in a March article is last year's end: an edge of the
        // current unit that the clause's tense puts on the other side of the DCT moves one unit
        const range = rangeOfValue(shiftValue(m.unit, 0, base));
        if (range) {
          const dctDay = isoDay(ctx.dct);
          const tenseNow = tense();
          const middle = isoDay((parseIsoDayStrict(range.start) + parseIsoDayStrict(range.end)) >> 1);
          if (c.mod === 'END' && tenseNow === 'past' && dctDay < middle) offset -= 1;
          if (c.mod === 'START' && tenseNow === 'future' && dctDay > middle) offset += 1;
        }
      }
      return { type: 'DATE', value: shiftValue(m.unit, offset, base), certain: false };
    }
    case 'part':
      return { type: 'DATE', value: resolvePart(m, ctx.dct, m.year === undefined ? tense() : null), certain: m.year !== undefined };
    case 'literal':
      return { type: m.type, value: m.value, certain: !/_REF$/.test(m.value) };
    case 'duration': {
      const range = m.fromAnchor
        ? rangeOfValue(shiftValue(m.fromAnchor.unit, m.fromAnchor.offset, ctx.anchor))
        : m.direction ? durationRange(m.count, m.unit, m.direction, ctx.dct) : undefined;
      return { type: 'DURATION', value: durationValue(m.count, m.unit), certain: true, ...(range ? { range } : {}), futureHint: m.direction === 'future' };
    }
    case 'set':
      return { type: 'SET', value: m.value, certain: true };
  }
}

/** Turns a selected candidate into a Timex. */
export function resolveCandidate(c: Candidate, ctx: ResolveContext): Timex {
  const r = resolveMeaning(c, ctx);
  let { type, value } = r;
  if (c.time && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    type = 'TIME';
    value = `${value}T${c.time.value}`;
  }
  let range = r.range ?? (type === 'DATE' || type === 'TIME' ? rangeOfValue(value) : undefined);
  if (range && c.clip) {
    const dct = isoDay(ctx.dct);
    range = c.clip === 'before'
      ? { ...range, end: dct < range.end ? dct : range.end }
      : { ...range, start: dct > range.start ? dct : range.start };
  }
  const dctDay = isoDay(ctx.dct);
  // a duration is announced only when it runs forward from the DCT ("the next few days"); the
  // anchored range of "a day after the vote" says when, not that it is still to come
  const future = value === 'FUTURE_REF' || !!r.futureHint || c.clip === 'after' || (type !== 'DURATION' && !!range && range.start > dctDay);
  return {
    start: c.start,
    end: c.end,
    text: ctx.text.slice(c.start, c.end),
    type,
    value,
    ...(c.mod ? { mod: c.mod } : {}),
    ...(range ? { range } : {}),
    certain: r.certain,
    future,
    rule: c.rule,
  };
}
