/**
 * An Astro content-layer loader over the pipeline's output: one loader per collection,
 * all sharing one memoized pipeline run.
 */
import type { Loader } from 'astro/loaders';
import type { Timeline } from '../pipeline/types.ts';
import { loadTimeline } from './load-timeline.ts';

export function timelineLoader(collection: keyof Timeline): Loader {
  return {
    name: `dateline-${collection}`,
    load: async ({ store, parseData, generateDigest }) => {
      const timeline = await loadTimeline();
      store.clear();
      for (const entry of timeline[collection]) {
        const data = await parseData({ id: entry.id, data: { ...entry } as Record<string, unknown> });
        store.set({ id: entry.id, data, digest: generateDigest(data) });
      }
    },
  };
}
