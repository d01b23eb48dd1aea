import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateUncertainty, eventDateClasses, eventDateLabel } from './event-date-label.ts';

const day = { start: '2022-01-31', end: '2022-01-31', precision: 'day', certain: true } as const;
const rows: [typeof day | Record<string, unknown>, string, string[], string][] = [
  [day, 'Mon 31 Jan 2022', [], 'precision-day'],
  [{ ...day, certain: false }, 'Mon 31 Jan 2022 (inferred)', ['inferred'], 'precision-day date-inferred'],
  [{ start: '2022-01-01', end: '2022-01-31', precision: 'month', certain: true }, '≈ January 2022', ['known to the month'], 'precision-month'],
  [{ start: '2022-01-24', end: '2022-01-30', precision: 'week', certain: false }, '≈ week of 24 Jan 2022 (inferred)', ['known to the week', 'inferred'], 'precision-week date-inferred'],
];

test('eventDateLabel, dateUncertainty, eventDateClasses: an inferred or approximate date says so', () => {
  for (const [date, label, words, classes] of rows) {
    const d = date as typeof day;
    assert.equal(eventDateLabel(d), label);
    assert.deepEqual(dateUncertainty(d), words);
    assert.equal(eventDateClasses(d), classes);
  }
});
