import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryHeadings, headingOf, longestOrderedRun } from './entries.ts';
import { tagTimexes } from '../../time/index.ts';

const PUBLISHED = '2012-01-10';
const sentenceOf = (text: string, index = 0) => ({ text, timexes: tagTimexes(text, PUBLISHED), index, paragraph: Math.floor(index / 3) });

// [sentence, the heading it opens with, or null]
const headings: [string, string | null][] = [
  ['4 January 2011 Preliminary hearings begin.', '4 January 2011'],
  ['May 2009 The clinic hires a second doctor.', 'May 2009'],
  ['1983 The doctor graduates from college.', '1983'],
  ['March 5 - The council meets in the port city and declares itself the sole authority.', 'March 5'],
  // a date that opens an ordinary sentence runs on with a comma or a verb
  ['On 4 January 2011 preliminary hearings began.', null],
  ['4 January 2011, the day the hearings began, was cold.', null],
  ['2009 was a hard year for the clinic.', null],
  ['In May 2009 The clinic hired a doctor.', null],
  ['The hearings began on 4 January 2011.', null],
  // a date heading alone is no entry
  ['4 January 2011.', null],
  // a heading names its day in figures; a clock time after a date is a timestamp
  ['Today The minister told the hearing he would stay.', null],
  ['Last year The band released its debut album.', null],
  ['Aug 9, 2010 16:00 UTC Oil caused the mess in the Gulf.', null],
  // a live page's clock time
  ['1952: The senators voted against the bill.', null],
];

test('headingOf: a date that opens the sentence and runs straight into a clause', () => {
  for (const [text, heading] of headings) assert.equal(headingOf(sentenceOf(text))?.text ?? null, heading, text);
});

test('longestOrderedRun: forward or backward, the longest wins, ties keep forward', () => {
  const rows: [string[], number[]][] = [
    [['2009-01-01', '2009-02-01', '2008-01-01', '2009-03-01'], [0, 1, 3]],
    [['2011-05-01', '2011-04-01', '2011-03-01'], [0, 1, 2]],
    [['2011-05-01', '2011-05-01', '2011-06-01'], [0, 1, 2]],
    [[], []],
  ];
  for (const [days, run] of rows) assert.deepEqual(longestOrderedRun(days), run, days.join(' '));
});

const CHRONOLOGY = [
  'The doctor was convicted this week; here is how the case unfolded.', // 0: the intro: no entry
  '8 February 2010 The doctor is charged with manslaughter.', // 1
  'He pleads not guilty and is released on bail.', // 2: same entry
  '14 June 2010 A judge refuses to bar him from practising.', // 3
  '4 January 2011 Preliminary hearings begin.', // 4
  'Prosecutors allege that he hid drugs.', // 5
  'They also state that he did not perform CPR properly.', // 6
  'The doctor in court, in a photo', // 7: a caption, no sentence: no entry's
  'He faces up to four years in prison.', // 8
];

test('entryHeadings: every sentence of an entry is under its heading; the intro is under none', () => {
  const out = entryHeadings(CHRONOLOGY.map(sentenceOf).map((s, i) => ({ ...s, index: i })));
  assert.deepEqual(out.map((h) => h?.date.start ?? null), [null, '2010-02-08', '2010-02-08', '2010-06-14', '2011-01-04', '2011-01-04', '2011-01-04', null, '2011-01-04']);
  assert.deepEqual(out.map((h) => h?.sentence ?? null), [null, 1, 1, 3, 4, 4, 4, null, 4]);
});

test('entryHeadings: too few headings in order is no chronology', () => {
  const rows: string[][] = [
    // two sentences open with a date: an ordinary report
    ['4 January 2011 Hearings begin.', 'The judge sits.', '8 February 2010 The doctor is charged.'],
    // three, but out of order: no list
    ['4 January 2011 Hearings begin.', '8 February 2009 The doctor is charged.', '14 June 2010 A judge refuses.', '1 March 2008 The clinic opens.', '3 March 2011 The trial is delayed.'].slice(0, 3),
  ];
  for (const texts of rows) {
    const out = entryHeadings(texts.map((t, i) => ({ ...sentenceOf(t), index: i })));
    assert.deepEqual(out, texts.map(() => null), texts.join(' '));
  }
});

test('entryHeadings: headings far apart in a long article make no list', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `The committee heard evidence number ${i}.`);
  const texts = ['1871 Census records list him in the parish.', ...filler(20), '1 May 1857 Baptism records name the chapel.', ...filler(20), '1825 Dolgellau records show the farm.'];
  const out = entryHeadings(texts.map((t, i) => ({ ...sentenceOf(t), index: i })));
  assert.ok(out.every((h) => h === null));
});

test('entryHeadings: a heading without a year dates its entry only in the year the list stated', () => {
  const rows: [string[], (string | null)[]][] = [
    // the list states its year first: the headings after it are in it
    [['Jan 5/6, 2011 - Protests begin.', 'They spread.', 'March 5 - The council meets.', 'It declares itself the authority.', 'March 10 - France recognizes the council.'], ['2011-01-05', '2011-01-05', '2011-03-05', '2011-03-05', '2011-03-10']],
    // the year named before the list agrees with the headings' (published 2012-01-10: March is 2011's)
    [['Here is how the war went in 2011, month by month:', 'March 5 - The council meets.', 'It declares itself the authority.', 'March 10 - France recognizes the council.', 'March 17 - The UN votes.'], [null, '2011-03-05', '2011-03-05', '2011-03-10', '2011-03-17']],
    // ... or does not: the year guessed from publication is wrong
    [['The toll has risen since the war began in March 2009.', 'March 24: A sergeant is killed near the port.', 'He was from the north.', 'March 25: Two soldiers die in a crash.', 'March 28: A patrol is ambushed.'], [null, null, null, null, null]],
    // no year named at all: nothing is carried
    [['March 24: A sergeant is killed near the port.', 'He was from the north.', 'March 25: Two soldiers die in a crash.', 'March 28: A patrol is ambushed.'], [null, null, null, null]],
  ];
  for (const [texts, days] of rows) {
    const out = entryHeadings(texts.map((t, i) => ({ ...sentenceOf(t), index: i })));
    assert.deepEqual(out.map((h) => h?.date.start ?? null), days, texts[0]);
  }
});

test('entryHeadings: an entry ends a few sentences after its heading', () => {
  const texts = ['1 May 2010 A rig explodes.', '2 May 2010 Oil leaks.', '3 May 2010 Crews fight the fire.', ...Array.from({ length: 7 }, (_, i) => `Crews report progress number ${i}.`)];
  const out = entryHeadings(texts.map((t, i) => ({ ...sentenceOf(t), index: i })));
  assert.deepEqual(out.map((h) => h?.date.start ?? null), ['2010-05-01', '2010-05-02', ...Array(6).fill('2010-05-03'), null, null]);
});
