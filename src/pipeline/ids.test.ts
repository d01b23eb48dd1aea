import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from './index.ts';
import { slugify } from './ids.ts';

const article = (id: string, publishedAt: string, body: string) => ({ id, file: `${id}.md`, title: id, publisher: 'p', publishedAt, url: null, byline: null, body, bodyLine: 1 });

test('slugify', () => {
  const rows: [string, string][] = [
    ['2022-02-02 john-kirby statement', '2022-02-02-john-kirby-statement'],
    ['U.S. Forces Korea', 'us-forces-korea'],
    ['Selim Aydın', 'selim-aydin'],
    ['  --weird__input!! ', 'weird-input'],
  ];
  for (const [input, expected] of rows) assert.equal(slugify(input), expected);
});

test('ids are readable and do not change when an unrelated article is added', () => {
  const a = article('a', '2024-03-13', 'On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse.');
  const b = article('b', '2024-03-20', 'Gen. Tomas Berg put the army on high alert on Tuesday.');
  const before = runPipeline([a], []).timeline.events.map((e) => e.id);
  const after = runPipeline([b, a], []).timeline.events.map((e) => e.id);
  assert.deepEqual(before, ['2024-03-11-ana-ruiz-warning']);
  assert.ok(after.includes(before[0]), `${before[0]} still there in ${after}`);
  assert.ok(after.includes('2024-03-19-tomas-berg-alert'), after.join(', '));
});

test('same input, same output, whatever the order of the articles', () => {
  const a = article('a', '2024-03-13', 'On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse. Gen. Tomas Berg said on Tuesday the army was ready.');
  const b = article('b', '2024-03-14', 'Ruiz warned on Monday that the truce could collapse, her ministry said.');
  assert.equal(JSON.stringify(runPipeline([a, b], []).timeline), JSON.stringify(runPipeline([b, a], []).timeline));
});
