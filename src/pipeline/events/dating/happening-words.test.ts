import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goesOnAbout, happeningWords } from './happening-words.ts';

const rows: [string, string, boolean][] = [
  // the same happening told on: a shared content word, whatever its ending
  ['Protesters stormed the parliament on Monday.', 'The protests continued into the night.', true],
  ['An earthquake struck the coast on Friday.', 'The quake killed four people.', false],
  ['An earthquake struck the coast on Friday.', 'Rescuers searched the coast for survivors.', true],
  ['The assembly voted on Feb. 20 to annex the region.', 'A day after the vote, the president protested.', true],
  // reporting words and dates are not what a sentence is about
  ['Officials said on Monday that talks would resume.', 'The ministry said the flu is spreading.', false],
  ['The government said on Tuesday it had closed schools.', 'In 2003, the WHO declared an emergency.', false],
];

test('goesOnAbout: a shared content word, not a shared reporting word', () => {
  for (const [dated, later, same] of rows) assert.equal(goesOnAbout(happeningWords(later), happeningWords(dated)), same, `${dated} / ${later}`);
});
