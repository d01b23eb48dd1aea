import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../schema/event.ts';
import { dateBasis } from './date-basis.ts';

const date = (certain: boolean, text: string, precision: EventDate['precision'] = 'day'): EventDate => ({ start: '2024-03-04', end: '2024-03-04', precision, certain, text });

// [what the row shows, date, rule, the words]
const ROWS: [string, EventDate, string, RegExp][] = [
  ['a stated date quotes its words', date(true, 'on Monday'), 'attack; date from own clause', /^from “on Monday”$/],
  ["a chronology's range says so, not the publication", date(false, '', 'month'), "attack; date from publication date; dated by the chronology's order", /order of a chronology/],
  ['a date from context quotes the context', date(false, 'Monday'), 'attack; date from the paragraph, before', /from “Monday” in its context/],
  ['the publication day', date(false, ''), 'attack; date from publication date', /publication date/],
  ['another inference without words', date(false, ''), 'attack; date from the lede; merged', /^inferred from its context/],
];

test('dateBasis: where a date came from, an inferred one always saying so', () => {
  for (const [what, d, rule, words] of ROWS) assert.match(dateBasis(d, rule), words, what);
});
