/** Where a run-on headline or date stamp ends: rows of [sentence, the text each new start opens with]. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence } from '../linguistic/structure.ts';
import { runOnStarts, titleSpan } from './title-start.ts';

test('runOnStarts: a capitalized function word after a lower-case word opens a new sentence', () => {
  const rows: [string, string[]][] = [
    ['Police sealed off the square In a statement, the ministry said all was calm.', ['In a']],
    ['Rescue boats reach the stranded village The water had risen overnight.', ['The water']],
    ['Homes destroyed in the battle for Harbin The ship evacuated 600 people.', ['The ship']],
    // no run-on: a title of a work, a pronoun "I", a capital after punctuation
    ['They staged Lord Of The Rings in Paris.', []],
    ['The talks in The Hague ended.', []],
    ['He read Gone With The Wind twice.', []],
    ['She told me I was late.', []],
    ['The storm hit the coast. The army moved north.', []],
    ['The storm hit the coast, and the army moved north.', []],
  ];
  for (const [sentence, opens] of rows) {
    const s = analyzeSentence(sentence);
    assert.deepEqual(runOnStarts(s.tokens, []).map((o) => sentence.slice(o).split(' ').slice(0, 2).join(' ')), opens, sentence);
  }
});

test('runOnStarts: a date stamp at the start of a line is no part of the title', () => {
  const sentence = '12 March 2020 The court barred the witness.';
  const s = analyzeSentence(sentence);
  assert.deepEqual(runOnStarts(s.tokens, [{ start: 0, end: 13 }]).map((o) => sentence.slice(o, o + 9)), ['The court']);
  assert.deepEqual(runOnStarts(s.tokens, [{ start: 0, end: 13 }, { start: 50, end: 52 }]).length, 1);
  const span = titleSpan(s.tokens, [{ start: 0, end: 13 }], { start: 0, end: sentence.length }, sentence.indexOf('barred'));
  assert.equal(sentence.slice(span.start, span.end), 'The court barred the witness.');
});
