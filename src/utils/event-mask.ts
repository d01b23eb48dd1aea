import type { Actor } from '../schema/actor.ts';
import { EVENT_TYPES } from '../schema/event-type-list.ts';
import { expandActors, type EventFilter } from './filter-events.ts';
import type { TimelineIndex } from './timeline-index.ts';

/** The result of a filter over the compact index: one byte per event, and counts that follow the filter. */
export interface FilterResult {
  /** 1 where the event is kept */
  mask: Uint8Array;
  kept: number;
  /** per actor id: its events under the other filters (type, words), whatever actors are chosen */
  actorCounts: Map<string, number>;
  /** per EVENT_TYPES position: its events under the other filters (actors, words) */
  typeCounts: Int32Array;
}

/**
 * Applies a filter to the index without touching any event object. `textMask` (1 = the
 * event's words match) is null when there are no words to match. Counts are faceted: an
 * actor's count is how many events choosing it would add under the type and word filters.
 */
export function filterIndex(index: TimelineIndex, actors: readonly Pick<Actor, 'id' | 'affiliation'>[], filter: Pick<EventFilter, 'actors' | 'affiliated' | 'types'>, textMask: Uint8Array | null): FilterResult {
  const n = index.ids.length;
  const byActor = new Uint8Array(n);
  if (filter.actors.length === 0) byActor.fill(1);
  else for (const id of expandActors(filter.actors, actors, filter.affiliated)) for (const i of index.postings[id] ?? []) byActor[i] = 1;
  const wantedTypes = new Uint8Array(EVENT_TYPES.length);
  if (filter.types.length === 0) wantedTypes.fill(1);
  else for (const type of filter.types) wantedTypes[EVENT_TYPES.indexOf(type)] = 1;
  const byType = (i: number) => wantedTypes[index.type[i]!] === 1;
  const byText = (i: number) => textMask === null || textMask[i] === 1;

  const mask = new Uint8Array(n);
  const typeCounts = new Int32Array(EVENT_TYPES.length);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (byActor[i] !== 1 || !byText(i)) continue;
    typeCounts[index.type[i]!]! += 1;
    if (byType(i)) {
      mask[i] = 1;
      kept += 1;
    }
  }
  const actorCounts = new Map<string, number>();
  for (const [id, events] of Object.entries(index.postings)) {
    let count = 0;
    for (const i of events) if (byType(i) && byText(i)) count += 1;
    actorCounts.set(id, count);
  }
  return { mask, kept, actorCounts, typeCounts };
}
