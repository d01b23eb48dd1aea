import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstIndex } from './first-index.ts';
import { memoize } from './memoize.ts';
import { selectLongest } from './time/refiners.ts';
import type { Candidate } from './time/semantics.ts';
import { sentenceAround, sentenceBoundaries } from './time/tense.ts';

test('firstIndex: the first index where a sorted question turns true', () => {
  const xs = [1, 3, 3, 7, 9];
  const rows: [number, number][] = [[0, 0], [1, 0], [2, 1], [3, 1], [4, 3], [9, 4], [10, 5]];
  for (const [x, expected] of rows) assert.equal(firstIndex(xs.length, (i) => xs[i]! >= x), expected, `>= ${x}`);
  assert.equal(firstIndex(0, () => true), 0);
});

test('memoize: the same answers, each computed once, at most `limit` kept', () => {
  let calls = 0;
  const upper = memoize((a: string, b: string) => (calls++, `${a}${b}`.toUpperCase()), 2);
  assert.equal(upper('a', 'b'), 'AB');
  assert.equal(upper('a', 'b'), 'AB');
  assert.equal(calls, 1);
  // "a"+"b" and "ab"+"" are different questions
  assert.equal(upper('ab', ''), 'AB');
  assert.equal(calls, 2);
  upper('c', 'd'); // full: forgets what it knew
  upper('a', 'b');
  assert.equal(calls, 4);
  const once = memoize((a: string) => (calls++, a.length));
  assert.equal(once('abc'), 3);
  assert.equal(once('abc'), 3);
  assert.equal(calls, 5);
});

test('sentenceAround with precomputed boundaries answers as without them', () => {
  const text = 'Gen. Smith met Feb. 20 in Kyiv. He left on Monday; talks go on.\n\nU.S. officials said so: more on Friday. End';
  const boundaries = sentenceBoundaries(text);
  for (let start = 0; start < text.length; start += 3) {
    for (const length of [0, 4, 12]) {
      const end = Math.min(text.length, start + length);
      assert.deepEqual(sentenceAround(text, start, end, boundaries), sentenceAround(text, start, end), `${start}-${end}`);
    }
  }
  assert.deepEqual(sentenceAround(text, text.indexOf('Monday'), text.indexOf('Monday') + 6), { left: 'He left on ', right: '' });
});

test('selectLongest keeps what a pairwise overlap check keeps (empty spans too)', () => {
  const c = (start: number, end: number, priority = 0): Candidate =>
    ({ start, end, priority, rule: `r${start}-${end}`, meaning: { kind: 'literal', value: 'PRESENT_REF', type: 'DATE' } }) as Candidate;
  const reference = (cs: Candidate[]) => {
    const ranked = [...cs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
    const kept: Candidate[] = [];
    for (const x of ranked) if (!kept.some((k) => k.start < x.end && x.start < k.end)) kept.push(x);
    return kept.sort((a, b) => a.start - b.start);
  };
  const rows: Candidate[][] = [
    [c(0, 5), c(3, 9), c(9, 12), c(2, 3, 1), c(2, 3)],
    [c(4, 4), c(2, 6), c(6, 6), c(0, 2)],
    [c(5, 5), c(3, 7)],
    [c(3, 3), c(0, 10)],
    [c(1, 4), c(4, 4), c(0, 1), c(10, 20), c(12, 12), c(15, 25, 2)],
  ];
  for (const row of rows) assert.deepEqual(selectLongest(row, ''), reference(row));
});
