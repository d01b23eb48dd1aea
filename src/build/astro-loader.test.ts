import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { timelineLoader } from './astro-loader.ts';
import { feedsTimeline } from './load-timeline.ts';

const FIXTURE = readFileSync(new URL('../../e2e/fixtures/timeline.json', import.meta.url), 'utf8');

/** A loader context whose store is a Map and whose watcher is an emitter; `reloaded` resolves on the loader's next log line. */
function fakeContext(root: string) {
  const entries = new Map<string, unknown>();
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add(path: string) { this.watched.push(path); } });
  let logged: (line: string) => void = () => {};
  const context = {
    collection: 'events',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      set: ({ id, data }: { id: string; data: unknown }) => (entries.set(id, data), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data),
    logger: { info: (line: string) => logged(line), error: (line: string) => logged(line) },
    watcher,
  } as unknown as LoaderContext;
  const nextLog = () => new Promise<string>((done) => (logged = done));
  return { context, entries, watcher, nextLog };
}

test('astro loader: in dev, a change to the timeline source updates the store (changed and removed entries; a broken source keeps the last good ones)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-loader-'));
  const previous = process.env.DATELINE_TIMELINE;
  try {
    const file = join(root, 'timeline.json');
    writeFileSync(file, FIXTURE);
    process.env.DATELINE_TIMELINE = file;
    const { context, entries, watcher, nextLog } = fakeContext(root);
    await timelineLoader('events').load(context);
    const timeline = JSON.parse(FIXTURE);
    assert.deepEqual([...entries.keys()].sort(), timeline.events.map((e: { id: string }) => e.id).sort());
    assert.deepEqual(watcher.watched, [file], 'the loader asks the watcher to watch its source');

    const [gone, edited, ...rest] = timeline.events;
    writeFileSync(file, JSON.stringify({ ...timeline, events: [{ ...edited, title: 'An edited title' }, ...rest] }));
    const log = nextLog();
    watcher.emit('change', file);
    assert.match(await log, /content changed/);
    assert.equal(entries.has(gone.id), false, 'an event no longer extracted leaves the store');
    assert.equal((entries.get(edited.id) as { title: string }).title, 'An edited title');
    assert.equal(entries.size, rest.length + 1);

    const before = new Map(entries);
    writeFileSync(file, '{ "events": "not a list" }');
    const failed = nextLog();
    watcher.emit('change', file);
    assert.match(await failed, /timeline\.json/, 'the error names the file');
    assert.deepEqual(entries, before, 'a broken source keeps the last good entries');
  } finally {
    if (previous === undefined) delete process.env.DATELINE_TIMELINE;
    else process.env.DATELINE_TIMELINE = previous;
    rmSync(root, { recursive: true, force: true });
  }
});

test('astro loader: only articles and actor pins feed the timeline', () => {
  const previous = process.env.DATELINE_TIMELINE;
  delete process.env.DATELINE_TIMELINE;
  try {
    const rows: [string, boolean][] = [
      ['content/articles/2022-02-02-us-troops.md', true],
      ['/r/content/articles/x.md', true],
      ['content/actors.yaml', true],
      ['content/ids.json', false], // the build writes it: watching it would loop
      ['content/articles/notes.txt', false],
      ['content/articles/UPPER.MD', true], // read-content reads .md in any case
      ['content/articles/drafts/x.md', false],
      ['src/pages/index.astro', false],
    ];
    for (const [path, feeds] of rows) assert.equal(feedsTimeline(path, '/r'), feeds, path);
  } finally {
    if (previous !== undefined) process.env.DATELINE_TIMELINE = previous;
  }
});
