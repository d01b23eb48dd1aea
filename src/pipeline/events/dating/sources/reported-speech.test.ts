import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportedSpeech } from './reported-speech.ts';
import { inputFor, type Row } from '../test-helpers.ts';

// [row, the day it gives (always inferred), or null when it passes]; published Wednesday 2024-03-13
const rows: [Row, string | null][] = [
  // the saying is Tuesday: the happening is no later than that, and not stated
  [{ sentence: 'Police said on Tuesday that protesters stormed parliament.', verb: 'stormed', said: 'said' }, '2024-03-12'],
  [{ sentence: 'Protesters stormed parliament, police said Tuesday.', verb: 'stormed', said: 'said' }, '2024-03-12'],
  // an undated saying bounds nothing
  [{ sentence: 'Police said protesters stormed parliament.', verb: 'stormed', said: 'said' }, null],
  // not reported speech
  [{ sentence: 'Protesters stormed parliament on Tuesday.', verb: 'stormed' }, null],
];

test('reportedSpeech: the saying bounds the happening, marked inferred', () => {
  for (const [row, day] of rows) {
    const found = reportedSpeech.find(inputFor(row));
    assert.equal('date' in found ? found.date.start : null, day, row.sentence);
    if ('date' in found) assert.equal(found.date.certain, false, row.sentence);
  }
});
