import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../schema/event.ts';
import { rankKeyDays, type KeyDayArticle } from './key-days.ts';

const articles: KeyDayArticle[] = [
  { id: 'a1', publisher: 'Wire', publishedAt: '2011-03-18' },
  { id: 'a2', publisher: 'Wire', publishedAt: '2011-03-19' },
  { id: 'a3', publisher: 'Daily', publishedAt: '2011-03-20T08:00:00Z' },
  { id: 'a4', publisher: 'Daily', publishedAt: '2011-03-21' },
];

/** An event on `start`, [stated | inferred | publication], reported by the given articles. */
function event(id: string, start: string, how: 'stated' | 'inferred' | 'publication', sources: string[], precision: 'day' | 'month' = 'day'): TimelineEvent {
  return {
    id, title: id, type: 'other', status: 'occurred',
    date: { start, end: start, precision, certain: how === 'stated', text: how === 'publication' ? '' : 'Saturday' },
    planned: null, actors: [], quotes: [], quantities: [], places: [],
    sources: sources.map((article, i) => ({ article, sentence: `${id} ${i}.`, sentenceIndex: i })), rule: 'test',
  };
}

// [events, the days in ranked order]
const rows: [string, TimelineEvent[], string[]][] = [
  ['more reporting articles rank higher', [event('x', '2011-03-17', 'stated', ['a1']), event('y', '2011-03-16', 'stated', ['a1', 'a2'])], ['2011-03-16', '2011-03-17']],
  ['an article counts once per day, however many events it dates there', [event('x', '2011-03-17', 'stated', ['a1']), event('x2', '2011-03-17', 'stated', ['a1']), event('y', '2011-03-16', 'stated', ['a1', 'a2'])], ['2011-03-16', '2011-03-17']],
  ['a day later articles look back to outranks a publication-day default with more articles', [
    event('busy', '2011-03-21', 'publication', ['a4']), event('busy2', '2011-03-20', 'publication', ['a3']),
    event('turn', '2011-03-17', 'stated', ['a2']),
  ], ['2011-03-17', '2011-03-20', '2011-03-21']],
  ['an inferred date counts less than a stated one, more than the publication default', [
    event('p', '2011-03-19', 'publication', ['a2']), event('i', '2011-03-18', 'inferred', ['a3']), event('s', '2011-03-17', 'stated', ['a3']),
  ], ['2011-03-17', '2011-03-18', '2011-03-19']],
  ['only day-precise events make key days', [event('m', '2011-03-01', 'stated', ['a1', 'a2', 'a3'], 'month'), event('d', '2011-03-17', 'stated', ['a2'])], ['2011-03-17']],
  ['ties go to the earlier day', [event('x', '2011-03-17', 'stated', ['a2']), event('y', '2011-03-15', 'stated', ['a2'])], ['2011-03-15', '2011-03-17']],
  ['no events, no key days', [], []],
];

test('rankKeyDays: the order of the days', () => {
  for (const [what, events, days] of rows) assert.deepEqual(rankKeyDays(events, articles).map((d) => d.date), days, what);
});

test('rankKeyDays: what a day records', () => {
  const [day] = rankKeyDays([event('small', '2011-03-18', 'stated', ['a2']), event('wide', '2011-03-18', 'stated', ['a1', 'a3', 'a4'])], articles);
  assert.equal(day.articles, 4);
  assert.equal(day.outlets, 2);
  assert.equal(day.laterArticles, 3);
  assert.deepEqual(day.events, ['wide', 'small']);
  assert.ok(day.score > 0);
});
