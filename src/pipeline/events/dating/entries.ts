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
const AFTER_HEADING = /^(?:\/\d{1,2}(?:,\s*\d{4})?)?\s*(?:[-–—:|]\s*)?["“‘]?[\p{Lu}\d]/u;
/** A sentence of an entry ends with a full stop (then perhaps closing quotes or brackets). */
const ENDS_SENTENCE = /[.!?]["”’)\]]*$/;
/** What may open the sentence before the heading: list marks. */
const BEFORE_HEADING = /^[\s\-–—•*]*$/;

/** The heading a sentence opens with, or null. */
export function headingOf(sentence: EntrySentence): Timex | null {
  const t = [...sentence.timexes].sort((a, b) => a.start - b.start)[0];
  if (!t || !rangeOf(t) || t.future) return null;
  if (!BEFORE_HEADING.test(sentence.text.slice(0, t.start))) return null;
  const rest = sentence.text.slice(t.end);
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

/**
 * For each sentence, the heading of the chronology entry it belongs to (null outside entries, or
 * when the article is no chronology). The heading's own sentence gets its own heading.
 */
export function entryHeadings(sentences: EntrySentence[]): (DatedHappening | null)[] {
  const out: (DatedHappening | null)[] = sentences.map(() => null);
  const found = sentences.map((s) => ({ s, t: headingOf(s) })).filter((h): h is { s: EntrySentence; t: Timex } => h.t !== null);
  const run = longestOrderedRun(found.map((h) => rangeOf(h.t)!.start)).map((i) => found[i]);
  if (run.length < MIN_HEADINGS) return out;
  const headingAt = new Map(run.map((h) => [h.s.index, h]));
  let current: DatedHappening | null = null;
  let since = 0;
  sentences.forEach((s, n) => {
    const h = headingAt.get(s.index);
    if (h) {
      const date = rangeOf(h.t)!;
      current = { date: { ...date, text: h.t.text }, words: happeningWords(s.text), sentence: s.index, paragraph: s.paragraph };
      since = 0;
    } else if (current && ++since > MAX_ENTRY_SENTENCES) current = null;
    // a fragment with no full stop (a photo caption run in before a heading) is page chrome, no part of the entry
    out[n] = h || ENDS_SENTENCE.test(s.text) ? current : null;
  });
  return out;
}
