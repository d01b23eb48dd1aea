/**
 * The build's one entry to the data: reads content/, runs the extraction pipeline, and
 * validates the result against the shared schemas. Memoized per process, so the three
 * collections share one run.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { actorSchema } from '../schema/actor.ts';
import { articleSchema } from '../schema/article.ts';
import { eventSchema } from '../schema/event.ts';
import { redirectSchema } from '../schema/redirect.ts';
import { runPipeline } from '../pipeline/index.ts';
import { writeFilesAtomic } from '../cli/write-atomic.ts';
import { LEDGER_FILE, ledgerUpdate, readLedger } from './id-ledger.ts';
import type { Timeline } from '../pipeline/types.ts';
import { readContent } from './read-content.ts';

export const timelineSchema = z.object({
  events: z.array(eventSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleSchema),
  // retired event ids; fixtures written before ids could retire have none
  redirects: z.array(redirectSchema).default([]),
});

const cache = new Map<string, Promise<Timeline>>();

/**
 * The site's timeline. With DATELINE_TIMELINE=path/to/timeline.json the build serves that
 * file instead of running the pipeline (test fixtures).
 */
export function loadTimeline(root: string = process.cwd()): Promise<Timeline> {
  const fixture = process.env.DATELINE_TIMELINE;
  const key = fixture ? `fixture:${resolve(root, fixture)}` : `content:${resolve(root)}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fixture ? readFixture(resolve(root, fixture)) : timelineFromContent(root);
    cache.set(key, pending);
  }
  return pending;
}

async function readFixture(path: string): Promise<Timeline> {
  const parsed = timelineSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path}: not a valid timeline: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

async function timelineFromContent(root: string): Promise<Timeline> {
  const content = await readContent(root);
  for (const warning of content.warnings) console.warn(`warning: ${warning}`);
  const ledger = await readLedger(root);
  const run = runPipeline(content.articles, content.pins, ledger);
  // The pipeline's output must honour the public contract; fail the build loudly if not.
  const timeline = timelineSchema.parse(run.timeline);
  // The ids this build publishes join the ledger, so they keep resolving whatever is added later.
  const update = ledgerUpdate(root, ledger, run.ledger);
  if (update.file) {
    await writeFilesAtomic([update.file]);
    console.warn(`note: recorded ${update.added} new event ids in ${LEDGER_FILE}: commit it with the articles`);
  }
  for (const id of run.lostIds) console.warn(`warning: ${LEDGER_FILE}: the published id "${id}" leads nowhere: its article is gone (restore the article to keep the link working)`);
  return timeline;
}
