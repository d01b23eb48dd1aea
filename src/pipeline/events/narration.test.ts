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

const DEEDS = [
  ['Dock workers blockade the harbour gate.', 'Dock workers blockaded the harbour gate.'],
  ['The port authority closes two berths.', 'The port authority closed two berths.'],
  ['Activists occupy a fuel depot.', 'Activists occupied a fuel depot.'],
  ['The navy escorts two tankers out of the bay.', 'The navy escorted two tankers out of the bay.'],
  ['The council extends the deadline for bids.', 'The council extended the deadline for bids.'],
  ['Rebels seize the airport road.', 'Rebels seized the airport road.'],
  ['Engineers install a new floodgate.', 'Engineers installed a new floodgate.'],
  ['The ministry freezes the company accounts.', 'The ministry froze the company accounts.'],
  ['The mayor visits the flooded district.', 'The mayor visited the flooded district.'],
  ['Firefighters contain the warehouse blaze.', 'Firefighters contained the warehouse blaze.'],
  ['Troops enter the northern town.', 'Troops entered the northern town.'],
  ['The bank sells its stake in the mine.', 'The bank sold its stake in the mine.'],
];

test('narratesInPresent: a long chronology in the historic present, not a report in the past, nor a short piece in the present', () => {
  const chronology = [...DEEDS, ...DEEDS].map(([present]) => analyzeSentence(present!));
  const report = [...DEEDS, ...DEEDS].map(([, past]) => analyzeSentence(past!));
  assert.equal(narratesInPresent([...chronology, analyzeSentence('Officials said the harbour was calm.')]), true);
  assert.equal(narratesInPresent([...report, analyzeSentence('The mayor says the harbour is calm.')]), false);
  // a feature's dozen present deeds, or a chronology's with many told in the past, are no narration in the present
  assert.equal(narratesInPresent(DEEDS.map(([present]) => analyzeSentence(present!))), false);
  assert.equal(narratesInPresent([...chronology.slice(0, 16), ...report.slice(0, 8)]), false);
  // a chronology of dated entries tells its tense in fewer deeds
  assert.equal(narratesInPresent(DEEDS.map(([present]) => analyzeSentence(present!)), true), true);
  assert.equal(narratesInPresent(DEEDS.map(([, past]) => analyzeSentence(past!)), true), false);
});
