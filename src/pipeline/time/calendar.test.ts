import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, easterSunday, isoDay, isoWeek, parseIsoDay, rangeOfValue, weekday } from './calendar.ts';

const day = (iso: string): number => parseIsoDay(iso)!;

test('weekdays and ISO weeks', () => {
  // [date, ISO weekday, ISO week value]
  const rows: [string, number, string][] = [
    ['2022-02-02', 3, '2022-W05'],
    ['2022-01-02', 7, '2021-W52'],
    ['2021-01-03', 7, '2020-W53'],
    ['2013-03-22', 5, '2013-W12'],
    ['2024-12-30', 1, '2025-W01'],
  ];
  for (const [iso, wd, week] of rows) {
    assert.equal(weekday(day(iso)), wd, iso);
    const w = isoWeek(day(iso));
    assert.equal(`${w.year}-W${String(w.week).padStart(2, '0')}`, week, iso);
  }
});

test('adding months clamps to the month length', () => {
  const rows: [string, number, string][] = [
    ['2022-01-31', 1, '2022-02-28'],
    ['2022-03-15', -3, '2021-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
  ];
  for (const [iso, months, expected] of rows) assert.equal(isoDay(addMonths(day(iso), months)), expected, `${iso} + ${months}`);
});

test('parseIsoDay rejects dates that do not exist', () => {
  const rows: [string, boolean][] = [['2022-02-29', false], ['2024-02-29', true], ['2022-13-01', false], ['2022-02-02T10:00', true], ['Feb 2', false]];
  for (const [text, ok] of rows) assert.equal(parseIsoDay(text) !== null, ok, text);
});

test('the days a TimeML value denotes', () => {
  // [value, start, end, precision] (undefined = no days)
  const rows: [string, string?, string?, string?][] = [
    ['2022-01-31', '2022-01-31', '2022-01-31', 'day'],
    ['2022-01-31T15:00', '2022-01-31', '2022-01-31', 'day'],
    ['2022-W04', '2022-01-24', '2022-01-30', 'week'],
    ['2022-W04-WE', '2022-01-29', '2022-01-30', 'day'],
    ['2022-02', '2022-02-01', '2022-02-28', 'month'],
    ['2022-Q1', '2022-01-01', '2022-03-31', 'quarter'],
    ['2021-H2', '2021-07-01', '2021-12-31', 'quarter'],
    ['2021-SU', '2021-06-01', '2021-08-31', 'quarter'],
    ['2021-WI', '2021-12-01', '2022-02-28', 'quarter'],
    ['2014', '2014-01-01', '2014-12-31', 'year'],
    ['199', '1990-01-01', '1999-12-31', 'year'],
    ['19', '1900-01-01', '1999-12-31', 'year'],
    ['PAST_REF'],
    ['P3Y'],
  ];
  for (const [value, start, end, precision] of rows) {
    const r = rangeOfValue(value);
    assert.deepEqual(r ? [r.start, r.end, r.precision] : [], start ? [start, end, precision] : [], value);
  }
});

test('easterSunday: the Gregorian computus', () => {
  for (const [year, day] of [[2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'], [2019, '2019-04-21'], [2022, '2022-04-17'], [2038, '2038-04-25']] as const) {
    assert.equal(isoDay(easterSunday(year)), day, String(year));
  }
});
