/**
 * `npm run bench:build [-- --sizes 2000,10000,20000 --runs 1 --top 5]`: the site build at scale.
 * For each size N, a synthetic timeline (bench/site/synthetic-timeline.ts, fixed seed) goes
 * through the build's fixture path (DATELINE_TIMELINE), as `npm run build` runs it: `astro
 * build`, then `pagefind`. Printed per size: each step's wall time and the peak resident memory
 * of its biggest process (GNU time), the site's file count and total size, and its biggest HTML
 * pages. With `--runs` above 1 the times and memory are the median of the runs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticTimeline } from '../site/synthetic-timeline.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORK = join(ROOT, '.dateline', 'bench-build');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const sizes = option('sizes', '2000,10000,20000').split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(option('runs', '1')));
const top = Number(option('top', '5'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

interface Step { seconds: number; peakMiB: number }

/** Runs a command under GNU time; resolves to wall seconds and the peak resident memory (MiB) of its biggest process. */
function timed(command: string[], env: NodeJS.ProcessEnv): Promise<Step> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    let stderr = '';
    // this Node first on PATH: Astro's and Pagefind's launchers start `node` from it
    const PATH = [join(ROOT, 'node_modules', 'node', 'bin'), join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(':');
    const child = spawn('/usr/bin/time', ['-f', 'bench-peak-kib=%M', ...command], { cwd: ROOT, env: { ...process.env, ...env, PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${command.join(' ')} exited ${code}:\n${stderr.slice(-3000)}`));
      done({ seconds: (performance.now() - t0) / 1000, peakMiB: Number(/bench-peak-kib=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024 });
    });
  });
}

/** Every file under dir with its size. */
function filesOf(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

for (const size of sizes) {
  mkdirSync(WORK, { recursive: true });
  const timeline = join(WORK, `timeline-${size}.json`);
  writeFileSync(timeline, JSON.stringify(syntheticTimeline(size, 1)));
  const site = join(WORK, `site-${size}`);
  const env = { DATELINE_TIMELINE: timeline, DATELINE_OUT_DIR: site };
  const astro: Step[] = [];
  const pagefind: Step[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(site, { recursive: true, force: true });
    astro.push(await timed([bin('astro'), 'build', '--silent'], env));
    pagefind.push(await timed([bin('pagefind'), '--site', site], env));
  }
  const files = filesOf(site);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const step = (name: string, steps: Step[]) =>
    `${name} ${median(steps.map((s) => s.seconds)).toFixed(1)} s, peak ${median(steps.map((s) => s.peakMiB)).toFixed(0)} MiB`;
  console.log(`N=${size} (${runs === 1 ? '1 run' : `median of ${runs} runs`})`);
  console.log(`  ${step('astro', astro)}; ${step('pagefind', pagefind)}; total ${(median(astro.map((s) => s.seconds)) + median(pagefind.map((s) => s.seconds))).toFixed(1)} s`);
  console.log(`  ${files.length} files, ${mib(total)} MiB (${html.length} HTML pages, ${mib(html.reduce((s, f) => s + f.bytes, 0))} MiB; pagefind/ ${mib(files.filter((f) => f.path.startsWith('pagefind/')).reduce((s, f) => s + f.bytes, 0))} MiB)`);
  const biggest = [...files].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).filter((f) => !f.path.startsWith('pagefind/')).slice(0, top);
  console.log(`  biggest files: ${biggest.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(0)} KiB`).join(', ')}`);
  const biggestHtml = [...html].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, top);
  console.log(`  biggest HTML: ${biggestHtml.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(0)} KiB`).join(', ')}`);
}
