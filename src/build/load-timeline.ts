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
import { describeDropped } from '../pipeline/guard.ts';
import { runPipeline as extract, type PipelineRun } from '../pipeline/index.ts';
import type { Timeline } from '../pipeline/types.ts';
import { readContent } from './read-content.ts';

export const timelineSchema = z.object({
  events: z.array(eventSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleSchema),
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
    pending = fixture ? readFixture(resolve(root, fixture)) : runPipeline(root);
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

async function runPipeline(root: string): Promise<Timeline> {
  const content = await readContent(root);
  for (const warning of content.warnings) console.warn(`warning: ${warning}`);
  const run = extract(content.articles, content.pins);
  for (const line of droppedWarnings(run, content.articles)) console.warn(`warning: ${line}`);
  return checkTimeline(run.timeline);
}

/** One line per candidate or actor the pipeline's guards dropped, naming the article file and sentence. */
export function droppedWarnings(run: PipelineRun, articles: { id: string; file: string }[]): string[] {
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  return run.dropped.map((d) => describeDropped(d, (id) => fileOf.get(id) ?? id));
}

/**
 * The pipeline's output against the public contract. The guards drop whatever text made invalid,
 * so a failure here is a bug in the pipeline: the message says where, not a raw schema dump.
 */
export function checkTimeline(timeline: Timeline): Timeline {
  const parsed = timelineSchema.safeParse(timeline);
  if (parsed.success) return parsed.data;
  const where = (path: PropertyKey[]) => {
    const [collection, index] = path;
    const item = (timeline as unknown as Record<string, { id?: string }[]>)[String(collection)]?.[Number(index)];
    return `${String(collection)} ${item?.id ?? `#${String(index)}`}, field ${path.slice(2).map(String).join('.') || '(whole item)'}`;
  };
  const lines = parsed.error.issues.slice(0, 20).map((i) => `  ${where(i.path)}: ${i.message}`);
  throw new Error(`the extracted timeline does not fit the schema (a pipeline bug, not a content error; please report it with these lines):\n${lines.join('\n')}`);
}
