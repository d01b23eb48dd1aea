/**
 * The per-article stages on worker threads give the timeline of the single-threaded run, byte
 * for byte: same order, same ids, same notes, for the project's content and every gold set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type OutlineAnalysis, type PipelineRun } from '../pipeline/index.ts';
import { readContentFrom } from './read-content.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import { runWithPool, startReaderPool, workerCount } from './read-articles.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD = join(ROOT, 'eval', 'gold');
const sets: [string, string, string][] = [
  ['content', join(ROOT, 'content', 'articles'), join(ROOT, 'content', 'actors.yaml')],
  ...readdirSync(GOLD, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d): [string, string, string] => [d.name, join(GOLD, d.name, 'articles'), join(GOLD, d.name, 'actors.yaml')]),
];

/** What a run publishes and what `dateline explain` shows, as one string. */
const serialize = (run: PipelineRun<OutlineAnalysis>) =>
  JSON.stringify({ timeline: run.timeline, notes: run.analyses.map((a) => a.notes), eventOf: [...run.eventOf], dropped: run.dropped, ledger: run.ledger });

test('1 thread and 2 worker threads give identical JSON for the content and every gold set', async () => {
  const pool = startReaderPool(2);
  try {
    const all: SourceArticle[] = [];
    for (const [name, dir, pinsFile] of sets) {
      const content = await readContentFrom(dir, pinsFile, ROOT);
      assert.ok(content.articles.length > 0, `${name}: no articles read`);
      const single = runPipeline(content.articles, content.pins);
      const parallel = await runWithPool(pool, content.articles, content.pins);
      assert.equal(serialize(parallel), serialize(single), `${name}: the worker threads' run differs from the single-threaded one`);
      all.push(...content.articles.map((a) => ({ ...a, id: `${name}-${a.id}` })));
    }
    // all sets at once: several batches per worker, actors unified across them
    assert.equal(serialize(await runWithPool(pool, all, [])), serialize(runPipeline(all, [])), 'all sets together: the worker threads\' run differs');
  } finally {
    await pool.close();
  }
});

test('reads that are not of the articles in publication order are refused', () => {
  const article = { id: 'a', file: 'a.md', title: 'A', publisher: 'P', publishedAt: '2022-02-02', url: null, byline: null, body: 'Text.', bodyLine: 5 };
  const other = { ...article, id: 'b', publishedAt: '2022-02-01' };
  const reads = runPipeline([article, other], []).analyses;
  assert.throws(() => runPipeline([article, other], [], {}, [reads[1], reads[0]]), /inPublicationOrder/);
});

test('DATELINE_WORKERS sets the thread count; anything but a whole number >= 1 is refused with what to do', () => {
  assert.equal(workerCount({ DATELINE_WORKERS: '1' }), 1);
  assert.equal(workerCount({ DATELINE_WORKERS: '3' }), 3);
  assert.ok(workerCount({}) >= 1);
  for (const bad of ['0', '-1', '1.5', 'two']) assert.throws(() => workerCount({ DATELINE_WORKERS: bad }), /DATELINE_WORKERS="[^"]*".*set it to 1 or more/);
});
