/**
 * Stage 9b, corroborate, as tables: which inferred-date events join a report of the same
 * happening in another article, and which date the joined event keeps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate, EventType } from '../schema/event.ts';
import type { Candidate } from './events/candidate.ts';
import { corroborateEvents } from './corroborate.ts';

const stated = (start: string): EventDate => ({ start, end: start, precision: 'day', certain: true, text: start });
const inferred = (start: string): EventDate => ({ start, end: start, precision: 'day', certain: false, text: '' });

// Invented sentences: a report, its recap in other words order, and an unrelated one.
const REPORT = 'Engineers sealed the leaking underwater valve using heavy drilling mud and cement';
const RECAP = 'Weeks ago engineers sealed the underwater valve with drilling mud and cement';
const OTHER = 'Villagers protested outside the provincial parliament demanding cheaper bread';
const SHORT = 'Engineers sealed valve';

interface Row {
  key: string;
  article: string;
  sentence: string;
  date: EventDate;
  type?: EventType;
  /** a second sentence of the same article that the event cites */
  also?: string;
}

function event(row: Row): Candidate {
  return {
    type: row.type ?? 'attack',
    status: 'occurred',
    date: row.date,
    planned: null,
    actors: [{ id: 'crew', role: 'agent' }],
    quotes: [],
    quantities: [],
    places: [],
    sources: [
      { article: row.article, sentence: row.sentence, sentenceIndex: Number(row.key.split('#')[1]) },
      ...(row.also ? [{ article: row.article, sentence: row.also, sentenceIndex: 99 }] : []),
    ],
    rule: 'test',
    title: row.key,
    paragraph: 0,
    keys: [row.key],
  };
}

// articles a, b, c published in that order
const articleOrder = new Map([['a', '000000'], ['b', '000001'], ['c', '000002']]);

// [what the row shows, events, expected events: their keys and date]
const TABLE: [string, Row[], { keys: string[]; date: EventDate }[]][] = [
  [
    'a later recap with an inferred date takes the stated date of the first report',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'b#3', article: 'b', sentence: RECAP, date: inferred('2010-08-20') }],
    [{ keys: ['a#0', 'b#3'], date: stated('2010-07-15') }],
  ],
  [
    'an inferred report joins a later article that states an earlier date',
    [{ key: 'a#2', article: 'a', sentence: RECAP, date: inferred('2010-07-20') }, { key: 'b#0', article: 'b', sentence: REPORT, date: stated('2010-07-15') }],
    [{ keys: ['b#0', 'a#2'], date: stated('2010-07-15') }],
  ],
  [
    'an earlier report dated only by its publication day dates no other: two inferred reports stay apart',
    [{ key: 'a#1', article: 'a', sentence: REPORT, date: inferred('2010-07-16') }, { key: 'c#4', article: 'c', sentence: RECAP, date: inferred('2010-08-30') }],
    [{ keys: ['a#1'], date: inferred('2010-07-16') }, { keys: ['c#4'], date: inferred('2010-08-30') }],
  ],
  [
    'two recaps in later articles both join the stated report',
    [
      { key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') },
      { key: 'b#1', article: 'b', sentence: RECAP, date: inferred('2010-08-01') },
      { key: 'c#1', article: 'c', sentence: RECAP, date: inferred('2010-09-01') },
    ],
    [{ keys: ['a#0', 'b#1', 'c#1'], date: stated('2010-07-15') }],
  ],
  [
    'a stated date never moves: two stated reports stay apart',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'b#0', article: 'b', sentence: RECAP, date: stated('2010-08-20') }],
    [{ keys: ['a#0'], date: stated('2010-07-15') }, { keys: ['b#0'], date: stated('2010-08-20') }],
  ],
  [
    'a stated date after the inferred one cannot date it: it is no later than its report',
    [{ key: 'a#0', article: 'a', sentence: RECAP, date: inferred('2010-07-01') }, { key: 'b#0', article: 'b', sentence: REPORT, date: stated('2010-07-15') }],
    [{ keys: ['a#0'], date: inferred('2010-07-01') }, { keys: ['b#0'], date: stated('2010-07-15') }],
  ],
  [
    'an earlier inferred report is not taken from a later article',
    [{ key: 'a#0', article: 'a', sentence: RECAP, date: inferred('2010-07-01') }, { key: 'b#0', article: 'b', sentence: REPORT, date: inferred('2010-06-01') }],
    [{ keys: ['a#0'], date: inferred('2010-07-01') }, { keys: ['b#0'], date: inferred('2010-06-01') }],
  ],
  [
    'an event of several sentences, only one of them a recap, keeps its date',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'b#1', article: 'b', sentence: RECAP, also: OTHER, date: inferred('2010-08-20') }],
    [{ keys: ['a#0'], date: stated('2010-07-15') }, { keys: ['b#1'], date: inferred('2010-08-20') }],
  ],
  [
    'sentences about other happenings stay apart',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'b#0', article: 'b', sentence: OTHER, date: inferred('2010-08-20') }],
    [{ keys: ['a#0'], date: stated('2010-07-15') }, { keys: ['b#0'], date: inferred('2010-08-20') }],
  ],
  [
    'too few shared words to call it the same report',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'b#0', article: 'b', sentence: SHORT, date: inferred('2010-08-20') }],
    [{ keys: ['a#0'], date: stated('2010-07-15') }, { keys: ['b#0'], date: inferred('2010-08-20') }],
  ],
  [
    'events of different kinds from near-duplicate sentences stay apart',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'b#0', article: 'b', sentence: RECAP, date: inferred('2010-08-20'), type: 'statement' }],
    [{ keys: ['a#0'], date: stated('2010-07-15') }, { keys: ['b#0'], date: inferred('2010-08-20') }],
  ],
  [
    'speech acts count as one kind',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15'), type: 'warning' }, { key: 'b#0', article: 'b', sentence: RECAP, date: inferred('2010-08-20'), type: 'statement' }],
    [{ keys: ['a#0', 'b#0'], date: stated('2010-07-15') }],
  ],
  [
    'within one article the merge stage decides, not this one',
    [{ key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }, { key: 'a#5', article: 'a', sentence: RECAP, date: inferred('2010-07-20') }],
    [{ keys: ['a#0'], date: stated('2010-07-15') }, { keys: ['a#5'], date: inferred('2010-07-20') }],
  ],
];

for (const [what, rows, expected] of TABLE) {
  test(`corroborate: ${what}`, () => {
    const input = rows.map(event);
    const before = structuredClone(input);
    const { events } = corroborateEvents(input, { articleOrder });
    assert.deepEqual(events.map((e) => ({ keys: e.keys, date: e.date })), expected);
    assert.deepEqual(input, before, 'the input is not changed');
  });
}

test('corroborate: a joined event cites every source in reporting order, and explain gets a line for the joiner', () => {
  const rows: Row[] = [{ key: 'b#1', article: 'b', sentence: RECAP, date: inferred('2010-08-01') }, { key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') }];
  const { events, notes } = corroborateEvents(rows.map(event), { articleOrder });
  assert.deepEqual(events[0]!.sources.map((s) => s.article), ['a', 'b']);
  assert.match(events[0]!.rule, /corroborated/);
  assert.deepEqual([...notes.keys()], ['b#1']);
  assert.match(notes.get('b#1')!, /stated, in a \[0\] -> 2010-07-15$/);
});

test('corroborate: the same input gives the same output, whatever the order of the events', () => {
  const rows: Row[] = [
    { key: 'c#1', article: 'c', sentence: RECAP, date: inferred('2010-09-01') },
    { key: 'a#0', article: 'a', sentence: REPORT, date: stated('2010-07-15') },
    { key: 'b#1', article: 'b', sentence: RECAP, date: inferred('2010-08-01') },
    { key: 'b#2', article: 'b', sentence: OTHER, date: inferred('2010-08-01') },
  ];
  const forward = corroborateEvents(rows.map(event), { articleOrder }).events;
  const backward = corroborateEvents([...rows].reverse().map(event), { articleOrder }).events;
  const sortByKey = (es: Candidate[]) => JSON.stringify([...es].sort((x, y) => (x.keys![0]! < y.keys![0]! ? -1 : 1)));
  assert.equal(sortByKey(forward), sortByKey(backward));
});
