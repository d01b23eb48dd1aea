/**
 * `npm run eval:real [-- --topics a,b] [--articles N] [--jobs N] [--verbose]`: the pipeline on
 * real reporting, the Timeline17 development topics in ../shared/data/timeline17 (the lead's
 * held-out topics are left out unless named). Per topic: gold sentences some article states,
 * those an event cites, those dated on the gold day, the date F1 of the busiest days, and the
 * naive chrono-node peer's figures from the same run; then key days against the gold days, with
 * the "days ranked by articles published" baseline. Topics run in parallel worker processes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseTopics, scoreRealTopic, type RealTopicResult } from '../src/eval/score-real-topic.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const limit = option('articles') ? Number(option('articles')) : undefined;
// One folder per run (the parent makes it, its workers are told it): two runs never share files.
const workRoot = option('work') ?? mkdtempSync(join(tmpdir(), 'dateline-eval-real-'));

// A worker: one topic, its result as one JSON line on stdout.
const worker = option('worker');
if (worker) {
  const result = await scoreRealTopic({ topic: worker, workDir: join(workRoot, worker), limit, verbose });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const topics = chooseTopics(option('topics'), 'eval:real');
const jobs = Math.max(1, Number(option('jobs') ?? 2));

function runWorker(topic: string): Promise<RealTopicResult> {
  const argv = [process.argv[1], '--worker', topic, '--work', workRoot, ...(limit ? ['--articles', String(limit)] : []), ...(verbose ? ['--verbose'] : [])];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.on('close', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').at(-1)!)) : fail(new Error(`topic ${topic}: worker exited ${code}`))));
  });
}

const started = performance.now();
const results = new Map<string, RealTopicResult>();
const queue = [...topics];
await Promise.all(
  Array.from({ length: Math.min(jobs, topics.length) }, async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      results.set(t, await runWorker(t));
      process.stderr.write(`  ${t} done (${results.size}/${topics.length})\n`);
    }
  }),
);
const wall = (performance.now() - started) / 1000;
rmSync(workRoot, { recursive: true, force: true });

const f3 = (x: number) => x.toFixed(3);
const pct = (n: number, d: number) => `${n}/${d}`.padStart(7) + ` ${d ? ((100 * n) / d).toFixed(0).padStart(3) : '  -'}%`;
const header = ['topic'.padEnd(21), 'articles', 'events', ' stated', '   extracted', ' dated right', '  peer dated', 'date F1', 'peer F1', 'key days F1', 'pub-days F1', 'seconds'];
console.log(header.join(' '));
const total = { articles: 0, events: 0, stated: 0, extracted: 0, dated: 0, peerDated: 0, f1: 0, peerF1: 0, keyF1: 0, pubF1: 0, seconds: 0 };
for (const topic of topics) {
  const r = results.get(topic)!;
  const s = r.score;
  const seconds = r.seconds.pipeline + r.seconds.peer + r.seconds.scorer;
  Object.assign(total, {
    articles: total.articles + r.articles, events: total.events + s.events, stated: total.stated + s.stated,
    extracted: total.extracted + s.extracted, dated: total.dated + s.dated_right, peerDated: total.peerDated + s.peer_dated_right,
    f1: total.f1 + s.date_f1, peerF1: total.peerF1 + s.peer_date_f1, keyF1: total.keyF1 + r.keyDaysF1, pubF1: total.pubF1 + s.pubdate_f1, seconds: total.seconds + seconds,
  });
  console.log([
    topic.padEnd(21), String(r.articles).padStart(8), String(s.events).padStart(6), String(s.stated).padStart(7),
    pct(s.extracted, s.stated), pct(s.dated_right, s.stated), pct(s.peer_dated_right, s.stated),
    f3(s.date_f1).padStart(7), f3(s.peer_date_f1).padStart(7), f3(r.keyDaysF1).padStart(11), f3(s.pubdate_f1).padStart(11), seconds.toFixed(1).padStart(7),
  ].join(' '));
  if (verbose) {
    for (const row of r.rows.filter((x) => !x.startsWith('OK '))) console.log(`    ${row}`);
    console.log(`    key days not in the gold: ${r.keyDayMisses.extra.join(' ') || '-'}`);
    console.log(`    gold days missed:         ${r.keyDayMisses.missed.join(' ') || '-'}`);
  }
}
const n = topics.length;
console.log([
  `total (F1: mean of ${n})`.padEnd(21), String(total.articles).padStart(8), String(total.events).padStart(6), String(total.stated).padStart(7),
  pct(total.extracted, total.stated), pct(total.dated, total.stated), pct(total.peerDated, total.stated),
  f3(total.f1 / n).padStart(7), f3(total.peerF1 / n).padStart(7), f3(total.keyF1 / n).padStart(11), f3(total.pubF1 / n).padStart(11), total.seconds.toFixed(1).padStart(7),
].join(' '));
const checks = topics.map((t) => results.get(t)!.checks);
const sum = (f: (c: (typeof checks)[number]) => number) => checks.reduce((a, c) => a + f(c), 0);
console.log(
  `\ndate checks: ${sum((c) => c.weekdayWrong.length)} of ${sum((c) => c.weekdayNamed)} events dated by a weekday fall on another weekday; ` +
    `${sum((c) => c.afterFirstReport.length)} of ${sum((c) => c.occurred)} happenings told as done start after their first report`,
);
if (verbose) for (const t of topics) {
  const c = results.get(t)!.checks;
  if (c.weekdayWrong.length) console.log(`    ${t} weekday: ${c.weekdayWrong.join(' ')}`);
  if (c.afterFirstReport.length) console.log(`    ${t} after the first report: ${c.afterFirstReport.join(' ')}`);
}
console.log(`\n${n} topic(s)${limit ? `, first ${limit} articles each` : ''}, ${Math.min(jobs, n)} worker process(es): ${wall.toFixed(1)} s wall clock`);
console.log('date F1: the days with the most citing articles (the reference scorer); key days F1: /data/key-days.json; pub-days F1: days ranked by articles published');
