import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { recoverInterrupted } from '../build/swap-folder.ts';
import { ForeignFilesError, writeFileAtomic, writeFolderAtomic } from './write-atomic.ts';

const NAMES = ['events.json', 'actors.json', 'articles.json'];
const generation = (tag: string, size = 10) => NAMES.map((name) => ({ name, content: `${tag}:${name}:${'x'.repeat(size)}` }));

/** Which whole generation `dir` holds ("A", "B", ...), or a description of what is wrong with it. */
function wholeGeneration(dir: string): string {
  if (!existsSync(dir)) return 'missing';
  const files = readdirSync(dir).sort();
  if (files.join() !== [...NAMES].sort().join()) return `files ${files.join(', ')}`;
  const tags = new Set(NAMES.map((n) => readFileSync(join(dir, n), 'utf8').split(':')[0]));
  if (tags.size !== 1) return `mixed ${[...tags].join('+')}`;
  const [tag] = tags;
  const complete = NAMES.every((n) => readFileSync(join(dir, n), 'utf8').endsWith('x'));
  return complete ? tag : `truncated ${tag}`;
}

const leftovers = (parent: string) => readdirSync(parent).filter((n) => /\.(next|old|tmp)-\d+/.test(n));

test('writeFolderAtomic replaces the folder whole, and leaves no temporary folder', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'dateline-write-'));
  const out = join(parent, 'data');
  await writeFolderAtomic(out, generation('A'));
  assert.equal(wholeGeneration(out), 'A');
  await writeFolderAtomic(out, generation('B'));
  assert.equal(wholeGeneration(out), 'B');
  assert.deepEqual(leftovers(parent), []);
});

test('writeFolderAtomic refuses a folder holding other files, and a failed write changes nothing', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'dateline-write-'));
  const out = join(parent, 'data');
  await writeFolderAtomic(out, generation('A'));
  await assert.rejects(writeFolderAtomic(out, [...generation('B'), { name: 'missing-folder/x.json', content: '' }]));
  assert.equal(wholeGeneration(out), 'A');
  assert.deepEqual(leftovers(parent), []);
  writeFileSync(join(out, 'notes.txt'), 'mine');
  await assert.rejects(writeFolderAtomic(out, generation('B')), (e: Error) => e instanceof ForeignFilesError && /holds other files \(notes\.txt\).*--out/.test(e.message));
  assert.equal(readFileSync(join(out, 'events.json'), 'utf8').split(':')[0], 'A');
});

test('leftovers of killed runs are cleaned, and a run killed between its renames is undone', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'dateline-write-'));
  const out = join(parent, 'data');
  const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
  mkdirSync(`${out}.next-${dead}`);
  mkdirSync(`${out}.old-${dead}`);
  for (const f of generation('A')) writeFileSync(join(`${out}.old-${dead}`, f.name), f.content);
  recoverInterrupted(out);
  assert.equal(wholeGeneration(out), 'A', 'the previous folder is back');
  assert.deepEqual(leftovers(parent), []);
  writeFileSync(join(parent, `x.md.tmp-${dead}`), 'half');
  await writeFileAtomic(join(parent, 'x.md'), 'whole');
  assert.equal(readFileSync(join(parent, 'x.md'), 'utf8'), 'whole');
  assert.deepEqual(leftovers(parent), []);
});

// A child process writing generations A, B, A, ... of three 400 KB files as fast as it can,
// killed at fixed moments; each kill lands somewhere in a write, a rename or a removal.
const KILL_AFTER_MS = [0, 3, 7, 12, 18, 25, 33, 42, 52, 63, 75, 88, 102, 117, 133, 150, 170, 195, 225, 260];
const LOOP = `
import { writeFolderAtomic } from ${JSON.stringify(join(import.meta.dirname, 'write-atomic.ts'))};
const out = process.argv[1];
const gen = (tag) => ['events.json', 'actors.json', 'articles.json'].map((name) => ({ name, content: tag + ':' + name + ':' + 'x'.repeat(400_000) }));
let n = 0;
console.log('ready');
for (;;) await writeFolderAtomic(out, gen(n++ % 2 ? 'B' : 'A'));
`;

test(`a writer killed at ${KILL_AFTER_MS.length} moments leaves one whole generation, before and after recovery`, async () => {
  const parent = mkdtempSync(join(tmpdir(), 'dateline-kill-'));
  const out = join(parent, 'data');
  await writeFolderAtomic(out, generation('A', 400_000));
  const seen: string[] = [];
  for (const ms of KILL_AFTER_MS) {
    const child = spawn(process.execPath, ['--input-type=module', '-e', LOOP, out], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ready) => child.stdout.once('data', () => ready()));
    await sleep(ms);
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    const before = wholeGeneration(out);
    // killed between its two renames: the previous generation waits whole under .old-<pid>
    const parked = before === 'missing' ? readdirSync(parent).find((n) => n.startsWith('data.old-')) : undefined;
    assert.ok(['A', 'B'].includes(before) || (parked && ['A', 'B'].includes(wholeGeneration(join(parent, parked)))), `killed after ${ms} ms: ${before}`);
    recoverInterrupted(out);
    const after = wholeGeneration(out);
    assert.ok(['A', 'B'].includes(after), `after recovery, killed at ${ms} ms: ${after}`);
    assert.deepEqual(leftovers(parent), [], `killed after ${ms} ms`);
    seen.push(parked ? `${after}(parked)` : after);
  }
  console.log(`write kills: ${KILL_AFTER_MS.length} points -> ${seen.join(' ')}`);
});

test('dateline extract killed at several moments leaves the previous output whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-extract-kill-'));
  const articles = join(dir, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  const main = join(import.meta.dirname, 'main.ts');
  const article = (n: number) => `---\ntitle: Talks ${n}\npublisher: Wire\npublishedAt: 2024-03-13\n---\nForeign Minister Ana Ruiz said on Monday that talks ${n} had stalled.\n`;
  writeFileSync(join(articles, 'a1.md'), article(1));
  assert.equal(spawnSync(process.execPath, [main, 'extract'], { cwd: dir }).status, 0);
  const out = join(dir, '.dateline', 'data');
  const snapshot = () => NAMES.map((n) => (existsSync(join(out, n)) ? readFileSync(join(out, n), 'utf8') : null)).join('\u0000');
  const previous = snapshot();
  writeFileSync(join(articles, 'a2.md'), article(2));
  const states: [when: string, output: string][] = [];
  // before the pipeline is loaded, while it runs, and as soon as the summary is printed (after the swap)
  const points: [after: RegExp | null, ms: number][] = [[null, 150], [null, 700], [/^\d+ articles/m, 0]];
  for (const [after, ms] of points) {
    const child = spawn(process.execPath, [main, 'extract'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise((done) => child.once('exit', done));
    let printed = '';
    if (after) await new Promise<void>((seen) => child.stdout.on('data', (chunk: Buffer) => (printed += chunk) && after.test(printed) && seen()));
    await sleep(ms);
    child.kill('SIGKILL');
    await exited;
    recoverInterrupted(out);
    states.push([`${ms} ms after ${after?.source ?? 'the start'}`, snapshot()]);
  }
  const finished = spawnSync(process.execPath, [main, 'extract'], { cwd: dir, encoding: 'utf8' });
  assert.equal(finished.status, 0, finished.stderr);
  const complete = snapshot();
  assert.match(complete, /Talks 2/);
  for (const [when, now] of states) assert.ok(now === previous || now === complete, `killed ${when}: neither the previous output nor the new one, file for file`);
  assert.deepEqual(leftovers(join(dir, '.dateline')), []);
  console.log(`extract kills: ${states.map(([when, now]) => `${when}: ${now === previous ? 'previous' : 'new'}`).join('; ')}`);
});
