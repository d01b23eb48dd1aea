import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleSeeded, seededRandom, splitEvenly } from './sample.ts';

const ITEMS = Array.from({ length: 50 }, (_, i) => `e${i}`);

test('seededRandom: the same seed gives the same numbers, in [0, 1); another seed others', () => {
  const a = Array.from({ length: 5 }, seededRandom(1));
  const b = Array.from({ length: 5 }, seededRandom(1));
  const c = Array.from({ length: 5 }, seededRandom(2));
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  for (const x of [...a, ...c]) assert.ok(x >= 0 && x < 1, String(x));
});

const CASES: { items: readonly string[]; n: number; seed: number; size: number }[] = [
  { items: ITEMS, n: 10, seed: 1, size: 10 },
  { items: ITEMS, n: 50, seed: 7, size: 50 },
  { items: ITEMS, n: 80, seed: 3, size: 50 },
  { items: ITEMS, n: 0, seed: 1, size: 0 },
  { items: [], n: 5, seed: 1, size: 0 },
  { items: ['a', 'a', 'b'], n: 3, seed: 9, size: 3 },
];

for (const { items, n, seed, size } of CASES) {
  test(`sampleSeeded: ${n} of ${items.length} with seed ${seed} -> ${size} items, deterministic, no repeats`, () => {
    const first = sampleSeeded(items, n, seed);
    assert.equal(first.length, size);
    assert.deepEqual(sampleSeeded(items, n, seed), first, 'the same seed draws the same sample');
    // no item position drawn twice: the multiset of the sample is a sub-multiset of the items
    const left = [...items];
    for (const x of first) {
      const i = left.indexOf(x);
      assert.ok(i >= 0, `${x} drawn more often than it occurs`);
      left.splice(i, 1);
    }
  });
}

test('sampleSeeded: different seeds draw different samples; the input is left untouched', () => {
  const copy = [...ITEMS];
  assert.notDeepEqual(sampleSeeded(ITEMS, 10, 1), sampleSeeded(ITEMS, 10, 2));
  assert.deepEqual(ITEMS, copy);
});

const SPLITS: { sizes: number[]; n: number; take: number[] }[] = [
  { sizes: [100, 100, 100], n: 60, take: [20, 20, 20] },
  { sizes: [100, 100, 100], n: 61, take: [21, 20, 20] },
  { sizes: [5, 100, 100], n: 60, take: [5, 28, 27] },
  { sizes: [2, 3], n: 10, take: [2, 3] },
  { sizes: [], n: 10, take: [] },
];
for (const { sizes, n, take } of SPLITS) {
  test(`splitEvenly: ${n} over [${sizes}] -> [${take}]`, () => {
    assert.deepEqual(splitEvenly(sizes, n), take);
  });
}
