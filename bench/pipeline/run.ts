/**
 * `npm run bench:pipeline [-- --articles N] [-- --workers N]`: how fast the extraction pipeline
 * runs, and how much memory it takes, on a corpus made from the gold articles, each copy published
 * on another day (so copies are distinct reports, not duplicates that merge). Prints medians of 3
 * runs of each way of running it, the runs interleaved so that the machine's load falls on all:
 * in one thread, and with the per-article stages on worker threads (their start included, as a
 * build pays it); then what each per-article stage costs in one thread (the linguistic layer's
 * share), and the peak resident memory of the whole process, worker threads included.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { addDays, formatISO, parseISO } from 'date-fns';
import { parseArticle } from '../../src/build/parse-article.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { runPipelineInParallel, workerCount } from '../../src/build/read-articles.ts';
import { cleanArticle } from '../../src/pipeline/clean.ts';
import { splitSentences } from '../../src/pipeline/sentences.ts';
import { analyzeSentences } from '../../src/pipeline/linguistic/index.ts';
import { tagTimexes } from '../../src/pipeline/time/index.ts';
import { findActors } from '../../src/pipeline/actors/index.ts';
import type { SourceArticle } from '../../src/pipeline/types.ts';

const RUNS = 3;
const args = process.argv.slice(2);
const wanted = Number(args[args.indexOf('--articles') + 1]) || 200;
const workers = args.includes('--workers') ? Number(args[args.indexOf('--workers') + 1]) : Math.max(2, workerCount());

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
const perSecond = (n: number, ms: number) => ((n / ms) * 1000).toFixed(0);

/** The ways of running the pipeline that are compared, each timed RUNS times. */
const modes: { name: string; run: () => Promise<ReturnType<typeof runPipeline>> }[] = [
  { name: '1 thread', run: async () => runPipeline(corpus, []) },
  { name: `${workers} worker threads`, run: () => runPipelineInParallel(corpus, [], {}, workers) },
];
const times = new Map(modes.map((m) => [m.name, [] as number[]]));
const digests = new Set<string>();
let events = 0;
let sentences = 0;
for (let r = 0; r < RUNS; r++) {
  for (const mode of modes) {
    const t0 = performance.now();
    const run = await mode.run();
    times.get(mode.name)!.push(performance.now() - t0);
    events = run.timeline.events.length;
    sentences = run.analyses.reduce((n, a) => n + a.sentences.length, 0);
    // the same input must give the same output, run after run, in one thread or several
    digests.add(createHash('sha256').update(JSON.stringify(run.timeline)).digest('hex').slice(0, 16));
  }
}

// Each per-article stage alone, in one thread, on the same corpus: what the linguistic layer costs.
const stageTimes = new Map<string, number[]>();
for (let r = 0; r < RUNS; r++) {
  const lap = (name: string, fn: () => void) => {
    const t0 = performance.now();
    fn();
    const list = stageTimes.get(name) ?? [];
    list.push(performance.now() - t0);
    stageTimes.set(name, list);
  };
  const docs = corpus.map((a) => cleanArticle(a.body));
  lap('clean', () => corpus.forEach((a) => cleanArticle(a.body)));
  const split = docs.map((d) => splitSentences(d));
  lap('sentences', () => docs.forEach((d) => splitSentences(d)));
  lap('linguistic', () => split.forEach((s) => analyzeSentences(s)));
  lap('time', () => corpus.forEach((a, i) => tagTimexes(docs[i].text, a.publishedAt.slice(0, 10))));
  lap('actors', () => split.forEach((s) => findActors(s, [])));
}

const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(`pipeline: ${corpus.length} articles, ${sentences} sentences -> ${events} events`);
const single = median(times.get(modes[0].name)!);
for (const mode of modes) {
  const ms = median(times.get(mode.name)!);
  console.log(`${mode.name.padEnd(18)} median of ${RUNS}: ${ms.toFixed(0).padStart(6)} ms (${perSecond(corpus.length, ms)} articles/s, ${perSecond(sentences, ms)} sentences/s), ${(single / ms).toFixed(2)}x the 1-thread run`);
}
const stageMs = new Map([...stageTimes].map(([name, list]) => [name, median(list)]));
const linguistic = stageMs.get('linguistic')!;
console.log(`per-article stages in 1 thread, median of ${RUNS}: ${[...stageMs].map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(', ')}`);
console.log(`linguistic layer: ${linguistic.toFixed(0)} ms of the 1-thread run's ${single.toFixed(0)} ms (${((linguistic / single) * 100).toFixed(0)}%); 1 thread without it: ${perSecond(corpus.length, single - linguistic)} articles/s, with it: ${perSecond(corpus.length, single)}`);
console.log(`peak resident memory ${peakMiB.toFixed(0)} MiB (the process, worker threads included)`);
console.log(`output sha256 ${[...digests].join(', ')}${digests.size === 1 ? ' (identical in every run and every thread count)' : ' (RUNS DIFFER)'}`);
const parallel = median(times.get(modes[1].name)!);
console.log(`bench.pipeline.ms=${parallel.toFixed(1)}`);
console.log(`bench.pipeline.articles_per_s=${((corpus.length / parallel) * 1000).toFixed(1)}`);
console.log(`bench.pipeline.single_thread_articles_per_s=${((corpus.length / single) * 1000).toFixed(1)}`);
console.log(`bench.pipeline.speedup=${(single / parallel).toFixed(2)}`);
console.log(`bench.pipeline.linguistic_share=${(linguistic / single).toFixed(2)}`);
console.log(`bench.pipeline.peak_rss_mib=${peakMiB.toFixed(0)}`);
if (digests.size !== 1) process.exitCode = 1;
