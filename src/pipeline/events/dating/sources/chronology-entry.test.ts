import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chronologyEntry } from './chronology-entry.ts';
import { dateClause } from '../index.ts';
import { happening, inputFor, PUBLISHED, type Row } from '../test-helpers.ts';

const HEADING = happening('8 February 2010 The doctor is charged with manslaughter.', '2010-02-08');

test('chronologyEntry: an entry\'s sentence takes its heading\'s day, inferred; outside entries it passes', () => {
  const row: Row = { sentence: 'He pleads not guilty and is released on bail.', verb: 'pleads' };
  const found = chronologyEntry.find(inputFor(row, { entry: HEADING }));
  assert.ok('date' in found);
  assert.deepEqual([found.date.start, found.date.certain], ['2010-02-08', false]);
  assert.ok('pass' in chronologyEntry.find(inputFor(row)));
});

// [row, the day, the source that answers]: under the heading of 2010-02-08, published 2024-03-13
const rows: [Row, string, string][] = [
  // the clause's own date beats the heading
  [{ sentence: 'He bought the drug in May 2009.', verb: 'bought' }, '2009-05-01', 'own clause'],
  // the heading beats the present perfect's "recently" and the publication day
  [{ sentence: 'The board says he has broken no law.', verb: 'says' }, '2010-02-08', 'chronology entry'],
  [{ sentence: 'He has been released on bail.', verb: 'released' }, '2010-02-08', 'chronology entry'],
];

test('dateClause: in a chronology entry, the heading comes after the clause\'s own date and before the present perfect', () => {
  for (const [row, day, source] of rows) {
    const dated = dateClause(inputFor(row, { entry: HEADING }));
    assert.deepEqual([dated.date.start, dated.source], [day, source], row.sentence);
  }
  assert.equal(dateClause(inputFor(rows[2][0])).date.start, PUBLISHED);
});
