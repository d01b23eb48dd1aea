/**
 * `npm run bench:pipeline [-- --articles N]`: how fast the extraction pipeline runs, and how much
 * memory it takes, on a corpus made from the gold articles, each copy published on another day
 * (so copies are distinct reports, not duplicates that merge). Prints medians of 3 runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { addDays, formatISO, parseISO } from 'date-fns';
import { parseArticle } from '../../src/build/parse-article.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { SourceArticle } from '../../src/pipeline/types.ts';

const RUNS = 3;
const args = process.argv.slice(2);
const wanted = Number(args[args.indexOf('--articles') + 1]) || 200;

const gold = join(import.meta.dirname, '..', '..', 'eval', 'gold');
const originals: SourceArticle[] = [];
for (const set of (await readdir(gold, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const dir = join(gold, set, 'articles');
  for (const name of (await readdir(dir)).sort()) {
    const { article } = parseArticle(await readFile(join(dir, name), 'utf8'), `${set}/${name}`);
    if (article) originals.push(article);
  }
}
const corpus: SourceArticle[] = Array.from({ length: wanted }, (_, i) => {
  const a = originals[i % originals.length];
  const shift = Math.floor(i / originals.length) * 9; // days: past any "last week" of the copy before
  const publishedAt = formatISO(addDays(parseISO(a.publishedAt.slice(0, 10)), shift), { representation: 'date' });
  return { ...a, id: `${a.id}-${i}`, publishedAt };
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times: number[] = [];
let events = 0;
let sentences = 0;
const digests = new Set<string>();
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const run = runPipeline(corpus, []);
  times.push(performance.now() - t0);
  events = run.timeline.events.length;
  digests.add(createHash('sha256').update(JSON.stringify(run.timeline)).digest('hex').slice(0, 16));
  sentences = run.analyses.reduce((n, a) => n + a.sentences.length, 0);
}
const ms = median(times);
const rssMiB = process.memoryUsage().rss / 2 ** 20;
console.log(`pipeline: ${corpus.length} articles, ${sentences} sentences -> ${events} events`);
console.log(`median of ${RUNS} runs: ${ms.toFixed(0)} ms (${((corpus.length / ms) * 1000).toFixed(0)} articles/s, ${((sentences / ms) * 1000).toFixed(0)} sentences/s); resident memory ${rssMiB.toFixed(0)} MiB`);
// the same input must give the same output, run after run
console.log(`output sha256 ${[...digests].join(', ')}${digests.size === 1 ? ' (identical in every run)' : ' (RUNS DIFFER)'}`);
console.log(`bench.pipeline.ms=${ms.toFixed(1)}`);
console.log(`bench.pipeline.articles_per_s=${((corpus.length / ms) * 1000).toFixed(1)}`);
console.log(`bench.pipeline.rss_mib=${rssMiB.toFixed(0)}`);
