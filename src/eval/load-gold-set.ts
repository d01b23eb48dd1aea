/** Reads a gold set folder (articles/*.md, optional actors.yaml, timeline.json) and runs the pipeline on it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readContentFrom } from '../build/read-content.ts';
import { runPipelineInParallel } from '../build/read-articles.ts';
import type { Timeline } from '../pipeline/types.ts';
import { goldTimelineSchema, type GoldTimeline } from './gold.ts';

export async function loadGoldSet(dir: string): Promise<{ gold: GoldTimeline; timeline: Timeline }> {
  const gold = goldTimelineSchema.parse(JSON.parse(await readFile(join(dir, 'timeline.json'), 'utf8')));
  const content = await readContentFrom(join(dir, 'articles'), join(dir, 'actors.yaml'), dir);
  return { gold, timeline: (await runPipelineInParallel(content.articles, content.pins)).timeline };
}
