import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageStamp } from './page-stamp.ts';
import { inputFor, type Row } from '../test-helpers.ts';

// [row, the day it gives, or null when it passes]; published Wednesday 2024-03-13
const rows: [Row, string | null][] = [
  [{ sentence: 'Friday 8 March 2024 00.05 GMT Rebels seized the airport.', verb: 'seized' }, '2024-03-08'],
  [{ sentence: 'Page last updated at 08:03 GMT, Tuesday, 12 March 2024 Rebels seized the airport.', verb: 'seized' }, '2024-03-12'],
  // a day in prose is no stamp
  [{ sentence: 'Rebels seized the airport on Friday 8 March 2024.', verb: 'seized' }, null],
  [{ sentence: 'Rebels seized the airport.', verb: 'seized' }, null],
];

test('pageStamp: the page\'s own timestamp dates the sentence that opens the page, inferred', () => {
  for (const [row, want] of rows) {
    const found = pageStamp.find(inputFor(row));
    assert.equal('pass' in found ? null : found.date.start, want, row.sentence);
    if (!('pass' in found)) assert.equal(found.date.certain, false, row.sentence);
  }
});
