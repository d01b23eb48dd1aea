/** `dateline extract [--out DIR]`: runs the pipeline over content/ and writes events, actors and articles as JSON. */
import { join } from 'node:path';
import { orReport, readContentOrReport } from './read-content-or-report.ts';
import { droppedWarnings, runPipelineChecked } from '../build/run-pipeline-checked.ts';
import { LEDGER_FILE, ledgerUpdate, lostIdWarning } from '../build/id-ledger.ts';
import { readLedgerOrReport } from './read-ledger-or-report.ts';
import { parseArgs } from './args.ts';
import { writeFilesAtomic } from './write-atomic.ts';

export async function run(args: string[]): Promise<number> {
  const { options } = parseArgs(args);
  const out = options.get('out') ?? '.dateline';
  const content = await readContentOrReport('extract');
  if (!content) return 1;
  const ledger = await readLedgerOrReport('extract');
  if (!ledger) return 1;
  const run = await orReport('extract', () => runPipelineChecked(content.articles, content.pins, ledger));
  if (!run) return 1;
  for (const line of droppedWarnings(run, content.articles)) console.warn(`warning: ${line}`);
  const { timeline, analyses } = run;
  // the ids published now join the ledger, so they keep resolving whatever is added later
  const update = ledgerUpdate(process.cwd(), ledger, run.ledger);
  await writeFilesAtomic([
    ...(['events', 'actors', 'articles'] as const).map((k) => ({ path: join(out, `${k}.json`), content: `${JSON.stringify(timeline[k], null, 2)}\n` })),
    ...(update.file ? [update.file] : []),
  ]);
  for (const id of run.lostIds) console.warn(lostIdWarning(id));
  const byType = new Map<string, number>();
  for (const e of timeline.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const sentences = analyses.reduce((n, a) => n + a.sentences.length, 0);
  const multi = timeline.events.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1).length;
  console.log(`${timeline.articles.length} articles, ${sentences} sentences -> ${timeline.events.length} events (${multi} reported by more than one article), ${timeline.actors.length} actors`);
  console.log(`by type: ${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(', ')}`);
  console.log(`wrote ${join(out, 'events.json')}, ${join(out, 'actors.json')}, ${join(out, 'articles.json')}`);
  if (timeline.redirects.length) console.log(`${timeline.redirects.length} retired ids redirect to where their events went`);
  if (update.file) console.log(`recorded ${update.added} new ids in ${LEDGER_FILE}: commit it with the articles`);
  return 0;
}
