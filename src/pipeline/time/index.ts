/**
 * Pipeline stage 3: the time-expression tagger. Finds TimeML time expressions in a text and
 * normalizes them against the document creation time (DCT), the way a reader of a news story
 * does. Pure: no clock, no file access; the DCT is the only "now".
 *
 *   rules (rules.ts) -> candidates -> refiners (refiners.ts, in order) -> resolve (resolve.ts)
 *
 * Own rules rather than chrono-node because chrono measurably falls short as a TimeML tagger:
 * on TempEval-3 platinum it scores value F1 33 (41 on DATE) against this tagger's 88 (92):
 * it finds no durations or sets, reads "last week" as one day and a bare weekday as the
 * closest one whatever the tense (`npm run bench:timex -- --baseline`).
 */
import type { Timex } from '../types.ts';
import { parseIsoDay } from './calendar.ts';
import { REFINERS, findCandidates } from './refiners.ts';
import { resolveCandidate } from './resolve.ts';
import type { Candidate } from './semantics.ts';
import { sentenceBoundaries } from './tense.ts';

/**
 * Tags the time expressions of `text`, published on `dct` (YYYY-MM-DD, or a date-time whose
 * date is used). Results are sorted by start and do not overlap.
 */
/**
 * "2049: Mr X says ...": a live page stamps its entries with the clock time, written as four
 * figures and a colon at the start of the line. Read as a year, it is one long after the page was
 * written: such a stamp (a valid 24-hour time, more than a year after the document's date) is no
 * date. A year before it ("1990: Iraq invades Kuwait", a chronology's heading) stays a year,
 * unless the page is a live page (clockStamps). This tells the shape: four figures, a colon,
 * at a line's or sentence's start, a valid 24-hour time.
 */
function isStampShaped(c: Candidate, text: string): boolean {
  const written = text.slice(c.start, c.end);
  if (c.meaning.kind !== 'date' || !/^\d{4}$/.test(written) || text[c.end] !== ':') return false;
  if (c.start > 0 && !/[.!?"'”’)\]\n]\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) return false;
  const [hours, minutes] = [Number(written.slice(0, 2)), Number(written.slice(2))];
  return hours <= 23 && minutes <= 59;
}


/**
 * The page's clock stamps. Once two of its stamps are clock times by the rule above, the page is
 * a live page and its evening's stamps before the page's year are clock times too ("1905: Welcome
 * to our live coverage" on a page of 2010).
 */
function clockStamps(candidates: Candidate[], text: string, dct: string): Set<Candidate> {
  const shaped = candidates.filter((c) => isStampShaped(c, text));
  // a stamp read as a year long after the page is a clock time whatever the page
  const late = shaped.filter((c) => Number(text.slice(c.start, c.end)) > Number(dct.slice(0, 4)) + 1);
  return new Set(late.length >= LIVE_PAGE_STAMPS ? shaped : late);
}

/** Clock stamps long after the page that make it a live page. */
const LIVE_PAGE_STAMPS = 2;

export function tagTimexes(text: string, dct: string): Timex[] {
  const reference = parseIsoDay(dct);
  if (reference === null) throw new Error(`tagTimexes: dct "${dct}" is not a date (expected YYYY-MM-DD)`);
  let candidates = findCandidates(text);
  for (const refine of REFINERS) candidates = refine(candidates, text);
  const out: Timex[] = [];
  // the anchor for "the next day", "two days later": the last day-precise date so far
  let anchor = reference;
  // and for "the following year": the start of the last date of any precision
  let anchorAny = reference;
  const boundaries = sentenceBoundaries(text);
  const stamps = clockStamps(candidates, text, dct);
  for (const c of candidates) {
    if (stamps.has(c)) continue;
    const timex = resolveCandidate(c, { text, dct: reference, anchor, anchorAny, boundaries });
    out.push(timex);
    if ((timex.type === 'DATE' || timex.type === 'TIME') && timex.range) {
      if (timex.range.precision === 'day') anchor = parseIsoDay(timex.value) ?? anchor;
      anchorAny = parseIsoDay(timex.range.start) ?? anchorAny;
    }
  }
  return out;
}

export type { Timex } from '../types.ts';
