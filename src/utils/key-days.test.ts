import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../schema/event.ts';
import { rankKeyDays, type KeyDayArticle } from './key-days.ts';

/** An article published on `published` that mentions the given days (`!` marks a date written out). */
function article(id: string, published: string, mentions: string[] = [], publisher = 'Wire'): KeyDayArticle {
  return { id, publisher, publishedAt: published, daysMentioned: mentions.map((m) => ({ date: m.replace('!', ''), stated: m.endsWith('!') })) };
}

/** An event on `start`, [stated | inferred | publication], reported by the given articles. */
function event(id: string, start: string, how: 'stated' | 'inferred' | 'publication', sources: string[], precision: 'day' | 'month' = 'day'): TimelineEvent {
  return {
    id, title: id, type: 'other', status: 'occurred',
    date: { start, end: start, precision, certain: how === 'stated', text: how === 'publication' ? '' : 'Saturday' },
    planned: null, actors: [], quotes: [], quantities: [], places: [],
    sources: sources.map((article, i) => ({ article, sentence: `${id} ${i}.`, sentenceIndex: i })), rule: 'test',
  };
}

// [what, events, articles, the day that must rank higher, the day it must outrank]
const rows: [string, TimelineEvent[], KeyDayArticle[], string, string][] = [
  ['more articles looking back rank a day higher',
    [], [article('a', '2011-03-20', ['2011-03-10!', '2011-03-12!']), article('b', '2011-03-21', ['2011-03-12!'])], '2011-03-12', '2011-03-10'],
  ['an article counts once per day, however often it mentions it',
    [event('x', '2011-03-10', 'stated', ['a']), event('y', '2011-03-10', 'stated', ['a'])], [article('a', '2011-03-20', ['2011-03-10!']), article('b', '2011-03-21', ['2011-03-12!']), article('c', '2011-03-22', ['2011-03-12!'])], '2011-03-12', '2011-03-10'],
  ['a date written out outranks a relative one',
    [], [article('a', '2011-03-20', ['2011-03-10!']), article('b', '2011-03-20', ['2011-03-19'])], '2011-03-10', '2011-03-19'],
  ['two looks back outrank three publication-day defaults',
    [event('p', '2011-03-25', 'publication', ['c', 'd', 'e'])],
    [article('a', '2011-03-20', ['2011-03-10!']), article('b', '2011-03-21', ['2011-03-10!']), article('c', '2011-03-25'), article('d', '2011-03-25'), article('e', '2011-03-25')], '2011-03-10', '2011-03-25'],
  ['an event dated by context counts more than one dated by the publication day',
    [event('i', '2011-03-18', 'inferred', ['a']), event('p', '2011-03-22', 'publication', ['b'])], [article('a', '2011-03-20'), article('b', '2011-03-22')], '2011-03-18', '2011-03-22'],
  ['of two days reported alike, the one whose news the next day\'s articles carry ranks higher',
    [], [article('a', '2011-03-20', ['2011-03-10']), article('b', '2011-03-20', ['2011-03-12']), article('c', '2011-03-13'), article('d', '2011-03-13')], '2011-03-12', '2011-03-10'],
  ['ties go to the earlier day',
    [], [article('a', '2011-03-20', ['2011-03-10!', '2011-03-12!'])], '2011-03-10', '2011-03-12'],
];

test('rankKeyDays: which day ranks higher', () => {
  const failures: string[] = [];
  for (const [what, events, articles, higher, lower] of rows) {
    const days = rankKeyDays(events, articles).map((d) => d.date);
    if (!days.includes(higher) || !(days.indexOf(higher) < days.indexOf(lower) || !days.includes(lower))) failures.push(`${what}: ${higher} before ${lower} in ${days.join(' ')}`);
  }
  assert.deepEqual(failures, []);
});

test('rankKeyDays: only days some article reports; month-precise events make none', () => {
  const days = rankKeyDays([event('m', '2011-03-01', 'stated', ['a'], 'month')], [article('a', '2011-03-20', ['2011-03-10'])]);
  assert.deepEqual(days.map((d) => d.date), ['2011-03-10']);
  assert.deepEqual(rankKeyDays([], []), []);
});

test('rankKeyDays: what a day records', () => {
  const articles = [article('a1', '2011-03-18'), article('a2', '2011-03-19', ['2011-03-18!']), article('a3', '2011-03-20T08:00:00Z', [], 'Daily'), article('a4', '2011-03-21', [], 'Daily')];
  const day = rankKeyDays([event('small', '2011-03-18', 'stated', ['a1']), event('wide', '2011-03-18', 'stated', ['a1', 'a3', 'a4'])], articles).find((d) => d.date === '2011-03-18')!;
  assert.equal(day.articles, 4);
  assert.equal(day.outlets, 2);
  assert.equal(day.laterArticles, 3);
  assert.deepEqual(day.events, ['wide', 'small']);
  assert.deepEqual(day.sources, ['a1', 'a2', 'a3', 'a4']);
  // a1 same day 0.5, a2 look back 1, a3 and a4 stated events looking back 1 each, a1 appeared 0.25, a2 appeared the next day 0.25
  assert.equal(day.score, 4);
});
