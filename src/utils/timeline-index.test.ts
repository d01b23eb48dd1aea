import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../schema/actor.ts';
import type { EventType, TimelineEvent } from '../schema/event.ts';
import { dayNumber, isoOfDay } from './day-number.ts';
import { filterIndex } from './event-mask.ts';
import { filterEvents, type EventFilter } from './filter-events.ts';
import { aggregateLabel, formatDayRange } from './format-day-range.ts';
import { buildTimelineIndex } from './timeline-index.ts';
import { windowItems } from './window-items.ts';

const actors: Actor[] = [
  { id: 'nato', name: 'NATO', kind: 'organization', aliases: [], role: null, affiliation: null },
  { id: 'kirby', name: 'John Kirby', kind: 'person', aliases: [], role: null, affiliation: 'pentagon' },
  { id: 'pentagon', name: 'Pentagon', kind: 'organization', aliases: [], role: null, affiliation: null },
  { id: 'russia', name: 'Russia', kind: 'country', aliases: [], role: null, affiliation: null },
];

function event(id: string, start: string, type: EventType, actorIds: string[], end = start): TimelineEvent {
  return {
    id, title: id, type, status: 'occurred', date: { start, end, precision: 'day', certain: true, text: '' }, planned: null,
    actors: actorIds.map((a) => ({ id: a, role: 'agent' as const })), quotes: [], quantities: [], places: [],
    sources: [{ article: 'a', sentence: id, sentenceIndex: 0 }], rule: 'test',
  };
}

const events = [
  event('e1', '2022-01-24', 'alert', ['pentagon']),
  event('e2', '2022-01-25', 'statement', ['kirby']),
  event('e3', '2022-01-25', 'statement', ['nato', 'russia']),
  event('e4', '2022-02-10', 'exercise', ['russia'], '2022-02-20'),
  event('e5', '2022-03-01', 'statement', ['russia']),
];
const { index, chunks } = buildTimelineIndex(events);

test('the index lists events in date order with day numbers and postings; chunks are months', () => {
  assert.deepEqual(index.ids, ['e1', 'e2', 'e3', 'e4', 'e5']);
  assert.equal(isoOfDay(index.start[3]!), '2022-02-10');
  assert.equal(index.end[3]! - index.start[3]!, 10);
  assert.equal(index.maxSpanDays, 10);
  assert.deepEqual(index.postings.russia, [2, 3, 4]);
  assert.deepEqual([...chunks.keys()], ['2022-01', '2022-02', '2022-03']);
  assert.deepEqual(chunks.get('2022-01')!.map((e) => e.id), ['e1', 'e2', 'e3']);
});

const filters: [string, Pick<EventFilter, 'actors' | 'affiliated' | 'types'>][] = [
  ['nothing', { actors: [], affiliated: false, types: [] }],
  ['one actor', { actors: ['russia'], affiliated: false, types: [] }],
  ['an actor and a type', { actors: ['russia'], affiliated: false, types: ['statement'] }],
  ['two actors', { actors: ['kirby', 'nato'], affiliated: false, types: [] }],
  ['an organization with its people', { actors: ['pentagon'], affiliated: true, types: [] }],
  ['a type', { actors: [], affiliated: false, types: ['statement', 'alert'] }],
];
for (const [name, filter] of filters) {
  test(`filterIndex keeps what filterEvents keeps: ${name}`, () => {
    const expected = filterEvents(events, actors, { ...filter, q: '', event: null, lanes: false }).map((e) => e.id);
    const { mask, kept } = filterIndex(index, actors, filter, null);
    assert.deepEqual(index.ids.filter((_, i) => mask[i] === 1), expected);
    assert.equal(kept, expected.length);
  });
}

test('counts are faceted: an actor counts under the type filter, a type under the actor filter', () => {
  const { actorCounts, typeCounts } = filterIndex(index, actors, { actors: ['russia'], affiliated: false, types: ['statement'] }, null);
  assert.equal(actorCounts.get('russia'), 2); // e3, e5: its statements
  assert.equal(actorCounts.get('kirby'), 1); // choosing Kirby would add e2
  assert.equal(actorCounts.get('pentagon'), 0);
  assert.equal(typeCounts[2 + 0], 0); // 'buildup': none
  assert.deepEqual([...typeCounts].reduce((a, b) => a + b, 0), 3); // Russia's three events, by type
});

test('a text mask narrows the events and the counts', () => {
  const words = Uint8Array.from([0, 0, 0, 0, 1]);
  const { kept, actorCounts } = filterIndex(index, actors, { actors: [], affiliated: false, types: [] }, words);
  assert.equal(kept, 1);
  assert.equal(actorCounts.get('russia'), 1);
});

test('windowItems: every event where few are in the window; an aggregate per dense period otherwise', () => {
  const all = new Uint8Array(events.length).fill(1);
  const from = dayNumber('2022-01-01');
  const to = dayNumber('2022-03-31');
  assert.deepEqual(windowItems(index, all, from, to, 1000).map((i) => i.kind), ['event', 'event', 'event', 'event', 'event']);
  const dense = windowItems(index, all, from, to, 1000, { maxSingles: 2, minPeriodPx: 200, singlesPerPeriod: 1, keep: -1 });
  // 90 days over 1000 px: a month is ~340 px, so periods are months; January holds three events
  assert.deepEqual(dense, [
    { kind: 'aggregate', key: `month-${2022 * 12}`, count: 3, startDay: dayNumber('2022-01-24'), endDay: dayNumber('2022-01-25'), first: 0 },
    { kind: 'event', index: 3 },
    { kind: 'event', index: 4 },
  ]);
  // the selected event stays single, out of its aggregate
  const kept = windowItems(index, all, from, to, 1000, { maxSingles: 2, minPeriodPx: 200, singlesPerPeriod: 1, keep: 1 });
  assert.deepEqual(kept.slice(0, 2), [
    { kind: 'aggregate', key: `month-${2022 * 12}`, count: 2, startDay: dayNumber('2022-01-24'), endDay: dayNumber('2022-01-25'), first: 0 },
    { kind: 'event', index: 1 },
  ]);
});

test('windowItems: an event that starts before the window and reaches into it is drawn', () => {
  const all = new Uint8Array(events.length).fill(1);
  assert.deepEqual(windowItems(index, all, dayNumber('2022-02-15'), dayNumber('2022-02-16'), 800), [{ kind: 'event', index: 3 }]);
});

const ranges: [string, string, string][] = [
  ['2024-02-12', '2024-02-12', '12 Feb 2024'],
  ['2024-02-12', '2024-02-14', '12–14 Feb 2024'],
  ['2024-02-28', '2024-03-03', '28 Feb – 3 Mar 2024'],
  ['2023-12-30', '2024-01-02', '30 Dec 2023 – 2 Jan 2024'],
  ['2023-12-01', '2024-02-28', 'Dec 2023 – Feb 2024'],
  ['2024-01-01', '2024-06-30', 'Jan – Jun 2024'],
];
for (const [start, end, expected] of ranges) {
  test(`formatDayRange ${start} ${end}`, () => assert.equal(formatDayRange(dayNumber(start), dayNumber(end)), expected));
}
test('aggregateLabel', () => assert.equal(aggregateLabel(47, dayNumber('2024-02-12'), dayNumber('2024-02-14')), '47 events, 12–14 Feb 2024'));
