/**
 * `npm run bench:article-size`: how extraction time and peak memory grow with the size of ONE
 * article. The article is made deterministically from the project's own articles (the seeds in
 * content/articles and the gold articles in eval/gold): their paragraphs in a fixed shuffled
 * order, repeated until the size is reached. Each run is a fresh process, so its peak resident
 * memory is its own; prints the median of 3 runs per size and time per MB, which stays flat
 * when cost is linear in input.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { runPipeline } from '../../src/pipeline/index.ts';
import { largeBody } from './corpus.ts';

const RUNS = 3;
const SIZES_MB = [0.3, 1.3, 5];
const MB = 1_000_000; // bytes

/** One measured run in this process: prints `{ ms, cpuMs, sentences, events, peakMiB }` as JSON. */
async function measureOnce(megabytes: number): Promise<void> {
  const body = await largeBody(megabytes * MB);
  const article = { id: 'large', file: 'large.md', title: 'Large', publisher: 'Bench', publishedAt: '2022-02-02', url: null, byline: null, body, bodyLine: 6 };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const run = runPipeline([article], []);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const sentences = run.analyses[0].sentences.length;
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, sentences, events: run.timeline.events.length, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sizeArg = process.argv.indexOf('--measure');
if (sizeArg >= 0) {
  await measureOnce(Number(process.argv[sizeArg + 1]));
} else {
  const sizes = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1].split(',').map(Number) : SIZES_MB;
  // CPU seconds too: on a shared machine the wall clock also counts the time spent waiting for a core
  console.log('size MB  sentences  events  median s  s per MB  CPU s  CPU s per MB  peak RSS MiB');
  for (const mb of sizes) {
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync(process.execPath, [import.meta.filename, '--measure', String(mb)], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!) as { ms: number; cpuMs: number; sentences: number; events: number; peakMiB: number },
    );
    const s = median(runs.map((r) => r.ms)) / 1000;
    const cpu = median(runs.map((r) => r.cpuMs)) / 1000;
    const peak = median(runs.map((r) => r.peakMiB));
    console.log(
      `${mb.toFixed(1).padStart(7)}  ${String(runs[0].sentences).padStart(9)}  ${String(runs[0].events).padStart(6)}  ${s.toFixed(2).padStart(8)}  ${(s / mb).toFixed(2).padStart(8)}  ${cpu.toFixed(2).padStart(5)}  ${(cpu / mb).toFixed(2).padStart(11)}  ${peak.toFixed(0).padStart(12)}`,
    );
    console.log(`bench.article_size.${mb}mb.s=${s.toFixed(2)} bench.article_size.${mb}mb.cpu_s=${cpu.toFixed(2)} bench.article_size.${mb}mb.peak_mib=${peak.toFixed(0)}`);
  }
}
