/** `dateline extract [--out DIR]`: runs the pipeline over content/ and writes events, actors and articles as JSON. */
import { join } from 'node:path';
import { orReport, readContentOrReport } from './read-content-or-report.ts';
import { droppedWarnings, runPipelineChecked } from '../build/run-pipeline-checked.ts';
import { parseArgs } from './args.ts';
import { writeFilesAtomic } from './write-atomic.ts';

export async function run(args: string[]): Promise<number> {
  const { options } = parseArgs(args);
  const out = options.get('out') ?? '.dateline';
  const content = await readContentOrReport('extract');
  if (!content) return 1;
  const run = await orReport('extract', () => runPipelineChecked(content.articles, content.pins));
  if (!run) return 1;
  for (const line of droppedWarnings(run, content.articles)) console.warn(`warning: ${line}`);
  const { timeline, analyses } = run;
  await writeFilesAtomic(
    (['events', 'actors', 'articles'] as const).map((k) => ({ path: join(out, `${k}.json`), content: `${JSON.stringify(timeline[k], null, 2)}\n` })),
  );
  const byType = new Map<string, number>();
  for (const e of timeline.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const sentences = analyses.reduce((n, a) => n + a.sentences.length, 0);
  const multi = timeline.events.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1).length;
  console.log(`${timeline.articles.length} articles, ${sentences} sentences -> ${timeline.events.length} events (${multi} reported by more than one article), ${timeline.actors.length} actors`);
  console.log(`by type: ${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(', ')}`);
  console.log(`wrote ${join(out, 'events.json')}, ${join(out, 'actors.json')}, ${join(out, 'articles.json')}`);
  return 0;
}
