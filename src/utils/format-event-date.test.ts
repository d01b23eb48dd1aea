import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDateTimeAttribute, formatEventDate, formatPublished } from './format-event-date.ts';

// Calendar days must read the same in every zone: run with TZ=America/Los_Angeles and TZ=Pacific/Kiritimati too.
const rows: [Parameters<typeof formatEventDate>[0], string][] = [
  [{ start: '2022-01-31', end: '2022-01-31', precision: 'day' }, 'Mon 31 Jan 2022'],
  [{ start: '2022-02-10', end: '2022-02-20', precision: 'day' }, 'Thu 10 – Sun 20 Feb 2022'],
  [{ start: '2022-01-30', end: '2022-02-02', precision: 'day' }, 'Sun 30 Jan – Wed 2 Feb 2022'],
  [{ start: '2021-12-30', end: '2022-01-02', precision: 'day' }, 'Thu 30 Dec 2021 – Sun 2 Jan 2022'],
  [{ start: '2022-01-24', end: '2022-01-30', precision: 'week' }, 'week of 24 Jan 2022'],
  [{ start: '2022-01-01', end: '2022-01-31', precision: 'month' }, 'January 2022'],
  [{ start: '2021-11-01', end: '2022-01-31', precision: 'month' }, 'November 2021 – January 2022'],
  [{ start: '2021-01-01', end: '2021-03-31', precision: 'quarter' }, 'Q1 2021'],
  [{ start: '2014-01-01', end: '2014-12-31', precision: 'year' }, '2014'],
  [{ start: '2014-01-01', end: '2015-12-31', precision: 'year' }, '2014–2015'],
];
for (const [input, expected] of rows) {
  test(`formatEventDate ${input.start}..${input.end} (${input.precision}) -> ${expected}`, () => {
    assert.equal(formatEventDate(input), expected);
  });
}

const attributeRows: [Parameters<typeof eventDateTimeAttribute>[0], string][] = [
  [{ start: '2022-01-31', end: '2022-01-31', precision: 'day' }, '2022-01-31'],
  [{ start: '2022-01-01', end: '2022-01-31', precision: 'month' }, '2022-01'],
  [{ start: '2014-01-01', end: '2014-12-31', precision: 'year' }, '2014'],
  [{ start: '2022-01-24', end: '2022-01-30', precision: 'week' }, '2022-01-24'],
];
for (const [input, expected] of attributeRows) {
  test(`eventDateTimeAttribute ${input.precision} -> ${expected}`, () => {
    assert.equal(eventDateTimeAttribute(input), expected);
  });
}

const publishedRows: [string, string][] = [
  ['2022-01-26', 'Wed 26 Jan 2022'],
  ['2022-01-26T23:30:00Z', 'Wed 26 Jan 2022'],
  ['2022-01-26T00:30:00+09:00', 'Wed 26 Jan 2022'],
];
for (const [input, expected] of publishedRows) {
  test(`formatPublished ${input} -> ${expected}`, () => assert.equal(formatPublished(input), expected));
}

test('a malformed day names the value and the expected form', () => {
  assert.throws(() => formatEventDate({ start: '2022-13', end: '2022-13', precision: 'month' }), /"2022-13" is not a date \(expected YYYY-MM-DD\)/);
});
