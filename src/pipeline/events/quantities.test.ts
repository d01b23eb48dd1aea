import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './quantities.ts';

test('findQuantities', () => {
  const rows: [string, [number, string][]][] = [
    ['The U.S. will deploy 3,000 more troops to Romania.', [[3000, 'troops']]],
    ['Austin put 8,500 U.S. troops on heightened preparedness.', [[8500, 'troops']]],
    ['Russia has stationed an estimated 100,000 troops near the border.', [[100000, 'troops']]],
    ['Two dozen ships and 40 jets joined.', [[24, 'ships'], [40, 'jets']]],
    ['The aid package is worth $5 billion.', [[5e9, 'USD']]],
    ['Prices rose 12% in March, or 3.5 percent a year.', [[12, 'percent'], [3.5, 'percent']]],
    ['About 1,200 residents were evacuated and three people died.', [[1200, 'residents'], [3, 'people']]],
    ['In 2014 Russia annexed Crimea.', []],
    ['There are 900 U.S. troops in Romania.', [[900, 'troops']]],
  ];
  for (const [text, expected] of rows) {
    assert.deepEqual(findQuantities(text).map((q) => [q.value, q.unit]), expected, text);
  }
});

test('findQuantities skips numbers inside time expressions', () => {
  const text = 'On Feb. 20 the ministry said 20 soldiers left.';
  assert.deepEqual(findQuantities(text, [{ start: 3, end: 10 }]), [{ value: 20, unit: 'soldiers' }]);
});
