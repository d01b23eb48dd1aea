import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedDays, countedFromMainClause, durationDays, eventRelative, exactCount, phraseHead } from './event-relative.ts';
import { tagTimexes } from '../../../time/index.ts';
import type { EventDate } from '../../../../schema/event.ts';
import { happening, inputFor, type Row } from '../test-helpers.ts';

// [row, the day it gives, or null when it passes]; published Wednesday 2024-03-13
const rows: [Row, string | null][] = [
  // "a day after X": X's own date
  [{ sentence: "The president protested a day after Monday's vote.", verb: 'protested' }, '2024-03-12'],
  // X is a happening the article dated before
  [{ sentence: 'A day after the vote, the president protested.', verb: 'protested', before: [['The assembly voted on March 5 to annex the region.', '2024-03-05']] }, '2024-03-06'],
  // X not dated anywhere: not a day after publication, no date at all
  [{ sentence: 'A day after the vote, the president protested.', verb: 'protested' }, null],
  [{ sentence: 'Hours before the summit, police fired tear gas.', verb: 'fired', before: [['The summit opened on Monday in Rome.', '2024-03-11']] }, '2024-03-11'],
  [{ sentence: 'Two days earlier, militia vessels massed near the shoal.', verb: 'massed', before: [['A ship rammed a supply boat on Thursday.', '2024-03-07']] }, '2024-03-05'],
  // "the next day": from the happening told just before
  [{ sentence: 'The next day, navy ships evacuated the island.', verb: 'evacuated', before: [['The storm battered the island on Friday night.', '2024-03-08']] }, '2024-03-09'],
  [{ sentence: 'The next day, navy ships evacuated the island.', verb: 'evacuated' }, null],
  // "since X": it began then
  [{ sentence: 'The opposition leader has been detained since Monday.', verb: 'detained' }, '2024-03-11'],
  // "since" dates the verb it follows, not another one, nor a speech act
  [{ sentence: 'The island -- governed by the junta since 1988 -- is calm, a diplomat said.', verb: 'said', said: 'said' }, null],
  [{ sentence: 'Since Monday, the opposition leader has been detained.', verb: 'detained' }, null],
  [{ sentence: 'The port has been closed to shipping since Monday.', verb: 'closed' }, '2024-03-11'],
  // a vague count from a dated happening gives no day; months from it give a month
  [{ sentence: 'In the months before the vote, the president campaigned.', verb: 'campaigned', before: [['The assembly voted on March 5 to annex the region.', '2024-03-05']] }, null],
  [{ sentence: 'Two months after the vote, the president protested.', verb: 'protested', before: [['The assembly voted on March 5 to annex the region.', '2024-03-05']] }, '2024-05-01'],
  // the happening named is the phrase's head: a death, not the singer whose death it was
  [{ sentence: "Six weeks before the singer's death, the doctor visited.", verb: 'visited', before: [['The singer gave a concert on March 5.', '2024-03-05']] }, null],
  [{ sentence: "A day after the singer's death, fans gathered.", verb: 'gathered', before: [["The singer's death on March 5 shocked the city.", '2024-03-05']] }, '2024-03-06'],
  // nothing counted from another happening
  [{ sentence: 'Troops shelled the port on Monday.', verb: 'shelled' }, null],
];

// a count of days from a happening told only by its month gives no day
test('eventRelative: no day counted from a happening dated by its month', () => {
  const month = { ...happening('The ministry warned of a shortage last month.', '2024-02-01'), date: { start: '2024-02-01', end: '2024-02-29', precision: 'month' as const, certain: true, text: 'last month' } };
  for (const sentence of ['Two days earlier, the ministry said that vessels were massing.', 'The next day, navy ships evacuated the island.']) {
    const verb = sentence.includes('said') ? 'said' : 'evacuated';
    const found = eventRelative.find(inputFor({ sentence, verb }, { previous: month, happenings: [month] }));
    assert.ok('pass' in found, sentence);
  }
});

test('eventRelative: a time counted from the happening it names', () => {
  for (const [row, day] of rows) {
    const found = eventRelative.find(inputFor(row));
    assert.equal('date' in found ? found.date.start : null, day, row.sentence);
  }
});

test('countedDays: the days a counted phrase moves', () => {
  for (const [text, days] of [['two days earlier', -2], ['A week later', 7], ['three days afterwards', 3], ['several days later', null]] as const) assert.equal(countedDays(text), days, text);
});

test('durationDays: hours stay on the day, weeks are seven days', () => {
  for (const [value, days] of [['P1D', 1], ['PT5H', 0], ['PT36H', 1], ['PT48H', 2], ['PTXH', 0], ['P2W', 14], ['PXD', 1], ['P3Y', 1095], ['XXXX', null]] as const) assert.equal(durationDays(value), days, value);
});

// [sentence, verb, the relation it keeps for another article to resolve: days and words, or null]
const pending: [string, string, { days: number; words: string[] } | null][] = [
  ['Three days after the collapse of the bridge, rescuers reached the valley.', 'reached', { days: 3, words: ['collaps', 'bridg'] }],
  ['A week before the ceasefire in the north, the army shelled the border towns.', 'shelled', { days: -7, words: ['ceasefi', 'north'] }],
  ['Hours after the bombing of the embassy, police arrested two men.', 'arrested', { days: 0, words: ['bomb', 'embassy'] }],
  // a vague count or months give no day
  ['Days after the collapse of the bridge, rescuers reached the valley.', 'reached', null],
  ['Two months after the collapse of the bridge, rescuers reached the valley.', 'reached', null],
  // the named happening ends where a new clause begins
  ['Two days after the strike at the mine, which had lasted weeks, the owners gave in.', 'gave', { days: 2, words: ['strik', 'min'] }],
  ['Two days after the strike at the mine and the riots downtown the owners gave in.', 'gave', { days: 2, words: ['strik', 'min'] }],
  // an approximate count gives no day, nor a wait
  ['It was two days before the rescuers reached the valley.', 'reached', null],
  ['At least a week after the collapse of the bridge, rescuers reached the valley.', 'reached', null],
  // a rate ("per day") is no count
  ['The well leaked 5,000 barrels a day before the cap was fitted.', 'leaked', null],
  ['The well leaked millions of gallons of crude a day before the cap was fitted.', 'leaked', null],
  // "before" as an adverb names nothing
  ['The memo he wrote ten days before was more cautious.', 'wrote', null],
  // counted from the happening told before: nothing named
  ['Two days later, rescuers reached the valley.', 'reached', null],
];

test('eventRelative: a happening the article does not date is kept for other articles', () => {
  for (const [sentence, verb, want] of pending) {
    const found = eventRelative.find(inputFor({ sentence, verb }));
    assert.ok('pass' in found, sentence);
    const relation = 'pass' in found ? found.relation : undefined;
    assert.deepEqual(relation ? { days: relation.days, words: relation.words } : null, want, sentence);
  }
});

test('exactCount: days, weeks and hours, not vague counts, months or years', () => {
  for (const [value, exact] of [['P3D', true], ['P1W', true], ['PT36H', true], ['PTXH', true], ['PXD', false], ['P2M', false], ['P1Y', false]] as const) assert.equal(exactCount(value), exact, value);
});

test('phraseHead: the noun a relation names, before what modifies it', () => {
  for (const [phrase, head] of [["the singer's death", 'death'], ['the collapse of the bridge', 'collapse'], ['the strike at the mine', 'strike'], ['the vote', 'vote'], ['the', null]] as const) {
    const found = phraseHead(phrase);
    assert.equal(found ? [...found][0] : null, head === null ? null : [...phraseHead(head)!][0], phrase);
  }
});

test('countedFromMainClause: a subordinate clause counted from its main clause\'s stated day', () => {
  const sunday: EventDate = { start: '2024-03-10', end: '2024-03-10', precision: 'day', certain: true, text: 'on Sunday' };
  // [sentence, the main clause's date, the day it gives]; published Wednesday 2024-03-13
  const rows: [string, EventDate | null, string | null][] = [
    ['Troops shelled the city on Sunday, a week after tanks stormed the town.', sunday, '2024-03-03'],
    ['Troops shelled the city on Sunday, two days before the talks opened.', sunday, '2024-03-12'],
    ['Troops shelled the city on Sunday, hours after the talks opened.', sunday, '2024-03-10'],
    // a vague count, a bound, or a main clause that states no day: no day
    ['Troops shelled the city on Sunday, weeks after tanks stormed the town.', sunday, null],
    ['Troops shelled the city on Sunday, at least a week after tanks stormed the town.', sunday, null],
    ['Troops shelled the city on Sunday, a week after tanks stormed the town.', { ...sunday, certain: false }, null],
    ['Troops shelled the city on Sunday, a week after tanks stormed the town.', null, null],
  ];
  for (const [sentence, main, day] of rows) {
    const at = sentence.search(/\b(?:after|before)\b/);
    const found = countedFromMainClause(sentence, tagTimexes(sentence, '2024-03-13'), at, main);
    assert.equal(found?.start ?? null, day, sentence);
  }
  // the clause may open with its count: ", a week after ..."
  const opening = 'Troops shelled the city on Sunday, a week after tanks stormed the town.';
  assert.equal(countedFromMainClause(opening, tagTimexes(opening, '2024-03-13'), opening.indexOf(','), sunday)?.start, '2024-03-03');
});
