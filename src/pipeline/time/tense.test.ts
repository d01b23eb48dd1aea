import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseTense } from './tense.ts';

// [sentence with the time expression in brackets, expected tense]
const ROWS: [string, 'past' | 'present' | 'future' | null][] = [
  ['The Pentagon said [Wednesday] that troops would move.', 'past'],
  ['He said they would hold a summit on [Friday].', 'future'],
  ['The president will travel [Monday] to Kyiv.', 'future'],
  ['The ministers met on [Thursday].', 'past'],
  ['The summit will be held [Sunday].', 'future'],
  ['The vote was held [Tuesday].', 'past'],
  ['Forces will begin their largest combined exercise of the year on [Tuesday], officials said.', 'future'],
  ['Troops arrived on [Tuesday], officials said.', 'past'],
  ['Leaders are scheduled to meet [Saturday].', 'future'],
  ['They agreed to meet on [Friday].', 'future'],
  ['He on [Thursday] agreed to plead guilty.', 'past'],
  ['The game has been postponed until [Saturday].', 'future'],
  ['The vote is [Friday].', 'present'],
  ['The president arrives [Monday].', 'future'],
  ['Kremlin spokesman Dmitry Peskov says [Monday] that talks stalled.', 'past'],
  ['He is going to visit on [Friday].', 'future'],
  ['Troops [Monday] fired on protesters.', 'past'],
  ['Markets on [Monday].', null],
  // a present perfect takes no stated past day: the day belongs to its object, the verb sets no tense
  ['The band has announced a farewell show in Leeds on [12 September].', null],
  ['The council has approved a budget vote for [March 3].', null],
  ['The council has met on [Tuesday], officials said.', 'past'],
  // a long object between the cue and the time: the window is wide enough
  ['She is expected to address the U.S. Congress via video link on [Wednesday].', 'future'],
  // far from the time, a past intention verb is the clause's own verb
  ['The company agreed to sell its remaining stake in the unit to a rival firm in [October].', 'past'],
  // the sentence ends at the period: the next sentence's verb is not a cue
  ['It is due to be published in [May]. He said the book was fine.', 'future'],
  // a chronology's entry under its day, after a dash or a colon, tells what has happened unless it says it is to come
  ['[March 5] - The council meets in closed session.', 'past'],
  ['[June 2]: A ferry sinks off the coast.', 'past'],
  ['The storm passed. [June 2]: A ferry sinks off the coast.', 'past'],
  ['[June 2]: Talks are due to resume.', 'future'],
  // an abbreviation's period does not end the sentence
  ['The accord signed [Feb. 20] in Minsk.', 'past'],
];

test('clause tense around a time expression', () => {
  for (const [row, expected] of ROWS) {
    const start = row.indexOf('[');
    const end = row.indexOf(']') - 1;
    const text = row.replace('[', '').replace(']', '');
    assert.equal(clauseTense(text, start, end), expected, row);
  }
});
