import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineEvent } from '../schema/event.ts';
import { actorEventsHref, eventListHref, eventListPages, eventSummariesHref, SUMMARIES_PER_FRAGMENT, yearStarts } from './event-list-pages.ts';

const on = (id: string, start: string) => ({ id, date: { start } }) as TimelineEvent;
const EVENTS = [on('a', '2021-05-01'), on('b', '2022-01-01'), on('c', '2022-03-01'), on('d', '2022-04-01'), on('e', '2023-01-01')];

test('pages of the list view: [size, ids per page by year]', () => {
  const rows: [number, [string, string[]][][]][] = [
    [10, [[['2021', ['a']], ['2022', ['b', 'c', 'd']], ['2023', ['e']]]]],
    [2, [[['2021', ['a']], ['2022', ['b']]], [['2022', ['c', 'd']]], [['2023', ['e']]]]],
  ];
  for (const [size, expected] of rows) {
    const pages = eventListPages(EVENTS, size);
    assert.deepEqual(pages.map((p) => p.years.map(([y, list]) => [y, list.map((e) => e.id)])), expected, `size ${size}`);
    assert.deepEqual(pages.map((p) => p.href), expected.map((_, i) => eventListHref(i + 1)));
  }
});

test('no events is one empty page', () => {
  assert.deepEqual(eventListPages([], 2), [{ number: 1, href: '/events/', years: [] }]);
});

test('a year links to the page where it begins', () => {
  assert.deepEqual(yearStarts(eventListPages(EVENTS, 2)), [
    ['2021', '/events/#y-2021'],
    ['2022', '/events/#y-2022'],
    ['2023', '/events/page/3/#y-2023'],
  ]);
});

test("an actor's events page from the actor's own page", () => {
  assert.deepEqual(eventListPages(EVENTS, 3, actorEventsHref('kirby')).map((p) => p.href), ['/actors/kirby/', '/actors/kirby/page/2/']);
});

test('an event\'s summary fragment: [index in date order, address]', () => {
  const n = SUMMARIES_PER_FRAGMENT;
  const rows: [number, string][] = [
    [0, '/data/event-summaries/1/'],
    [n - 1, '/data/event-summaries/1/'],
    [n, '/data/event-summaries/2/'],
    [3 * n + 5, '/data/event-summaries/4/'],
  ];
  for (const [i, href] of rows) assert.equal(eventSummariesHref(i), href, `event ${i}`);
});
