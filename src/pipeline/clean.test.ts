import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle, commentsStart, markdownToText, splitDateline, whyNotReporting } from './clean.ts';

test('whyNotReporting: noise lines', () => {
  const rows: [string, string | null][] = [
    ['BIDEN ADMIN WORKING TO HARDEN UKRAINIAN CYBER DEFENSES AMID WARNING', 'headline in capitals'],
    ["RUSSIA-UKRAINE: US SENDING MORE TROOPS TO NATO'S EASTERN FLANK: LIVE UPDATES", 'headline in capitals'],
    ['CLICK HERE TO GET THE FOX NEWS APP', 'headline in capitals'],
    ['Click here to get the Fox News app', 'promotion'],
    ['Download the BBC News app for the latest updates.', 'promotion'],
    ['Sign up for our Morning Briefing newsletter.', 'promotion'],
    ["Get the Washington Ledger's Morning Brief in your inbox every weekday.", 'promotion'],
    ['READ MORE: Floods hit the north', 'promotion'],
    ['Related: Floods hit the north', 'promotion'],
    ["Fox News' Jennifer Griffin contributed to this report.", 'credit line'],
    ['Fox News\' Jennifer Griffin and The Associated Press contributed to this report.', 'credit line'],
    ['Associated Press writers Jim Heintz in Moscow and Lorne Cook in Brussels contributed to this story.', 'credit line'],
    ['Reporting by Anna Smith; Editing by Tom Brown', 'credit line'],
    ['By Maria Lopez and John Doe', 'credit line'],
    ['By Maria Lopez, The Associated Press', 'credit line'],
    ['Photo: Reuters', 'credit line'],
    // prose stays, even with acronyms or a word like "app" in it
    ['NATO said the U.S. would send 3,000 troops.', null],
    ['The Pentagon said Wednesday that troops would move.', null],
    ['Officials said the app had been downloaded by millions of people.', null],
    ['By Tuesday, the troops had arrived in Poland.', null],
    ['"We stand united," Kirby said.', null],
    ['NATO.', null],
  ];
  for (const [line, expected] of rows) assert.equal(whyNotReporting(line), expected, line);
});

test('markdownToText keeps the words, drops the marks; HTML stays literal text', () => {
  const rows: [string, string][] = [
    ['See [the statement](https://example.org/x) here.', 'See the statement here.'],
    ['It was **very** serious and *urgent*.', 'It was very serious and urgent.'],
    ['## A heading', 'A heading'],
    ['<script>alert(1)</script> said nothing', '<script>alert(1)</script> said nothing'],
    ['3 * 4 = 12', '3 * 4 = 12'],
    ['- The army moved north.', 'The army moved north.'],
    ['2. Talks resumed.', 'Talks resumed.'],
  ];
  for (const [input, expected] of rows) assert.equal(markdownToText(input), expected, input);
});

test('cleanArticle: paragraphs, dropped lines and offsets', () => {
  const body = 'First paragraph\nstill first.\n\nBIG HEADLINE ABOUT SOMETHING ELSE\n\nSecond one.\n\nCLICK HERE TO GET THE APP\n\nJane Doe contributed to this report.\n';
  const doc = cleanArticle(body);
  assert.deepEqual(doc.paragraphs.map((p) => p.text), ['First paragraph still first.', 'Second one.']);
  assert.equal(doc.text, 'First paragraph still first.\n\nSecond one.');
  assert.deepEqual(doc.dropped.map((d) => d.reason), ['headline in capitals', 'headline in capitals', 'credit line']);
});

test('cleanArticle: a headline line inside a block is split out', () => {
  const doc = cleanArticle('One sentence.\nSHOUTED RELATED STORY HEADLINE HERE\nAnother sentence.');
  assert.deepEqual(doc.paragraphs.map((p) => p.text), ['One sentence.', 'Another sentence.']);
});

test('splitDateline: wire datelines, not sentences', () => {
  const rows: [string, string | null][] = [
    ['KYIV, Ukraine (AP) — Russian forces shelled the city.', 'KYIV, Ukraine (AP) —'],
    ['LONDON (Reuters) - The pound fell.', 'LONDON (Reuters) -'],
    ['WASHINGTON — The Senate voted.', 'WASHINGTON —'],
    ['NATO — the alliance — said on Monday it was ready.', null],
    ['The Pentagon said on Monday — again — that troops would move.', null],
    // the agency alone in brackets
    ['(CNN) -- Rebels took the town on Monday.', '(CNN) --'],
    ['(AP) — The pound fell.', '(AP) —'],
    // a wire page's stamp, with or without the dateline after it
    ['GENEVA | Thu Mar 10, 2011 11:55 am EST GENEVA (Reuters) - The envoy spoke.', 'GENEVA | Thu Mar 10, 2011 11:55 am EST GENEVA (Reuters) -'],
    ['BERLIN, March 6 | Sun Mar 6, 2011 11:25 am EST The envoy spoke.', 'BERLIN, March 6 | Sun Mar 6, 2011 11:25 am EST'],
    ['Full Article Rebels hold the port TRIPOLI | Sun Mar 6, 2011 11:56 pm IST TRIPOLI (Reuters) - The envoy spoke.', 'Full Article Rebels hold the port TRIPOLI | Sun Mar 6, 2011 11:56 pm IST TRIPOLI (Reuters) -'],
    ['TRIPOLI/MANAMA (Reuters) - Unrest spread.', 'TRIPOLI/MANAMA (Reuters) -'],
    ['BERLIN, March 6 (Reuters) - The council met.', 'BERLIN, March 6 (Reuters) -'],
    ['ROME Feb 21 (Reuters) - The minister spoke.', 'ROME Feb 21 (Reuters) -'],
    // a bracketed aside that opens a sentence is no agency
    ['(Updated at noon with the minister\'s remarks) - The pound fell.', null],
  ];
  for (const [text, expected] of rows) assert.equal(splitDateline(text)[0], expected, text);
  const doc = cleanArticle('KYIV, Ukraine (AP) — Russian forces shelled the city on Monday.');
  assert.equal(doc.text, 'Russian forces shelled the city on Monday.');
  assert.deepEqual(doc.dropped, [{ text: 'KYIV, Ukraine (AP) —', reason: 'dateline' }]);
});

test('commentsStart: the first time stamp of a comment system, not a writer quoted as having written', () => {
  const rows: [string, number | null][] = [
    ['The council met on Monday. March 9, 2011 at 6:19 pm | Reply I disagree with all of it.', 27],
    ['The vote was close. June 2, 2014 at 10:05 am | Report abuse | Nobody asked us.', 20],
    ['The vote was close. June 2, 2014 at 10:05 am | Nobody asked us.', 20],
    // a wire dateline puts its pipe before the date
    ['TRIPOLI | Fri Mar 4, 2011 3:23pm EST Rebels advanced on the town.', null],
    ['Rescue crews worked all night. At 10:14 am on 28 May 2010, reader42 wrote: Who pays for this?', 31],
    ['Fans sent wishes. At 18:40 23rd Mar 2010, Anna Lee wrote: Happy birthday!', 18],
    ['The talks ended at noon. We welcome comments that advance the story. Views are our readers\' own.', 25],
    ['The talks ended at noon. Nobody listens anyway. This discussion is now closed.', 48],
    ['Nothing more to add. This debate is closed.', 21],
    // a writer quoted, a date with a time in prose, a government inviting comments on a plan: no comments section
    ['The ministry said it would welcome comments on the draft law until May.', null],
    ['After the election, the author wrote: "I felt alone."', null],
    ['Its columnist Tom Reed wrote: "We must act."', null],
    ['The storm hit on March 9, 2011 at 6:19 pm, officials said.', null],
    ['At 10:14 am on 28 May 2010, the rig exploded.', null],
  ];
  for (const [body, expected] of rows) assert.equal(commentsStart(body), expected, body);
});

test('cleanArticle: readers\' comments are cut from the first time stamp on, with a note', () => {
  const doc = cleanArticle('The council approved the budget on Monday.\n\nMayor Lee said it was fair. March 9, 2011 at 6:19 pm | Reply This is a waste of money.\n\nMarch 9, 2011 at 7:02 pm | Reply Agreed.');
  assert.deepEqual(doc.paragraphs.map((p) => p.text), ['The council approved the budget on Monday.', 'Mayor Lee said it was fair.']);
  assert.equal(doc.dropped.length, 1);
  assert.match(doc.dropped[0]!.reason, /comments/);
  assert.match(doc.dropped[0]!.text, /^March 9, 2011 at 6:19 pm \| Reply This is a waste/);
});
