/**
 * The guard between text-derived data and the published schemas. Whatever the rules make of an
 * unexpected sentence, a candidate or actor that does not fit the schema is dropped here with a
 * note naming its article and sentence, never passed on to fail the build: only an article's
 * frontmatter can fail the build (src/build/read-content.ts).
 */
import { actorSchema, type Actor } from '../schema/actor.ts';
import { eventSchema, type TimelineEvent } from '../schema/event.ts';
import type { Candidate } from './events/candidate.ts';
import type { SentenceNote } from './events/extract.ts';
import type { Timeline } from './types.ts';

/** What was dropped and why: one line per problem, `field.path: what is wrong`. */
export interface DroppedItem {
  /** article id; '' for an actor, which no one sentence made */
  article: string;
  /** the sentence of the article that fed the dropped item */
  sentenceIndex: number;
  sentence: string;
  problems: string[];
}

/** A candidate is an event before merging and ids: the same schema without the id. */
const candidateSchema = eventSchema.omit({ id: true });

function problemsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.map(String).join('.') || '(the whole item)'}: ${i.message}`);
}

/** The note `dateline explain` prints for a sentence whose candidate was dropped. */
export function droppedNote(problems: string[]): string {
  return `dropped: its event does not fit the event schema (${problems.join('; ')})`;
}

/**
 * One article's candidates with those that do not fit the event schema dropped; the notes are
 * renumbered to the kept candidates, and a dropped candidate's note says why it was dropped.
 */
export function guardCandidates(candidates: Candidate[], notes: SentenceNote[]): { candidates: Candidate[]; notes: SentenceNote[]; dropped: DroppedItem[] } {
  const kept: Candidate[] = [];
  const dropped: DroppedItem[] = [];
  /** old candidate index -> new index, or the problems that dropped it */
  const fate = candidates.map((c): number | string[] => {
    const problems = problemsOf(candidateSchema.safeParse(c));
    if (problems.length === 0) return kept.push(c) - 1;
    const source = c.sources[0] ?? { article: '', sentenceIndex: -1, sentence: '' };
    dropped.push({ article: source.article, sentenceIndex: source.sentenceIndex, sentence: source.sentence, problems });
    return problems;
  });
  if (dropped.length === 0) return { candidates, notes, dropped };
  const renumbered = notes.map((n): SentenceNote => {
    if (n.candidate === null) return n;
    const f = fate[n.candidate];
    return typeof f === 'number' ? { ...n, candidate: f } : { ...n, candidate: null, reason: droppedNote(f) };
  });
  return { candidates: kept, notes: renumbered, dropped };
}

/**
 * The assembled timeline with every event and actor that does not fit its schema dropped: an
 * event leaves the article sentences that cited it, an actor leaves the events that named it.
 */
export function guardTimeline(timeline: Timeline): { timeline: Timeline; dropped: DroppedItem[] } {
  const dropped: DroppedItem[] = [];
  const badActors = new Set<string>();
  const actors: Actor[] = [];
  for (const a of timeline.actors) {
    const problems = problemsOf(actorSchema.safeParse(a));
    if (problems.length === 0) {
      actors.push(a);
      continue;
    }
    badActors.add(a.id);
    dropped.push({ article: '', sentenceIndex: -1, sentence: `the actor "${a.name}" (${a.id})`, problems });
  }
  const events: TimelineEvent[] = [];
  const badEvents = new Set<string>();
  for (const raw of timeline.events) {
    const e = badActors.size === 0 ? raw : { ...raw, actors: raw.actors.filter((a) => !badActors.has(a.id)) };
    const problems = problemsOf(eventSchema.safeParse(e));
    if (problems.length === 0) {
      events.push(e);
      continue;
    }
    badEvents.add(e.id);
    for (const s of e.sources) dropped.push({ article: s.article, sentenceIndex: s.sentenceIndex, sentence: s.sentence, problems });
  }
  if (badActors.size === 0 && badEvents.size === 0) return { timeline, dropped };
  const kept = actors.map((a) => (a.affiliation && badActors.has(a.affiliation) ? { ...a, affiliation: null } : a));
  const articles = timeline.articles.map((a) => ({
    ...a,
    sentences: a.sentences.map((s) => (s.events.some((id) => badEvents.has(id)) ? { ...s, events: s.events.filter((id) => !badEvents.has(id)) } : s)),
  }));
  return { timeline: { ...timeline, events, actors: kept, articles }, dropped };
}

/** One line for the build log: file, sentence, what was dropped and where to look. */
export function describeDropped(item: DroppedItem, fileOf: (articleId: string) => string): string {
  if (!item.article) return `dropped ${item.sentence}: it does not fit the actor schema (${item.problems.join('; ')})`;
  const excerpt = item.sentence.length > 80 ? `${item.sentence.slice(0, 79)}…` : item.sentence;
  return `${fileOf(item.article)}: sentence [${item.sentenceIndex}] "${excerpt}": dropped an event that does not fit the event schema (${item.problems.join('; ')}); \`npx dateline explain ${item.article}\` shows the sentence`;
}
