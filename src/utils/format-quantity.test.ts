import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatQuantity } from './format-quantity.ts';

test('quantities read with thousands separators: [value, unit, shown]', () => {
  const rows: [number, string, string][] = [
    [1200, 'troops', '1,200 troops'],
    [8500, 'soldiers', '8,500 soldiers'],
    [3, 'ships', '3 ships'],
    [2.5, 'million people', '2.5 million people'],
  ];
  for (const [value, unit, shown] of rows) assert.equal(formatQuantity({ value, unit }), shown);
});
