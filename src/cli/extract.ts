/** `dateline extract [--out DIR]`: runs the pipeline over content/ and writes events, actors and articles as JSON. */
import { join } from 'node:path';
import { extractContent } from '../build/extract-content.ts';
import { recordLedger } from '../build/record-ledger.ts';
import { orReport } from './read-content-or-report.ts';
import { parseArgs } from './args.ts';
import { ForeignFilesError, writeFolderAtomic } from './write-atomic.ts';

export async function run(args: string[]): Promise<number> {
  const { options } = parseArgs(args);
  // a folder of its own: each run replaces it whole (.dateline/ also holds the e2e test site)
  const out = options.get('out') ?? join('.dateline', 'data');
  const extracted = await orReport('extract', () => extractContent(process.cwd()));
  if (!extracted) return 1;
  for (const line of extracted.warnings) console.warn(line);
  const { timeline, analyses } = extracted.run;
  try {
    await writeFolderAtomic(out, (['events', 'actors', 'articles'] as const).map((k) => ({ name: `${k}.json`, content: `${JSON.stringify(timeline[k], null, 2)}\n` })));
  } catch (e) {
    if (!(e instanceof ForeignFilesError)) throw e;
    console.error(`dateline extract: ${e.message}; nothing was written`);
    return 1;
  }
  // the ids published now join the ledger, so they keep resolving whatever is added later
  await recordLedger(extracted);
  const byType = new Map<string, number>();
  for (const e of timeline.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const sentences = analyses.reduce((n, a) => n + a.sentences.length, 0);
  const multi = timeline.events.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1).length;
  console.log(`${timeline.articles.length} articles, ${sentences} sentences -> ${timeline.events.length} events (${multi} reported by more than one article), ${timeline.actors.length} actors`);
  console.log(`by type: ${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(', ')}`);
  console.log(`wrote ${join(out, 'events.json')}, ${join(out, 'actors.json')}, ${join(out, 'articles.json')}`);
  if (timeline.redirects.length) console.log(`${timeline.redirects.length} retired ids redirect to where their events went`);
  return 0;
}
