import type { TimelineEvent } from '../schema/event.ts';

/** Every actor an event involves: its listed actors and the speakers of its quotes, sorted, once each. */
export function eventActorIds(event: Pick<TimelineEvent, 'actors' | 'quotes'>): string[] {
  return [...new Set([...event.actors.map((a) => a.id), ...event.quotes.map((q) => q.speaker)])].sort();
}
