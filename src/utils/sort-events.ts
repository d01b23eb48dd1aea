import type { TimelineEvent } from '../schema/event.ts';

/** Events in reading order: by start day, then the shorter (more precise) first, then by id, so output is stable. */
export function sortEvents<T extends Pick<TimelineEvent, 'id' | 'date'>>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.date.end.localeCompare(b.date.end) ||
      a.id.localeCompare(b.id),
  );
}
