/**
 * Stage 6, merge: the same happening reported twice — same type (speech acts count as one
 * type), a shared actor, compatible dates, and words of the happening in common — becomes one
 * event citing every source; the most precise date wins. Elaborations ("The troops from
 * <country> will deploy to <country>") join the event they elaborate. Deterministic: candidates
 * are visited in a fixed order.
 *
 * A shared actor alone is no evidence: in a story's own reporting one actor is in everything.
 * Two reports tell one happening when they share content words that are rare among the
 * timeline's sentences (the story's own vocabulary and the actors' names weigh nothing), or
 * when one article tells it on in the next sentences ("he added").
 */
import type { EventDate, EventSource } from '../schema/event.ts';
import { SPEECH_TYPES, type Candidate, type EventRole } from './events/candidate.ts';
import { happeningWords } from './events/dating/happening-words.ts';
import { firstIndex } from './first-index.ts';
import { memoize } from './memoize.ts';
import { sentenceContentWords, sentenceWords, wordRarity, type WordWeight } from './word-rarity.ts';

/** An inferred date (from the publication day or context) may stand for a happening up to this many days earlier. */
const INFERRED_SLACK_DAYS = 7;
/** Rare words a report must share with another article's report of the happening ... */
const SHARED_WORDS_ACROSS = 2;
/** ... or, for one word, its share of the shorter report's rarity-weighted words: one word of a long headline run-on is no evidence. */
const SHARED_SHARE_ACROSS = 0.08;
/** Sentences apart in one article that may tell one happening on without a rare word in common: a speaker's remarks run on ("he added"). */
const NEAR_SENTENCES = 2;

const PRECISION_RANK = { day: 0, week: 1, month: 2, quarter: 3, year: 4 } as const;
const ROLE_RANK: Record<EventRole, number> = { speaker: 0, agent: 1, target: 2, participant: 3 };
/** When speech acts merge, the stronger act names the event. */
const SPEECH_RANK = { warning: 0, denial: 1, statement: 2 } as Record<string, number>;

export interface MergeContext {
  /** actor id -> affiliated actor id (organization or country), for "an organization speaks through its people" */
  affiliation: Map<string, string | null>;
  /** actor id -> kind */
  kind: Map<string, string>;
  /** article id -> sort key (publication date + id): earlier articles come first */
  articleOrder: Map<string, string>;
  /** how rare each content word is among the timeline's sentences (`wordRarity`); without it, among the two reports compared */
  weight?: WordWeight;
  /**
   * articles that list happenings one by one (chronologies, stage 8b): two of their sentences are
   * one happening only when they say as much in common as two articles' reports must
   */
  listings?: ReadonlySet<string>;
  /**
   * a listing's entries that lie between anchors of different days (article -> sentences): a
   * later stage gives them that range, so the day they carry now (their publication's) joins
   * them to nothing
   */
  ranged?: ReadonlyMap<string, { has(sentence: number): boolean }>;
}

/** Is `c` a listing's entry alone, waiting for its range? */
function awaitsRange(c: Candidate, ctx: MergeContext): boolean {
  const s = c.sources[0]!;
  return c.sources.length === 1 && !c.date.certain && (ctx.ranged?.get(s.article)?.has(s.sentenceIndex) ?? false);
}

function overlap(a: EventDate, b: EventDate): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Is `member` affiliated, directly or through its organization, with `group`? */
function affiliatedWith(member: string, group: string, affiliation: Map<string, string | null>): boolean {
  let current = affiliation.get(member) ?? null;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current === group) return true;
    current = affiliation.get(current) ?? null;
  }
  return false;
}

/**
 * A person (or a group such as "Russian officials") speaks for the body it belongs to: Kirby for
 * the Pentagon. Two organizations of one country do not speak for each other.
 */
function speaksFor(member: string, body: string, ctx: MergeContext): boolean {
  const kind = ctx.kind.get(member);
  return (kind === 'person' || kind === 'group') && affiliatedWith(member, body, ctx.affiliation);
}

function speakers(c: Candidate): string[] {
  return c.actors.filter((a) => a.role === 'speaker').map((a) => a.id);
}

function mainActors(c: Candidate): string[] {
  return c.actors.filter((a) => a.role === 'speaker' || a.role === 'agent').map((a) => a.id);
}

/** Does one report's plan name the other's happening: two announcements of one plan, or a plan and its doing? */
function samePlan(a: Candidate, b: Candidate): boolean {
  return Boolean(a.planned && b.planned && overlap(a.planned, b.planned)) || fulfils(b, a) || fulfils(a, b);
}

/** Is `done` the doing of the plan `plan` announced? */
function fulfils(done: Candidate, plan: Candidate): boolean {
  return Boolean(plan.planned && done.status === 'occurred' && overlap(plan.planned, done.date));
}

/** Two stated days apart are two happenings, whatever else the reports share, unless one names the other's as its plan. */
function statedOnDifferentDays(a: Candidate, b: Candidate): boolean {
  const [da, db] = [a.date, b.date];
  return da.certain && db.certain && da.precision === 'day' && db.precision === 'day' && !overlap(da, db) && !samePlan(a, b);
}

/** A source's content words, sorted (shared: never changed). */
const contentWords = (s: EventSource): readonly string[] => sentenceContentWords(s.sentence);

/** The content words of an actor's name (from its id): asked of every pair of reports compared. */
const nameWords = memoize((id: string) => [...happeningWords(id.replaceAll('-', ' '))]);

/** An event's sources by article: the sentences each cites and the union of their content words. */
interface ArticleReports {
  sources: EventSource[];
  sentences: Set<number>;
  words: Set<string>;
}
interface ReportIndex {
  /** what the index was built from: rebuilt when the list is another, shrinks or opens with another report */
  list: EventSource[];
  first: EventSource | undefined;
  length: number;
  byArticle: Map<string, ArticleReports>;
}

/**
 * Each event's sources grouped by article, kept per event object and brought up to date as
 * `absorb` appends sources: comparing a report with a long event (hundreds of reports of one
 * article) looks up its own article's sentences and words instead of reading every source again.
 */
const reportsOfEvent = new WeakMap<Candidate, ReportIndex>();
function reportIndex(event: Candidate): ReportIndex {
  const list = event.sources;
  let index = reportsOfEvent.get(event);
  if (!index || index.list !== list || index.first !== list[0] || index.length > list.length) {
    index = { list, first: list[0], length: 0, byArticle: new Map() };
    reportsOfEvent.set(event, index);
  }
  for (; index.length < list.length; index.length++) {
    const s = list[index.length]!;
    let reports = index.byArticle.get(s.article);
    if (!reports) index.byArticle.set(s.article, (reports = { sources: [], sentences: new Set(), words: new Set() }));
    reports.sources.push(s);
    reports.sentences.add(s.sentenceIndex);
    for (const x of contentWords(s)) reports.words.add(x);
  }
  return index;
}

/**
 * Does `report` tell the happening `event` tells: it shares a rare content word (the actors'
 * names aside: they were compared already) with the event's first report or with one of its
 * reports in the same article, or that article tells it on in the next sentences ("he added")?
 * Only the first report speaks for the event across articles, so a long event does not grow by
 * a chain of words each shared with the last report it took in.
 */
export function shareContent(event: Candidate, report: Candidate, weight?: WordWeight, listings?: ReadonlySet<string>): boolean {
  const articles = new Set(report.sources.map((s) => s.article));
  const index = reportIndex(event);
  // the reports that speak for the event: its first, and its reports in the report's articles
  for (const sb of report.sources) {
    if (listings?.has(sb.article)) continue;
    const same = index.byArticle.get(sb.article)?.sentences;
    if (same) for (let d = -NEAR_SENTENCES; d <= NEAR_SENTENCES; d++) if (same.has(sb.sentenceIndex + d)) return true;
  }
  const w = weight ?? wordRarity([...event.sources.filter((s, i) => i === 0 || articles.has(s.article)), ...report.sources].map(contentWords));
  // the actors' names, asked for only once two reports have a word in common
  let names: Set<string> | undefined;
  const isName = (x: string) => (names ??= new Set([...event.actors, ...report.actors].flatMap((a) => nameWords(a.id)))).has(x);
  const telling = (x: string) => w(x) > 0 && !isName(x);
  const mass = (words: readonly string[]) => words.reduce((sum, x) => sum + (isName(x) ? 0 : w(x)), 0);
  const first = event.sources[0];
  for (const sb of report.sources) {
    const wordsB = contentWords(sb);
    // within one article a word in common tells it on; a listing's entries are told apart
    const listed = listings?.has(sb.article) ?? false;
    const same = index.byArticle.get(sb.article)?.words;
    if (same && !listed && wordsB.some((x) => same.has(x) && telling(x))) return true;
    // another article (or another entry of a listing) must say more of it
    const inB = new Set(wordsB);
    const across = [...articles].filter((a) => a !== sb.article || listed).flatMap((a) => (index.byArticle.get(a)?.sources ?? []).filter((sa) => sa !== sb));
    if (first && !articles.has(first.article)) across.push(first);
    for (const sa of across) {
      const sharedWords = contentWords(sa).filter((x) => inB.has(x) && telling(x));
      if (sharedWords.length === 0) continue;
      if (sharedWords.length >= SHARED_WORDS_ACROSS) return true;
      // a happening of no particular kind ("other") has only its words to go by: in another
      // article, one word in common is not enough; nor is it between a listing's entries, or
      // between an entry and a report elsewhere (a chronology's entries are short)
      if (report.type === 'other' || listed || listings?.has(sa.article)) continue;
      if (mass(sharedWords) >= SHARED_SHARE_ACROSS * Math.min(mass(contentWords(sa)), mass(wordsB))) return true;
    }
  }
  return false;
}

/** Does the event cite a listing (a chronology read in stage 8b)? By the articles it cites, not each sentence. */
function isListed(c: Candidate, ctx: MergeContext): boolean {
  if (!ctx.listings) return false;
  for (const article of reportIndex(c).byArticle.keys()) if (ctx.listings.has(article)) return true;
  return false;
}

/** Would a reader say these two report the same happening? */
export function sameHappening(a: Candidate, b: Candidate, ctx: MergeContext): boolean {
  const speech = SPEECH_TYPES.has(a.type) && SPEECH_TYPES.has(b.type);
  if (!speech && a.type !== b.type) return false;
  if (awaitsRange(a, ctx) || awaitsRange(b, ctx)) return false;
  if (statedOnDifferentDays(a, b)) return false;
  // speech is dated by its occasion; other happenings may carry a weaker, inferred date; two
  // announcements of the same plan share its planned date whenever each was reported, and the
  // plan one article announced is what the other reports done
  // a listing's entry is dated by the listing's order, not by its publication: no slack after a stated day
  // (asked last: a merged event may cite thousands of sentences)
  if (!overlap(a.date, b.date) && !samePlan(a, b) && (speech || !compatible(a.date, b.date) || isListed(a, ctx) || isListed(b, ctx))) return false;
  if (speech) {
    // one statement event per speaker per day; an organization speaks through its people
    if (a.date.precision === 'day' && b.date.precision === 'day' && a.date.start !== b.date.start) return false;
    if (!speakers(a).some((x) => speakers(b).some((y) => x === y || speaksFor(x, y, ctx) || speaksFor(y, x, ctx)))) return false;
  } else if (!a.actors.some((x) => b.actors.some((y) => x.id === y.id || affiliatedWith(x.id, y.id, ctx.affiliation) || affiliatedWith(y.id, x.id, ctx.affiliation)))) {
    // a shared actor, or one acting for the other: the foreign ministry summons, the Philippines protests
    return false;
  }
  // one kind, one actor, one day is not yet one happening: a speaker's remarks of a day, or a
  // chronology of what one company did, are one event only when their words tell one thing
  return shareContent(a, b, ctx.weight, ctx.listings);
}

/** Dates that may name the same day: overlapping, or an inferred date a few days after a stated one. */
function compatible(a: EventDate, b: EventDate): boolean {
  if (overlap(a, b)) return true;
  const [stated, inferred] = a.certain && !b.certain ? [a, b] : !a.certain && b.certain ? [b, a] : [null, null];
  if (!stated || !inferred) return false;
  const gapDays = (Date.parse(inferred.start) - Date.parse(stated.end)) / 86_400_000;
  return gapDays >= 0 && gapDays <= INFERRED_SLACK_DAYS;
}

function moreExact(a: EventDate, b: EventDate): EventDate {
  const ra = PRECISION_RANK[a.precision];
  const rb = PRECISION_RANK[b.precision];
  if (ra !== rb) return ra < rb ? a : b;
  if (a.certain !== b.certain) return a.certain ? a : b;
  return a;
}

/** The sources an event cites, as "article#sentence" keys: absorbing checks a set, not every source so far. */
const citedBy = new WeakMap<Candidate, Set<string>>();
const citationKey = (s: Candidate['sources'][number]) => `${s.article}#${s.sentenceIndex}`;

/**
 * Adds `from`'s sources, actors, quotes and numbers to `into`; the more exact date wins, except
 * that a stated day never gives way to another day, and a plan done is dated by its doing.
 */
export function absorb(into: Candidate, from: Candidate): void {
  const keys = (into.keys ??= []);
  for (const key of from.keys ?? []) keys.push(key);
  if (from.date.certain && fulfils(from, into)) {
    into.date = from.date;
    into.status = 'occurred';
  } else if (!(into.date.certain && into.date.precision === 'day') && !fulfils(into, from)) into.date = moreExact(into.date, from.date);
  if (from.planned) into.planned = into.planned ? moreExact(into.planned, from.planned) : from.planned;
  if (SPEECH_TYPES.has(into.type) && SPEECH_TYPES.has(from.type) && SPEECH_RANK[from.type] < SPEECH_RANK[into.type]) {
    into.type = from.type;
    into.cameo = from.cameo;
  }
  into.cameo ??= from.cameo;
  if (from.status === 'occurred' && into.status === 'announced' && into.type !== from.type) into.status = 'occurred';
  for (const actor of from.actors) {
    const have = into.actors.find((a) => a.id === actor.id);
    if (!have) into.actors.push({ ...actor });
    else if (ROLE_RANK[actor.role] < ROLE_RANK[have.role]) have.role = actor.role;
  }
  for (const q of from.quotes) if (!into.quotes.some((x) => x.text === q.text)) into.quotes.push(q);
  for (const q of from.quantities) if (!into.quantities.some((x) => x.value === q.value && x.unit === q.unit)) into.quantities.push(q);
  into.places = [...new Set([...into.places, ...from.places])].sort();
  let cited = citedBy.get(into);
  if (!cited) citedBy.set(into, (cited = new Set(into.sources.map(citationKey))));
  for (const s of from.sources) {
    const key = citationKey(s);
    if (!cited.has(key)) {
      cited.add(key);
      into.sources.push(s);
    }
  }
  if (!into.rule.includes('merged')) into.rule += '; merged';
}

/**
 * Within one article: an event with no speaker or agent elaborates the last event of its type
 * that it tells on (`shareContent`). `weight`: how rare each content word is among the
 * timeline's sentences; without it, among this article's.
 */
export function mergeElaborations(candidates: Candidate[], weight: WordWeight = wordRarity(sentenceWords(candidates).values())): Candidate[] {
  const out: Candidate[] = [];
  // the events so far by type and article, so a long article's elaboration looks only at its kind
  const hosts = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const kind = `${c.type}\u0000${c.sources[0].article}`;
    const host = mainActors(c).length === 0 && !SPEECH_TYPES.has(c.type)
      ? hosts.get(kind)?.findLast((p) => (overlap(p.date, c.date) || !c.date.certain) && !statedOnDifferentDays(p, c) && shareContent(p, c, weight))
      : undefined;
    // an elaboration adds sources, places and numbers, not actors: its participants are only the
    // countries it names as destinations ("will deploy to Romania")
    if (host) absorb(host, { ...c, date: c.date.certain ? c.date : host.date, actors: c.actors.filter((a) => a.role !== 'participant') });
    else {
      const copy = structuredClone(c);
      out.push(copy);
      const list = hosts.get(kind);
      if (list) list.push(copy);
      else hosts.set(kind, [copy]);
    }
  }
  return out;
}

/** The months (YYYY-MM) an event's date and planned date touch, widened by the inferred-date slack. */
function monthsOf(c: Candidate): string[] {
  const keys = new Set<string>();
  for (const d of [c.date, c.planned]) {
    if (!d) continue;
    const from = new Date(Date.parse(d.start) - INFERRED_SLACK_DAYS * 86_400_000);
    const to = new Date(Date.parse(d.end) + INFERRED_SLACK_DAYS * 86_400_000);
    for (let y = from.getUTCFullYear(), m = from.getUTCMonth(); y < to.getUTCFullYear() || (y === to.getUTCFullYear() && m <= to.getUTCMonth()); m === 11 ? (y++, (m = 0)) : m++) {
      keys.add(`${y}-${m}`);
    }
  }
  return [...keys];
}

function sourceKey(c: Candidate, ctx: MergeContext): string {
  const s = c.sources[0];
  return `${ctx.articleOrder.get(s.article) ?? s.article}\u0000${String(s.sentenceIndex).padStart(6, '0')}`;
}

/**
 * The smallest number of the ascending lists (each without repeats) that passes `test`, trying
 * them in ascending order, each once: a walk along the lists together, as their union, sorted,
 * would be built anew for every report.
 */
function firstInUnion(lists: number[][], test: (n: number) => boolean): number | undefined {
  if (lists.length === 1) return lists[0]!.find(test);
  const at = lists.map(() => 0);
  for (;;) {
    let next = Infinity;
    for (let l = 0; l < lists.length; l++) if (at[l]! < lists[l]!.length && lists[l]![at[l]!]! < next) next = lists[l]![at[l]!]!;
    if (next === Infinity) return undefined;
    for (let l = 0; l < lists.length; l++) if (lists[l]![at[l]!] === next) at[l] = at[l]! + 1;
    if (test(next)) return next;
  }
}

/** Across and within articles: one event per happening. */
export function mergeCandidates(candidates: Candidate[], given: MergeContext): Candidate[] {
  const ctx: MergeContext = given.weight ? given : { ...given, weight: wordRarity(sentenceWords(candidates).values()) };
  const keyOf = new Map(candidates.map((c) => [c, sourceKey(c, ctx)]));
  const ordered = [...candidates].sort((a, b) => (keyOf.get(a)! < keyOf.get(b)! ? -1 : keyOf.get(a)! > keyOf.get(b)! ? 1 : 0));
  const merged: Candidate[] = [];
  // Only events of one kind (speech, or one type) whose dates (or planned dates) fall within a
  // month of each other can merge, so each merged event is indexed by its kind and the months it
  // touches: a report is compared with the few events it could join, not with every event so far.
  // Each list holds event indexes once, ascending: the first reported is tried first.
  const byKey = new Map<string, number[]>();
  const keysOf = (c: Candidate) => {
    const kind = SPEECH_TYPES.has(c.type) ? 'speech' : c.type;
    return monthsOf(c).map((month) => `${kind}\u0000${month}`);
  };
  const register = (i: number) => {
    for (const key of keysOf(merged[i]!)) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [i]);
      else if (list.at(-1)! < i) list.push(i);
      else {
        const at = firstIndex(list.length, (k) => list[k]! >= i);
        if (list[at] !== i) list.splice(at, 0, i);
      }
    }
  };
  for (const c of ordered) {
    const lists = keysOf(c).map((key) => byKey.get(key)).filter((list) => list !== undefined);
    // the first reported of the candidates, as a plain scan of `merged` would find
    const hostIndex = firstInUnion(lists, (i) => sameHappening(merged[i]!, c, ctx));
    if (hostIndex !== undefined) {
      const host = merged[hostIndex]!;
      const { date, planned } = host;
      absorb(host, c);
      // its kind stays; its months change only with its dates
      if (host.date !== date || host.planned !== planned) register(hostIndex);
    } else {
      merged.push(structuredClone(c));
      register(merged.length - 1);
    }
  }
  for (const m of merged) orderParts(m, ctx.articleOrder);
  return merged;
}

/** A merged event's sources in reporting order, its actors by role then id: the same for any order of merging. */
export function orderParts(m: Candidate, articleOrder: Map<string, string>): void {
  m.sources.sort((a, b) => {
    const ka = `${articleOrder.get(a.article)}\u0000${String(a.sentenceIndex).padStart(6, '0')}`;
    const kb = `${articleOrder.get(b.article)}\u0000${String(b.sentenceIndex).padStart(6, '0')}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  m.actors.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || (a.id < b.id ? -1 : 1));
}
