import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lede, paragraphAfter, paragraphBefore } from './same-happening.ts';
import { happening, inputFor, type Row } from '../test-helpers.ts';

const LEDE = 'The European Union on Tuesday imposed sanctions on Venezuelan officials over the annexation vote.';

// [row, the lede's day carried (inferred), or null]
const rows: [Row, string | null][] = [
  [{ sentence: 'The sanctions freeze the officials\' assets in the bloc.', verb: 'freeze' }, '2024-03-12'],
  // another sentence's year dates nothing that is not about the same happening
  [{ sentence: 'The WHO declared the flu a public health emergency.', verb: 'declared' }, null],
];

test('lede, paragraph: another sentence\'s date carries only to the same happening', () => {
  for (const [row, day] of rows) {
    const input = inputFor(row, { lede: happening(LEDE, '2024-03-12'), previous: happening(LEDE, '2024-03-12'), next: happening(LEDE, '2024-03-12') });
    for (const source of [lede, paragraphBefore, paragraphAfter]) {
      const found = source.find(input);
      assert.equal('date' in found ? found.date.start : null, day, `${source.name}: ${row.sentence}`);
      if ('date' in found) assert.equal(found.date.certain, false);
    }
  }
});
