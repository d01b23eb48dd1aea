import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from './time/index.ts';
import { daysMentioned } from './days-mentioned.ts';

// [text, publication day, the days it mentions ('!' = written out)]
const rows: [string, string, string[]][] = [
  ['The rig exploded on April 20, 2010.', '2010-05-03', ['2010-04-20!']],
  ['Officials met on Saturday and again yesterday.', '2010-05-03', ['2010-05-01', '2010-05-02']],
  ['On April 20, 2010, and again on Tuesday, April 20, the well leaked.', '2010-05-03', ['2010-04-20!']],
  ['The ministers will meet on Friday.', '2010-05-03', []],
  ['The leak began last week and lasted until May.', '2010-05-03', []],
  ['At 7 p.m. the crew left.', '2010-05-03', []],
  ['Today the company gave an update.', '2010-05-03', ['2010-05-03']],
];

test('daysMentioned: the days an article refers to, up to its publication day', () => {
  for (const [text, published, expected] of rows) {
    const got = daysMentioned(tagTimexes(text, published), published).map((d) => `${d.date}${d.stated ? '!' : ''}`);
    assert.deepEqual(got, expected, text);
  }
});
