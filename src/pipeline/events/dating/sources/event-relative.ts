/**
 * A time counted from another happening: "a day after X", "hours before X", "the next day",
 * "two days later", "since X". Resolved against the happening it names (its own date, or a
 * happening the article dated before); never counted from the publication date.
 */
import type { EventDate } from '../../../../schema/event.ts';
import type { Timex } from '../../../types.ts';
import { isoDay, parseIsoDay } from '../../../time/calendar.ts';
import { COUNT_SOURCE, countValue, durationValue, unitKey, UNIT_SOURCE } from '../../../time/lexicon.ts';
import type { DateSource, DatedHappening, DatingInput } from '../types.ts';
import { ANAPHORIC_DAY, COUNTED_FROM_BEFORE, rangeOf } from '../timex-date.ts';
import { goesOnAbout, happeningWords } from '../happening-words.ts';

/** Days in a TimeML duration value, for counting: hours and minutes stay on the same day, whole days of hours ("36 hours") count. */
export function durationDays(value: string): number | null {
  const m = /^P(?:T)?(\d+|X)(Y|M|W|D|H)$/.exec(value);
  if (!m) return null;
  const n = m[1] === 'X' ? 1 : Number(m[1]);
  if (value.startsWith('PT')) return m[2] === 'H' ? Math.floor((m[1] === 'X' ? 0 : n) / 24) : 0; // hours, minutes: the same day
  return n * ({ Y: 365, M: 30, W: 7, D: 1, H: 0 } as const)[m[2] as 'Y' | 'M' | 'W' | 'D' | 'H'];
}

/**
 * A count another article's day can be shifted by: a number of days or weeks ("three days", "a
 * week"), or hours, which stay on the day. Not a vague count ("days after") nor months or years,
 * which would give a day the text does not.
 */
export function exactCount(value: string): boolean {
  return /^PT(?:\d+|X)H$/.test(value) || /^P\d+[DW]$/.test(value);
}

const COUNTED = new RegExp(`^(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+(earlier|later|afterwards?)$`, 'i');

/** "two days earlier" -> -2, "a week later" -> 7; null when the count is vague ("several days later"). */
export function countedDays(text: string): number | null {
  const m = COUNTED.exec(text.trim());
  const count = m ? countValue(m[1]) : null;
  if (!m || count === null) return null;
  const days = durationDays(durationValue(count, unitKey(m[2])));
  return days === null ? null : /earlier/i.test(m[3]) ? -days : days;
}

function shift(date: EventDate, days: number, text: string): EventDate {
  const from = days < 0 ? parseIsoDay(date.start)! : parseIsoDay(date.end)!;
  const day = isoDay(from + days);
  // counted from a stated date, the text states this one too
  return { start: day, end: day, precision: date.precision, certain: date.certain, text };
}

/** The calendar month a date falls in, at month precision. */
function monthOf(date: EventDate): EventDate {
  const [y, m] = date.start.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = `${date.start.slice(0, 7)}`;
  return { ...date, start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}`, precision: 'month' };
}

/** The happening a phrase names: its own date ("after Monday's vote"), else the latest earlier one the phrase talks about. */
function namedHappening(input: DatingInput, from: number, to: number): { date: EventDate; how: string } | null {
  const own = input.timexes.find((t) => t.start >= from && t.end <= to && rangeOf(t) && !t.future);
  if (own) return { date: rangeOf(own)!, how: `"${own.text}"` };
  const head = phraseHead(input.masked.slice(from, to));
  const earlier: DatedHappening | undefined = head === null ? undefined : input.context.happenings.findLast((h) => h.date.precision === 'day' && goesOnAbout(head, h.words));
  return earlier ? { date: earlier.date, how: `the ${earlier.date.start} happening it names (sentence ${earlier.sentence + 1})` } : null;
}

/** Words that open what modifies a noun phrase's head: "the collapse | of the bridge", "the strike | at the mine". */
const AFTER_HEAD = /\s(?:of|at|in|on|by|for|with|from|to|over|against|near|into|between|across|inside|outside)\s/i;

/**
 * The head of the phrase a relation word governs, as a content stem in a set: the happening
 * ("the star's death" names a death, not the star; "the collapse of the bridge" a collapse); null
 * when it has no content word.
 */
export function phraseHead(phrase: string): Set<string> | null {
  const cut = AFTER_HEAD.exec(` ${phrase} `);
  const words = [...happeningWords(cut ? ` ${phrase} `.slice(0, cut.index) : phrase)];
  return words.length > 0 ? new Set([words.at(-1)!]) : null;
}

/** Where the phrase a relation word governs ends: the next comma, semicolon or the clause's end. */
function phraseEnd(masked: string, from: number, clauseEnd: number): number {
  const stop = /[,;:]/.exec(masked.slice(from, clauseEnd));
  return stop ? from + stop.index : clauseEnd;
}

/** "it was two days before anyone came": the count is the length of a wait, not a time counted from a happening. */
const WAIT = /\b(?:be|is|was|were|been|being|took|take|takes)\s+(?:only\s+|just\s+|another\s+)?$/i;
/** "2,000 barrels a day before ...", "tons of grain a day": "a day" after a number or a plural is a rate (per day), not a count. */
const RATE = /(?:\d|[a-z]{3,}s)(?:\s+of\s+[a-z]+)?\s+an?\s+(?:day|week|hour)$/i;
/** "before" used as an adverb: a verb follows it ("ten days before were ..."), it names no happening. */
const ADVERBIAL = /^(?:is|are|was|were|had|has|have|did|does|would|could|will)\b/i;
/** Where the happening a relation word names ends: a new clause or an aside begins. */
const NAMED_ENDS = /\s(?:and|but|as|which|who|whom|whose|that|when|while|where|because|following|amid|despite|according)\b|[.!?]\s*$|\s+[.!?]/i;

/** "the fall of the city and the flight of ..." -> "the fall of the city"; null when nothing is named. */
export function namedPhrase(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || ADVERBIAL.test(trimmed)) return null;
  const stop = NAMED_ENDS.exec(trimmed);
  const phrase = (stop ? trimmed.slice(0, stop.index) : trimmed).replace(/[.!?]+$/, '').trim();
  return phrase || null;
}

/** "detained since Monday": the phrase follows the trigger, in one stretch; not "ruled since 1969 -- ..., said X", which dates another verb, and not a speech act. */
function modifiesTrigger(input: DatingInput, t: Timex): boolean {
  const between = input.masked.slice(input.trigger.end, t.start);
  return !(input.saying && !input.content) && t.start >= input.trigger.end && !/[,;:()]|--|[—–]/.test(between);
}

function inClause(input: DatingInput, t: Timex): boolean {
  return t.start >= input.clause.start && t.end <= input.clause.end && !input.quotes.some((q) => q.start < t.end && t.start < q.end);
}

export const eventRelative: DateSource = {
  name: 'relative to another happening',
  find(input) {
    const { masked, timexes, clause, context } = input;
    for (const t of timexes.filter((x) => inClause(input, x))) {
      const before = masked.slice(clause.start, t.start);
      // "has been held since Monday": it began then
      if (/\bsince\s+$/i.test(before) && rangeOf(t) && !t.future && modifiesTrigger(input, t)) return { date: rangeOf(t)!, because: `began "since ${t.text}"` };
      // "the next day", "the day before": counted from the happening told just before
      if (ANAPHORIC_DAY.test(t.text)) {
        const base = context.previous ?? context.happenings.at(-1);
        if (!base) return { pass: `"${t.text}": no earlier happening to count from` };
        if (base.date.precision !== 'day') return { pass: `"${t.text}": the happening told before (sentence ${base.sentence + 1}) has no day to count from` };
        const days = /next|following|after/i.test(t.text) ? 1 : /previous|preceding|before/i.test(t.text) ? -1 : 0;
        return { date: shift(base.date, days, t.text), because: `"${t.text}" counted from ${base.date.start} (sentence ${base.sentence + 1})` };
      }
      // "two days earlier": the tagger counted it from publication; count the same days from the happening told before
      if (COUNTED_FROM_BEFORE.test(t.text) && t.range) {
        const base = context.previous ?? context.happenings.at(-1);
        if (!base) return { pass: `"${t.text}": no earlier happening to count from` };
        if (base.date.precision !== 'day') return { pass: `"${t.text}": the happening told before (sentence ${base.sentence + 1}) has no day to count from` };
        const days = countedDays(t.text);
        if (days === null) continue;
        return { date: shift(base.date, days, t.text), because: `"${t.text}" counted from ${base.date.start} (sentence ${base.sentence + 1})` };
      }
      if (t.type !== 'DURATION') continue;
      const rel = /^\s*(after|before|later|earlier|afterwards?)\b/i.exec(masked.slice(t.end, clause.end));
      const days = durationDays(t.value);
      if (!rel || days === null) continue;
      const sign = /^(?:after|later|afterwards?)$/i.test(rel[1]) ? 1 : -1;
      // "two days later": from the happening told before; "a day after X": from X
      const named = /^(?:later|earlier|afterwards?)$/i.test(rel[1])
        ? (context.previous ?? context.happenings.at(-1) ?? null) && { date: (context.previous ?? context.happenings.at(-1))!.date, how: 'the happening told before' }
        : namedHappening(input, t.end + rel[0].length, phraseEnd(masked, t.end + rel[0].length, clause.end));
      if (!named) {
        const from = t.end + rel[0].length;
        const phrase = namedPhrase(masked.slice(from, phraseEnd(masked, from, clause.end)));
        // an exact count ("at least a week" is none), not a wait ("it was a week before help came")
        const counted = exactCount(t.value) && !t.mod && !WAIT.test(masked.slice(clause.start, t.start)) && !RATE.test(`${masked.slice(clause.start, t.start)}${t.text}`);
        const relation = counted && phrase ? { days: sign * days, words: [...happeningWords(phrase)], text: `${t.text} ${rel[1]} ${phrase}` } : null;
        return {
          pass: `"${t.text} ${rel[1]}": the happening it counts from is not dated in the article${relation ? '; another article may date it' : ''}`,
          ...(relation && relation.words.length > 0 ? { relation } : {}),
        };
      }
      // a vague count ("the months before", "weeks after"; hours stay on the day) or a bound ("at least a week") gives no day
      if ((/X/.test(t.value) && !exactCount(t.value)) || t.mod) return { pass: `"${t.text} ${rel[1]}": ${named.how}, but "${t.text}" counts no exact time from it` };
      const shifted = shift(named.date, sign * days, `${t.text} ${rel[1]}`);
      // months and years counted from a day land in a month, not on a day ("two months after the vote")
      return { date: exactCount(t.value) || !/^P\d+[MY]$/.test(t.value) ? shifted : monthOf(shifted), because: `"${t.text} ${rel[1]}" ${named.how}` };
    }
    return { pass: 'no time counted from another happening' };
  },
};

/**
 * The day of the happening a subordinate clause tells when the clause is counted from its main
 * clause: "Troops shelled the port on Sunday, a week after tanks entered the town" puts their entry a
 * week before that Sunday; "... on Monday, two days before the vote was held" two days after it.
 * `masked` is the sentence, `clauseStart` where the clause opens on "after" or "before", `main` the
 * main clause's date. Only a day the text states (`main` certain, a day) and an exact count of days,
 * weeks or hours ("a week", not "weeks" nor "at least a week") give one; null otherwise.
 */
export function countedFromMainClause(masked: string, timexes: Timex[], clauseStart: number, main: EventDate | null): EventDate | null {
  // the clause may open with its count (", a day after X") or follow it ("two days | after X")
  const opening = clauseStart + /^[\s,;—–-]*/.exec(masked.slice(clauseStart))![0].length;
  const inner = timexes.find((t) => t.type === 'DURATION' && t.start === opening);
  const rel = /^\s*(after|before)\b/i.exec(masked.slice(inner ? inner.end : clauseStart));
  if (!rel || !main || !main.certain || main.precision !== 'day') return null;
  const count = inner ?? timexes.find((t) => t.type === 'DURATION' && t.end <= clauseStart && masked.slice(t.end, clauseStart).trim() === '');
  const days = count ? durationDays(count.value) : null;
  if (!count || days === null || !exactCount(count.value) || count.mod || WAIT.test(masked.slice(0, count.start))) return null;
  // the main clause is `days` after the happening ("a week after X": X was a week earlier), or before it
  return shift(main, /^after$/i.test(rel[1]) ? -days : days, `${count.text} ${rel[1]}`);
}
