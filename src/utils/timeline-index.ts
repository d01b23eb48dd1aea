import { EVENT_TYPES } from '../schema/event-type-list.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { dayNumber } from './day-number.ts';
import { eventActorIds } from './event-actor-ids.ts';

/**
 * What the timeline page needs about every event to filter, count and aggregate, as parallel
 * arrays (index i is the i-th event in date order): no titles or text, so it stays small at
 * tens of thousands of events. The page reads an event's words from its month's chunk.
 */
export interface TimelineIndex {
  ids: string[];
  /** first day (days since 1970-01-01), ascending */
  start: number[];
  /** last day, inclusive */
  end: number[];
  /** position in EVENT_TYPES */
  type: number[];
  /** actor id -> indices of the events it takes part in or is quoted in, ascending */
  postings: Record<string, number[]>;
  /** the longest event, in days: how far before a window an event may start and still reach into it */
  maxSpanDays: number;
}

/** One event as the timeline draws it: enough for an item and its label (the list under it is server-rendered HTML). */
export type ChunkEvent = Pick<TimelineEvent, 'id' | 'title' | 'type' | 'status' | 'date'>;

/** The chunk an event's words live in: the month it starts ("2024-02"). */
export function chunkKey(isoStart: string): string {
  return isoStart.slice(0, 7);
}

/** Builds the index and the monthly chunks from events in date order (sortEvents). */
export function buildTimelineIndex(events: readonly TimelineEvent[]): { index: TimelineIndex; chunks: Map<string, ChunkEvent[]> } {
  const index: TimelineIndex = { ids: [], start: [], end: [], type: [], postings: {}, maxSpanDays: 0 };
  const chunks = new Map<string, ChunkEvent[]>();
  events.forEach((event, i) => {
    const start = dayNumber(event.date.start);
    const end = dayNumber(event.date.end);
    if (i > 0 && start < index.start[i - 1]!) throw new Error(`buildTimelineIndex: event ${event.id} is out of date order; sort with sortEvents first`);
    const actors = eventActorIds(event);
    index.ids.push(event.id);
    index.start.push(start);
    index.end.push(end);
    index.type.push(EVENT_TYPES.indexOf(event.type));
    index.maxSpanDays = Math.max(index.maxSpanDays, end - start);
    for (const id of actors) (index.postings[id] ??= []).push(i);
    const key = chunkKey(event.date.start);
    if (!chunks.has(key)) chunks.set(key, []);
    chunks.get(key)!.push({ id: event.id, title: event.title, type: event.type, status: event.status, date: event.date });
  });
  return { index, chunks };
}
