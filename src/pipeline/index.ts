/**
 * The extraction pipeline. The list of stages is the architecture:
 *
 *   per article                                  across articles
 *   1 clean       body -> paragraphs             7 unify actors   one id per person/org/country
 *   2 sentences   paragraphs -> sentences        8 events         sentences -> candidates (needs unified ids),
 *   3 linguistic  tokens, POS, lemmas, clauses                    guarded: a candidate off the schema is dropped
 *                                               8b chronology    a chronology article (its entries' headings lost):
 *                                                                  an entry the same as a dated report elsewhere anchors
 *                                                                  it; entries between same-day anchors take that day
 *   4 time        text -> time expressions       9 merge          candidates -> events with every source
 *   5 actors      sentences -> mentions          9b chronology    a chronology's undated entry between entries other
 *                                                                  reports date on different days: their range
 *                                               9c corroborate   an inferred date joins an earlier or stated
 *                                                                  report of the same happening in another article
 *                                                                  (a chronology's range: a report inside it)
 *                                               9d relations     "two days after the vote" its article does not
 *                                                                  date: the day the vote's first reports state, shifted
 *                                               10 ids            readable slugs that, once in the id
 *                                                                  ledger, never move or stop resolving
 *                                               11 guard          whatever still does not fit the schema is dropped
 *
 * Every stage is a pure function; `published` is the only "now". File access lives in
 * src/build (the loader) and src/cli.
 */
import type { Actor, ActorPin } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { carryNamedPersonFacts, findActors, unifyActors } from './actors/index.ts';
import { findPlaces } from './actors/places.ts';
import { cleanArticle } from './clean.ts';
import { daysMentioned } from './days-mentioned.ts';
import type { Candidate } from './events/candidate.ts';
import { extractEvents, type ActorInfo, type SentenceFacts, type SentenceNote } from './events/extract.ts';
import { droppedNote, guardCandidates, guardTimeline, type DroppedItem } from './guard.ts';
import { firstIndex } from './first-index.ts';
import { assignIds, recordIds, retiredIds, type IdLedger } from './ids.ts';
import { mergeCandidates, mergeElaborations } from './merge.ts';
import { corroborateEvents, type CorroborationNotes } from './corroborate.ts';
import { sentenceWords, wordRarity } from './word-rarity.ts';
import { dateChronologyEntries, rangeChronologyEntries } from './chronology.ts';
import { pendingRelations, resolveRelations } from './relations.ts';
import { analyzeSentences, type SentenceStructure } from './linguistic/index.ts';
import { splitSentences } from './sentences.ts';
import { tagTimexes } from './time/index.ts';
import type { ArticleActors, CleanDocument, Sentence, SourceArticle, Timeline, Timex } from './types.ts';

/** What the per-article stages found; `dateline explain` prints it. */
export interface ArticleAnalysis {
  article: SourceArticle;
  published: string;
  doc: CleanDocument;
  sentences: Sentence[];
  /** the linguistic layer: one structure per sentence */
  structures: SentenceStructure[];
  /** offsets into doc.text */
  timexes: Timex[];
  actors: ArticleActors;
  facts: SentenceFacts[];
  candidates: Candidate[];
  notes: SentenceNote[];
}

/** The publication day (YYYY-MM-DD) of an ISO date or date-time, as written. */
export function publicationDay(publishedAt: string): string {
  return publishedAt.slice(0, 10);
}

/** What stages 1-5 found in one article: independent of every other article. */
export type ArticleRead = Omit<ArticleAnalysis, 'facts' | 'candidates' | 'notes'>;

/** What the stages across articles need of a reading: worker threads send back only this (the cleaned document is for `explain`). */
export type ArticleOutline = Omit<ArticleRead, 'structures' | 'doc'>;

/** An article's outline with its events: what a run on worker threads keeps of each article. */
export type OutlineAnalysis = ArticleOutline & Pick<ArticleAnalysis, 'candidates' | 'notes'>;

/** Stages 1-5 for one article. */
export function readArticle(article: SourceArticle, pins: ActorPin[]): ArticleRead {
  const skim = skimArticle(article, pins);
  return { ...skim, structures: analyzeSentences(skim.sentences) };
}

/** A reading without the linguistic layer's structures: stages 1, 2, 4 and 5, none of which reads them. */
export type ArticleSkim = Omit<ArticleRead, 'structures'>;

/**
 * Stages 1, 2, 4 and 5 for one article; `readArticle` adds stage 3. Worker threads skim every
 * article first and run stage 3 only when they extract its events: the sentence structures are
 * most of a reading's memory, and then only one article's are held at a time.
 */
export function skimArticle(article: SourceArticle, pins: ActorPin[]): ArticleSkim {
  const published = publicationDay(article.publishedAt);
  const doc = cleanArticle(article.body);
  const sentences = splitSentences(doc);
  const timexes = tagTimexes(doc.text, published);
  const actors = findActors(sentences, pins, published);
  return { article, published, doc, sentences, timexes, actors };
}

/** The facts the events stage reads, with actor ids made canonical across articles. */
function sentenceFacts(read: ArticleRead, canonicalId: (id: string) => string): SentenceFacts[] {
  // grouped by sentence once, so the cost grows with the article, not with its square
  const mentionsOf = groupBy(read.actors.mentions, (m) => m.sentence);
  const timexesOf = timexesBySentence(read.timexes, read.sentences);
  return read.sentences.map((sentence, n) => ({
    sentence,
    structure: read.structures[n],
    timexes: timexesOf[n]!.map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start })),
    mentions: (mentionsOf.get(sentence.index) ?? []).map((m) => ({ ...m, actor: canonicalId(m.actor) })),
    places: findPlaces(sentence.text),
  }));
}

/** The items by key, each group in the order given. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** For each sentence, the time expressions that lie wholly inside it, in text order. */
function timexesBySentence(timexes: Timex[], sentences: Sentence[]): Timex[][] {
  // sorted by start, so each sentence finds its first expression by binary search and stops at
  // the first one that starts past its end: linear in the article, not in its square
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  return sentences.map((sentence) => {
    const lo = firstIndex(sorted.length, (i) => sorted[i]!.start >= sentence.start);
    const inside: Timex[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.start <= sentence.end; i++) {
      if (sorted[i]!.end <= sentence.end) inside.push(sorted[i]!);
    }
    return inside;
  });
}

/** A run's output; `analyses` are whole (with sentence structures and facts, for `explain`) in a single-threaded run. */
export interface PipelineRun<A extends OutlineAnalysis = ArticleAnalysis> {
  timeline: Timeline;
  analyses: A[];
  /** candidate -> final event id, per article */
  eventOf: Map<string, (string | null)[]>;
  /** what the guards dropped (text the rules made something invalid of); the build log prints it */
  dropped: DroppedItem[];
  /** the id ledger with this run's ids recorded (what `dateline extract` writes to content/ids.json) */
  ledger: IdLedger;
  /** retired ids that lead nowhere: their articles are gone */
  lostIds: string[];
  /** candidate key ("article#n") -> why its event took another report's date, for `explain` */
  corroborations: CorroborationNotes;
}

/** Articles in publication order (then id): the first report of an event names it. */
export function inPublicationOrder(articles: SourceArticle[]): SourceArticle[] {
  return [...articles].sort((a, b) => (a.publishedAt + a.id < b.publishedAt + b.id ? -1 : 1));
}

/**
 * Articles, editor pins and the id ledger (every id published before; see ./ids.ts) in; the
 * site's timeline, with a redirect for every retired id, out. `reads`, when given, are
 * `readArticle` of `inPublicationOrder(articles)`, one per article in that order, made elsewhere
 * (by worker threads: src/build/read-articles.ts); the output is the same either way.
 */
export function runPipeline(articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}, reads?: ArticleRead[]): PipelineRun {
  const sorted = inPublicationOrder(articles);
  if (reads && (reads.length !== sorted.length || reads.some((r, i) => r.article.id !== sorted[i].id))) {
    throw new Error('runPipeline: reads must be readArticle of inPublicationOrder(articles), one per article in that order');
  }
  reads ??= sorted.map((a) => readArticle(a, pins));
  const unified = unifyReads(reads, pins);
  const dropped: DroppedItem[] = [];
  const analyses: ArticleAnalysis[] = reads.map((read) => {
    const { facts, candidates, notes, dropped: off } = extractArticle(read, unified);
    dropped.push(...off);
    return { ...read, facts, candidates, notes };
  });
  return assembleRun(articles, analyses, unified, dropped, ledger);
}

/** Stage 7 over every article's reading: one id per actor across articles. */
export interface UnifiedActors {
  actors: Actor[];
  /** canonical id of every id a mention names */
  canonical: Map<string, string>;
  actorInfo: Map<string, ActorInfo>;
}

export function unifyReads(reads: ArticleOutline[], pins: ActorPin[]): UnifiedActors {
  const perArticle = reads.map((r) => r.actors);
  const unified = unifyActors(perArticle, pins);
  const { canonicalId } = unified;
  const actors = carryNamedPersonFacts(unified.actors, perArticle, canonicalId);
  const canonical = new Map<string, string>();
  for (const read of reads) for (const m of read.actors.mentions) if (!canonical.has(m.actor)) canonical.set(m.actor, canonicalId(m.actor));
  return { actors, canonical, actorInfo: new Map(actors.map((a) => [a.id, { name: a.name, kind: a.kind }])) };
}

/** What stage 8 found in one article: its guarded candidates, the notes for `explain`, what the guard dropped. */
export interface ArticleEvents {
  /** the sentences as stage 8 read them, for `explain`; worker threads keep them */
  facts: SentenceFacts[];
  candidates: Candidate[];
  notes: SentenceNote[];
  dropped: DroppedItem[];
}

/** Stage 8 for one article, its actors unified: independent of every other article. */
export function extractArticle(read: ArticleRead, unified: Pick<UnifiedActors, 'canonical' | 'actorInfo'>): ArticleEvents {
  const facts = sentenceFacts(read, (id) => unified.canonical.get(id) ?? id);
  const extracted = extractEvents(facts, { articleId: read.article.id, published: read.published, actors: unified.actorInfo });
  const { candidates, notes, dropped } = guardCandidates(extracted.candidates, extracted.notes);
  candidates.forEach((c, n) => (c.keys = [`${read.article.id}#${n}`]));
  return { facts, candidates, notes, dropped };
}

/**
 * Stages 9-11 over every article's events (`extractArticle` of each, in publication order),
 * with what the guards of stage 8 dropped: merged, named, guarded, with what each sentence fed.
 */
export function assembleRun<A extends OutlineAnalysis>(articles: SourceArticle[], analyses: A[], unified: UnifiedActors, dropped: DroppedItem[], ledger: IdLedger = {}): PipelineRun<A> {
  const { actors } = unified;
  const sorted = analyses.map((r) => r.article);

  const articleOrder = new Map(sorted.map((a, i) => [a.id, String(i).padStart(6, '0')]));
  const affiliation = new Map(actors.map((a) => [a.id, a.affiliation]));
  // how rare each content word is among every article's sentences: what tells one happening from another
  const weight = wordRarity(sentenceWords(analyses.flatMap((a) => a.candidates)).values());
  // before merging: a chronology's undated entries, dated by the order between those other reports date
  const published = new Map(analyses.map((a) => [a.article.id, a.published]));
  const chronology = dateChronologyEntries(analyses.flatMap((a) => a.candidates), { articleOrder, published, weight });
  const byArticle = groupBy(chronology.candidates, (c) => c.sources[0]!.article);
  // a chronology's entries are separate happenings: none elaborates the one before
  const elaborated = analyses.flatMap((a) => {
    const candidates = byArticle.get(a.article.id) ?? [];
    return chronology.chronologies.has(a.article.id) ? candidates.map((c) => structuredClone(c)) : mergeElaborations(candidates, weight);
  });
  const within = mergeCandidates(elaborated, { affiliation, articleOrder, kind: new Map(actors.map((a) => [a.id, a.kind])), weight, listings: chronology.chronologies, ranged: chronology.ranges });
  // a chronology's entry between two entries that other reports date on different days lies in their range
  // (after merging, so the range joins no other event; before corroborating, so only a report in the range dates it)
  const ranged = rangeChronologyEntries(within, chronology.ranges, chronology.notes);
  // after merging, so each happening's reports so far are one event whose date is as good as they give
  const corroborated = corroborateEvents(ranged.events, { articleOrder });
  // "two days after the vote" when its article dates no vote: from the day another report states it
  const { events: merged, notes: corroborations } = resolveRelations(corroborated.events, pendingRelations(analyses.flatMap((a) => a.candidates)), { weight, published, articleOrder }, new Map([...ranged.notes, ...corroborated.notes]));
  const ids = assignIds(merged, ledger);

  const events: TimelineEvent[] = merged.map((c, i) => ({
    id: ids[i],
    title: c.title,
    type: c.type,
    ...(c.cameo ? { cameo: c.cameo } : {}),
    status: c.status,
    date: c.date,
    planned: c.planned,
    actors: c.actors,
    quotes: c.quotes,
    quantities: c.quantities,
    places: c.places,
    sources: c.sources,
    rule: c.rule,
  }));
  // keys are bookkeeping, not part of the published event
  events.sort((a, b) => (a.date.start + a.id < b.date.start + b.id ? -1 : 1));

  // Which event each sentence fed, for article pages and `explain`.
  const fed = new Map<string, Set<string>>();
  for (const e of events) {
    for (const s of e.sources) {
      const key = `${s.article}#${s.sentenceIndex}`;
      if (!fed.has(key)) fed.set(key, new Set());
      fed.get(key)!.add(e.id);
    }
  }
  const eventOfKey = new Map<string, string>();
  merged.forEach((c, i) => {
    for (const key of c.keys ?? []) eventOfKey.set(key, ids[i]);
  });
  const eventOf = new Map<string, (string | null)[]>();
  for (const a of analyses) eventOf.set(a.article.id, a.candidates.map((_, n) => eventOfKey.get(`${a.article.id}#${n}`) ?? null));

  // Only actors that some event or mention uses, so every actor page has something on it.
  const used = new Set(events.flatMap((e) => e.actors.map((a) => a.id)));
  for (const a of actors) if (used.has(a.id) && a.affiliation) used.add(a.affiliation);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of actors) if (used.has(a.id) && a.affiliation && !used.has(a.affiliation)) { used.add(a.affiliation); grew = true; }
  }

  const assembled: Timeline = {
    events,
    actors: actors.filter((a) => used.has(a.id)),
    articles: analyses
      .map((a) => ({
        id: a.article.id,
        title: a.article.title,
        publisher: a.article.publisher,
        publishedAt: a.article.publishedAt,
        url: a.article.url,
        byline: a.article.byline,
        sentences: a.sentences.map((s) => ({
          index: s.index,
          paragraph: s.paragraph,
          text: s.text,
          events: [...(fed.get(`${a.article.id}#${s.index}`) ?? [])].sort(),
        })),
        daysMentioned: daysMentioned(a.timexes, a.published),
      }))
      .sort((x, y) => (x.id < y.id ? -1 : 1)),
    redirects: [],
  };
  const guarded = guardTimeline(assembled);
  if (guarded.dropped.length > 0) {
    const kept = new Set(guarded.timeline.events.map((e) => e.id));
    for (const [id, list] of eventOf) eventOf.set(id, list.map((e) => (e && kept.has(e) ? e : null)));
    const notesOf = new Map(analyses.map((a) => [a.article.id, a.notes]));
    for (const d of guarded.dropped) notesOf.get(d.article)?.push({ sentence: d.sentenceIndex, candidate: null, reason: droppedNote(d.problems) });
    dropped.push(...guarded.dropped);
  }
  // only the ids of events that are published join the ledger
  const recorded = recordIds(ledger, guarded.timeline.events);
  const { redirects, lost } = retiredIds(recorded, guarded.timeline.events, new Set(articles.map((a) => a.id)));
  return { timeline: { ...guarded.timeline, redirects }, analyses, eventOf, dropped, ledger: recorded, lostIds: lost, corroborations };
}

/** The whole pipeline: articles, editor pins and the id ledger in, the site's timeline out. */
export function extractTimeline(articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}): Timeline {
  return runPipeline(articles, pins, ledger).timeline;
}
