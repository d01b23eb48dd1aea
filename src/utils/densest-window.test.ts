import { test } from 'node:test';
import assert from 'node:assert/strict';
import { densestWindow } from './densest-window.ts';

const rows: [number[], number, [number, number] | null][] = [
  [[], 0.8, null],
  [[5], 0.8, [5, 5]],
  [[0, 100, 101, 102, 103], 0.8, [100, 103]],
  [[0, 1, 2, 3, 1000], 0.8, [0, 3]],
  [[10, 0, 20, 30], 1, [0, 30]],
  [[0, 50, 51, 100], 0.5, [50, 51]],
];
for (const [starts, share, expected] of rows) {
  test(`densestWindow ${JSON.stringify(starts)} @${share} -> ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(densestWindow(starts, share), expected);
  });
}
