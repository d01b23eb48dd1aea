/**
 * Stage 9d, relations, as tables: an event counted from a happening its article does not date
 * takes the day another report states for it, shifted, only when one day clearly matches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../schema/event.ts';
import type { Candidate } from './events/candidate.ts';
import type { PendingRelation } from './events/dating/types.ts';
import { happeningWords } from './events/dating/happening-words.ts';
import { pendingRelations, resolveRelations } from './relations.ts';

const stated = (start: string): EventDate => ({ start, end: start, precision: 'day', certain: true, text: start });
const inferred = (start: string): EventDate => ({ start, end: start, precision: 'day', certain: false, text: '' });

// the story's own words weigh nothing; every other word is rare
const STORY = new Set([...happeningWords('the government army rebels city')]);
const weight = (w: string) => (STORY.has(w) ? 0 : 3);

// Invented reports of other articles
const COLLAPSE = 'The old bridge over the river collapsed on Tuesday, killing nine commuters';
const COLLAPSE_RECAP = 'Engineers inspected the river bridge that collapsed last week';
const OTHER = 'Villagers protested outside the provincial parliament demanding cheaper bread';
const SECOND_COLLAPSE = 'A second bridge over the river collapsed on Friday';

interface Row {
  key: string;
  article: string;
  sentence: string;
  date: EventDate;
  status?: Candidate['status'];
  relation?: PendingRelation;
}

function event(row: Row): Candidate {
  return {
    type: 'other',
    status: row.status ?? 'occurred',
    date: row.date,
    planned: null,
    actors: [],
    quotes: [],
    quantities: [],
    places: [],
    sources: [{ article: row.article, sentence: row.sentence, sentenceIndex: Number(row.key.split('#')[1]) }],
    rule: 'test',
    title: row.sentence,
    paragraph: 0,
    keys: [row.key],
    ...(row.relation ? { relation: row.relation } : {}),
  };
}

const published = new Map([['a', '2024-03-05'], ['b', '2024-03-08'], ['c', '2024-03-20']]);
const articleOrder = new Map([['a', '000000'], ['b', '000001'], ['c', '000002']]);
const rel = (days: number, phrase: string): PendingRelation => ({ days, words: [...happeningWords(phrase)].sort(), text: `${days} days after ${phrase}` });
const RESCUE = 'Three days after the bridge collapse on the river, divers found the last commuters';

// [what, events, the relation event's day afterwards (key c#0 or b#0), certain?]
const TABLE: [string, Row[], string, string | null][] = [
  ['counted from the day another report states',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-08'],
  ['a day before it',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(-1, 'the bridge collapse on the river') }],
    'c#0', '2024-03-04'],
  ['no report names it: the inferred day stays',
    [{ key: 'a#0', article: 'a', sentence: OTHER, date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-20'],
  ['a report of an inferred day is no anchor',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: inferred('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-20'],
  ['two days name it alike: ambiguous, nothing moves',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'b#0', article: 'b', sentence: SECOND_COLLAPSE, date: stated('2024-03-08') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-20'],
  ['several reports of one day: the same happening',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'b#0', article: 'b', sentence: COLLAPSE_RECAP, date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-08'],
  ['named only in the story\'s own words: nothing moves',
    [{ key: 'a#0', article: 'a', sentence: 'The army entered the city on Tuesday', date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: 'Three days after the army in the city, rebels fled', date: inferred('2024-03-20'), relation: rel(3, 'the army in the city') }],
    'c#0', '2024-03-20'],
  ['one word in common names many happenings: nothing moves',
    [{ key: 'a#0', article: 'a', sentence: 'The old tunnel flooded on Tuesday', date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the flooded bridge') }],
    'c#0', '2024-03-20'],
  ['never past the publication day of a past happening',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'b#0', article: 'b', sentence: RESCUE, date: inferred('2024-03-08'), relation: rel(7, 'the bridge collapse on the river') }],
    'b#0', '2024-03-08'],
  ['a recap long after the day it states is no first report',
    [{ key: 'c#1', article: 'c', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: inferred('2024-03-20'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-20'],
  ['a report of a day after the article names nothing it names',
    [{ key: 'c#1', article: 'c', sentence: COLLAPSE, date: stated('2024-03-19') }, { key: 'b#0', article: 'b', sentence: RESCUE, date: inferred('2024-03-08'), relation: rel(-3, 'the bridge collapse on the river') }],
    'b#0', '2024-03-08'],
  ['a stated date never moves',
    [{ key: 'a#0', article: 'a', sentence: COLLAPSE, date: stated('2024-03-05') }, { key: 'c#0', article: 'c', sentence: RESCUE, date: stated('2024-03-15'), relation: rel(3, 'the bridge collapse on the river') }],
    'c#0', '2024-03-15'],
];

test('resolveRelations: a happening another article dates', () => {
  for (const [what, rows, key, day] of TABLE) {
    const events = rows.map(event);
    const { events: out, notes } = resolveRelations(events, pendingRelations(events), { weight, published, articleOrder }, new Map());
    const moved = out.find((e) => e.keys?.includes(key))!;
    assert.equal(moved.date.start, day, what);
    const changed = moved.date.start !== events.find((e) => e.keys?.includes(key))!.date.start;
    assert.equal(notes.has(key), changed, `${what}: one explain line when it moves`);
    if (changed) assert.equal(moved.date.certain, false, `${what}: inferred`);
  }
});

test('resolveRelations: an event a chronology dated keeps its date', () => {
  const events = TABLE[0]![1].map(event);
  const notes = new Map([['c#0', '✓ chronology: ...']]);
  const { events: out } = resolveRelations(events, pendingRelations(events), { weight, published, articleOrder }, notes);
  assert.equal(out.find((e) => e.keys?.includes('c#0'))!.date.start, '2024-03-20');
});

test('resolveRelations: pure, the input is not changed', () => {
  const events = TABLE[0]![1].map(event);
  const before = structuredClone(events);
  resolveRelations(events, pendingRelations(events), { weight, published, articleOrder }, new Map());
  assert.deepEqual(events, before);
});

test('runPipeline: a time counted from a happening another article dates, with its line for explain', async () => {
  const { runPipeline } = await import('./index.ts');
  const article = (id: string, publishedAt: string, body: string) => ({ id, file: `${id}.md`, title: id, publisher: 'p', publishedAt, url: null, byline: null, body, bodyLine: 1 });
  const news = article('news', '2024-03-06T10:00:00Z', 'Gunmen attacked the central railway station in Ardmore on Tuesday, killing nine commuters.');
  const later = article('later', '2024-03-20T10:00:00Z', 'Three days after the attack on the railway station in Ardmore, police arrested two suspects.');
  const run = runPipeline([news, later], []);
  const arrest = run.timeline.events.find((e) => e.sources.some((s) => s.article === 'later'))!;
  assert.deepEqual([arrest.date.start, arrest.date.certain], ['2024-03-08', false]);
  assert.match([...run.corroborations.values()].join('\n'), /✓ relation: "Three days after the attack on the railway station in Ardmore" counted from 2024-03-05/);
});
