/**
 * An Astro content-layer loader over the pipeline's output: one loader per collection,
 * all sharing one memoized pipeline run.
 */
import type { Loader } from 'astro/loaders';
import type { Timeline } from '../pipeline/types.ts';
import type { Permalink } from '../schema/redirect.ts';
import { loadTimeline } from './load-timeline.ts';

/**
 * Every event id the site answers for: the current ones, and the retired ones with where they
 * lead (one collection, so that it is empty only when the site has no events at all).
 */
export function permalinks(timeline: Timeline): Permalink[] {
  return [...timeline.events.map((e) => ({ id: e.id, to: null })), ...timeline.redirects];
}

export function timelineLoader(collection: Exclude<keyof Timeline, 'redirects'> | 'permalinks'): Loader {
  return {
    name: `dateline-${collection}`,
    load: async ({ store, parseData, generateDigest }) => {
      const timeline = await loadTimeline();
      store.clear();
      for (const entry of collection === 'permalinks' ? permalinks(timeline) : timeline[collection]) {
        const data = await parseData({ id: entry.id, data: { ...entry } as Record<string, unknown> });
        store.set({ id: entry.id, data, digest: generateDigest(data) });
      }
    },
  };
}
