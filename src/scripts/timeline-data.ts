/**
 * The timeline page's static data, fetched as it is needed: the compact index and the actors
 * first, an event's words by month as the window reaches it, every event's text only when the
 * reader first searches words.
 */
import type { Actor } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { isoOfDay } from '../utils/day-number.ts';
import { eventSearchText } from '../utils/filter-events.ts';
import { chunkKey, type ChunkEvent, type TimelineIndex } from '../utils/timeline-index.ts';

/** The JSON at `path`; an error names the address and the status when the host refuses it. */
export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The monthly chunks of event words (/data/timeline/<month>.json), each fetched once, when first needed. */
export class Chunks {
  private readonly months = new Map<string, Promise<Map<string, ChunkEvent>>>();
  private readonly index: TimelineIndex;
  constructor(index: TimelineIndex) {
    this.index = index;
  }

  private month(key: string): Promise<Map<string, ChunkEvent>> {
    let pending = this.months.get(key);
    if (!pending) {
      pending = fetchJson<ChunkEvent[]>(`/data/timeline/${key}.json`).then((list) => new Map(list.map((e) => [e.id, e])));
      pending.catch(() => this.months.delete(key));
      this.months.set(key, pending);
    }
    return pending;
  }

  /** The events at these indices, in the same order. */
  async get(indices: readonly number[]): Promise<ChunkEvent[]> {
    const keys = [...new Set(indices.map((i) => chunkKey(isoOfDay(this.index.start[i]!))))];
    const loaded = new Map(await Promise.all(keys.map(async (k) => [k, await this.month(k)] as const)));
    return indices.map((i) => loaded.get(chunkKey(isoOfDay(this.index.start[i]!)))!.get(this.index.ids[i]!)!);
  }
}

/** Word search needs every event's text; it is fetched (/data/events.json) only when the reader first types words. */
export class TextSearch {
  private texts: Promise<string[]> | null = null;
  private readonly index: TimelineIndex;
  private readonly actors: readonly Actor[];
  constructor(index: TimelineIndex, actors: readonly Actor[]) {
    this.index = index;
    this.actors = actors;
  }

  /** 1 for each event (in index order) whose text holds every word of `q`; null when `q` has no words. */
  async mask(q: string): Promise<Uint8Array | null> {
    const words = q.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    this.texts ??= fetchJson<TimelineEvent[]>('/data/events.json').then((events) => {
      const names = new Map(this.actors.map((a) => [a.id, a.name]));
      const byId = new Map(events.map((e) => [e.id, eventSearchText(e, names)]));
      return this.index.ids.map((id) => byId.get(id) ?? '');
    });
    const texts = await this.texts;
    return Uint8Array.from(texts, (text) => (words.every((w) => text.includes(w)) ? 1 : 0));
  }
}
