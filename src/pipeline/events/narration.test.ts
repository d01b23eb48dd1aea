/** The tense of a main verb, and whether an article narrates in the historic present, as tables. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence } from '../linguistic/structure.ts';
import { mainVerbTense, narratesInPresent } from './narration.ts';

test('mainVerbTense: the main verb\'s own tense, none where an auxiliary or a verb of saying carries it', () => {
  const rows: [string, 'present' | 'past' | null][] = [
    ['Dock workers blockade the northern harbour gate.', 'present'],
    ['The port authority closes two berths to shipping.', 'present'],
    ['The port authority closed two berths to shipping.', 'past'],
    ['Engineers successfully install a new floodgate.', 'present'],
    ['Rebels took the airport overnight.', 'past'],
    ['The council will extend the deadline.', null],
    ['The council has extended the deadline.', null],
    ['The mayor says the harbour will reopen.', null],
    ['Workers are repairing the gate.', null],
  ];
  for (const [text, want] of rows) assert.equal(mainVerbTense(analyzeSentence(text)), want, text);
});

test('narratesInPresent: a chronology in the historic present, not a report in the past with present quotes', () => {
  const chronology = [
    'Dock workers blockade the northern harbour gate.', 'The port authority closes two berths to shipping.', 'Activists occupy a fuel depot.',
    'The navy escorts two tankers out of the bay.', 'The council extends the deadline for bids.', 'Rebels seize the airport road.',
    'Engineers install a new floodgate.', 'The ministry freezes the company accounts.', 'Police arrest twelve protesters.',
    'The mayor visits the flooded district.', 'Firefighters contain the warehouse blaze.', 'Officials said the harbour was calm.',
  ];
  const report = [
    'Dock workers blockaded the northern harbour gate.', 'The port authority closed two berths to shipping.', 'Activists occupied a fuel depot.',
    'The navy escorted two tankers out of the bay.', 'The council extended the deadline for bids.', 'Rebels seized the airport road.',
    'Engineers installed a new floodgate.', 'The ministry froze the company accounts.', 'Police arrest twelve protesters.',
    'The mayor visited the flooded district.', 'Firefighters contained the warehouse blaze.', 'The mayor says the harbour is calm.',
  ];
  assert.equal(narratesInPresent(chronology.map(analyzeSentence)), true);
  assert.equal(narratesInPresent(report.map(analyzeSentence)), false);
  // too few verbs to tell
  assert.equal(narratesInPresent(chronology.slice(0, 5).map(analyzeSentence)), false);
});
