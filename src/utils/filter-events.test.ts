import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { EMPTY_FILTER, expandActors, unknownFilterValues, filterEvents, parseFilter, serializeFilter, type EventFilter } from './filter-events.ts';

const actor = (id: string, kind: Actor['kind'], affiliation: string | null): Actor => ({ id, name: id.replace(/-/g, ' '), kind, aliases: [], role: null, affiliation });
const ACTORS: Actor[] = [
  actor('united-states', 'country', null),
  actor('pentagon', 'organization', 'united-states'),
  actor('john-kirby', 'person', 'pentagon'),
  actor('russia', 'country', null),
  actor('loop-a', 'organization', 'loop-b'),
  actor('loop-b', 'organization', 'loop-a'),
];

const event = (id: string, type: TimelineEvent['type'], actorIds: string[], title = id, speaker?: string): TimelineEvent => ({
  id, title, type, status: 'occurred',
  date: { start: '2022-01-24', end: '2022-01-24', precision: 'day', certain: true, text: '' },
  planned: null,
  actors: actorIds.map((a) => ({ id: a, role: 'agent' as const })),
  quotes: speaker ? [{ text: 'We take our commitments seriously', speaker }] : [],
  quantities: [], places: ['Eastern Europe'],
  sources: [{ article: 'a', sentence: `${title}.`, sentenceIndex: 0 }],
  rule: 'test',
});
const EVENTS = [
  event('alert', 'alert', ['pentagon']),
  event('quote', 'statement', [], 'Kirby speaks', 'john-kirby'),
  event('buildup', 'buildup', ['russia']),
  event('talks', 'diplomacy', ['united-states', 'russia']),
];

const expandRows: [string[], boolean, string[]][] = [
  [['united-states'], false, ['united-states']],
  [['united-states'], true, ['john-kirby', 'pentagon', 'united-states']],
  [['pentagon'], true, ['john-kirby', 'pentagon']],
  [['john-kirby'], true, ['john-kirby']],
  [['loop-a'], true, ['loop-a', 'loop-b']],
];
for (const [chosen, affiliated, expected] of expandRows) {
  test(`expandActors ${chosen} affiliated=${affiliated}`, () => {
    assert.deepEqual([...expandActors(chosen, ACTORS, affiliated)].sort(), expected);
  });
}

const filterRows: [Partial<EventFilter>, string[]][] = [
  [{}, ['alert', 'quote', 'buildup', 'talks']],
  [{ actors: ['john-kirby'] }, ['quote']],
  [{ actors: ['pentagon'] }, ['alert']],
  [{ actors: ['united-states'], affiliated: true }, ['alert', 'quote', 'talks']],
  [{ actors: ['pentagon', 'russia'] }, ['alert', 'buildup', 'talks']],
  [{ types: ['buildup', 'diplomacy'] }, ['buildup', 'talks']],
  [{ actors: ['russia'], types: ['diplomacy'] }, ['talks']],
  [{ q: 'COMMITMENTS' }, ['quote']],
  [{ q: 'eastern  talks' }, ['talks']],
  [{ q: 'john kirby' }, ['quote']],
  [{ q: 'nothing like this' }, []],
];
for (const [partial, expected] of filterRows) {
  test(`filterEvents ${JSON.stringify(partial)} -> ${expected}`, () => {
    assert.deepEqual(filterEvents(EVENTS, ACTORS, { ...EMPTY_FILTER, ...partial }).map((e) => e.id), expected);
  });
}

const urlRows: [string, EventFilter, string][] = [
  ['', EMPTY_FILTER, ''],
  ['?actor=john-kirby&type=statement', { ...EMPTY_FILTER, actors: ['john-kirby'], types: ['statement'] }, '?actor=john-kirby&type=statement'],
  ['?actor=nato,john-kirby&actor=nato', { ...EMPTY_FILTER, actors: ['john-kirby', 'nato'] }, '?actor=john-kirby&actor=nato'],
  ['?type=bogus&type=attack&affiliated=1&q=+troops+', { ...EMPTY_FILTER, types: ['attack'], affiliated: true, q: 'troops' }, '?affiliated=1&type=attack&q=troops'],
  ['?event=e-1', { ...EMPTY_FILTER, event: 'e-1' }, '?event=e-1'],
  ['?actor=nato&lanes=1', { ...EMPTY_FILTER, actors: ['nato'], lanes: true }, '?actor=nato&lanes=1'],
];
for (const [search, filter, canonical] of urlRows) {
  test(`URL ${search || '(empty)'} round-trips`, () => {
    assert.deepEqual(parseFilter(new URLSearchParams(search)), filter);
    assert.equal(serializeFilter(filter), canonical);
  });
}

test('unknownFilterValues names the actors and types a URL asks for that do not exist', () => {
  const params = new URLSearchParams('?actor=nato,nobody&actor=ghost&type=statement&type=bogus');
  assert.deepEqual(unknownFilterValues(params, new Set(['nato'])), { actors: ['ghost', 'nobody'], types: ['bogus'] });
});
