/**
 * `npm run bench:pipeline [-- --articles N] [-- --workers N]`: how fast the extraction pipeline
 * runs, and how much memory it takes, on a corpus made from the gold articles, each copy published
 * on another day (so copies are distinct reports, not duplicates that merge). Prints medians of 3
 * runs of each way of running it, the runs interleaved so that the machine's load falls on all:
 * in one thread, and with the per-article stages on N threads, the main one and N - 1 workers
 * (their start included, as a build pays it); then what each per-article stage costs in one
 * thread (the linguistic layer's share), and the peak resident memory, worker threads included.
 * Every run is a fresh process (`--child`), as a build is: no cache warmed by the run before but
 * Node's compile cache on disk, which the workers use as a build's do. Each run also prints its
 * CPU time (all threads): on a machine other jobs share, the threads get only the cores left free,
 * and the CPU time says what the work itself cost.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
// one module each, not the package's index: that loads every date-fns module (~270 MiB resident
// on Node 24), which the pipeline never imports and the peak memory figure must not include
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { parseArticle } from '../../src/build/parse-article.ts';
import { spawnSync } from 'node:child_process';
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
/** in a child process: `--child 1` runs in one thread, `--child N` on N threads (the main one and N - 1 workers), `--child stages` times each stage */
const child = args.includes('--child') ? args[args.indexOf('--child') + 1] : null;

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
const peakMiB = () => process.resourceUsage().maxRSS / 1024;

/** `cpuMs`: the process's CPU time, every thread: unlike `ms`, it does not grow with the other jobs' load on the machine */
interface RunFigures { ms: number; cpuMs: number; events: number; sentences: number; digest: string; peakMiB: number }
type StageFigures = Record<string, number>;

if (child === 'stages') {
  // Each per-article stage alone, in one thread, on the same corpus, right after a whole run in
  // the same process (so the machine's load is the same for both): what the linguistic layer costs.
  const times: StageFigures = {};
  const t0 = performance.now();
  runPipeline(corpus, []);
  times.pipeline = performance.now() - t0;
  const lap = <T,>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    times[name] = performance.now() - t0;
    return out;
  };
  const docs = lap('clean', () => corpus.map((a) => cleanArticle(a.body)));
  const split = lap('sentences', () => docs.map((d) => splitSentences(d)));
  lap('linguistic', () => split.map((s) => analyzeSentences(s)));
  lap('time', () => corpus.map((a, i) => tagTimexes(docs[i].text, a.publishedAt.slice(0, 10))));
  lap('actors', () => split.map((s) => findActors(s, [])));
  console.log(JSON.stringify(times));
} else if (child) {
  const threads = Number(child);
  const t0 = performance.now();
  // one thread as a build on one core runs it (the pool's local reader: structures held one article at a time)
  const run = await runPipelineInParallel(corpus, [], {}, threads);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage();
  const figures: RunFigures = {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    events: run.timeline.events.length,
    sentences: run.analyses.reduce((n, a) => n + a.sentences.length, 0),
    digest: createHash('sha256').update(JSON.stringify(run.timeline)).digest('hex').slice(0, 16),
    peakMiB: peakMiB(),
  };
  console.log(JSON.stringify(figures));
} else {
  const inChild = <T,>(what: string): T => {
    const out = spawnSync(process.execPath, [import.meta.filename, '--articles', String(wanted), '--child', what], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (out.status !== 0) throw new Error(`bench:pipeline: the run "--child ${what}" failed:\n${out.stderr}`);
    return JSON.parse(out.stdout.trim().split('\n').pop()!) as T;
  };
  const modes = ['1', String(workers)];
  const runs = new Map(modes.map((m) => [m, [] as RunFigures[]]));
  const stages: StageFigures[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const mode of modes) runs.get(mode)!.push(inChild<RunFigures>(mode));
    stages.push(inChild<StageFigures>('stages'));
  }
  const all = [...runs.values()].flat();
  const { events, sentences } = all[0];
  const digests = new Set(all.map((f) => f.digest));
  const name = (mode: string) => (mode === '1' ? '1 thread' : `${mode} threads`);
  const msOf = (mode: string) => median(runs.get(mode)!.map((f) => f.ms));
  const single = msOf('1');
  const parallel = msOf(String(workers));
  console.log(`pipeline: ${corpus.length} articles, ${sentences} sentences -> ${events} events; each run a fresh process`);
  for (const mode of modes) {
    const ms = msOf(mode);
    const peak = median(runs.get(mode)!.map((f) => f.peakMiB));
    const cpuMs = median(runs.get(mode)!.map((f) => f.cpuMs));
    console.log(`${name(mode).padEnd(18)} median of ${RUNS}: ${ms.toFixed(0).padStart(6)} ms (${perSecond(corpus.length, ms)} articles/s, ${perSecond(sentences, ms)} sentences/s), ${(single / ms).toFixed(2)}x the 1-thread run; CPU ${cpuMs.toFixed(0)} ms; peak resident ${peak.toFixed(0)} MiB`);
  }
  const stageMs = Object.fromEntries(Object.keys(stages[0]).map((k) => [k, median(stages.map((s) => s[k]))]));
  // the share in each process, then its median: the load can change between processes
  const share = median(stages.map((s) => s.linguistic / s.pipeline));
  console.log(`1 thread, then each per-article stage alone in the same process, median of ${RUNS}: ${Object.entries(stageMs).map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`linguistic layer: ${(share * 100).toFixed(0)}% of a 1-thread run; 1 thread: ${perSecond(corpus.length, single)} articles/s with it, ${perSecond(corpus.length, single * (1 - share))} without (the same runs less its share)`);
  console.log(`output sha256 ${[...digests].join(', ')}${digests.size === 1 ? ' (identical in every run and every thread count)' : ' (RUNS DIFFER)'}`);
  console.log(`bench.pipeline.ms=${parallel.toFixed(1)}`);
  console.log(`bench.pipeline.articles_per_s=${((corpus.length / parallel) * 1000).toFixed(1)}`);
  console.log(`bench.pipeline.single_thread_articles_per_s=${((corpus.length / single) * 1000).toFixed(1)}`);
  console.log(`bench.pipeline.speedup=${(single / parallel).toFixed(2)}`);
  console.log(`bench.pipeline.linguistic_share=${share.toFixed(2)}`);
  console.log(`bench.pipeline.peak_rss_mib=${median(runs.get(String(workers))!.map((f) => f.peakMiB)).toFixed(0)}`);
  if (digests.size !== 1) process.exitCode = 1;
}
