/**
 * Stage 9, ids: readable permalinks that never stop resolving.
 *
 * A new event is named for its date, main actor and type ("2022-02-02-john-kirby-statement");
 * when two new events would share a name, the one first reported keeps it and the other gets a
 * short hash of its first source sentence. Once published, an id is written in the id ledger
 * (content/ids.json) with the source sentences it stood for ("article#sentence" keys), the
 * first of them its anchor: the earliest report of the event when it was named.
 *
 * From then on the ledger, not the event's current content, decides: an event keeps the ledger
 * id whose anchor it holds, whatever article is added later (a new main actor or an earlier
 * report does not rename it), and no id is ever given to another event. An id whose anchor
 * went to an event that holds an older id (two events merged), or that no longer yields an
 * event, is retired: it redirects to the event that holds its anchor now, else to one that
 * holds another of its sources, else to its article.
 */
import { createHash } from 'node:crypto';
import type { Redirect } from '../schema/redirect.ts';
import { slugify } from './actors/slug.ts';
import { SPEECH_TYPES, type Candidate } from './events/candidate.ts';

export { slugify };

/** Every id ever published -> the keys of the sources it stood for (./sourceKeys), its anchor first. */
export type IdLedger = Record<string, string[]>;

/** What the ledger needs of an event. */
interface Published {
  id: string;
  type: Candidate['type'];
  sources: { article: string; sentenceIndex: number }[];
}

/**
 * The ledger keys of an event's sources: "article-id#sentence-index/kind", the kind being
 * "speech" for statements, warnings and denials (which merge into one another) and the type
 * otherwise, so the two events one sentence can report ("X said Y deployed troops") differ.
 */
export function sourceKeys(e: Pick<Published, 'type' | 'sources'>): string[] {
  const kind = SPEECH_TYPES.has(e.type) ? 'speech' : e.type;
  return e.sources.map((s) => `${s.article}#${s.sentenceIndex}/${kind}`);
}

/** The "article-id#sentence-index" part of a ledger key. */
const sentenceOf = (key: string) => key.slice(0, key.lastIndexOf('/'));
/** The article id of a ledger key. */
const articleOf = (key: string) => key.slice(0, key.lastIndexOf('#'));

function baseId(c: Candidate): string {
  // who the event is about: the speaker of speech, the agent of anything else
  const preferred = SPEECH_TYPES.has(c.type) ? ['speaker', 'agent'] : ['agent', 'speaker'];
  const main = preferred.map((role) => c.actors.find((a) => a.role === role)).find(Boolean) ?? c.actors[0];
  return slugify(`${c.date.start} ${main ? main.id : ''} ${c.type}`).slice(0, 80).replace(/-+$/, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * Which event keeps which ledger id: an event may keep an id whose anchor it holds. When two
 * could keep one id (one sentence, two events of a kind), or one event two ids (two events
 * merged), the pair sharing the most of the id's sources wins, then the earlier event, then the
 * id first in order; each event keeps one id at most and each id goes to one event.
 */
function keptIds(events: Candidate[], ledger: IdLedger): (string | null)[] {
  const idsOfAnchor = new Map<string, string[]>();
  for (const [id, keys] of Object.entries(ledger)) {
    if (keys[0]) idsOfAnchor.set(keys[0], [...(idsOfAnchor.get(keys[0]) ?? []), id]);
  }
  const pairs: { event: number; id: string; shared: number }[] = [];
  events.forEach((c, event) => {
    const keys = new Set(sourceKeys(c));
    for (const key of keys) {
      for (const id of idsOfAnchor.get(key) ?? []) pairs.push({ event, id, shared: ledger[id]!.filter((k) => keys.has(k)).length });
    }
  });
  pairs.sort((a, b) => b.shared - a.shared || a.event - b.event || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: (string | null)[] = events.map(() => null);
  const given = new Set<string>();
  for (const p of pairs) {
    if (kept[p.event] !== null || given.has(p.id)) continue;
    kept[p.event] = p.id;
    given.add(p.id);
  }
  return kept;
}

/**
 * Ids for merged events, given in first-reported order, each event's sources in reading order
 * (earliest article first). With an empty ledger every id is new.
 */
export function assignIds(events: Candidate[], ledger: IdLedger = {}): string[] {
  const kept = keptIds(events, ledger);
  // every id ever published stays reserved for the event it named
  const taken = new Set(Object.keys(ledger));
  return events.map((c, i) => {
    if (kept[i]) return kept[i];
    const base = baseId(c);
    let id = taken.has(base) ? `${base}-${shortHash(`${c.sources[0]!.article}\u0000${c.sources[0]!.sentence}`)}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * The ledger after publishing `events`: every id it did not hold yet, with its sources (anchor
 * first), and the new sources of the ids it held. Nothing is ever removed; ids are sorted.
 */
export function recordIds(ledger: IdLedger, events: Published[]): IdLedger {
  const next: IdLedger = {};
  for (const [id, keys] of Object.entries(ledger)) next[id] = [...keys];
  for (const e of events) {
    const keys = (next[e.id] ??= []);
    const known = new Set(keys);
    for (const key of sourceKeys(e)) {
      if (!known.has(key)) {
        known.add(key);
        keys.push(key);
      }
    }
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Where each retired id (in the ledger, no longer an event's id) leads: the event that holds
 * its anchor, else one that holds another of its sources, else one reported by the same
 * sentence, else its article. Ids whose article is gone too lead nowhere: `lost`.
 */
export function retiredIds(ledger: IdLedger, events: Published[], articleIds: Set<string>): { redirects: Redirect[]; lost: string[] } {
  const current = new Set(events.map((e) => e.id));
  const eventOfKey = new Map<string, string>();
  const eventOfSentence = new Map<string, string>();
  for (const e of events) {
    for (const key of sourceKeys(e)) {
      if (!eventOfKey.has(key)) eventOfKey.set(key, e.id);
      if (!eventOfSentence.has(sentenceOf(key))) eventOfSentence.set(sentenceOf(key), e.id);
    }
  }
  const redirects: Redirect[] = [];
  const lost: string[] = [];
  for (const id of Object.keys(ledger).sort()) {
    if (current.has(id)) continue;
    const keys = ledger[id]!;
    const event = keys.map((k) => eventOfKey.get(k)).find(Boolean) ?? keys.map((k) => eventOfSentence.get(sentenceOf(k))).find(Boolean);
    const article = keys.map(articleOf).find((a) => articleIds.has(a));
    if (event) redirects.push({ id, to: `/events/${event}/` });
    else if (article) redirects.push({ id, to: `/articles/${article}/` });
    else lost.push(id);
  }
  return { redirects, lost };
}
