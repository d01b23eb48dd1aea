/** The command line, run as a user runs it, on a scratch content folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, 'main.ts');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8' });

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  return dir;
}

test('add writes an article with frontmatter; extract reads it; explain shows it', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'story.txt'), 'Foreign Minister Ana Ruiz said on Monday that talks had stalled.\n\nCLICK HERE TO GET THE APP\n');
  const add = run(dir, 'add', 'story.txt', '--title', 'Talks stall', '--publisher', 'Wire', '--published', '2024-03-13');
  assert.equal(add.status, 0, add.stderr);
  const file = join(dir, 'content', 'articles', '2024-03-13-talks-stall.md');
  assert.match(readFileSync(file, 'utf8'), /^---\ntitle: Talks stall\npublisher: Wire\npublishedAt: 2024-03-13\n---\n/);
  const again = run(dir, 'add', 'story.txt', '--title', 'Talks stall', '--publisher', 'Wire', '--published', '2024-03-13');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /exists already: pass --force/);

  const extract = run(dir, 'extract');
  assert.equal(extract.status, 0, extract.stderr);
  assert.match(extract.stdout, /^1 articles, 1 sentences -> 1 events/m);
  const events = JSON.parse(readFileSync(join(dir, '.dateline', 'data', 'events.json'), 'utf8'));
  assert.equal(events[0].id, '2024-03-11-ana-ruiz-statement');

  const explain = run(dir, 'explain', '2024-03-13-talks-stall');
  assert.equal(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, /dropped \(headline in capitals\): CLICK HERE/);
  assert.match(explain.stdout, /time {3}"Monday" DATE 2024-03-11/);
  assert.match(explain.stdout, /event {2}2024-03-11-ana-ruiz-statement: statement via "said"/);
});

test('add refuses a bad date and a file that is not UTF-8', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'story.txt'), 'Text.');
  const bad = run(dir, 'add', 'story.txt', '--title', 'T', '--publisher', 'P', '--published', '2024-02-30');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /publishedAt "2024-02-30" is not a calendar date/);
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  const latin1 = run(dir, 'add', 'latin1.txt', '--title', 'T', '--publisher', 'P', '--published', '2024-02-20');
  assert.equal(latin1.status, 1);
  assert.match(latin1.stderr, /latin1\.txt:1: the file is not UTF-8 text/);
  const usage = run(dir, 'add', 'story.txt');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /missing --title, --publisher, --published/);
});

test('extract fails on invalid content, lists every problem, and writes nothing', () => {
  const dir = scratch();
  const articles = join(dir, 'content', 'articles');
  writeFileSync(join(articles, 'a.md'), '---\ntitle: A\npublisher: P\npublishedAt: 2022-13-01\n---\nText.');
  writeFileSync(join(articles, 'b.md'), '---\ntitle: B\npublisher: P\n---\nText.');
  writeFileSync(join(articles, 'c.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
  const r = run(dir, 'extract');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /content\/articles\/a\.md:4: publishedAt "2022-13-01"/);
  assert.match(r.stderr, /content\/articles\/b\.md:4: publishedAt is missing/);
  assert.match(r.stderr, /content\/articles\/c\.md:1: the file is not UTF-8 text/);
  assert.match(r.stderr, /nothing was written/);
  assert.equal(existsSync(join(dir, '.dateline')), false);
});

test('timex prints the time expressions of stdin as JSON', () => {
  const r = spawnSync(process.execPath, [MAIN, 'timex', '--dct', '2022-02-02'], { input: 'Russia annexed Crimea in 2014 and troops moved on Monday.', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const found = JSON.parse(r.stdout).map((t: { text: string; value: string }) => [t.text, t.value]);
  assert.deepEqual(found, [['2014', '2014'], ['Monday', '2022-01-31']]);
});
