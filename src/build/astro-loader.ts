/**
 * An Astro content-layer loader over the pipeline's output: one loader per collection,
 * all sharing one memoized pipeline run. In `astro dev` a change to an article, to the actor
 * pins (or to the fixture timeline) runs the pipeline again and updates every collection.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Timeline } from '../pipeline/types.ts';
import type { Permalink } from '../schema/redirect.ts';
import { feedsTimeline, forgetTimeline, loadTimeline } from './load-timeline.ts';

type Collection = Exclude<keyof Timeline, 'redirects'> | 'permalinks';

/**
 * Every event id the site answers for: the current ones, and the retired ones with where they
 * lead (one collection, so that it is empty only when the site has no events at all).
 */
export function permalinks(timeline: Timeline): Permalink[] {
  return [...timeline.events.map((e) => ({ id: e.id, to: null })), ...timeline.redirects];
}

// An editor's save often fires several events (write, rename, chmod): one pipeline run for them all.
const SETTLE_MS = 150; // quiet time after the last change before the pipeline runs again

/** Each collection's latest reload, keyed by collection; one change reloads them all from one run. */
const reloaders = new Map<string, () => Promise<void>>();
let pendingReload: ReturnType<typeof setTimeout> | undefined;

export function timelineLoader(collection: Collection): Loader {
  return {
    name: `dateline-${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = () => syncCollection(collection, root, context);
      await sync();
      const { watcher } = context;
      if (!watcher) return;
      reloaders.set(collection, sync);
      watcher.add(process.env.DATELINE_TIMELINE ? resolve(root, process.env.DATELINE_TIMELINE) : resolve(root, 'content'));
      const onChange = (path: string) => {
        if (feedsTimeline(path, root)) scheduleReload(root, context);
      };
      // Astro drops these listeners itself when it syncs the content config again.
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}

/** The collection's entries from the (memoized) timeline into the store: changed ones set, gone ones deleted. */
async function syncCollection(collection: Collection, root: string, { store, parseData, generateDigest }: LoaderContext): Promise<void> {
  const timeline = await loadTimeline(root);
  const entries = collection === 'permalinks' ? permalinks(timeline) : timeline[collection];
  const kept = new Set<string>();
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: { ...entry } as Record<string, unknown> });
    store.set({ id: entry.id, data, digest: generateDigest(data) }); // a no-op when the digest is unchanged
    kept.add(entry.id);
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

function scheduleReload(root: string, { logger }: LoaderContext): void {
  clearTimeout(pendingReload);
  pendingReload = setTimeout(async () => {
    forgetTimeline(root);
    try {
      await Promise.all([...reloaders.values()].map((reload) => reload()));
      logger.info('content changed: timeline extracted again');
    } catch (error) {
      // A broken article in dev: say what (ContentError lists "file:line: ..."), keep the last good data.
      logger.error(error instanceof Error ? error.message : String(error));
    }
  }, SETTLE_MS);
}
