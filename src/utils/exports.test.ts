import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../schema/event.ts';
import { eventsToAtom } from './events-to-atom.ts';
import { eventsToCsv } from './events-to-csv.ts';
import { eventsToIcs } from './events-to-ics.ts';
import { toUtcInstant } from './to-utc-instant.ts';

const SITE = 'https://dateline.example/';
const EVENT: TimelineEvent = {
  id: 'e-1', title: '=HYPERLINK("x") <script>alert(1)</script>, & more', type: 'statement', status: 'announced',
  date: { start: '2022-01-24', end: '2022-01-30', precision: 'week', certain: false, text: 'this week' },
  planned: null, actors: [{ id: 'john-kirby', role: 'speaker' }], quotes: [{ text: 'We "mean" it', speaker: 'john-kirby' }],
  quantities: [{ value: 8500, unit: 'troops' }], places: ['Eastern Europe'],
  sources: [{ article: 'a', sentence: 'Kirby said; "we mean it", twice.', sentenceIndex: 3 }], rule: 'test',
};
const ARTICLES = [{ id: 'a', title: 'Alert <b>', publisher: 'Wire', publishedAt: '2022-01-26T14:30:00+01:00' }];
const ACTORS = [{ id: 'john-kirby', name: 'John Kirby', kind: 'person' as const, aliases: [], role: null, affiliation: null }];

const instantRows: [string, string][] = [
  ['2022-01-26', '2022-01-26T00:00:00Z'],
  ['2022-01-26T14:30', '2022-01-26T14:30:00Z'],
  ['2022-01-26T14:30:00+01:00', '2022-01-26T13:30:00Z'],
  ['2022-01-26T14:30:00.250Z', '2022-01-26T14:30:00.250Z'],
];
for (const [input, expected] of instantRows) test(`toUtcInstant ${input}`, () => assert.equal(toUtcInstant(input), expected));

test('CSV quotes cells, neutralises formulas and ends rows with CRLF', () => {
  const [header, row] = eventsToCsv([EVENT], ACTORS, ARTICLES, SITE).split('\r\n');
  assert.match(header!, /^id,title,type,status,start,end/);
  assert.match(row!, /^e-1,"'=HYPERLINK\(""x""\) <script>alert\(1\)<\/script>, & more",statement,announced,2022-01-24,2022-01-30,week,false/);
  assert.match(row!, /John Kirby: ""We ""mean"" it""/);
  // the permalink, then the date in words with its uncertainty
  assert.match(row!, /https:\/\/dateline\.example\/events\/e-1\/,≈ week of 24 Jan 2022 \(inferred\)$/);
});

test('iCalendar: all-day span with exclusive end, escaped text, stamp from the article', () => {
  const ics = eventsToIcs([EVENT], ARTICLES, SITE);
  assert.match(ics, /DTSTART;VALUE=DATE:20220124\r\nDTEND;VALUE=DATE:20220131\r\n/);
  assert.match(ics, /DTSTAMP:20220126T133000Z/);
  assert.match(ics, /SUMMARY:=HYPERLINK\("x"\) <script>alert\(1\)<\/script>\\, & more/);
  assert.ok(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));
  assert.match(ics.replace(/\r\n /g, ''), /DESCRIPTION:Announced\. statement \(date known to the week\\, inferred\)/);
});

test('Atom: escaped entries, updated from the newest article', () => {
  const atom = eventsToAtom([EVENT], ARTICLES, SITE);
  assert.match(atom, /<updated>2022-01-26T13:30:00Z<\/updated>/);
  assert.ok(!atom.includes('<script>'));
  assert.match(atom, /<title>=HYPERLINK\(&quot;x&quot;\) &lt;script&gt;alert\(1\)&lt;\/script&gt;, &amp; more<\/title>/);
  assert.match(atom, /&lt;li&gt;Wire, “Alert &amp;lt;b&amp;gt;”/);
  assert.match(atom, /≈ week of 24 Jan 2022 \(inferred\)/);
});

test('Atom: only the most recently reported events, newest first', () => {
  const older = { ...EVENT, id: 'older', sources: [{ ...EVENT.sources[0]!, article: 'old' }] };
  const articles = [...ARTICLES, { id: 'old', title: 'Old', publisher: 'Wire', publishedAt: '2020-01-01' }];
  const atom = eventsToAtom([older, EVENT], articles, SITE, 1);
  assert.equal(atom.match(/<entry>/g)?.length, 1);
  assert.match(atom, new RegExp(`events/${EVENT.id}/`));
  assert.doesNotMatch(atom, /events\/older\//);
});

test('iCalendar: long lines of any script fold to 75 octets and unfold to the same text', () => {
  for (const title of ['a'.repeat(200), 'é'.repeat(120), '日本'.repeat(60), '🙂x'.repeat(50)]) {
    const ics = eventsToIcs([{ ...EVENT, title }], ARTICLES, SITE);
    assert.ok(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), title);
    assert.ok(ics.replace(/\r\n /g, '').includes(`SUMMARY:${title}\r\n`), title);
  }
});
