/**
 * A chronology article: a list of entries, each a date heading and one to a few sentences in the
 * historic present ("12 March 2010 The court rules ... The defence appeals."). The heading dates
 * its entry; the sentences after it, up to the next heading, belong to the same entry.
 *
 * A heading is a time expression that opens a sentence and runs straight into the entry, with at
 * most a dash or colon between ("March 5 - The council meets"): a capital follows, not a comma or
 * a verb. An article is read as a chronology only when several headings follow each other in
 * date order (forward or backward); a heading that breaks the order is no heading.
 */
import type { Timex } from '../../types.ts';
import type { DatedHappening } from './types.ts';
import type { EventDate } from '../../../schema/event.ts';
import { rangeOf } from './timex-date.ts';
import { happeningWords } from './happening-words.ts';

/** One sentence as the heading reader needs it: its text and time expressions (offsets into the text). */
export interface EntrySentence {
  text: string;
  timexes: Timex[];
  index: number;
  paragraph: number;
}

/** Fewer headings than this in date order is not a chronology: a sentence may open with a date now and then. */
export const MIN_HEADINGS = 3;
/** An entry runs from its heading over at most this many further sentences: past that, the article has left its list. */
export const MAX_ENTRY_SENTENCES = 5;

/** What may stand between the heading and its entry: a dash, a colon, a second day ("Feb 15/16, 2011"). */
const AFTER_HEADING = /^(?:\/\d{1,2}(?:,\s*\d{4})?)?\s*(?:[-–—:|]\s*)?["“‘]?\p{Lu}/u;
/** A year in figures. */
const YEAR = /\b\d{4}\b/;
/** A sentence of an entry ends with a full stop (then perhaps closing quotes or brackets). */
const ENDS_SENTENCE = /[.!?]["”’)\]]*$/;
/** What may open the sentence before the heading: list marks. */
const BEFORE_HEADING = /^[\s\-–—•*]*$/;

/** The heading a sentence opens with, or null. */
export function headingOf(sentence: EntrySentence): Timex | null {
  const t = [...sentence.timexes].sort((a, b) => a.start - b.start)[0];
  // a heading names its day in figures ("4 January 2011", "March 5", "1983"), not "Today" or "Last year"
  if (!t || t.type !== 'DATE' || !rangeOf(t) || t.future || !/\d/.test(t.text)) return null;
  if (!BEFORE_HEADING.test(sentence.text.slice(0, t.start))) return null;
  const rest = sentence.text.slice(t.end);
  // "1952: ..." on a live page is a clock time (19:52), not a year
  if (/^\d{4}$/.test(t.text) && /^\s*:/.test(rest)) return null;
  // the entry is the rest of the sentence: a heading alone, or one run into a clause ("2009 was"), is none
  return AFTER_HEADING.test(rest) && /\p{L}{3}/u.test(rest) ? t : null;
}

/** Indexes (into `days`) of the longest run in order, forward or backward (equal days keep either). */
export function longestOrderedRun(days: string[]): number[] {
  let best: number[] = [];
  for (const dir of [1, -1]) {
    const len = days.map(() => 1);
    const prev = days.map(() => -1);
    for (let i = 0; i < days.length; i++) {
      for (let j = 0; j < i; j++) {
        const ordered = dir === 1 ? days[j] <= days[i] : days[j] >= days[i];
        if (ordered && len[j] + 1 > len[i]) {
          len[i] = len[j] + 1;
          prev[i] = j;
        }
      }
    }
    let end = len.indexOf(Math.max(0, ...len));
    const run: number[] = [];
    for (; end >= 0; end = prev[end]) run.unshift(end);
    if (run.length > best.length) best = run;
  }
  return best;
}

/** The items cut into runs where each item is `near` the one before. */
function stretches<T>(items: T[], near: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && near(last.at(-1)!, item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * For each sentence, the heading of the chronology entry it belongs to (null outside entries, or
 * when the article is no chronology). The heading's own sentence gets its own heading.
 */
export function entryHeadings(sentences: EntrySentence[]): (DatedHappening | null)[] {
  const out: (DatedHappening | null)[] = sentences.map(() => null);
  const found = headingDates(sentences);
  const run = longestOrderedRun(found.map((h) => h.date.start)).map((i) => found[i]!);
  // the list: headings one entry apart, at least MIN_HEADINGS of them in a row; a dated line far off is no entry of it
  const listed = stretches(run, (a, b) => b.s.index - a.s.index <= MAX_ENTRY_SENTENCES + 1).filter((s) => s.length >= MIN_HEADINGS).flat();
  if (listed.length < MIN_HEADINGS) return out;
  const headingAt = new Map(listed.map((h) => [h.s.index, h]));
  let current: DatedHappening | null = null;
  let since = 0;
  sentences.forEach((s, n) => {
    const h = headingAt.get(s.index);
    if (h) {
      current = h.known ? { date: h.date, words: happeningWords(s.text), sentence: s.index, paragraph: s.paragraph } : null;
      since = 0;
    } else if (current && ++since > MAX_ENTRY_SENTENCES) current = null;
    // a fragment with no full stop (a photo caption run in before a heading) is page chrome, no part of the entry
    out[n] = h || ENDS_SENTENCE.test(s.text) ? current : null;
  });
  return out;
}

/**
 * The headings in text order with their dates. A heading's year is the one it states ("Feb 15/16,
 * 2011 - ": after a second day too), else the one the list last stated, or the article before the
 * list: a year the tagger guessed from the publication day that disagrees may be wrong ("March
 * 24:" in a list of a war's dead, "since ... March 2003", two years on), and such a heading, or one
 * with no year named at all, is `known: false`: it dates no entry.
 */
function headingDates(sentences: EntrySentence[]): { s: EntrySentence; date: EventDate; known: boolean }[] {
  const out: { s: EntrySentence; date: EventDate; known: boolean }[] = [];
  let listYear: string | null = null;
  for (const s of sentences) {
    const t = headingOf(s);
    if (!t) {
      // before the list, the year the article last named is the one its headings must agree with
      if (out.length === 0) for (const x of s.timexes) listYear = YEAR.exec(x.text)?.[0] ?? listYear;
      continue;
    }
    let date: EventDate = { ...rangeOf(t)!, text: t.text };
    const after = /^\/\d{1,2},?\s*(\d{4})\b/.exec(s.text.slice(t.end))?.[1];
    const stated = YEAR.exec(t.text)?.[0] ?? after;
    if (stated) listYear = stated;
    if (after && date.precision === 'day') date = { ...date, start: `${after}${date.start.slice(4)}`, end: `${after}${date.end.slice(4)}` };
    out.push({ s, date, known: listYear === date.start.slice(0, 4) });
  }
  return out;
}
