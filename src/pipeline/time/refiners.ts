/**
 * Refiners: each takes the whole candidate list (and the text) and returns a new list. They run
 * in the order of REFINERS below; comments there say where the order matters.
 */
import { DATE_MODIFIERS, DURATION_MODIFIERS, TIME_MODIFIERS, YEAR_MODIFIERS } from './lexicon.ts';
import { RULES } from './rules/index.ts';
import type { Candidate } from './semantics.ts';

export type Refiner = (candidates: Candidate[], text: string) => Candidate[];

/** Every match of every rule, overlapping freely. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  RULES.forEach((rule, priority) => {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      if (m[0].length === 0) continue;
      const built = rule.build(m as RegExpExecArray, text);
      if (!built) continue;
      const start = m.index + (built.from ?? 0);
      const end = m.index + (built.to ?? m[0].length);
      const { meaning, time, mod, clip } = built;
      out.push({ start, end, rule: rule.name, priority, meaning, ...(time ? { time } : {}), ...(mod ? { mod } : {}), ...(clip ? { clip } : {}) });
    }
  });
  return out;
}

/** Keeps non-overlapping candidates: the longer span wins, then the rule listed first. */
export const selectLongest: Refiner = (candidates) => {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  // Which kept span covers each character: testing a candidate costs its own length, not the
  // number kept so far. (Empty spans cover no character; the few there are get compared one by one.)
  const owner = new Int32Array(candidates.reduce((most, c) => Math.max(most, c.end), 0) + 1);
  const kept: Candidate[] = [];
  const keptEmpty: Candidate[] = [];
  const overlapsKept = (c: Candidate): boolean => {
    if (c.start === c.end) return c.start > 0 && owner[c.start - 1] !== 0 && owner[c.start - 1] === owner[c.start];
    for (let i = c.start; i < c.end; i++) if (owner[i] !== 0) return true;
    return keptEmpty.some((k) => c.start < k.start && k.start < c.end);
  };
  for (const c of ranked) {
    if (overlapsKept(c)) continue;
    kept.push(c);
    if (c.start === c.end) keptEmpty.push(c);
    else owner.fill(kept.length, c.start, c.end);
  }
  return kept.sort((a, b) => a.start - b.start);
};

const LOOK_BACK_CHARS = 30;

/** Takes the modifier words just before a candidate into its span and mod ("late Monday", "almost seven years"). */
export const attachModifiers: Refiner = (candidates, text) =>
  candidates.map((c, i) => {
    if (c.mod) return c;
    const limit = Math.max(i > 0 ? candidates[i - 1].end : 0, c.start - LOOK_BACK_CHARS);
    const before = text.slice(limit, c.start);
    // a duration's length is qualified only when the text starts with its count: in "over the
    // past two years", "over" is a preposition, not "more than"
    const counted = c.meaning.kind === 'duration' && !/^the\s/i.test(text.slice(c.start, c.end));
    // a year alone may be approximate ("around 2004"); "about Monday" is what was talked about
    const yearOnly = c.meaning.kind === 'date' && c.meaning.month === undefined && /^\d{4}$/.test(text.slice(c.start, c.end));
    const table = c.meaning.kind === 'duration' ? (counted ? DURATION_MODIFIERS : []) : c.meaning.kind === 'set' ? [] : CLOCK_ONLY(c) ? TIME_MODIFIERS : yearOnly ? [...DATE_MODIFIERS, ...YEAR_MODIFIERS] : DATE_MODIFIERS;
    // REFs ("now", "the past") take no modifiers; "late" before a weekday or a date does
    if (c.meaning.kind === 'literal' && /_REF$/.test(c.meaning.value)) return c;
    for (const [pattern, mod] of table) {
      const m = pattern.exec(before);
      if (m) return { ...c, start: limit + m.index + (m[0].length - m[0].trimStart().length), ...(mod ? { mod } : {}) };
    }
    return c;
  });

const CLOCK_ONLY = (c: Candidate): boolean => !!c.time && c.meaning.kind === 'shift' && c.meaning.offset === 0 && /^\d/.test(c.time.value) && /^clock/.test(c.rule);
/** a part of the day with no day of its own: "at dawn", "the evening" (rules/relative-dates.ts) */
const PART_ONLY = (c: Candidate): boolean => c.rule === 'part-of-day';
const DAY_LIKE = (c: Candidate): boolean =>
  !c.time && (c.meaning.kind === 'weekday' || (c.meaning.kind === 'date' && c.meaning.day !== undefined) || (c.meaning.kind === 'shift' && c.meaning.unit === 'day'));

/**
 * A clock time names a moment of a day: "15:00 GMT Saturday" is one expression (merged), and in
 * "Sunday night at 8 PM" or "on Monday at 3 p.m." the clock time takes the day just named.
 */
export const attachClockToDay: Refiner = (candidates, text) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    // "dawn Tuesday" is one expression, like "15:00 GMT Saturday"
    if ((CLOCK_ONLY(c) && next && DAY_LIKE(next) && /^[\s,]*$/.test(text.slice(c.end, next.start)))
      || (PART_ONLY(c) && next && DAY_LIKE(next) && !next.time && /^\s+$/.test(text.slice(c.end, next.start)))) {
      out.push({ ...next, start: c.start, rule: `${c.rule}+${next.rule}`, time: c.time });
      i++;
      continue;
    }
    // "at dawn on Tuesday", "at 9:45 p.m. on April 20": two expressions, the time on the day named
    // after it; "at 4:30 on Thursday afternoon" is 16:30
    if ((PART_ONLY(c) || CLOCK_ONLY(c)) && next && (DAY_LIKE(next) || (CLOCK_ONLY(c) && DAY_LIKE({ ...next, time: undefined }))) && /^\s+on\s+$/i.test(text.slice(c.end, next.start))) {
      const afterNoon = /^(?:AF|EV|NI)$/.test(next.time?.value ?? '') && c.time && /^(?:0\d|1[01])(?::|$)/.test(c.time.value) && !/[ap]\.?\s?m\b/i.test(text.slice(c.start, c.end));
      const time = afterNoon && c.time ? { value: String(Number(c.time.value.slice(0, 2)) + 12) + c.time.value.slice(2) } : c.time;
      out.push({ ...c, meaning: next.meaning, rule: `${c.rule}@day`, ...(time ? { time } : {}) });
      continue;
    }
    const previous = out[out.length - 1];
    // "Mon Mar 21, 2011 3:56 pm EDT", a dateline's timestamp: the day and its clock time are one expression
    if (CLOCK_ONLY(c) && previous && DAY_LIKE(previous) && !previous.time && /^,?\s*$/.test(text.slice(previous.end, c.start))) {
      out[out.length - 1] = { ...previous, end: c.end, rule: `${previous.rule}+${c.rule}`, time: c.time };
      continue;
    }
    if ((CLOCK_ONLY(c) || PART_ONLY(c)) && previous && (DAY_LIKE(previous) || previous.time) && /^[\s,]*(?:at|from|around|about|by|until|before|after)?\s*$/i.test(text.slice(previous.end, c.start))) {
      out.push({ ...c, meaning: previous.meaning, rule: `${c.rule}@day` });
      continue;
    }
    out.push(c);
  }
  return out;
};

/** "every Tuesday and Thursday": a weekday joined to a weekday set recurs with it. */
export const spreadWeekdaySet: Refiner = (candidates, text) =>
  candidates.map((c, i) => {
    if (c.meaning.kind !== 'weekday' || c.meaning.relation !== undefined || c.time) return c;
    // walk back over a list of weekdays ("every Monday, Wednesday and Friday")
    for (let j = i - 1; j >= 0; j--) {
      const p = candidates[j];
      if (!/^\s*(?:,|,?\s*(?:and|or))\s*$/i.test(text.slice(p.end, candidates[j + 1].start))) return c;
      if (p.meaning.kind === 'set' && /^XXXX-WXX-\d$/.test(p.meaning.value)) return { ...c, meaning: { kind: 'set', value: `XXXX-WXX-${c.meaning.weekday}` }, rule: `${c.rule}@set` };
      if (p.meaning.kind !== 'weekday') return c;
    }
    return c;
  });

/**
 * The order matters:
 * 1. selectLongest first, so later refiners see one reading per stretch of text;
 * 2. attachModifiers before attachClockToDay, so "late Monday" keeps its mod when a clock
 *    time takes Monday's date;
 * 3. spreadWeekdaySet last, so a weekday that took a clock time stays a date.
 */
export const REFINERS: Refiner[] = [selectLongest, attachModifiers, attachClockToDay, spreadWeekdaySet];
