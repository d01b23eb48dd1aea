import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateClause, DATE_SOURCES } from './index.ts';
import { inputFor, PUBLISHED } from './test-helpers.ts';

test('DATE_SOURCES: the publication date is last, and answers anything', () => {
  assert.equal(DATE_SOURCES.at(-1)!.name, 'publication date');
  const dated = dateClause(inputFor({ sentence: 'Rebels seized the airport.', verb: 'seized' }));
  assert.deepEqual([dated.date.start, dated.date.certain, dated.source], [PUBLISHED, false, 'publication date']);
  // one explain line per source tried
  assert.equal(dated.trace.length, DATE_SOURCES.length);
});

test('dateClause: the first source that answers wins, and the trace stops there', () => {
  const dated = dateClause(inputFor({ sentence: 'Rebels seized the airport on Monday.', verb: 'seized' }));
  assert.deepEqual([dated.date.start, dated.date.certain, dated.source, dated.trace.length], ['2024-03-11', true, 'own clause', 1]);
});
