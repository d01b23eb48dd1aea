/**
 * Stages 8b and 9b, chronology: an outlet's chronology article whose date headings were lost (a list of
 * entries in the historic present, one after another, none dated) tells each happening on its own
 * day, but the pipeline could only date its sentences by the publication day. Some of its entries
 * are the same happening as a dated report in another article (the corroborate test of ./corroborate.ts: their events
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
import type { CorroborationNotes } from './corroborate.ts';
import { happeningWords } from './events/dating/happening-words.ts';
import type { WordWeight } from './word-rarity.ts';
import { BY_ORDER } from './date-rule-notes.ts';

/** Fewer anchors in order than this is no chronology: an article may retell a couple of days. */
export const MIN_ANCHORS = 6;
/**
 * The anchors in order must span at least this many distinct days. On the development topics the
 * outlets' chronologies put 11 to 22 days on their path, ordinary articles that retell earlier
 * reports at most 6.
 */
export const MIN_ANCHOR_DAYS = 8;
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
export function chronologyDates(anchors: Anchor[], story?: StoryBounds): Map<number, EntryDate> {
  const out = new Map<number, EntryDate>();
  const sorted = [...anchors].sort((a, b) => a.sentence - b.sentence);
  const run = longestOrderedRun(sorted.map((a) => a.day)).map((i) => sorted[i]!);
  if (run.length < MIN_ANCHORS || run.length < IN_ORDER_SHARE * sorted.length) return out;
  if (story) datePastOldestAnchor(out, run, story);
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

/** What a chronology article says of its story's span: the earliest day it states, and where; how many sentences it has. */
export interface StoryBounds {
  /** the earliest day the article itself states (a sentence's own date, certain), at that sentence */
  earliest: Anchor;
  sentences: number;
}

/**
 * The entries beyond the oldest anchor (before the first one of a chronology told forward, after
 * the last one of one told latest first) happened no later than that anchor's day and, the story
 * being the article's, no earlier than the earliest day the article states: they get that range
 * when it is shorter than a quarter (a wider one says nothing a reader can use). Not the newest
 * edge: a live page goes on past its publication day.
 */
function datePastOldestAnchor(out: Map<number, EntryDate>, run: Anchor[], story: StoryBounds): void {
  const forward = run[0]!.day <= run.at(-1)!.day;
  const oldest = forward ? run[0]! : run.at(-1)!;
  const start = story.earliest.day;
  if (start >= oldest.day || rangePrecision(start, oldest.day) === 'year') return;
  const date: EventDate = { start, end: oldest.day, precision: rangePrecision(start, oldest.day), certain: false, text: '' };
  const [from, to] = forward ? [0, oldest.sentence] : [oldest.sentence + 1, story.sentences];
  for (let s = from; s < to; s++) if (s !== story.earliest.sentence) out.set(s, { date, from: [story.earliest, oldest] });
}

/** A sentence's date in a chronology: from its anchors, or (`continues`) from the sentence before it. */
export interface EntryDate {
  date: EventDate;
  from: [Anchor, Anchor];
  /** the sentence it continues, when a pronoun or "meanwhile" opens it */
  continues?: number;
}

/**
 * Words that, opening a sentence, carry on the sentence before ("He denies ...", "It is the first
 * ...", "Meanwhile ..."): in a chronology, another sentence of the same entry, on its day.
 */
const CONTINUES = /^["“']?(?:he|she|it|they|his|her|its|their|this|these|meanwhile)\b/i;

/**
 * In a chronology: a sentence that carries on the one before it (`CONTINUES`) is of the same
 * entry, so it takes that sentence's day when the sentence before has one (an anchor, or between
 * anchors of one day). `text`: sentence index -> text, for the sentences that may move. Pure.
 */
export function continueEntries(dates: Map<number, EntryDate>, text: Map<number, string>): Map<number, EntryDate> {
  const out = new Map(dates);
  for (const s of [...text.keys()].sort((a, b) => a - b)) {
    const before = out.get(s - 1);
    const own = out.get(s);
    if (!before || before.date.precision !== 'day' || (own && own.date.precision === 'day') || !CONTINUES.test(text.get(s)!.trim())) continue;
    out.set(s, { date: before.date, from: before.from, continues: s - 1 });
  }
  return out;
}

type Ranges = Map<string, Map<number, EntryDate>>;

/** What stage 8b found: the candidates redated, the chronology articles, and what waits for 9b. */
export interface ChronologyDating {
  /** the candidates in, in their order, each redated when it is a chronology's entry between same-day anchors (or an anchor) */
  candidates: Candidate[];
  /** the articles read as chronologies: their entries are separate happenings, none elaborates the one before */
  chronologies: Set<string>;
  /** article -> sentence -> the range between anchors of different days, for stage 9b */
  ranges: Ranges;
  /** candidate key -> the line `dateline explain` prints for its date */
  notes: CorroborationNotes;
}

const describe = (d: EventDate) => `${d.start}${d.end !== d.start ? `..${d.end}` : ''}`;
const between = (from: [Anchor, Anchor]) => `between sentences ${from[0].sentence + 1} (${from[0].day}) and ${from[1].sentence + 1} (${from[1].day}) of this chronology, days it states or that dated reports of the same happenings in other articles give`;

/**
 * Share of an entry's (rarity-weighted) content words a report must have to vouch for its day: an
 * entry is terse and a report tells the happening in its own words. Chosen on the development
 * topics' chronologies (0.5: 251 of 957 timeline sentences dated right; 0.4: 258; 0.33: chance
 * matches broke IraqWar_guardian's order and it was no chronology any more).
 */
export const ENTRY_SHARE = 0.4;
/** ... and of the report's own words: a long sentence holds many stories. */
const REPORT_SHARE = 0.15;
/** Content words an entry and a report must share at least: short sentences match too easily. */
const MIN_SHARED_WORDS = 3;
/** The most days one entry's evidence keeps (its best-matching): the alignment picks among them. */
const MAX_DAYS_PER_ENTRY = 6;
/**
 * A report dated only by its publication day vouches less than one that states its day: news is
 * published the day of a happening or, as often, the day after.
 */
export const PUBLICATION_DAY_TRUST = 0.75;
/** Share of an article's entries with evidence that the alignment must put on one ordered path. */
export const ON_PATH_SHARE = 0.5;

export interface ChronologyContext {
  /** article id -> sort key (publication date + id) */
  articleOrder: Map<string, string>;
  /** article id -> publication day */
  published: Map<string, string>;
  /** how rare each content word is among every article's sentences (./word-rarity.ts) */
  weight: WordWeight;
}

/** An entry's evidence: a day some other article's report of the same happening gives, and how well they match. */
export interface DayEvidence {
  sentence: number;
  day: string;
  score: number;
  /** the report: "article#sentenceIndex", and the words shared */
  report: string;
  shared: string[];
}

/**
 * For every sentence of `article` with an inferred date: the days that reports in other articles,
 * published no later, give for what it says (the report's own day, stated or its publication day),
 * best match per day, the best few days. A report vouches when it has most of the sentence's
 * rare words; `score` is the share it has.
 */
export function entryEvidence(entries: Candidate[], reports: ReportIndex, published: string): DayEvidence[] {
  const out: DayEvidence[] = [];
  const seen = new Set<number>();
  for (const c of entries) {
    const { article, sentenceIndex, sentence } = c.sources[0]!;
    if (c.date.certain || seen.has(sentenceIndex)) continue;
    seen.add(sentenceIndex);
    const words = [...happeningWords(sentence)];
    const mass = words.reduce((m, w) => m + reports.weight(w), 0);
    if (mass === 0) continue;
    const shared = new Map<number, string[]>();
    for (const w of words) {
      if (reports.weight(w) === 0) continue;
      for (const r of reports.postings.get(w) ?? []) {
        const list = shared.get(r);
        if (list) list.push(w);
        else shared.set(r, [w]);
      }
    }
    const best = new Map<string, DayEvidence>();
    for (const [r, ws] of shared) {
      const report = reports.reports[r]!;
      if (ws.length < MIN_SHARED_WORDS || report.article === article || report.day > published) continue;
      const m = ws.reduce((sum, w) => sum + reports.weight(w), 0);
      if (m < ENTRY_SHARE * mass || m < REPORT_SHARE * report.mass) continue;
      const score = (m / mass) * (report.stated ? 1 : PUBLICATION_DAY_TRUST);
      const had = best.get(report.day);
      if (!had || score > had.score || (score === had.score && report.key < had.report)) {
        best.set(report.day, { sentence: sentenceIndex, day: report.day, score, report: report.key, shared: ws });
      }
    }
    out.push(...[...best.values()].sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : 1)).slice(0, MAX_DAYS_PER_ENTRY));
  }
  return out;
}

/** Reports that can vouch for a day: every day-precise sentence, indexed by its rare words. */
export interface ReportIndex {
  reports: { article: string; key: string; day: string; mass: number; stated: boolean }[];
  postings: Map<string, number[]>;
  weight: WordWeight;
}

export function indexReports(candidates: Candidate[], weight: WordWeight): ReportIndex {
  const index: ReportIndex = { reports: [], postings: new Map(), weight };
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.date.precision !== 'day') continue;
    for (const s of c.sources) {
      const key = `${s.article}#${s.sentenceIndex}`;
      if (seen.has(`${key}@${c.date.start}`)) continue;
      seen.add(`${key}@${c.date.start}`);
      const words = [...happeningWords(s.sentence)].filter((w) => weight(w) > 0);
      const r = index.reports.length;
      index.reports.push({ article: s.article, key, day: c.date.start, mass: words.reduce((m, w) => m + weight(w), 0), stated: c.date.certain });
      for (const w of words) {
        const list = index.postings.get(w);
        if (list) list.push(r);
        else index.postings.set(w, [r]);
      }
    }
  }
  return index;
}

/**
 * The evidence of one article aligned to the order a chronology keeps: of each sentence's days at
 * most one, the days in order along the article (forward, or backward for a chronology told latest
 * first), the total score the highest. The chosen evidence in sentence order; a weighted longest
 * ordered subsequence, O(n log n) with a prefix-maximum tree over the days.
 */
export function alignEvidence(evidence: DayEvidence[]): DayEvidence[] {
  const days = [...new Set(evidence.map((e) => e.day))].sort();
  const rank = new Map(days.map((d, i) => [d, i]));
  const bySentence = [...groupBySentence(evidence)].sort((a, b) => a[0] - b[0]);
  let best: DayEvidence[] = [];
  let bestTotal = 0;
  for (const dir of [1, -1]) {
    // tree[i]: the best chain ending on a day whose rank (in this direction) is <= i
    const tree: { total: number; at: number }[] = Array.from({ length: days.length + 1 }, () => ({ total: 0, at: -1 }));
    const chain: { e: DayEvidence; prev: number; total: number }[] = [];
    const query = (i: number) => {
      let out = { total: 0, at: -1 };
      for (let k = i + 1; k > 0; k -= k & -k) if (tree[k]!.total > out.total) out = tree[k]!;
      return out;
    };
    const update = (i: number, v: { total: number; at: number }) => {
      for (let k = i + 1; k <= days.length; k += k & -k) if (v.total > tree[k]!.total) tree[k] = v;
    };
    for (const [, options] of bySentence) {
      const made = options.map((e) => {
        const r = dir === 1 ? rank.get(e.day)! : days.length - 1 - rank.get(e.day)!;
        const before = query(r);
        chain.push({ e, prev: before.at, total: before.total + e.score });
        return { r, at: chain.length - 1 };
      });
      // the sentence's options go in after all of them looked back: one day per sentence
      for (const { r, at } of made) update(r, { total: chain[at]!.total, at });
    }
    const end = query(days.length - 1);
    if (end.total > bestTotal) {
      bestTotal = end.total;
      best = [];
      for (let at = end.at; at >= 0; at = chain[at]!.prev) best.unshift(chain[at]!.e);
    }
  }
  return best;
}

function groupBySentence(evidence: DayEvidence[]): Map<number, DayEvidence[]> {
  const out = new Map<number, DayEvidence[]>();
  for (const e of evidence) {
    const list = out.get(e.sentence);
    if (list) list.push(e);
    else out.set(e.sentence, [e]);
  }
  return out;
}

/**
 * Stage 8b, before merging (which would join a chronology's many undated entries of one kind into
 * one event): in each article, the sentences with an inferred date that reports in other articles
 * retell (most of their rare words shared) give days; aligned in order along the article
 * (`alignEvidence`), they are a chronology's anchors when they are many, over several days, and
 * most of the article's retold sentences lie on the path: an ordinary report retells one or two
 * days, or many in no order. An anchor's candidates take its day, and so does every entry between
 * two anchors of the same day; all stay inferred.
 */
export function dateChronologyEntries(candidates: Candidate[], ctx: ChronologyContext): ChronologyDating {
  const none: ChronologyDating = { candidates, chronologies: new Set(), ranges: new Map(), notes: new Map() };
  const byArticle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const a = c.sources[0]!.article;
    const list = byArticle.get(a);
    if (list) list.push(c);
    else byArticle.set(a, [c]);
  }
  // the anchors are other articles' reports: one article alone has none
  if (byArticle.size < 2) return none;
  // an article whose headings survived is dated by them (the `chronology entry` date source)
  const headed = new Set(candidates.filter((c) => c.rule.includes(`date from ${chronologyEntry.name}`)).map((c) => c.sources[0]!.article));
  let index: ReportIndex | null = null;
  const datesOf = new Map<string, Map<number, EntryDate>>();
  const anchorOf = new Map<string, Map<number, DayEvidence>>();
  for (const [article, own] of byArticle) {
    if (headed.has(article) || own.filter((c) => !c.date.certain).length < MIN_ANCHORS) continue;
    index ??= indexReports(candidates, ctx.weight);
    const evidence = entryEvidence(own, index, ctx.published.get(article) ?? '9999-12-31');
    const retold = new Set(evidence.map((e) => e.sentence)).size;
    if (retold < MIN_ANCHORS) continue;
    const path = alignEvidence(evidence);
    if (path.length < MIN_ANCHORS || path.length < ON_PATH_SHARE * retold || new Set(path.map((e) => e.day)).size < MIN_ANCHOR_DAYS) continue;
    const anchored = chronologyDates(path.map((e) => ({ sentence: e.sentence, day: e.day })), storyBounds(own));
    if (anchored.size === 0) continue;
    const dates = continueEntries(anchored, new Map(own.filter((c) => !c.date.certain).map((c) => [c.sources[0]!.sentenceIndex, c.sources[0]!.sentence])));
    datesOf.set(article, dates);
    anchorOf.set(article, new Map(path.map((e) => [e.sentence, e])));
  }
  if (datesOf.size === 0) return none;
  const out: ChronologyDating = { candidates: [], chronologies: new Set(datesOf.keys()), ranges: new Map(), notes: new Map() };
  out.candidates = candidates.map((c) => {
    const { article, sentenceIndex } = c.sources[0]!;
    const dates = datesOf.get(article);
    if (!dates || c.date.certain) return c;
    const key = c.keys?.[0] ?? '';
    const found = dates.get(sentenceIndex);
    if (!found) return c;
    if (found.continues !== undefined) {
      out.notes.set(key, `✓ chronology: sentence ${sentenceIndex + 1} carries on sentence ${found.continues + 1} of this chronology's entry -> ${found.date.start} (inferred)`);
      return { ...c, date: found.date, rule: `${c.rule}; ${BY_ORDER}` };
    }
    if (found.from[0] === found.from[1]) {
      // an anchor of the path: its sentence retells a dated report
      const e = anchorOf.get(article)!.get(sentenceIndex)!;
      out.notes.set(key, `✓ chronology: sentence ${sentenceIndex + 1} retells ${e.report.replace(/#(\d+)$/, (_, n) => ` sentence ${Number(n) + 1}`)} of ${e.day} (shares ${e.shared.join(', ')}), an entry of this chronology in date order -> ${found.date.start} (inferred)`);
      return { ...c, date: found.date, rule: `${c.rule}; ${BY_ORDER}` };
    }
    if (found.date.precision !== 'day') {
      let r = out.ranges.get(article);
      if (!r) out.ranges.set(article, (r = new Map()));
      r.set(sentenceIndex, found);
      return c;
    }
    out.notes.set(key, `✓ chronology: ${between(found.from)} -> ${describe(found.date)} (inferred)`);
    return { ...c, date: found.date, rule: `${c.rule}; ${BY_ORDER}` };
  });
  return out;
}


/** The earliest day an article's own sentences state (a certain day), and its sentence count; undefined when it states none. */
function storyBounds(own: Candidate[]): StoryBounds | undefined {
  let earliest: Anchor | undefined;
  let sentences = 0;
  for (const c of own) {
    const { sentenceIndex } = c.sources[0]!;
    sentences = Math.max(sentences, sentenceIndex + 1);
    if (c.date.certain && c.date.precision === 'day' && (!earliest || c.date.start < earliest.day)) earliest = { sentence: sentenceIndex, day: c.date.start };
  }
  return earliest && { earliest, sentences };
}

/** Is this date a chronology's range between two anchors (stage 9b), not a day? */
export function isChronologyRange(date: EventDate, rule: string): boolean {
  return !date.certain && date.precision !== 'day' && rule.includes(BY_ORDER);
}

/**
 * Stage 9b, after merging and before corroborating: an event told only by a chronology's entry
 * that lies between anchors of different days, its date still inferred, gets their range (a day it
 * could not be given honestly). After merging, so the range joins no other event; before
 * corroborating, so a report of the same happening dates it only from inside the range.
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
    return { ...e, date: found.date, rule: `${e.rule}; ${BY_ORDER}` };
  });
  return { events: out, notes: moved };
}
