/**
 * Headlines as a specification: the cleaning rows, then sentences of the shapes that used to give
 * an empty title (a speech verb whose clause is all attribution), run through the whole pipeline.
 * Every event must carry a readable title, and every event must fit the published schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventSchema } from '../../schema/event.ts';
import { runPipeline } from '../index.ts';
import { cleanTitle, firstReadableTitle, isReadableTitle, TITLE_CHARS } from './title.ts';

test('cleanTitle: a clause as a headline', () => {
  const rows: [string, string][] = [
    ['the army moved north.', 'The army moved north'],
    [', the  army moved north , ', 'The army moved north'],
    ['— the talks resumed ;', 'The talks resumed'],
    ['troops crossed the river , then halted', 'Troops crossed the river, then halted'],
    // a clause whose next clause was split off keeps no conjunction at its end
    ['the rebels took the town, but', 'The rebels took the town'],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen…'],
    ['', ''],
    [' ,;: — ', ''],
  ];
  for (const [input, expected] of rows) assert.equal(cleanTitle(input), expected, JSON.stringify(input));
});

test('cleanTitle: a long clause is cut where a phrase ends, never on a word a headline cannot end on', () => {
  const rows: [string, string][] = [
    // a clause boundary within the limit: the title ends there, whole
    ['Farmers are angry, feeling let down by the ministry, said one grower from the valley, a region hit by drought for years.', 'Farmers are angry, feeling let down by the ministry, said one grower from the valley'],
    // a leading conjunction goes
    ['But a spokesman for the port authority said the office had decided to delay the vote until Monday.', 'A spokesman for the port authority said the office had decided to delay the vote until Monday'],
    // no boundary: the cut backs out of the noun phrase it would split and off "of the"
    ['The minister said on the radio that the agency was working hard to rebuild the trust of the rural farming communities.', 'The minister said on the radio that the agency was working hard to rebuild the trust…'],
    // a conjunction right after a verb opens its complement ("establish | if"), not a new clause: the comma is the last boundary
    ['The inspectors say the leak is slowing, and engineers have been trying to establish if the steel-and-concrete cap holds.', 'The inspectors say the leak is slowing'],
  ];
  for (const [input, expected] of rows) assert.equal(cleanTitle(input), expected, input);
});

test('cleanTitle: a run of joined tokens is cut to a headline length', () => {
  const title = cleanTitle('x'.repeat(20_000));
  assert.equal(title.length, TITLE_CHARS);
  assert.ok(title.endsWith('…'));
});

test('isReadableTitle and firstReadableTitle', () => {
  const rows: [string, boolean][] = [
    ['The army moved north', true],
    ['Ana Ruiz: “we will stay”', true],
    ['', false],
    ['…', false],
    ['— ; 12 —', false],
    ['a', false],
    ['Он сказал', true],
    // only function words, or verbs too common to tell anything
    ['But', false],
    ['He told', false],
    ['Met him', false],
    ['Soldiers killed', true],
  ];
  for (const [title, readable] of rows) assert.equal(isReadableTitle(title), readable, JSON.stringify(title));
  assert.equal(firstReadableTitle([null, '', '…', 'The second draft', 'The third']), 'The second draft');
  assert.equal(firstReadableTitle([undefined, ' — ']), null);
  // the closing mark of a quotation opened in an earlier sentence is dropped; a balanced quotation keeps its marks
  assert.equal(cleanTitle('The spill is tiny,"'), 'The spill is tiny');
  assert.equal(cleanTitle('He called it "a disaster"'), 'He called it "a disaster"');
  // a saying with nothing said, or with no one saying it, gives way to a draft that says who said what
  assert.equal(firstReadableTitle(['The harbour master said', 'The harbour master said the gate was shut']), 'The harbour master said the gate was shut');
  assert.equal(firstReadableTitle(['Said the gate was shut', 'The harbour master could not say when, but said the gate was shut']), 'The harbour master could not say when, but said the gate was shut');
  // ... unless there is no other
  assert.equal(firstReadableTitle(['Said the gate was shut']), 'Said the gate was shut');
});

function eventsOf(body: string) {
  const article = { id: 'a', file: 'a.md', title: 't', publisher: 'p', publishedAt: '2024-03-13', url: null, byline: null, body, bodyLine: 1 };
  return runPipeline([article], []);
}

// [sentence, words the first event's title holds (null: no event)]
const shapes: [string, string | null][] = [
  // a coordinate clause that is all attribution: the clause itself is the headline
  ['They were all very generous, but I was most taken by what Maria Lopez said.', 'what Maria Lopez said'],
  ['We tried, but we could not reach Gen. Tomas Berg to confirm his account of what Ruiz said.', 'could not reach'],
  // an attribution split off after a leading "as ..." clause reports the clause before it
  ['As many as 300 trucks are already waiting at the border, according to Polish officials.', '300 trucks are already waiting'],
  ['As long as the dam holds there should be no flooding downstream, Maria Lopez said.', 'the dam holds'],
  // a scare-quoted fragment between "but" and the speaker: the speaker's words head it
  ['Another band of fighters was hiding near the port, but "moved in far too soon," Colonel Ana Ruiz said, adding that the band is still at large.', 'Ana Ruiz'],
  // a leading question clause, then "this is what X said"
  ['When she was asked whether she had met the minister, this is what Ana Ruiz said.', 'what Ana Ruiz said'],
  // a speech act says what was said: a short quotation or a paraphrase before a trailing attribution
  ['"The violence must stop," Ana Ruiz said.', 'The violence must stop'],
  ['"It was scary," Maria Lopez told reporters in the port.', 'Maria Lopez: “It was scary”'],
  ['Rescue crews are using small boats to reach the flooded farms, Tomas Berg said.', 'small boats'],
  // a headline run into the sentence with no full stop, then the sentence itself
  ['Floods close the coast road The ministry said on Monday that the road would stay closed until the water falls.', 'The ministry says the road would stay closed'],
  // a source that opens the sentence ("According to X,") heads no happening's title: the report after its comma does
  ['According to Reuters, the minister signed the order on Monday.', 'The minister signs the order'],
  // a generic agent is named as the text names it, not by its class ("Activists", not "Protesters")
  ['Activists said at least five people were killed in the square on Tuesday.', 'Activists say'],
  // no words at all, and text in another language: nothing to report
  ['—— ,,, —— ; ;', null],
  ['Der Minister sagte am Montag, dass die Truppen verlegt würden.', null],
];

test('titles: sentences whose main clause is all attribution still have a readable headline', () => {
  const failures: string[] = [];
  for (const [body, words] of shapes) {
    const { timeline } = eventsOf(body);
    const titles = timeline.events.map((e) => e.title);
    for (const e of timeline.events) {
      const parsed = eventSchema.safeParse(e);
      if (!parsed.success) failures.push(`${body}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      if (!isReadableTitle(e.title)) failures.push(`${body}: unreadable title ${JSON.stringify(e.title)}`);
    }
    if (words === null && titles.length > 0) failures.push(`${body}: expected no event, got ${JSON.stringify(titles)}`);
    if (words !== null && !titles[0]?.includes(words)) failures.push(`${body}: expected a title with "${words}", got ${JSON.stringify(titles)}`);
  }
  assert.deepEqual(failures, []);
});

test('titles: a 20,000-character line of joined tokens gives short titles, never a crash', () => {
  const body = `${'Theministersaidthetroopswouldmove'.repeat(600)} said Ana Ruiz.`;
  const { timeline } = eventsOf(body);
  for (const e of timeline.events) assert.ok(e.title.length <= TITLE_CHARS + 40 && isReadableTitle(e.title), e.title.slice(0, 200));
});
