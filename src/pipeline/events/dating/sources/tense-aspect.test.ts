import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tenseAspect } from './tense-aspect.ts';
import { inputFor, PUBLISHED, type Row } from '../test-helpers.ts';

// [row, true when the present perfect dates it recent (the publication day, inferred)]
const rows: [Row, boolean][] = [
  [{ sentence: 'The government has shut down the rail network.', verb: 'shut' }, true],
  [{ sentence: 'The WHO has declared the flu a public health emergency.', verb: 'declared' }, true],
  [{ sentence: 'Rebels have already seized the airport.', verb: 'seized' }, true],
  // simple past and plans are not
  [{ sentence: 'Rebels seized the airport.', verb: 'seized' }, false],
  [{ sentence: 'The navy will send two warships.', verb: 'send', status: 'announced' }, false],
];

test('tenseAspect: the present perfect is recent, before publication', () => {
  for (const [row, recent] of rows) {
    const found = tenseAspect.find(inputFor(row));
    assert.equal('date' in found, recent, row.sentence);
    if ('date' in found) assert.deepEqual([found.date.start, found.date.certain], [PUBLISHED, false], row.sentence);
  }
});
