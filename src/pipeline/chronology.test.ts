/**
 * Stages 8b and 9c, chronology, as tables: which sentences of an article whose date headings were
 * lost take a day (between anchors of one day), a range (between anchors of different days), or
 * nothing (too few anchors, or not in order).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../schema/event.ts';
import type { Candidate } from './events/candidate.ts';
import { alignEvidence, chronologyDates, continueEntries, dateChronologyEntries, entryEvidence, indexReports, rangeChronologyEntries, rangePrecision, type DayEvidence } from './chronology.ts';
import { sentenceWords, wordRarity } from './word-rarity.ts';

const at = (pairs: [number, string][]) => pairs.map(([sentence, day]) => ({ sentence, day }));
const dated = (m: ReturnType<typeof chronologyDates>) => [...m].sort((a, b) => a[0] - b[0]).map(([s, { date }]) => `${s}:${date.start}${date.end !== date.start ? `..${date.end}` : ''}`);

test('chronologyDates: same-day anchors date what lies between; different days give their range', () => {
  // a chronology told backward (latest first), one anchor out of order
  const anchors = at([[2, '2005-12-20'], [4, '2005-12-20'], [6, '2005-12-14'], [8, '2005-12-10'], [10, '2005-03-01'], [12, '2005-12-01'], [14, '2005-11-20'], [17, '2005-11-20']]);
  assert.deepEqual(dated(chronologyDates(anchors)), [
    '2:2005-12-20', '3:2005-12-20', '4:2005-12-20', '5:2005-12-14..2005-12-20', '6:2005-12-14', '7:2005-12-10..2005-12-14', '8:2005-12-10',
    // sentence 10's anchor breaks the order: dropped, its sentence lies between 8 and 12
    '9:2005-12-01..2005-12-10', '10:2005-12-01..2005-12-10', '11:2005-12-01..2005-12-10', '12:2005-12-01',
    '13:2005-11-20..2005-12-01', '14:2005-11-20', '15:2005-11-20', '16:2005-11-20', '17:2005-11-20',
  ]);
  for (const [, { date }] of chronologyDates(anchors)) assert.equal(date.certain, false);
});

test('chronologyDates: no chronology without enough anchors in order over several days', () => {
  const rows: [string, [number, string][]][] = [
    ['five anchors', [[1, '2010-05-01'], [2, '2010-05-02'], [3, '2010-05-03'], [4, '2010-05-04'], [5, '2010-05-05']]],
    ['no order', [[1, '2010-05-01'], [2, '2010-06-09'], [3, '2010-05-03'], [4, '2010-07-04'], [5, '2010-04-05'], [6, '2010-08-03'], [7, '2010-04-01'], [8, '2010-09-01']]],
  ];
  for (const [name, anchors] of rows) assert.equal(chronologyDates(at(anchors)).size, 0, name);
});

test('chronologyDates: same-day anchors far apart date nothing between them', () => {
  const anchors = at([[1, '2010-05-01'], [2, '2010-05-02'], [3, '2010-05-03'], [4, '2010-05-04'], [5, '2010-05-05'], [20, '2010-05-05']]);
  assert.ok(![...chronologyDates(anchors).keys()].some((s) => s > 5 && s < 20));
});

test('chronologyDates: entries past the oldest anchor lie between the earliest day the article states and that anchor', () => {
  const forward = at([[4, '2010-05-01'], [5, '2010-05-03'], [6, '2010-05-05'], [7, '2010-05-07'], [8, '2010-05-09'], [9, '2010-05-11']]);
  // told forward: the entries before the first anchor; the sentence that states the day keeps its own date
  const head = dated(chronologyDates(forward, { earliest: { sentence: 0, day: '2010-04-20' }, sentences: 12 })).filter((d) => Number(d.split(':')[0]) < 4);
  assert.deepEqual(head, ['1:2010-04-20..2010-05-01', '2:2010-04-20..2010-05-01', '3:2010-04-20..2010-05-01']);
  // told latest first: the entries after the last anchor (the newest edge, before the first, stays undated)
  const backward = at([[2, '2010-05-11'], [3, '2010-05-09'], [4, '2010-05-07'], [5, '2010-05-05'], [6, '2010-05-03'], [7, '2010-05-01']]);
  const edges = dated(chronologyDates(backward, { earliest: { sentence: 0, day: '2010-04-20' }, sentences: 10 })).filter((d) => !/^[2-7]:/.test(d));
  assert.deepEqual(edges, ['8:2010-04-20..2010-05-01', '9:2010-04-20..2010-05-01']);
  // a day stated long before (background) bounds nothing a reader can use: no range wider than a quarter
  assert.deepEqual(dated(chronologyDates(backward, { earliest: { sentence: 0, day: '2009-01-05' }, sentences: 10 })).filter((d) => /^[89]:/.test(d)), []);
});

test('rangePrecision: as coarse as the range', () => {
  const rows: [string, string, string][] = [
    ['2010-05-01', '2010-05-01', 'day'], ['2010-05-01', '2010-05-05', 'week'], ['2010-05-01', '2010-05-30', 'month'],
    ['2010-05-20', '2010-06-10', 'month'], ['2010-05-01', '2010-07-10', 'quarter'], ['2010-01-01', '2010-12-01', 'year'],
  ];
  for (const [start, end, precision] of rows) assert.equal(rangePrecision(start, end), precision, `${start}..${end}`);
});

// Invented reports: each happening told by a dated news report, and in other words by the chronology.
const HAPPENINGS = [
  ['Engineers sealed the leaking underwater valve using heavy drilling mud and cement', '2010-05-01'],
  ['Coastguard cutters towed the burning barge away from the crowded harbour entrance', '2010-05-03'],
  ['Divers recovered the damaged flight recorder from the muddy riverbed near the bridge', '2010-05-05'],
  ['Farmers blockaded the motorway junction with tractors protesting grain import quotas', '2010-05-07'],
  ['Inspectors closed the contaminated shellfish beds along the northern estuary shoreline', '2010-05-09'],
  ['Volunteers rebuilt the flooded village school using donated timber and roofing sheets', '2010-05-11'],
  ['Firefighters contained the warehouse blaze before it reached the chemical storage tanks', '2010-05-13'],
  ['Lifeguards rescued three swimmers caught by strong currents off the southern pier', '2010-05-15'],
  ['Auditors uncovered missing pension funds hidden in offshore shell company accounts', '2010-05-17'],
] as const;

function candidate(article: string, n: number, sentence: string, date: EventDate): Candidate {
  return {
    type: 'other', status: 'occurred', date, planned: null, actors: [{ id: 'crew', role: 'agent' }], quotes: [], quantities: [], places: [],
    sources: [{ article, sentence, sentenceIndex: n }], rule: 'test', title: sentence.slice(0, 30), paragraph: 0, keys: [`${article}#${n}`],
  };
}
function context(candidates: Candidate[], articleOrder: Map<string, string>) {
  const published = new Map(candidates.map((c) => [c.sources[0]!.article, c.date.certain ? c.date.start : '2010-06-01']));
  return { articleOrder, published, weight: wordRarity(sentenceWords(candidates).values()) };
}
const stated = (day: string): EventDate => ({ start: day, end: day, precision: 'day', certain: true, text: day });
const published = (): EventDate => ({ start: '2010-06-01', end: '2010-06-01', precision: 'day', certain: false, text: '' });

test('dateChronologyEntries: entries that retell dated reports anchor the chronology, each on its report\'s day; between them, a range', () => {
  const reports = HAPPENINGS.map(([s, day], i) => candidate(`news-${i}`, 0, s, stated(day)));
  // the chronology: every happening retold, and an undated sentence after the second one
  const entries: Candidate[] = [];
  HAPPENINGS.forEach(([s], i) => {
    entries.push(candidate('timeline', 2 * i, s.replace(/^(\w+)/, 'The $1'), published()));
    entries.push(candidate('timeline', 2 * i + 1, `Officials praise the work done number ${i}`, published()));
  });
  const articleOrder = new Map([...reports.map((c, i) => [c.sources[0]!.article, `0${i}`] as [string, string]), ['timeline', '99']]);
  const out = dateChronologyEntries([...reports, ...entries], context([...reports, ...entries], articleOrder));
  assert.deepEqual([...out.chronologies], ['timeline']);
  const byKey = new Map(out.candidates.map((c) => [c.keys![0], c.date]));
  // anchors take their report's day, inferred
  assert.deepEqual([byKey.get('timeline#0'), byKey.get('timeline#4')].map((d) => [d!.start, d!.certain]), [['2010-05-01', false], ['2010-05-05', false]]);
  // a sentence between anchors of different days waits for 9c's range
  assert.equal(byKey.get('timeline#1')!.start, '2010-06-01');
  assert.deepEqual(out.ranges.get('timeline')!.get(1)!.date, { start: '2010-05-01', end: '2010-05-03', precision: 'week', certain: false, text: '' });
  // the reports themselves do not move
  for (const c of reports) assert.equal(byKey.get(c.keys![0])!.certain, true);
  assert.ok(out.notes.get('timeline#0')!.includes('an entry of this chronology'));

  const ranged = rangeChronologyEntries(out.candidates, out.ranges, new Map());
  const after = new Map(ranged.events.map((c) => [c.keys![0], c.date]));
  assert.deepEqual([after.get('timeline#1')!.start, after.get('timeline#1')!.end, after.get('timeline#1')!.certain], ['2010-05-01', '2010-05-03', false]);
  assert.match(ranged.notes.get('timeline#1')!, /chronology: between sentences 1 \(2010-05-01\) and 3 \(2010-05-03\)/);
});

test('dateChronologyEntries: an ordinary article that retells a few reports is no chronology', () => {
  const reports = HAPPENINGS.map(([s, day], i) => candidate(`news-${i}`, 0, s, stated(day)));
  const recap = HAPPENINGS.slice(0, 3).map(([s], i) => candidate('recap', i, s, published()));
  const articleOrder = new Map([...reports.map((c, i) => [c.sources[0]!.article, `0${i}`] as [string, string]), ['recap', '99']]);
  const out = dateChronologyEntries([...reports, ...recap], context([...reports, ...recap], articleOrder));
  assert.equal(out.chronologies.size, 0);
  assert.deepEqual(out.candidates.map((c) => c.date.start), [...reports, ...recap].map((c) => c.date.start));
});

const ev = (sentence: number, day: string, score: number): DayEvidence => ({ sentence, day, score, report: `r#${sentence}`, shared: [] });
const path = (evidence: DayEvidence[]) => alignEvidence(evidence).map((e) => `${e.sentence}:${e.day}`);

test('alignEvidence: of each sentence\'s days, the ones that keep the article in date order', () => {
  const rows: [string, DayEvidence[], string[]][] = [
    ['forward, a better-matching later retelling passed over', [ev(1, '2010-05-01', 0.6), ev(2, '2010-05-03', 0.7), ev(2, '2010-07-20', 0.9), ev(3, '2010-05-04', 0.8), ev(4, '2010-05-09', 0.7)],
      ['1:2010-05-01', '2:2010-05-03', '3:2010-05-04', '4:2010-05-09']],
    ['backward (latest first)', [ev(1, '2010-06-09', 0.7), ev(2, '2010-06-02', 0.6), ev(3, '2010-05-20', 0.9), ev(3, '2010-06-05', 0.5), ev(4, '2010-05-02', 0.8)],
      ['1:2010-06-09', '2:2010-06-02', '3:2010-05-20', '4:2010-05-02']],
    ['one day per sentence, though two of its days fit', [ev(1, '2010-05-01', 0.6), ev(1, '2010-05-02', 0.6), ev(2, '2010-05-03', 0.6)],
      ['1:2010-05-01', '2:2010-05-03']],
    ['an entry out of order is left off', [ev(1, '2010-05-01', 0.6), ev(2, '2010-09-01', 0.6), ev(3, '2010-05-03', 0.6), ev(4, '2010-05-05', 0.6)],
      ['1:2010-05-01', '3:2010-05-03', '4:2010-05-05']],
    ['nothing in, nothing out', [], []],
  ];
  for (const [name, evidence, want] of rows) assert.deepEqual(path(evidence), want, name);
});

test('dateChronologyEntries: a report dated by its own words outweighs one dated by its publication day; later reports and the article itself vouch for nothing', () => {
  const reports = HAPPENINGS.slice(0, 8).map(([s, day], i) => candidate(`news-${i}`, 0, s, stated(day)));
  // a report published the day after the first happening, dated only by that day
  const late = candidate('late', 0, HAPPENINGS[0][0], { start: '2010-05-02', end: '2010-05-02', precision: 'day', certain: false, text: '' });
  // the last happening's only report, published after the chronology
  const after = candidate('after', 0, HAPPENINGS[8][0], stated('2010-07-01'));
  const entries = HAPPENINGS.map(([s], i) => candidate('timeline', i, s.replace(/^(\w+)/, 'The $1'), published()));
  const all = [...reports, late, after, ...entries];
  const articleOrder = new Map(all.map((c, i) => [c.sources[0]!.article, String(i).padStart(3, '0')]));
  const ctx = context(all, articleOrder);
  ctx.published.set('after', '2010-07-01');
  const out = dateChronologyEntries(all, ctx);
  assert.deepEqual([...out.chronologies], ['timeline']);
  const byKey = new Map(out.candidates.map((c) => [c.keys![0], c.date.start]));
  assert.equal(byKey.get('timeline#0'), '2010-05-01');
  assert.equal(byKey.get('timeline#7'), '2010-05-15');
  assert.equal(byKey.get('timeline#8'), '2010-06-01');
  assert.match(out.notes.get('timeline#0')!, /retells news-0 sentence 1 of 2010-05-01 \(shares .*\), an entry of this chronology in date order/);
});

test('dateChronologyEntries: an article retelling reports of fewer days than a chronology spans is no chronology', () => {
  const reports = HAPPENINGS.map(([s, day], i) => candidate(`news-${i}`, 0, s, stated(day)));
  const recap = HAPPENINGS.slice(0, 6).map(([s], i) => candidate('recap', i, s, published()));
  const all = [...reports, ...recap];
  const out = dateChronologyEntries(all, context(all, new Map(all.map((c, i) => [c.sources[0]!.article, String(i).padStart(3, '0')]))));
  assert.equal(out.chronologies.size, 0);
});

test('continueEntries: a sentence that carries on a dated one (a pronoun, "meanwhile") is of its entry and day', () => {
  const anchored = chronologyDates(at([[2, '2010-05-01'], [4, '2010-05-03'], [6, '2010-05-05'], [8, '2010-05-07'], [10, '2010-05-09'], [12, '2010-05-11']]));
  const text = new Map([
    [3, 'He denies the charge.'],
    [5, 'The council meets again.'],
    [7, 'Meanwhile, the port reopens.'],
    [9, '"It is the first such ruling," the judge says.'],
  ]);
  const out = continueEntries(anchored, text);
  const day = (s: number) => (out.get(s)!.date.precision === 'day' ? out.get(s)!.date.start : `${out.get(s)!.date.start}..${out.get(s)!.date.end}`);
  assert.deepEqual([3, 5, 7, 9].map(day), ['2010-05-01', '2010-05-03..2010-05-05', '2010-05-05', '2010-05-07']);
  assert.equal(out.get(3)!.continues, 2);
  assert.equal(out.get(3)!.date.certain, false);
  // the anchors themselves do not move
  assert.equal(day(4), '2010-05-03');
});

// [what the row shows, the entry, the report, does the report vouch for the entry's day?]
const VOUCHES: [string, string, string, boolean][] = [
  ['most of the entry\'s words', 'Engineers sealed the valve with mud and cement', 'Engineers sealed the leaking valve with cement', true],
  ['three of its seven words (an entry is terse, a report tells it in its own words)', 'Engineers sealed the valve with cement, sand, gravel and rocks', 'Engineers sealed the valve with clay', true],
  ['three of its eight words', 'Engineers sealed the valve with cement, sand, gravel, stones and rocks', 'Engineers sealed the valve with clay', false],
  ['two words in common are too few', 'Engineers sealed the valve', 'Engineers sealed a pipe', false],
];

test('entryEvidence: a report vouches for an entry\'s day when it tells two in five of its words or more', () => {
  for (const [what, entry, report, vouches] of VOUCHES) {
    const news = candidate('news', 0, report, stated('2010-05-01'));
    const index = indexReports([news], () => 1);
    const found = entryEvidence([candidate('timeline', 3, entry, published())], index, '2010-06-01');
    assert.equal(found.length > 0, vouches, what);
  }
});
