/**
 * Stage 9d, relations: "two days after the vote", "a week after the attack on the port" when the
 * article itself dates no vote or attack (the event-relative date source kept the count and the
 * happening's words on the candidate, `Candidate.relation`). Other articles of the timeline often
 * state that happening's day; the event is that day shifted by the count.
 *
 * - The named happening is found among events whose date is stated to the day: a sentence of
 *   theirs must have most of the phrase's first content words, weighted by how rare each is among
 *   the timeline's sentences (./word-rarity.ts), and at least two of them; the story's own words
 *   ("the leader", "the rebels") weigh nothing, so a phrase of only those names nothing.
 * - The day is taken from the earliest reports of the happening, its news: an article published
 *   within a few days of the day it states. A later article's recap states a day as often for
 *   another happening told in the same words; and a happening the article names was reported by
 *   the time it was written (no report of a later day).
 * - The match must be unambiguous: the best day's match clearly beats every other day's.
 * - A past happening ("occurred") is never moved past its article's publication day.
 *
 * The day moved to stays inferred (`certain: false`), although the count and the other report's
 * day are both stated: that the phrase names the happening of that report is a guess from shared
 * words, not something either text states. Only inferred dates move; each moved event gets one
 * line for `dateline explain`. Pure: the input is not changed.
 */
import type { EventDate } from '../schema/event.ts';
import type { Candidate } from './events/candidate.ts';
import type { PendingRelation } from './events/dating/types.ts';
import { happeningWords } from './events/dating/happening-words.ts';
import { isoDay, parseIsoDay } from './time/calendar.ts';
import type { CorroborationNotes } from './corroborate.ts';
import type { WordWeight } from './word-rarity.ts';

/** Share of the named happening's (rarity-weighted) content words a report's sentence must have. */
export const MIN_COVERAGE = 0.6;
/** The best day's match must beat every other day's by this much coverage to be the one. */
export const CLEAR_MARGIN = 0.25;
/**
 * A report must share at least this many of those words: one word ("the deadline", "the accident")
 * names many happenings. On the development topics, one-word phrases resolved against first
 * reports dated one day in four right.
 */
export const MIN_SHARED_WORDS = 2;
/** A report states a happening's day when its article is published within this many days of it (the news, not a recap). */
export const FIRST_REPORT_DAYS = 3;
/** The first this many (weighing) content words of the phrase name the happening. */
export const NAMED_WORDS = 4;
/** The named happening's words must weigh at least this much: one rare word, not a common one. */
export const MIN_WEIGHT = 2;

export interface RelationContext {
  weight: WordWeight;
  /** article id -> publication day, YYYY-MM-DD */
  published: Map<string, string>;
  /** article id -> sort key (publication date + id): earlier articles come first */
  articleOrder: Map<string, string>;
}

/** A sentence of an event whose day is stated. */
interface Report {
  day: string;
  words: Set<string>;
  order: string;
  where: string;
  /** "article#index" of its sentence */
  at: string;
}

/** The day a relation names, and how it was found; or why none. */
export type Resolution = { day: string; line: string } | { none: string };

/** Resolve one relation against the stated reports: the shifted day, or why there is none. */
export function resolveRelation(relation: PendingRelation, reports: Report[], weight: WordWeight): Resolution {
  // the head of the phrase names the happening: "the approval of the new cabinet", not what a long phrase tells about it
  const named = relation.words.filter((w) => weight(w) > 0).slice(0, NAMED_WORDS);
  const total = named.reduce((s, w) => s + weight(w), 0);
  if (total < MIN_WEIGHT) return { none: 'the happening it names is in too common words' };
  // day -> its best coverage, and the earliest report that reaches it
  const byDay = new Map<string, { coverage: number; report: Report }>();
  for (const r of reports) {
    const shared = named.filter((w) => r.words.has(w));
    const coverage = shared.reduce((s, w) => s + weight(w), 0) / total;
    if (coverage < MIN_COVERAGE || shared.length < MIN_SHARED_WORDS) continue;
    const have = byDay.get(r.day);
    if (!have || coverage > have.coverage + 1e-9 || (Math.abs(coverage - have.coverage) <= 1e-9 && r.order < have.report.order)) byDay.set(r.day, { coverage, report: r });
  }
  if (byDay.size === 0) return { none: 'no first report dated to the day names it' };
  const ranked = [...byDay].sort((a, b) => b[1].coverage - a[1].coverage || (a[0] < b[0] ? -1 : 1));
  const [day, best] = ranked[0]!;
  const second = ranked[1];
  if (second && second[1].coverage > best.coverage - CLEAR_MARGIN) return { none: `reports of ${day} and ${second[0]} name it alike` };
  const shifted = isoDay(parseIsoDay(day)! + relation.days);
  return { day: shifted, line: `"${relation.text}" counted from ${day}, the day a first report names it (${best.report.where})` };
}

/**
 * Every sentence of every event stated to the day by an article published within
 * `FIRST_REPORT_DAYS` of it: the news of a happening states its day; a later article's mention
 * ("since the vote in May") is a recap, whose stated day is as often another happening's.
 */
function statedReports(events: Candidate[], ctx: RelationContext): Report[] {
  const out: Report[] = [];
  for (const e of events) {
    if (!e.date.certain || e.date.precision !== 'day') continue;
    const day = parseIsoDay(e.date.start)!;
    for (const s of e.sources) {
      const published = ctx.published.get(s.article);
      const after = published ? parseIsoDay(published)! - day : Infinity;
      if (after < 0 || after > FIRST_REPORT_DAYS) continue;
      out.push({ day: e.date.start, words: happeningWords(s.sentence), order: `${ctx.articleOrder.get(s.article) ?? s.article}\u0000${String(s.sentenceIndex).padStart(6, '0')}`, where: `${s.article} sentence ${s.sentenceIndex + 1}`, at: `${s.article}#${s.sentenceIndex}` });
    }
  }
  return out;
}

/**
 * Events (after merging and corroborating) in; each inferred event a candidate of which counts
 * from a happening its article did not date gets that happening's day, shifted, when another
 * report states it. `relations`: candidate key -> its pending relation (taken before merging,
 * which keeps one candidate's fields).
 */
export function resolveRelations(events: Candidate[], relations: Map<string, PendingRelation>, ctx: RelationContext, notes: CorroborationNotes): { events: Candidate[]; notes: CorroborationNotes } {
  if (relations.size === 0) return { events, notes };
  const reports = statedReports(events, ctx);
  const moved = new Map(notes);
  const out = events.map((e) => {
    if (e.date.certain) return e;
    const key = (e.keys ?? []).find((k) => relations.has(k));
    // an event another stage has dated already (a chronology's order) keeps that date
    if (!key || (e.keys ?? []).some((k) => notes.has(k))) return e;
    const own = new Set(e.sources.map((s) => `${s.article}#${s.sentenceIndex}`));
    const published = e.sources.map((s) => ctx.published.get(s.article) ?? '9999-12-31').sort()[0]!;
    // the happening it names was reported by the time the article was written
    const found = resolveRelation(relations.get(key)!, reports.filter((r) => !own.has(r.at) && r.day <= published), ctx.weight);
    if ('none' in found) return e;
    if (e.status === 'occurred' && found.day > published) return e;
    const date: EventDate = { start: found.day, end: found.day, precision: 'day', certain: false, text: relations.get(key)!.text };
    moved.set(key, `✓ relation: ${found.line} -> ${found.day} (inferred)`);
    return { ...e, date, rule: `${e.rule}; dated by a happening another report dates` };
  });
  return { events: out, notes: moved };
}

/** Candidate key -> its pending relation, over every article's candidates. */
export function pendingRelations(candidates: Candidate[]): Map<string, PendingRelation> {
  const out = new Map<string, PendingRelation>();
  for (const c of candidates) if (c.relation) for (const key of c.keys ?? []) out.set(key, c.relation);
  return out;
}
