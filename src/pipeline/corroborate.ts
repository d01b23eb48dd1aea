/**
 * Stage 9c, corroborate: a happening is no later than its first report. An event whose date was
 * inferred (from the publication day or context, `certain: false`) is often a recap or background
 * sentence of a later article restating what another article reported with a stated date. Such a
 * report joins the stated one: one event citing every source, dated by the stated date when it is
 * no later than the inferred one. A stated date never moves.
 *
 * Two reports are of the same happening when they are of one kind (speech acts count as one) and
 * their sentences are near-duplicates: most of their content words, weighted by how rare each word
 * is among the timeline's sentences, are shared. An inverted index over content words keeps the
 * comparison to the sentences that share a rare word. Deterministic: events are visited in the
 * order of their first report, ties broken by that order.
 */
import type { EventDate } from '../schema/event.ts';
import { SPEECH_TYPES, type Candidate } from './events/candidate.ts';
import { absorb, orderParts } from './merge.ts';
import { sentenceWords, wordRarity } from './word-rarity.ts';
import { isChronologyRange } from './chronology.ts';

/** Share of the joining report's (rarity-weighted) content words the other report must have too. */
export const NEAR_DUPLICATE_SHARE = 0.8;
/** Share of the other report's (rarity-weighted) content words the joining one must have: a long sentence holds many stories. */
const HOST_SHARE = 0.3;
/** Content words two sentences must share at least: short sentences match too easily. */
const MIN_SHARED_WORDS = 4;

export interface CorroborateContext {
  /** article id -> sort key (publication date + id): earlier articles come first */
  articleOrder: Map<string, string>;
}

/** Why an event's date came from another report: one line per redated candidate key, for `dateline explain`. */
export type CorroborationNotes = Map<string, string>;

export interface Corroborated {
  events: Candidate[];
  notes: CorroborationNotes;
}

interface Report {
  event: number;
  source: Candidate['sources'][number];
  words: string[];
}

const kindOf = (c: Candidate) => (SPEECH_TYPES.has(c.type) ? 'speech' : c.type);

function firstReportKey(c: Candidate, ctx: CorroborateContext): string {
  let best = '';
  for (const s of c.sources) {
    const key = `${ctx.articleOrder.get(s.article) ?? s.article}\u0000${String(s.sentenceIndex).padStart(6, '0')}`;
    if (!best || key < best) best = key;
  }
  return best;
}

/**
 * May `host` date the inferred `event`: a stated date no later than the inferred one. An earlier
 * report's inferred date would be its publication day, and on the development topics moving a
 * report to it cost more right days (a recurring operation, a repeated remark) than it gained.
 */
function canDate(host: Candidate, event: Candidate): boolean {
  if (!host.date.certain || host.date.start > event.date.end) return false;
  // a chronology's entry lies in the range between its neighbours (./chronology.ts): only a report inside it tells it
  return !isChronologyRange(event.date, event.rule) || (host.date.start >= event.date.start && host.date.end <= event.date.end);
}

function describe(d: EventDate): string {
  return `${d.start}${d.end !== d.start ? `..${d.end}` : ''}${d.certain ? '' : ' (inferred)'}`;
}

/**
 * Events (from `mergeCandidates`) in, events out: each inferred-date event that near-duplicates an
 * earlier or better-dated report in another article joins it. Pure; the input is not changed.
 */
export function corroborateEvents(events: Candidate[], ctx: CorroborateContext): Corroborated {
  const keys = events.map((c) => firstReportKey(c, ctx));

  // every source sentence of every event, with its content words
  const sentenceSeen = sentenceWords(events);
  const reports: Report[] = [];
  events.forEach((c, event) => {
    for (const s of c.sources) reports.push({ event, source: s, words: sentenceSeen.get(`${s.article}#${s.sentenceIndex}`)! });
  });

  // how rare each word is among the distinct sentences
  const weight = wordRarity(sentenceSeen.values());
  const mass = (words: string[]) => words.reduce((sum, w) => sum + weight(w), 0);

  // Reports that say the same words (one sentence retold word for word, in many articles) are
  // compared once: the inverted index holds distinct word lists ("docs"), each with its reports.
  const docOf: number[] = [];
  const docReports: number[][] = [];
  const docWords: string[][] = [];
  const docIndex = new Map<string, number>();
  reports.forEach((r, i) => {
    const key = r.words.join(' ');
    let d = docIndex.get(key);
    if (d === undefined) {
      docIndex.set(key, (d = docWords.length));
      docWords.push(r.words);
      docReports.push([]);
    }
    docOf.push(d);
    docReports[d]!.push(i);
  });
  // inverted index: rare word -> docs, ascending
  const postings = new Map<string, number[]>();
  docWords.forEach((words, d) => {
    for (const w of words) {
      if (weight(w) === 0) continue;
      const list = postings.get(w);
      if (list) list.push(d);
      else postings.set(w, [d]);
    }
  });
  const docMass = docWords.map(mass);
  const articlesOf = events.map((c) => new Set(c.sources.map((s) => s.article)));

  // each inferred event's host: the best-founded near-duplicate report in another article
  const hostOf = new Array<number | null>(events.length).fill(null);
  // the host's sentence that matched, and the joiner's
  const matchOf = new Array<[number, number] | null>(events.length).fill(null);
  const reportsOf = new Map<number, number[]>();
  reports.forEach((r, i) => {
    const list = reportsOf.get(r.event);
    if (list) list.push(i);
    else reportsOf.set(r.event, [i]);
  });
  // a doc's near-duplicates (docs, in the order a word-by-word scan meets them), found once
  const nearOfDoc = new Map<number, number[]>();
  const nearDocs = (d: number): number[] => {
    let near = nearOfDoc.get(d);
    if (near) return near;
    const shared = new Map<number, { weight: number; count: number }>();
    for (const w of docWords[d]!) {
      const wt = weight(w);
      if (wt === 0) continue;
      for (const k of postings.get(w)!) {
        const s = shared.get(k);
        if (s) { s.weight += wt; s.count++; }
        else shared.set(k, { weight: wt, count: 1 });
      }
    }
    near = [];
    for (const [k, s] of shared) {
      if (s.count < MIN_SHARED_WORDS) continue;
      // most of what this report says is in the other one (a recap is the shorter), and the other is not a long story of its own
      if (s.weight < NEAR_DUPLICATE_SHARE * docMass[d]! || s.weight < HOST_SHARE * docMass[k]!) continue;
      near.push(k);
    }
    nearOfDoc.set(d, near);
    return near;
  };
  events.forEach((event, e) => {
    if (event.date.certain) return;
    const own = reportsOf.get(e) ?? [];
    // host event -> the first matching pair, and how many of this event's reports it matches
    const hosts = new Map<number, { pair: [number, number]; matched: number }>();
    for (const i of own) {
      const matchedHere = new Set<number>();
      for (const k of nearDocs(docOf[i]!)) {
        for (const j of docReports[k]!) {
          const h = reports[j]!.event;
          if (h === e || matchedHere.has(h)) continue;
          matchedHere.add(h);
          const found = hosts.get(h);
          if (found) found.matched++;
          else hosts.set(h, { pair: [i, j], matched: 1 });
        }
      }
    }
    for (const [h, { pair, matched }] of hosts) {
      // an event of several sentences (one speaker's remarks of a day) moves only when most of them are retold
      if (2 * matched <= own.length) continue;
      const host = events[h]!;
      if (kindOf(host) !== kindOf(event)) continue;
      if ([...articlesOf[h]!].some((a) => articlesOf[e]!.has(a))) continue;
      if (!canDate(host, event)) continue;
      const best = hostOf[e];
      if (best === null || better(h, best)) {
        hostOf[e] = h;
        matchOf[e] = pair;
      }
    }
  });
  // of two stated reports, the earlier
  function better(h: number, than: number): boolean {
    return keys[h]! < keys[than]!;
  }

  // A stated event hosts but never joins, so every joiner's host is the root that dates it.
  const out: Candidate[] = [];
  const outOf = new Map<number, Candidate>();
  const notes: CorroborationNotes = new Map();
  const grown = new Set<Candidate>();
  const order = events.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  // roots first, in their order, so each joining event finds its root's copy made
  for (const e of order) {
    if (hostOf[e] !== null) continue;
    const copy = structuredClone(events[e]!);
    outOf.set(e, copy);
  }
  for (const e of order) {
    if (hostOf[e] === null) continue;
    const root = hostOf[e]!;
    const into = outOf.get(root)!;
    const date = into.date;
    const from = events[e]!;
    absorb(into, structuredClone(from));
    into.date = date;
    if (!grown.has(into)) into.rule += '; corroborated';
    grown.add(into);
    const [, j] = matchOf[e]!;
    const host = reports[j]!.source;
    const line = `✓ corroborated: the same happening, its date stated, in ${host.article} [${host.sentenceIndex}] -> ${describe(date)}`;
    for (const key of from.keys ?? []) notes.set(key, line);
  }
  // the events in their input order
  events.forEach((_, e) => {
    const copy = outOf.get(e);
    if (copy) out.push(copy);
  });
  for (const m of grown) orderParts(m, ctx.articleOrder);
  return { events: out, notes };
}
