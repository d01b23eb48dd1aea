import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../schema/event.ts';
import { mentionReference, rankKeyDays, type KeyDayArticle } from './key-days.ts';

/** An article published on `published` that mentions the given days (`!` marks a date written out). */
function article(id: string, published: string, mentions: string[] = [], publisher = 'Wire'): KeyDayArticle {
  return { id, publisher, publishedAt: published, daysMentioned: mentions.map((m) => ({ date: m.replace('!', ''), stated: m.endsWith('!') })) };
}

/** A day-precise (or month-precise) event on `start` stated by the given articles. */
function event(id: string, start: string, sources: string[], precision: 'day' | 'month' = 'day'): TimelineEvent {
  return {
    id, title: id, type: 'other', status: 'occurred',
    date: { start, end: start, precision, certain: true, text: 'Saturday' },
    planned: null, actors: [], quotes: [], quantities: [], places: [],
    sources: sources.map((article, i) => ({ article, sentence: `${id} ${i}.`, sentenceIndex: i })), rule: 'test',
  };
}

// [day named, written out, published on, the reference]
const references: [string, boolean, string, ReturnType<typeof mentionReference>][] = [
  ['2011-03-19', true, '2011-03-25', 'statedEarlier'],
  ['2011-03-19', false, '2011-03-25', 'relativeEarlier'],
  ['2011-03-24', false, '2011-03-25', 'relativeEarlier'],
  ['2011-03-25', true, '2011-03-25', 'statedSameDay'],
  ['2011-03-25', false, '2011-03-25', 'relativeSameDay'],
];

test('mentionReference: how an article refers to a day it names', () => {
  assert.deepEqual(references.map(([day, stated, published]) => mentionReference(day, stated, published)), references.map((r) => r[3]));
});

// [what, events, articles, the day that must rank higher, the day it must outrank]
const rows: [string, TimelineEvent[], KeyDayArticle[], string, string][] = [
  ['more articles looking back rank a day higher',
    [], [article('a', '2011-03-20', ['2011-03-10!', '2011-03-12!']), article('b', '2011-03-21', ['2011-03-12!'])], '2011-03-12', '2011-03-10'],
  ['an article counts once per day, however often it names it',
    [], [article('a', '2011-03-20', ['2011-03-10!', '2011-03-10']), article('b', '2011-03-21', ['2011-03-12']), article('c', '2011-03-22', ['2011-03-12'])], '2011-03-12', '2011-03-10'],
  ['a date written out outranks a relative one',
    [], [article('a', '2011-03-20', ['2011-03-10!']), article('b', '2011-03-20', ['2011-03-11'])], '2011-03-10', '2011-03-11'],
  ['an article that names its own day ("today") counts more for it than one that only came out',
    [], [article('a', '2011-03-20', ['2011-03-20']), article('b', '2011-03-21')], '2011-03-20', '2011-03-21'],
  ['more articles published on a day rank it higher',
    [], [article('a', '2011-03-20'), article('b', '2011-03-20'), article('c', '2011-03-21')], '2011-03-20', '2011-03-21'],
  ['a day that came out and is looked back to outranks a day that only came out',
    [], [article('a', '2011-03-20'), article('b', '2011-03-21'), article('c', '2011-03-25', ['2011-03-21'])], '2011-03-21', '2011-03-20'],
  ['events are listed, not counted: two looks back outrank one widely sourced event',
    [event('e', '2011-03-05', ['c', 'd', 'e'])],
    [article('a', '2011-03-20', ['2011-03-10']), article('b', '2011-03-21', ['2011-03-10']), article('c', '2011-03-22'), article('d', '2011-03-22'), article('e', '2011-03-22')], '2011-03-10', '2011-03-05'],
  ['a look back from a week or more later counts more than one from the next day',
    [], [article('a', '2011-03-11', ['2011-03-10']), article('b', '2011-03-20', ['2011-03-12'])], '2011-03-12', '2011-03-10'],
  ['history recalled from long before the first article ranks after every day of the story',
    [], [article('a', '2011-03-20', ['2003-03-20!']), article('b', '2011-03-21', ['2003-03-20!']), article('c', '2011-03-22', ['2003-03-20!', '2011-03-10'])], '2011-03-10', '2003-03-20'],
  ['the days just before the first article are the story\'s, not background',
    [], [article('a', '2011-03-20', ['2011-03-05!']), article('b', '2011-03-21', ['2011-03-05!']), article('c', '2011-03-22', ['2011-03-05!'])], '2011-03-05', '2011-03-20'],
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

test('rankKeyDays: every day published on, named or with a day-precise event; month-precise events make none', () => {
  const days = rankKeyDays([event('m', '2011-02-01', ['a'], 'month'), event('d', '2011-03-05', ['a'])], [article('a', '2011-03-20', ['2011-03-10'])]);
  assert.deepEqual(days.map((d) => d.date), ['2011-03-10', '2011-03-20', '2011-03-05']);
  assert.deepEqual(rankKeyDays([], []), []);
});

test('rankKeyDays: what a day records, and its weight', () => {
  const articles = [
    article('a1', '2011-03-18', ['2011-03-18']),
    article('a2', '2011-03-19', ['2011-03-18!']),
    article('a3', '2011-03-20T08:00:00Z', ['2011-03-18'], 'Daily'),
    article('a4', '2011-03-21', [], 'Daily'),
    article('a5', '2011-03-18'),
    article('a6', '2011-03-28', ['2011-03-18']),
  ];
  const day = rankKeyDays([event('small', '2011-03-18', ['a1']), event('wide', '2011-03-18', ['a1', 'a4'])], articles).find((d) => d.date === '2011-03-18')!;
  assert.equal(day.articles, 6);
  assert.equal(day.outlets, 2);
  assert.equal(day.published, 2);
  assert.equal(day.laterArticles, 3);
  assert.equal(day.statedLater, 1);
  assert.equal(day.retrospectives, 1);
  assert.equal(day.background, false);
  assert.deepEqual(day.events, ['wide', 'small']);
  assert.deepEqual(day.sources, ['a1', 'a5', 'a2', 'a3', 'a4', 'a6']);
  // a1 and a5 published 1 + 1, a1 names its own day 0.25, a2 writes it out looking back 1.5, a3 looks back 1,
  // a6 looks back 1 from ten days later + 0.25; a4's event adds nothing
  assert.equal(day.score, 6);
});

test("rankKeyDays: a day's events, the most widely reported first, then those whose text states the day", () => {
  const inferred = (e: TimelineEvent): TimelineEvent => ({ ...e, date: { ...e.date, certain: false, text: '' } });
  const articles = [article('a1', '2011-03-18'), article('a2', '2011-03-18'), article('a3', '2011-03-19')];
  const events = [inferred(event('a-feature', '2011-03-18', ['a1'])), event('b-vote', '2011-03-18', ['a2']), inferred(event('c-wide', '2011-03-18', ['a1', 'a3']))];
  assert.deepEqual(rankKeyDays(events, articles).find((d) => d.date === '2011-03-18')!.events, ['c-wide', 'b-vote', 'a-feature']);
});

test('rankKeyDays: the same input gives the same list, whatever the order of the articles', () => {
  const articles = [article('a', '2011-03-20', ['2011-03-10', '2011-03-12']), article('b', '2011-03-21', ['2011-03-12!']), article('c', '2011-03-21')];
  assert.deepEqual(rankKeyDays([], articles), rankKeyDays([], [...articles].reverse()));
});
