import type { Actor } from '../schema/actor.ts';
import type { EventType, TimelineEvent } from '../schema/event.ts';
import { EVENT_TYPES } from '../schema/event.ts';
import { eventActorIds } from './event-actor-ids.ts';

/** What the reader filters by; it lives in the URL so a view can be shared. */
export interface EventFilter {
  /** actor ids; an event matches when it involves any of them */
  actors: string[];
  /** when true, choosing an organization or country also takes in everyone affiliated with it */
  affiliated: boolean;
  /** event types; empty means all */
  types: EventType[];
  /** free text; every word must occur in the event's title, quotes, places, actor names or sources */
  q: string;
  /** the event open in the detail panel, or null */
  event: string | null;
  /** one timeline row per chosen actor */
  lanes: boolean;
}

export const EMPTY_FILTER: EventFilter = { actors: [], affiliated: false, types: [], q: '', event: null, lanes: false };

/**
 * Reads a filter from URL search params: `?actor=john-kirby&actor=nato&type=statement&q=troops&affiliated=1&event=id&lanes=1`.
 * Unknown types are dropped; repeated values are kept once, sorted, so equal filters give equal URLs.
 */
export function parseFilter(params: URLSearchParams): EventFilter {
  const known = new Set<string>(EVENT_TYPES);
  return {
    actors: uniqueSorted(params.getAll('actor').flatMap(splitList)),
    affiliated: params.get('affiliated') === '1',
    types: uniqueSorted(params.getAll('type').flatMap(splitList)).filter((t): t is EventType => known.has(t)),
    q: (params.get('q') ?? '').trim(),
    event: params.get('event') || null,
    lanes: params.get('lanes') === '1',
  };
}

/** The `actor` and `type` values of a URL that name no known actor or type (to tell the reader, not to drop silently). */
export function unknownFilterValues(params: URLSearchParams, knownActors: ReadonlySet<string>): { actors: string[]; types: string[] } {
  const knownTypes = new Set<string>(EVENT_TYPES);
  return {
    actors: uniqueSorted(params.getAll('actor').flatMap(splitList)).filter((a) => !knownActors.has(a)),
    types: uniqueSorted(params.getAll('type').flatMap(splitList)).filter((t) => !knownTypes.has(t)),
  };
}

/** The URL search string for a filter ("" when nothing is filtered); the inverse of parseFilter. */
export function serializeFilter(filter: EventFilter): string {
  const params = new URLSearchParams();
  for (const actor of uniqueSorted(filter.actors)) params.append('actor', actor);
  if (filter.affiliated) params.set('affiliated', '1');
  for (const type of uniqueSorted(filter.types)) params.append('type', type);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.event) params.set('event', filter.event);
  if (filter.lanes) params.set('lanes', '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The actor ids a selection stands for: the chosen ids and, when `affiliated`, every actor whose
 * chain of affiliations leads to one of them (Kirby -> Pentagon -> United States).
 */
export function expandActors(chosen: readonly string[], actors: readonly Pick<Actor, 'id' | 'affiliation'>[], affiliated: boolean): Set<string> {
  const result = new Set(chosen);
  if (!affiliated) return result;
  const parentOf = new Map(actors.map((a) => [a.id, a.affiliation]));
  for (const actor of actors) {
    // Walk up the chain; the `seen` set stops on a cycle in bad data instead of looping forever.
    const seen = new Set<string>();
    for (let id: string | null | undefined = actor.affiliation; id && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      if (chosen.includes(id)) {
        result.add(actor.id);
        break;
      }
    }
  }
  return result;
}

/** The text an event is searched by, lower-cased. */
export function eventSearchText(event: TimelineEvent, actorNames: ReadonlyMap<string, string>): string {
  return [
    event.title,
    event.type,
    ...event.quotes.map((q) => q.text),
    ...event.places,
    ...eventActorIds(event).map((id) => actorNames.get(id) ?? id),
    ...event.sources.map((s) => s.sentence),
  ]
    .join('\n')
    .toLocaleLowerCase('en');
}

/** The events a filter keeps, in their given order. */
export function filterEvents(events: readonly TimelineEvent[], actors: readonly Actor[], filter: EventFilter): TimelineEvent[] {
  const wanted = expandActors(filter.actors, actors, filter.affiliated);
  const types = new Set(filter.types);
  const words = filter.q.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return events.filter((event) => {
    if (wanted.size > 0 && !eventActorIds(event).some((id) => wanted.has(id))) return false;
    if (types.size > 0 && !types.has(event.type)) return false;
    if (words.length > 0) {
      const text = eventSearchText(event, names);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

function splitList(value: string): string[] {
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}

function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}
