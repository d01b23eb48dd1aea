import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../schema/event.ts';
import { dateChecks } from './date-checks.ts';

const day = (start: string, text: string, end = start, precision: EventDate['precision'] = 'day'): EventDate => ({ start, end, precision, certain: text !== '', text });
const articles = [{ id: 'a', publishedAt: '2024-03-06' }, { id: 'b', publishedAt: '2024-03-08T09:00:00Z' }];
const event = (id: string, date: EventDate, status: 'occurred' | 'announced' = 'occurred', sources = ['a']) => ({
  id, date, status, sources: sources.map((article, i) => ({ article, sentence: 's', sentenceIndex: i })),
});

// [what, event, weekday named?, weekday wrong?, after its first report?]
const ROWS: [string, ReturnType<typeof event>, boolean, boolean, boolean][] = [
  ['"on Tuesday" on a Tuesday', event('e1', day('2024-03-05', 'Tuesday')), true, false, false],
  ['"Tuesday night" on a Monday', event('e2', day('2024-03-04', 'Tuesday night')), true, true, false],
  ['a week named by a weekday is not checked', event('e3', day('2024-03-04', 'since Tuesday', '2024-03-10', 'week')), false, false, false],
  ['no weekday in the words', event('e4', day('2024-03-05', 'March 5')), false, false, false],
  ['done after the first report', event('e5', day('2024-03-07', '')), false, false, true],
  ['done on the first report\'s day, reported again later', event('e6', day('2024-03-06', ''), 'occurred', ['b', 'a']), false, false, false],
  ['a plan after the report is no fault', event('e7', day('2024-03-09', 'Saturday'), 'announced'), true, false, false],
];

for (const [what, e, named, wrong, after] of ROWS) {
  test(`dateChecks: ${what}`, () => {
    const c = dateChecks([e], articles);
    assert.equal(c.weekdayNamed, named ? 1 : 0);
    assert.deepEqual(c.weekdayWrong, wrong ? [e.id] : []);
    assert.deepEqual(c.afterFirstReport, after ? [e.id] : []);
    assert.equal(c.occurred, e.status === 'occurred' ? 1 : 0);
  });
}
