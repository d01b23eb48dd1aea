import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownClause } from './own-clause.ts';
import { inputFor, type Row } from '../test-helpers.ts';

// [row, the day it gives, or null when it passes]; published Wednesday 2024-03-13
const rows: [Row, string | null][] = [
  [{ sentence: 'Troops shelled the port on Monday.', verb: 'shelled' }, '2024-03-11'],
  // a weekday possessive names another happening
  [{ sentence: "The government shut the rail network ahead of Tuesday's protests.", verb: 'shut' }, null],
  // ... unless it is the trigger itself
  [{ sentence: "Monday's attack killed four people.", verb: 'attack' }, '2024-03-11'],
  // a time in a relation phrase dates the other happening
  [{ sentence: 'Police fired tear gas after the vote on Monday.', verb: 'fired' }, null],
  // ... which is the trigger's, when the trigger is that other happening
  [{ sentence: 'Oil has leaked into the sea since a rig exploded on Monday.', verb: 'exploded' }, '2024-03-11'],
  // ... right before the time: a verb further on in a run-on headline is none of the phrase's
  [{ sentence: 'The well is dead months after it blew BP finally shuts off the well that ruptured on Monday', verb: 'shuts off' }, null],
  [{ sentence: 'Biden announced sanctions on Tuesday, a day after Putin recognized the regions.', verb: 'announced' }, '2024-03-12'],
  // a page timestamp or a bare clock time names no day
  [{ sentence: 'Updated 12:49 am BST, rebels seized the airport.', verb: 'seized' }, null],
  [{ sentence: 'Rebels seized the airport at 7 p.m.', verb: 'seized' }, null],
  [{ sentence: 'Page last updated at 08:03 GMT, Tuesday, 26 July 2011 Rebels seized the airport.', verb: 'seized' }, null],
  [{ sentence: 'DERAA | Sat Mar 26, 2011 11:08 pm GMT Rebels seized the airport.', verb: 'seized' }, null],
  [{ sentence: 'Friday 8 March 2024 00.05 GMT Rebels seized the airport.', verb: 'seized' }, null],
  [{ sentence: 'Friday 8 March 2024 00.05 GMT Rebels seized the airport yesterday.', verb: 'seized' }, '2024-03-12'],
  // ... but a day written with a clock time in prose is the happening's
  [{ sentence: 'Rebels seized the airport on March 8, 2024 at 5 p.m.', verb: 'seized' }, '2024-03-08'],
  // a part of the day is of the day in view (with none in view, the night before publication)
  [{ sentence: 'Overnight, the governor ordered the evacuation of the old town.', verb: 'evacuation' }, '2024-03-12'],
  [{ sentence: 'Rebels seized the airport at dawn.', verb: 'seized' }, '2024-03-13'],
  [{ sentence: 'Rebels seized the airport in the early hours.', verb: 'seized' }, null],
  // a relation word whose object is a part of the day governs a time, not another happening
  [{ sentence: 'The quake struck before dawn on Monday.', verb: 'struck' }, '2024-03-11'],
  [{ sentence: 'Police fired tear gas after the vote on Monday.', verb: 'fired' }, null],
  // a sentence end the splitter missed: a chronology's date heading dates the entry after it, not the one before
  [{ sentence: 'The defence rested its case, the lawyer says. 7 November The jury convicts the doctor.', verb: 'rested' }, null],
  [{ sentence: 'The defence rested its case, the lawyer says. 7 November The jury convicts the doctor.', verb: 'convicts' }, '2023-11-07'],
  // a heading before the verb dates every entry it heads
  [{ sentence: 'Nov 7 - The jury retires. The judge dismisses a juror.', verb: 'dismisses' }, '2023-11-07'],
  // a time in a relative clause dates the relative clause's verb, not the clause's
  [{ sentence: 'The company, which made a loss in 2009, said on Monday it would cut jobs.', verb: 'said' }, '2024-03-11'],
  [{ sentence: 'The minister, who resigned in 2009, spoke to the council.', verb: 'spoke' }, null],
  [{ sentence: 'The minister, who resigned in 2009, spoke to the council.', verb: 'resigned' }, '2009-01-01'],
  // a date between a determiner and its noun dates that noun ...
  [{ sentence: 'Veterans of the March 2003 invasion marched in the capital.', verb: 'marched' }, null],
  [{ sentence: 'Families of soldiers killed in the 2003 war began a legal bid.', verb: 'began' }, null],
  // ... unless the noun is the trigger, or the date stands alone
  [{ sentence: 'The March 2003 invasion toppled the government.', verb: 'invasion' }, '2003-03-01'],
  [{ sentence: 'Troops invaded the country in March 2003.', verb: 'invaded' }, '2003-03-01'],
  // an abbreviation's period is no sentence end
  [{ sentence: 'On Monday, U.S. Marines seized the airport.', verb: 'seized' }, '2024-03-11'],
  [{ sentence: 'Marines seized the airport on Feb. 20.', verb: 'seized' }, '2024-02-20'],
  // an announcement is dated by the saying, not by its plan
  [{ sentence: 'The navy will send two warships next week, the ministry said Tuesday.', verb: 'send', said: 'said', status: 'announced' }, '2024-03-12'],
  // a reported happening by its own date, not the saying's
  [{ sentence: 'Police said on Tuesday that protesters stormed parliament late Sunday.', verb: 'stormed', said: 'said' }, '2024-03-10'],
  [{ sentence: 'Police said on Tuesday that protesters stormed parliament.', verb: 'stormed', said: 'said' }, null],
];

test('ownClause: the time expression that modifies the verb', () => {
  for (const [row, day] of rows) {
    const found = ownClause.find(inputFor(row));
    assert.equal('date' in found ? found.date.start : null, day, row.sentence);
  }
});

// a speech act with no date by its verb: a date further on dates it only when recent; an older one is what the speaker talks about
const sayings: [Row, string | null][] = [
  [{ sentence: 'The prosecutor said in a filing that the doctor caused his death in June 2009.', verb: 'said', said: 'said' }, null],
  [{ sentence: 'The agency warned in a bulletin of a deep depression forming on Monday.', verb: 'warned', said: 'warned' }, '2024-03-11'],
  // a saying the article reports has been said: a future time near it is what it is about
  [{ sentence: 'The firm said next year it would open an office in Lagos.', verb: 'said', said: 'said' }, null],
  [{ sentence: 'The firm said on Tuesday it would open an office in Lagos.', verb: 'said', said: 'said' }, '2024-03-12'],
];

test('ownClause: a speech act dated past its adjuncts only by a recent day', () => {
  for (const [row, day] of sayings) {
    const found = ownClause.find({ ...inputFor(row), content: null });
    assert.equal('date' in found ? found.date.start : null, day, row.sentence);
  }
});
