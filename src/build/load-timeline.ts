/**
 * The build's one entry to the data: reads content/, runs the extraction pipeline, and
 * validates the result against the shared schemas. Memoized per process, so the three
 * collections share one run.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Timeline } from '../pipeline/types.ts';
import { timelineSchema } from '../schema/timeline.ts';

const cache = new Map<string, Promise<Timeline>>();

/**
 * The site's timeline. With DATELINE_TIMELINE=path/to/timeline.json the build serves that
 * file instead of running the pipeline (test fixtures).
 */
export function loadTimeline(root: string = process.cwd()): Promise<Timeline> {
  const fixture = process.env.DATELINE_TIMELINE;
  const key = cacheKey(root);
  let pending = cache.get(key);
  if (!pending) {
    pending = fixture ? readFixture(resolve(root, fixture)) : timelineFromContent(root);
    cache.set(key, pending);
  }
  return pending;
}

/** Drops the memoized run for `root`, so that the next loadTimeline() reads the files again (dev reloads). */
export function forgetTimeline(root: string = process.cwd()): void {
  cache.delete(cacheKey(root));
}

/** Whether a change to `path` changes the timeline: the fixture file, else an article or the actor pins. */
export function feedsTimeline(path: string, root: string = process.cwd()): boolean {
  const file = resolve(root, path);
  const fixture = process.env.DATELINE_TIMELINE;
  if (fixture) return file === resolve(root, fixture);
  const content = resolve(root, 'content');
  return file === join(content, 'actors.yaml') || (resolve(file, '..') === join(content, 'articles') && extname(file).toLowerCase() === '.md');
}

function cacheKey(root: string): string {
  const fixture = process.env.DATELINE_TIMELINE;
  return fixture ? `fixture:${resolve(root, fixture)}` : `content:${resolve(root)}`;
}

async function readFixture(path: string): Promise<Timeline> {
  const parsed = timelineSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path}: not a valid timeline: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

async function timelineFromContent(root: string): Promise<Timeline> {
  // Loaded only here: the pipeline's language models cost a fixture build (and `npm run build`,
  // which hands Astro the extracted timeline as a file) hundreds of megabytes for nothing.
  const [{ extractContent }, { recordLedger }] = await Promise.all([import('./extract-content.ts'), import('./record-ledger.ts')]);
  const extracted = await extractContent(root);
  for (const line of extracted.warnings) console.warn(line);
  // The ids this build publishes join the ledger, so they keep resolving whatever is added later.
  await recordLedger(extracted);
  return extracted.run.timeline;
}
