import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toTimelineItem } from './timeline-item.ts';

const base = { id: 'e', title: 'T', type: 'alert' as const, status: 'occurred' as const };
const day = (start: string, end: string, precision: 'day' | 'week' | 'month' | 'quarter' | 'year') => ({ start, end, precision, certain: true, text: '' });

// [date, expected type, expected local start, expected local exclusive end]
const rows: [ReturnType<typeof day>, 'point' | 'range', string, string | undefined][] = [
  [day('2022-01-31', '2022-01-31', 'day'), 'point', '2022-01-31', undefined],
  [day('2022-02-10', '2022-02-20', 'day'), 'range', '2022-02-10', '2022-02-21'],
  [day('2022-01-24', '2022-01-30', 'week'), 'range', '2022-01-24', '2022-01-31'],
  [day('2022-01-01', '2022-01-31', 'month'), 'range', '2022-01-01', '2022-02-01'],
  [day('2014-01-01', '2014-12-31', 'year'), 'range', '2014-01-01', '2015-01-01'],
];
const local = (d: Date | undefined) => d && `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
for (const [date, type, start, end] of rows) {
  test(`toTimelineItem ${date.start}..${date.end} ${date.precision} -> ${type}`, () => {
    const item = toTimelineItem({ ...base, date });
    assert.equal(item.type, type);
    assert.equal(local(item.start), start);
    assert.equal(local(item.end), end);
    assert.equal(item.className, `type-alert status-occurred precision-${date.precision}`);
  });
}

test('toTimelineItem: a date the article does not state is marked on the item', () => {
  const item = toTimelineItem({ ...base, date: { ...day('2022-01-31', '2022-01-31', 'day'), certain: false } });
  assert.equal(item.className, 'type-alert status-occurred precision-day date-inferred');
});
