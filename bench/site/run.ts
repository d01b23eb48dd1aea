/**
 * `npm run bench:site [-- --sizes 2000,10000 --loads 3 --cap 120]`: the timeline page at scale.
 * For each size N, a synthetic timeline (bench/site/synthetic-timeline.ts, fixed seed) goes
 * through the build's fixture path (DATELINE_TIMELINE); the build's time and peak memory are
 * printed, then Chromium loads Dateline's page and plain vis-timeline with the same items
 * (default options, and with `cluster`), back to back in this run, and measures:
 *   settle  from navigation until the main thread is idle (no long task for QUIET_MS) and the page is ready
 *   filter  by the most frequent actor, until idle again
 *   clear   that filter, until idle again
 * and, for Dateline's page only:
 *   frames  the 95th percentile of frame times (requestAnimationFrame deltas) while it zooms in and
 *           out and pans earlier and later with its own buttons (a fixed sequence of NAVIGATION steps)
 *   data    the first view's data: every /data/ file it fetched before settling, gzipped (as a host sends it)
 * Each figure is the median of `--loads` fresh loads (a new browser context each). A
 * phase (settle, filter, clear) that takes over `--cap` seconds is reported as ">cap", and the
 * phases after it are not measured.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { mostFrequentActor, syntheticTimeline } from './synthetic-timeline.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORK = join(ROOT, '.dateline', 'bench-site');
const QUIET_MS = 500; // the main thread counts as idle after this long without a long task
const CHROMIUM = '/usr/bin/chromium';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const sizes = option('sizes', '2000,10000,20000').split(',').map(Number).filter((n) => n > 0);
const loads = Number(option('loads', '3'));
const capMs = Number(option('cap', '120')) * 1000;
const port = Number(option('port', process.env.DATELINE_E2E_PORT ? String(Number(process.env.DATELINE_E2E_PORT) + 7) : '4399'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs a command under GNU time; returns wall seconds and the peak resident memory (MiB) of its biggest process. */
function timed(command: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakMiB: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    let stderr = '';
    const child = spawn('/usr/bin/time', ['-f', 'bench-peak-kib=%M', ...command], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${command.join(' ')} exited ${code}:\n${stderr.slice(-3000)}`));
      done({ seconds: (performance.now() - t0) / 1000, peakMiB: Number(/bench-peak-kib=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024 });
    });
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };
const BENCH_FILES: Record<string, string> = {
  '/__bench/plain/': join(import.meta.dirname, 'plain.html'),
  '/__bench/plain.js': join(import.meta.dirname, 'plain.js'),
  '/__bench/vis-timeline.js': join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  '/__bench/vis-timeline.css': join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
};

/** A static server for the built site, plus the plain vis-timeline page under /__bench/. */
async function serve(dir: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = BENCH_FILES[path] ?? join(dir, normalize(path));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

/** Records the end of the latest long task, for the idle checks below. */
const LONG_TASK_OBSERVER = `
  window.benchBusyUntil = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchBusyUntil = Math.max(window.benchBusyUntil, e.startTime + e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Waits (in the page) until no long task for QUIET_MS after `since`; returns when the last work ended (ms since navigation). */
async function idleAfter(page: Page, since: number): Promise<number> {
  return page.evaluate(async ([since, quiet]) => {
    const w = window as unknown as { benchBusyUntil: number };
    for (;;) {
      const last = Math.max(w.benchBusyUntil, since);
      if (performance.now() - last >= quiet) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
  }, [since, QUIET_MS] as const);
}

interface Target {
  name: string;
  path: string;
  ready: string;
  filter: (actor: string) => string;
  clear: string;
}

const TARGETS: Target[] = [
  {
    name: 'Dateline',
    path: '/',
    ready: `document.querySelector('[data-timeline-app]')?.dataset.ready === 'true'`,
    filter: (actor) => `document.querySelector('input[name="actor"][value="${actor}"]').click()`,
    clear: `document.querySelector('[data-clear]').click()`,
  },
  { name: 'vis-timeline', path: '/__bench/plain/', ready: 'window.benchReady === true', filter: (a) => `window.benchFilter(${JSON.stringify(a)})`, clear: 'window.benchClear()' },
  { name: 'vis-timeline cluster', path: '/__bench/plain/?cluster=1', ready: 'window.benchReady === true', filter: (a) => `window.benchFilter(${JSON.stringify(a)})`, clear: 'window.benchClear()' },
];

interface Load { settle: number | null; filter: number | null; clear: number | null; nodes: number | null; framesP95?: number | null; dataKB?: number | null }

/** Dateline's view buttons pressed in turn (data-view), a step every STEP_MS: zoom, pan, zoom back. */
const NAVIGATION = ['zoom-in', 'zoom-in', 'later', 'later', 'earlier', 'earlier', 'earlier', 'zoom-out', 'zoom-out', 'zoom-out', 'later'];
const STEP_MS = 400; // vis-timeline animates a zoom or pan for about 300 ms

/** The 95th percentile of frame times (ms) while the page is zoomed and panned by its own buttons. */
async function navigationFrames(page: Page): Promise<number> {
  return page.evaluate(async ([steps, stepMs]) => {
    const deltas: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (t: number) => {
      deltas.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
    for (const view of steps) {
      (document.querySelector(`[data-view="${view}"]`) as HTMLButtonElement | null)?.click();
      await new Promise((r) => setTimeout(r, stepMs));
    }
    running = false;
    deltas.sort((a, b) => a - b);
    return deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * 0.95))] ?? 0;
  }, [NAVIGATION, STEP_MS] as const);
}

/** The gzipped size (KB) of the /data/ files the page fetched so far. */
async function fetchedDataKB(page: Page, base: string): Promise<number> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).pathname.startsWith('/data/')));
  let bytes = 0;
  for (const url of new Set(urls)) bytes += gzipSync(Buffer.from(await (await fetch(url.replace(/^https?:\/\/[^/]+/, base))).arrayBuffer())).length;
  return bytes / 1024;
}

/** Runs `script` in the page and returns how long until the main thread is idle again (ms). */
async function interaction(page: Page, script: string): Promise<number> {
  const t0 = await page.evaluate((s) => {
    const start = performance.now();
    (0, eval)(s);
    return new Promise<[number, number]>((done) => requestAnimationFrame(() => setTimeout(() => done([start, performance.now()]))));
  }, script);
  return (await idleAfter(page, t0[1])) - t0[0];
}

/** `work`, or null when it takes longer than the cap or fails (the failure is printed). */
function capped<T>(work: Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = work.catch((error: unknown) => {
    console.error(`  (a measurement failed: ${String(error).split('\n')[0]})`);
    return null;
  });
  return Promise.race([failed, new Promise<null>((done) => (timer = setTimeout(() => done(null), capMs)))]).finally(() => clearTimeout(timer));
}

/** One fresh load: each phase has its own cap; a phase over the cap leaves the ones after it unmeasured. */
async function oneLoad(browser: Browser, base: string, target: Target, actor: string): Promise<Load> {
  // bypassCSP: the page's policy forbids eval, which the bench's own probes (waitForFunction, interaction) use.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const load: Load = { settle: null, filter: null, clear: null, nodes: null };
  try {
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_OBSERVER);
    load.settle = await capped((async () => {
      await page.goto(base + target.path);
      await page.waitForFunction(target.ready, null, { timeout: 0, polling: 100 });
      const readyAt = await page.evaluate(() => performance.now());
      return Math.max(await idleAfter(page, readyAt - QUIET_MS), readyAt); // ready counts as work done
    })());
    if (load.settle === null) return load;
    load.nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    load.filter = await capped(interaction(page, target.filter(actor)));
    if (load.filter === null) return load;
    load.clear = await capped(interaction(page, target.clear));
    if (target.name === 'Dateline' && load.clear !== null) {
      load.dataKB = await fetchedDataKB(page, base);
      load.framesP95 = await capped(navigationFrames(page));
    }
    return load;
  } finally {
    await context.close().catch(() => undefined);
  }
}

const fmt = (ms: number | null) => (ms === null ? `>${capMs / 1000} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
/** The slowest of the loads' figures, or null (">cap") when a load did not finish that phase. */
const worst = (runs: Load[], k: 'filter' | 'clear') => (runs.every((r) => r[k] !== null) ? Math.max(...runs.map((r) => r[k]!)) : null);
const ratio = (a: number | null, b: number | null) => (a === null || b === null ? '-' : `${(b / a).toFixed(2)}x`);

await mkdir(WORK, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  for (const size of sizes) {
    const timeline = syntheticTimeline(size, 1);
    const fixture = join(WORK, `timeline-${size}.json`);
    await writeFile(fixture, JSON.stringify(timeline));
    const out = join(WORK, `site-${size}`);
    const env = { DATELINE_TIMELINE: fixture, DATELINE_OUT_DIR: out };
    const astro = await timed(['node_modules/.bin/astro', 'build', '--silent'], env);
    const pagefind = await timed(['node_modules/.bin/pagefind', '--site', out, '--silent'], env);
    // A build that did not publish every event (a stale content cache, say) would make every figure meaningless.
    const published = (JSON.parse(await readFile(join(out, 'data', 'events.json'), 'utf8')) as unknown[]).length;
    if (published !== size) throw new Error(`${out}/data/events.json has ${published} events, expected ${size}: the build did not use ${fixture}`);
    const actor = mostFrequentActor(timeline);
    const actorEvents = timeline.events.filter((e) => e.actors.some((a) => a.id === actor)).length;
    console.log(`\nN = ${size} events, ${timeline.actors.length} actors; filter by ${actor} (${actorEvents} events)`);
    console.log(`build: astro ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB.toFixed(0)} MiB), pagefind ${pagefind.seconds.toFixed(1)} s (peak ${pagefind.peakMiB.toFixed(0)} MiB)`);

    const server = await serve(out);
    const results = new Map<string, { settle: number | null; filter: number | null; clear: number | null; nodes: number | null }>();
    let datelineRuns: Load[] = [];
    try {
      for (const target of TARGETS) {
        const runs: Load[] = [];
        for (let i = 0; i < loads; i++) {
          const load = await oneLoad(browser, `http://127.0.0.1:${port}`, target, actor);
          runs.push(load);
          if (load.clear === null) break; // over the cap somewhere: do not wait for it again
        }
        if (target.name === 'Dateline') datelineRuns = runs;
        // A median of every load, or null (">cap") when some load did not finish that phase.
        const m = (k: keyof Load) => (runs.length === loads && runs.every((r) => r[k] !== null) ? median(runs.map((r) => r[k]!)) : null);
        results.set(target.name, { settle: m('settle'), filter: m('filter'), clear: m('clear'), nodes: m('nodes') });
      }
    } finally {
      server.close();
    }
    const ours = results.get('Dateline')!;
    const rows = [['page', 'settle', 'filter', 'clear', 'DOM nodes', 'settle ÷ Dateline', 'filter ÷ Dateline', 'clear ÷ Dateline']];
    for (const [name, r] of results) {
      rows.push([name, fmt(r.settle), fmt(r.filter), fmt(r.clear), r.nodes === null ? '-' : String(r.nodes), ratio(ours.settle, r.settle), ratio(ours.filter, r.filter), ratio(ours.clear, r.clear)]);
    }
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    const navigated = datelineRuns.filter((r) => typeof r.framesP95 === 'number');
    if (navigated.length > 0) {
      console.log(`Dateline: zoom/pan frames p95 ${median(navigated.map((r) => r.framesP95!)).toFixed(0)} ms (median of ${navigated.length} loads); first view's data ${median(navigated.map((r) => r.dataKB!)).toFixed(0)} KB gzipped; filter worst of ${datelineRuns.length} ${fmt(worst(datelineRuns, 'filter'))}, clear worst ${fmt(worst(datelineRuns, 'clear'))}`);
    }
    console.log(`bench.site.${size}.settle_ms=${ours.settle?.toFixed(0) ?? 'NaN'} filter_ms=${ours.filter?.toFixed(0) ?? 'NaN'} clear_ms=${ours.clear?.toFixed(0) ?? 'NaN'} build_s=${(astro.seconds + pagefind.seconds).toFixed(1)}`);
  }
} finally {
  await browser.close();
}
