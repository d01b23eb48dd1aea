/**
 * `npm run bench:build-kill`: kills `npm run build` (the whole process group: the build script,
 * Astro, Pagefind) at fixed moments and checks that the site folder is always one whole build,
 * the previous one or the new one, file for file. The previous build links to one site address
 * and the new builds to another (DATELINE_SITE), so the two differ in every page.
 * Prints the build time and, per kill point, what the folder held.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { recoverInterrupted } from '../../src/build/swap-folder.ts';

const root = resolve(import.meta.dirname, '..', '..');
const out = join(root, '.dateline', 'kill-site');
// Kill moments, each a delay after a line of the build's log, so they land in the same phase on
// a fast or a loaded machine: before Astro, in each of its steps, in Pagefind, around the swap.
const KILL_AT: [after: RegExp | null, ms: number][] = [
  [null, 200],
  [/Syncing content/, 0],
  [/Building static entrypoints/, 300],
  [/generating static routes/, 0],
  [/\/events\/index\.html/, 0],
  [/\[build\] Complete!/, 0],
  [/Running Pagefind/, 0],
  [/\[Building search indexes\]/, 0],
  [/Finished in/, 0],
  [/Finished in/, 30],
  [/the new site is in place/, 0],
];
const build = (site: string) => [process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, env: { ...process.env, DATELINE_OUT_DIR: out, DATELINE_SITE: site } }] as const;

/** Every file under `dir` with its content hash, sorted: two folders are the same build when these agree. */
function manifest(dir: string): string {
  if (!existsSync(dir)) return 'missing';
  const lines: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else lines.push(`${relative(dir, path)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(dir);
  return lines.join('\n');
}

function fullBuild(site: string): number {
  const [cmd, args, options] = build(site);
  const started = performance.now();
  const r = spawnSync(cmd, args, { ...options, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`bench: the build for ${site} failed (exit ${r.status}); run npm run build to see why`);
  return performance.now() - started;
}

rmSync(out, { recursive: true, force: true });
fullBuild('https://previous.example');
const previous = manifest(out);
const buildMs = fullBuild('https://next.example');
const next = manifest(out);
if (previous === next) throw new Error('bench: the two builds must differ');
const files = previous.split('\n').length;

const results: string[] = [];
let broken = 0;
let now = next;
for (const [after, ms] of KILL_AT) {
  if (now !== previous) fullBuild('https://previous.example');
  const [cmd, args, options] = build('https://next.example');
  const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let log = '';
  const seen = new Promise<void>((done) => {
    if (!after) return done();
    const watch = (chunk: Buffer) => {
      log += chunk.toString();
      if (after.test(log)) done();
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    void exited.then(() => done());
  });
  await seen;
  await sleep(ms);
  try {
    process.kill(-child.pid!, 'SIGKILL'); // the build script and its Astro and Pagefind children
  } catch {
    // it had finished
  }
  await exited;
  recoverInterrupted(out); // what the next build does first
  now = manifest(out);
  const state = now === previous ? 'previous' : now === next ? 'new' : 'BROKEN';
  if (state === 'BROKEN') broken += 1;
  const left = readdirSync(dirname(out)).filter((n) => n.startsWith('kill-site.'));
  results.push(`${ms} ms after ${after?.source ?? 'the start'}: ${state}${left.length ? ` (leftovers: ${left.join(', ')})` : ''}`);
}
rmSync(out, { recursive: true, force: true });

console.log(`bench.build_kill.build_ms ${Math.round(buildMs)}`);
console.log(`bench.build_kill.site_files ${files}`);
console.log(`bench.build_kill.kill_points ${KILL_AT.length}`);
console.log(`bench.build_kill.broken ${broken}`);
for (const r of results) console.log(`  killed ${r}`);
process.exitCode = broken > 0 ? 1 : 0;
