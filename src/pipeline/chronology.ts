/**
 * Stage 9c, chronology: an outlet's chronology article whose date headings were lost (a list of
 * entries in the historic present, one after another, none dated) tells each happening on its own
 * day, but the pipeline could only date its sentences by the publication day. Some of its entries
 * are the same happening as a dated report in another article (stage 9b joined them: their events
 * now carry that date): those are anchors. A chronology is ordered, forward or backward, so
 *
 * - the article is taken for a chronology only when its anchors are many, span several days, and
 *   most of them lie in date order (the longest run in order; an anchor off it is dropped): an
 *   ordinary report retells one or two days, not a sequence of them;
 * - a sentence between two anchors of the run that carry the SAME day is on that day;
 * - a sentence between anchors of different days lies somewhere in their range: it gets that
 *   range, with a precision as coarse as the range, never a guessed day.
 *
 * Only inferred dates move, and they stay inferred (`certain: false`); each moved candidate gets
 * one line for `dateline explain`. Pure: the input is not changed.
 */
import type { EventDate, Precision } from '../schema/event.ts';
import type { Candidate } from './events/candidate.ts';
import { longestOrderedRun } from './events/dating/entries.ts';
import { chronologyEntry } from './events/dating/sources/chronology-entry.ts';
import { parseIsoDay } from './time/calendar.ts';
import { corroborateEvents, type CorroborateContext, type CorroborationNotes } from './corroborate.ts';

/** Fewer anchors in order than this is no chronology: an article may retell a couple of days. */
export const MIN_ANCHORS = 6;
/** The anchors in order must span at least this many distinct days. */
export const MIN_ANCHOR_DAYS = 4;
/** Share of the article's anchors that must lie in one run in order. */
export const IN_ORDER_SHARE = 0.7;
/**
 * Two anchors of one day further apart than this many sentences date nothing between them: an
 * entry is a few sentences, and a day's entries follow each other; a long stretch between two
 * same-day anchors says one of them is a chance match.
 */
export const MAX_SAME_DAY_GAP = 6;

/** A sentence of a chronology that another article's report dates. */
export interface Anchor {
  sentence: number;
  day: string;
}

/** The precision a date range of these bounds is honest at. */
export function rangePrecision(start: string, end: string): Precision {
  const days = parseIsoDay(end)! - parseIsoDay(start)!;
  if (days === 0) return 'day';
  if (days < 7) return 'week';
  if (start.slice(0, 7) === end.slice(0, 7) || days <= 31) return 'month';
  if (days <= 92) return 'quarter';
  return 'year';
}

/**
 * For one article: anchors (sentence -> the day another report states) in; for each sentence that
 * lies between two anchors of the run in order, its date (a day, or the range between them), and
 * for each anchor of the run its own day (`from` the anchor twice); nothing when the article is no
 * chronology.
 */
export function chronologyDates(anchors: Anchor[]): Map<number, { date: EventDate; from: [Anchor, Anchor] }> {
  const out = new Map<number, { date: EventDate; from: [Anchor, Anchor] }>();
  const sorted = [...anchors].sort((a, b) => a.sentence - b.sentence);
  const run = longestOrderedRun(sorted.map((a) => a.day)).map((i) => sorted[i]!);
  if (run.length < MIN_ANCHORS || run.length < IN_ORDER_SHARE * sorted.length) return out;
  if (new Set(run.map((a) => a.day)).size < MIN_ANCHOR_DAYS) return out;
  for (const a of run) out.set(a.sentence, { date: { start: a.day, end: a.day, precision: 'day', certain: false, text: '' }, from: [a, a] });
  for (let k = 0; k + 1 < run.length; k++) {
    const a = run[k]!;
    const b = run[k + 1]!;
    const [start, end] = a.day <= b.day ? [a.day, b.day] : [b.day, a.day];
    if (start === end && b.sentence - a.sentence > MAX_SAME_DAY_GAP) continue;
    for (let s = a.sentence + 1; s < b.sentence; s++) {
      out.set(s, { date: { start, end, precision: rangePrecision(start, end), certain: false, text: '' }, from: [a, b] });
    }
  }
  return out;
}

type Ranges = Map<string, Map<number, { date: EventDate; from: [Anchor, Anchor] }>>;

/** What stage 8b found: the candidates redated, the chronology articles, and what waits for 9c. */
export interface ChronologyDating {
  /** the candidates in, in their order, each redated when it is a chronology's entry between same-day anchors (or an anchor) */
  candidates: Candidate[];
  /** the articles read as chronologies: their entries are separate happenings, none elaborates the one before */
  chronologies: Set<string>;
  /** article -> sentence -> the range between anchors of different days, for stage 9c */
  ranges: Ranges;
  /** candidate key -> the line `dateline explain` prints for its date */
  notes: CorroborationNotes;
}

const describe = (d: EventDate) => `${d.start}${d.end !== d.start ? `..${d.end}` : ''}`;
const between = (from: [Anchor, Anchor]) => `between sentences ${from[0].sentence + 1} (${from[0].day}) and ${from[1].sentence + 1} (${from[1].day}) of this chronology, the same happenings as dated reports in other articles`;

/**
 * Stage 8b, before merging (which would join a chronology's many undated entries of one kind into
 * one event): each candidate with an inferred date that near-duplicates a stated report in another
 * article (stage 9b's test, see ./corroborate.ts) is an anchor at that report's day. In an article
 * whose anchors make a chronology, an anchor's candidate takes its day, and so does every entry
 * between two anchors of the same day; all stay inferred.
 */
export function dateChronologyEntries(candidates: Candidate[], ctx: CorroborateContext): ChronologyDating {
  const none: ChronologyDating = { candidates, chronologies: new Set(), ranges: new Map(), notes: new Map() };
  // the anchors are other articles' reports: one article alone has none
  if (new Set(candidates.map((c) => c.sources[0]!.article)).size < 2) return none;
  const { events, notes: joined } = corroborateEvents(candidates, ctx);
  // candidate key -> the stated day of the report it near-duplicates
  const hostDay = new Map<string, { day: string; line: string }>();
  for (const e of events) {
    if (!e.date.certain || e.date.precision !== 'day') continue;
    for (const key of e.keys ?? []) {
      const line = joined.get(key);
      if (line) hostDay.set(key, { day: e.date.start, line });
    }
  }
  if (hostDay.size === 0) return none;
  const anchorsOf = new Map<string, Map<number, string>>();
  for (const c of candidates) {
    const key = c.keys?.[0];
    const host = key ? hostDay.get(key) : undefined;
    if (!host || c.date.certain) continue;
    const { article, sentenceIndex } = c.sources[0]!;
    let m = anchorsOf.get(article);
    if (!m) anchorsOf.set(article, (m = new Map()));
    if (!m.has(sentenceIndex)) m.set(sentenceIndex, host.day);
  }
  const out: ChronologyDating = { candidates: [...candidates], chronologies: new Set(), ranges: new Map(), notes: new Map() };
  const datesOf = new Map<string, Map<number, { date: EventDate; from: [Anchor, Anchor] }>>();
  // an article whose headings survived is dated by them (the `chronology entry` date source)
  const headed = new Set(candidates.filter((c) => c.rule.includes(`date from ${chronologyEntry.name}`)).map((c) => c.sources[0]!.article));
  for (const [article, anchors] of anchorsOf) {
    if (anchors.size < MIN_ANCHORS || headed.has(article)) continue;
    const dates = chronologyDates([...anchors].map(([sentence, day]) => ({ sentence, day })));
    if (dates.size === 0) continue;
    out.chronologies.add(article);
    datesOf.set(article, dates);
  }
  if (out.chronologies.size === 0) return none;
  out.candidates = candidates.map((c) => {
    const { article, sentenceIndex } = c.sources[0]!;
    const dates = datesOf.get(article);
    if (!dates || c.date.certain) return c;
    const key = c.keys?.[0] ?? '';
    const found = dates.get(sentenceIndex);
    if (!found) return c;
    if (found.from[0] === found.from[1]) {
      // an anchor of the run: its sentence is the same happening as a dated report
      const line = hostDay.get(key)?.line.replace(/ -> .*$/, '') ?? `✓ chronology: sentence ${sentenceIndex + 1} is the same happening as a dated report in another article`;
      out.notes.set(key, `${line}, an entry of this chronology -> ${found.date.start} (inferred)`);
      return { ...c, date: found.date, rule: `${c.rule}; dated by the chronology's order` };
    }
    if (found.date.precision !== 'day') {
      let r = out.ranges.get(article);
      if (!r) out.ranges.set(article, (r = new Map()));
      r.set(sentenceIndex, found);
      return c;
    }
    out.notes.set(key, `✓ chronology: ${between(found.from)} -> ${describe(found.date)} (inferred)`);
    return { ...c, date: found.date, rule: `${c.rule}; dated by the chronology's order` };
  });
  return out;
}

/**
 * Stage 9c, after merging and corroborating: an event told only by a chronology's entry that lies
 * between anchors of different days, its date still inferred, gets their range (a day it could
 * not be given honestly). After merging, so the range joins no other event.
 */
export function rangeChronologyEntries(events: Candidate[], ranges: Ranges, notes: CorroborationNotes): { events: Candidate[]; notes: CorroborationNotes } {
  if (ranges.size === 0) return { events, notes };
  const moved = new Map(notes);
  const out = events.map((e) => {
    if (e.date.certain) return e;
    const articles = new Set(e.sources.map((s) => s.article));
    if (articles.size !== 1) return e;
    const r = ranges.get(e.sources[0]!.article);
    const found = r && e.sources.map((s) => r.get(s.sentenceIndex)).find(Boolean);
    if (!found) return e;
    // every sentence of the event lies in the same stretch between two anchors
    if (e.sources.some((s) => r!.get(s.sentenceIndex)?.from !== found.from)) return e;
    for (const key of e.keys ?? []) moved.set(key, `✓ chronology: ${between(found.from)} -> ${describe(found.date)} (inferred, ${found.date.precision})`);
    return { ...e, date: found.date, rule: `${e.rule}; dated by the chronology's order` };
  });
  return { events: out, notes: moved };
}
