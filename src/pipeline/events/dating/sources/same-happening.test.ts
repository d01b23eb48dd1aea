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

// [the stated sentence, its day, precision]: published Wednesday 2024-03-13; the next sentence goes on about it
const BACKGROUND = 'The refinery exploded on 2 February, and the fire burned for a week.';
const stated: [string, string, 'day' | 'month' | 'year', boolean][] = [
  ['The refinery fire was put out on Tuesday.', '2024-03-12', 'day', true],
  ['The refinery fire was put out on 6 March.', '2024-03-06', 'day', true],
  // weeks or years back: background the story recalls, not the day of what it goes on to tell
  [BACKGROUND, '2024-02-02', 'day', false],
  ['The refinery was built in 1996.', '1996-01-01', 'year', false],
  ['The refinery fire began in March.', '2024-03-01', 'month', false],
];

test('the lede carries only a recent stated day; the paragraph carries the past it recalls', () => {
  for (const [sentence, day, precision, recent] of stated) {
    const h = happening(sentence, day);
    h.date = { ...h.date, precision };
    const input = inputFor({ sentence: 'Firefighters left the refinery site.', verb: 'left' }, { lede: h, previous: h, next: h });
    for (const [source, carries] of [[lede, recent], [paragraphAfter, true], [paragraphBefore, true]] as const) {
      const found = source.find(input);
      assert.equal('date' in found ? found.date.start : null, carries ? day : null, `${source.name}: ${sentence}`);
    }
  }
});

// [the paragraph's stated day, carried to a remark quoted after it]: published Wednesday 2024-03-13
const REMARKS: [string, string, boolean][] = [
  ['The town held a flood drill on Tuesday.', '2024-03-12', true],
  // a week or more back: the remark was made when the article was reported
  ['The town held a flood drill on 20 February.', '2024-02-20', false],
];

test('a remark quoted after a happening the paragraph dates takes its day only when that day is recent', () => {
  for (const [sentence, day, carries] of REMARKS) {
    const h = happening(sentence, day);
    const input = inputFor({ sentence: '"It saved lives," said Ana Ruiz of the flood drill.', verb: 'said' }, { previous: h, next: h });
    const remark = { ...input, saying: input.trigger, content: null };
    for (const source of [paragraphBefore, paragraphAfter]) {
      const found = source.find(remark);
      assert.equal('date' in found ? found.date.start : null, carries ? day : null, `${source.name}: ${sentence}`);
    }
  }
});
