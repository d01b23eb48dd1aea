/**
 * Stage 9, merge, as tables: which candidates become one event, which stay apart, which date
 * wins, and how an elaboration joins the event it elaborates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate, EventType } from '../schema/event.ts';
import type { Candidate, EventRole } from './events/candidate.ts';
import { mergeCandidates, mergeElaborations, sameHappening, type MergeContext } from './merge.ts';
import { wordRarity } from './word-rarity.ts';
import { happeningWords } from './events/dating/happening-words.ts';

const day = (start: string, certain = true): EventDate => ({ start, end: start, precision: 'day', certain, text: certain ? start : '' });
const month = (ym: string): EventDate => ({ start: `${ym}-01`, end: `${ym}-28`, precision: 'month', certain: true, text: ym });
const week = (start: string, end: string): EventDate => ({ start, end, precision: 'week', certain: true, text: 'last week' });

interface Row {
  type?: EventType;
  date?: EventDate;
  planned?: EventDate | null;
  status?: Candidate['status'];
  actors?: [string, EventRole][];
  article?: string;
  sentence?: number;
  quotes?: string[];
  places?: string[];
  /** the source sentence; by default a stand-in that every other default shares */
  text?: string;
}

function candidate(row: Row): Candidate {
  const article = row.article ?? 'a';
  return {
    type: row.type ?? 'attack',
    status: row.status ?? 'occurred',
    date: row.date ?? day('2024-03-04'),
    planned: row.planned ?? null,
    actors: (row.actors ?? [['army', 'agent']]).map(([id, role]) => ({ id, role })),
    quotes: (row.quotes ?? []).map((text) => ({ text, speaker: row.actors?.[0]?.[0] ?? 'x' })),
    quantities: [],
    places: row.places ?? [],
    sources: [{ article, sentence: row.text ?? `sentence ${row.sentence ?? 0} of ${article}`, sentenceIndex: row.sentence ?? 0 }],
    rule: 'test',
    title: `${row.type ?? 'attack'} in ${article}`,
    paragraph: 0,
    keys: [`${article}#${row.sentence ?? 0}`],
  };
}

const ctx: MergeContext = {
  // a spokesman speaks for his ministry, the ministry belongs to its country
  affiliation: new Map<string, string | null>([['spokesman', 'ministry'], ['ministry', 'country'], ['army', 'country'], ['navy', 'country']]),
  kind: new Map([['spokesman', 'person'], ['ministry', 'organization'], ['army', 'organization'], ['navy', 'organization'], ['country', 'country'], ['rebels', 'group'], ['president', 'person']]),
  articleOrder: new Map([['a', '000000'], ['b', '000001'], ['c', '000002']]),
};

const LONG_SHELLING = 'The army shelled the northern port, the airport, the railway station and three villages overnight.';
const LONG_REPAIRS = 'Army engineers repaired the port crane, two bridges, the power plant and a water tower in the south.';

// [what the row shows, first candidate, second candidate, one event?]
const SAME_HAPPENING: [string, Row, Row, boolean][] = [
  ['the same attack by the same agent on the same day, in two articles', { article: 'a' }, { article: 'b' }, true],
  ['different days', { date: day('2024-03-04') }, { article: 'b', date: day('2024-03-06') }, false],
  ['different types', { type: 'attack' }, { article: 'b', type: 'deployment' }, false],
  ['different actors, none affiliated with the other', { actors: [['army', 'agent']] }, { article: 'b', actors: [['rebels', 'agent']] }, false],
  ['a body and the country it belongs to', { actors: [['army', 'agent']] }, { article: 'b', actors: [['country', 'agent']] }, true],
  ['a day within the month the other article states', { date: day('2024-03-04') }, { article: 'b', date: month('2024-03') }, true],
  ['an inferred date up to a week after a stated one', { date: day('2024-03-04') }, { article: 'b', date: day('2024-03-09', false) }, true],
  ['an inferred date more than a week after a stated one', { date: day('2024-03-04') }, { article: 'b', date: day('2024-03-20', false) }, false],
  ['an inferred date before the stated one', { date: day('2024-03-04') }, { article: 'b', date: day('2024-03-02', false) }, false],
  ['statement and warning are one speech act', { type: 'statement', actors: [['ministry', 'speaker']] }, { article: 'b', type: 'warning', actors: [['ministry', 'speaker']] }, true],
  ['a spokesman speaks for his ministry', { type: 'statement', actors: [['spokesman', 'speaker']] }, { article: 'b', type: 'statement', actors: [['ministry', 'speaker']] }, true],
  ['one organization does not speak for another of its country', { type: 'statement', actors: [['ministry', 'speaker']] }, { article: 'b', type: 'statement', actors: [['army', 'speaker']] }, false],
  ['one speaker on two days: two statements', { type: 'statement', actors: [['president', 'speaker']] }, { article: 'b', type: 'statement', date: day('2024-03-05'), actors: [['president', 'speaker']] }, false],
  ['speech dated inferred a day later is another occasion', { type: 'statement', actors: [['president', 'speaker']] }, { article: 'b', type: 'statement', date: day('2024-03-05', false), actors: [['president', 'speaker']] }, false],
  ['two announcements of one plan, reported on different days', { type: 'deployment', status: 'announced', date: day('2024-03-01'), planned: week('2024-03-11', '2024-03-17') }, { article: 'b', type: 'deployment', status: 'announced', date: day('2024-03-08'), planned: day('2024-03-12') }, true],
  ['a plan announced, then reported done on its day', { type: 'deployment', status: 'announced', date: day('2024-03-01'), planned: day('2024-03-12') }, { article: 'b', type: 'deployment', date: day('2024-03-12') }, true],
  ['a plan announced, and the same kind of happening on another stated day', { type: 'deployment', status: 'announced', date: day('2024-03-01'), planned: day('2024-03-12') }, { article: 'b', type: 'deployment', date: day('2024-03-14') }, false],
  // a shared actor is no evidence of one happening: the words of the happening must meet too
  ['one actor, two happenings told in other words', { text: 'The army shelled the northern port overnight.' }, { article: 'b', text: 'The army bombed a bridge over the river.' }, false],
  ['one happening told in other words, a rare word in common', { text: 'The army shelled the northern port overnight.' }, { article: 'b', text: 'Artillery fire from the army hit the port before dawn.' }, true],
  ['another article shares one word of two long reports: not enough', { text: LONG_SHELLING }, { article: 'b', text: LONG_REPAIRS }, false],
  ['another article shares two rare words', { text: LONG_SHELLING }, { article: 'b', text: 'Shelling of the northern port went on overnight.' }, true],
  ['the actor named in both is not a word in common', { actors: [['rebels', 'agent']], text: 'Rebels seized a village.' }, { article: 'b', actors: [['rebels', 'agent']], text: 'The rebels ambushed a convoy.' }, false],
  ['one speaker on one day about two subjects', { type: 'statement', actors: [['president', 'speaker']], text: 'The president said the budget would be cut.' }, { article: 'b', type: 'statement', actors: [['president', 'speaker']], text: 'The president said the border would reopen soon.' }, false],
  ['one speaker on one day about one subject', { type: 'statement', actors: [['president', 'speaker']], text: 'The president said the budget would be cut.' }, { article: 'b', type: 'statement', actors: [['president', 'speaker']], text: 'The president defended the budget in parliament.' }, true],
  // a happening of no particular kind has only its words: another article must share two
  ['of a kind, another article shares one rare word of a short report', { text: 'Crowds gathered at the harbour.' }, { article: 'b', text: 'The army dispersed crowds with tear gas.' }, true],
  ['of no particular kind, another article shares one rare word: not enough', { type: 'other', text: 'Crowds gathered at the harbour.' }, { article: 'b', type: 'other', text: 'The army dispersed crowds with tear gas.' }, false],
  ['of no particular kind, another article shares two rare words', { type: 'other', text: 'Crowds gathered at the harbour.' }, { article: 'b', type: 'other', text: 'Crowds filled the harbour front.' }, true],
  ['one article, far apart, nothing in common', { type: 'statement', actors: [['president', 'speaker']], sentence: 3, text: 'The president said the budget would be cut.' }, { type: 'statement', actors: [['president', 'speaker']], sentence: 9, text: 'He added that nobody would lose a pension.' }, false],
];

for (const [what, a, b, same] of SAME_HAPPENING) {
  test(`sameHappening: ${what} -> ${same ? 'one event' : 'two events'}`, () => {
    assert.equal(sameHappening(candidate(a), candidate(b), ctx), same);
    assert.equal(sameHappening(candidate(b), candidate(a), ctx), same, 'the order of the two reports does not matter');
    const merged = mergeCandidates([candidate(a), candidate(b)], ctx);
    assert.equal(merged.length, same ? 1 : 2);
    if (same) assert.deepEqual(merged[0].sources.map((s) => s.article), ['a', 'b'], 'one event cites both articles, earlier first');
  });
}

// [what the row shows, dates of the reports in article order, the merged event's date]
const DATE_WINS: [string, EventDate[], EventDate][] = [
  ['a day beats a month', [month('2024-03'), day('2024-03-04')], day('2024-03-04')],
  ['a day beats a week', [week('2024-03-04', '2024-03-10'), day('2024-03-05')], day('2024-03-05')],
  ['a stated day beats an inferred one after it', [day('2024-03-06', false), day('2024-03-04')], day('2024-03-04')],
  ['of two stated days of equal precision, the first reported stays', [day('2024-03-04'), day('2024-03-04')], day('2024-03-04')],
];

test('merge: a plan done is dated by its doing, not by the announcement', () => {
  const announced = candidate({ article: 'a', type: 'deployment', status: 'announced', date: day('2024-03-01'), planned: week('2024-03-11', '2024-03-17') });
  const done = candidate({ article: 'b', type: 'deployment', date: day('2024-03-12') });
  const [event, ...rest] = mergeCandidates([announced, done], ctx);
  assert.equal(rest.length, 0);
  assert.deepEqual(event.date, day('2024-03-12'));
  assert.equal(event.status, 'occurred');
});

test("sameHappening: a word in most of the timeline's sentences is the story's own, not a word in common", () => {
  const a: Row = { text: 'The army shelled the northern port overnight.' };
  const b: Row = { article: 'b', text: 'Artillery fire from the army hit the port before dawn.' };
  // a timeline of forty sentences about the port
  const story = Array.from({ length: 40 }, (_, i) => happeningWords(`Ships waited outside the port, day ${i}.`));
  const weight = wordRarity([...story, happeningWords(a.text!), happeningWords(b.text!)]);
  assert.equal(sameHappening(candidate(a), candidate(b), { ...ctx, weight }), false);
  assert.equal(sameHappening(candidate(a), candidate(b), ctx), true, 'without the story, the port is a rare word');
});

test('mergeCandidates: within one article, one rare word in common tells a happening on', () => {
  const merged = mergeCandidates([candidate({ sentence: 0, text: LONG_SHELLING }), candidate({ sentence: 9, text: LONG_REPAIRS })], ctx);
  assert.deepEqual(merged.map((c) => c.sources.map((s) => s.sentenceIndex)), [[0, 9]]);
});

// [what the rows show, one speaker's statements in article order, sentences each event cites]
const SPEAKER_DAYS: [string, Row[], number[][]][] = [
  ['a live blog of one hearing: each remark shares a word with one before it', [
    { sentence: 0, text: 'The president said the pipeline had been inspected twice.' },
    { sentence: 6, text: 'Asked about the inspection, the president said the pipeline was safe.' },
    { sentence: 12, text: 'The president said the inspection reports would be published.' },
  ], [[0, 6, 12]]],
  ["a speaker's remarks told on in the next sentence ('he added')", [
    { sentence: 3, text: 'The president said the budget would be cut.' },
    { sentence: 4, text: 'He added that nobody would lose a pension.' },
  ], [[3, 4]]],
  ['a chronology: statements on different stated days, in the same words', [
    { sentence: 0, date: day('2024-03-04'), text: 'The president said the pipeline was safe.' },
    { sentence: 1, date: day('2024-03-09'), text: 'The president said the pipeline was safe.' },
    { sentence: 2, date: day('2024-03-15'), text: 'The president said the pipeline was safe.' },
  ], [[0], [1], [2]]],
  ['a chronology of undated statements on different subjects', [
    { sentence: 0, date: day('2024-03-04', false), text: 'The president said the pipeline was safe.' },
    { sentence: 5, date: day('2024-03-04', false), text: 'The president announced a dividend cut.' },
    { sentence: 10, date: day('2024-03-04', false), text: 'The president apologised to the fishermen.' },
  ], [[0], [5], [10]]],
];

for (const [what, rows, expected] of SPEAKER_DAYS) {
  test(`mergeCandidates: ${what}`, () => {
    const merged = mergeCandidates(rows.map((r) => candidate({ type: 'statement', actors: [['president', 'speaker']], ...r })), ctx);
    assert.deepEqual(merged.map((c) => c.sources.map((s) => s.sentenceIndex)), expected);
  });
}

for (const [what, dates, expected] of DATE_WINS) {
  test(`merge: the most precise date wins: ${what}`, () => {
    const merged = mergeCandidates(dates.map((date, i) => candidate({ article: 'abc'[i], date })), ctx);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0].date, expected);
  });
}

test('merge: the later article is listed after the earlier whatever the input order; roles keep the strongest', () => {
  const later = candidate({ article: 'b', actors: [['army', 'agent'], ['rebels', 'target']] });
  const earlier = candidate({ article: 'a', actors: [['army', 'participant']], quotes: ['we struck back hard'] });
  const [event] = mergeCandidates([later, earlier], ctx);
  assert.deepEqual(event.sources.map((s) => s.article), ['a', 'b']);
  assert.deepEqual(event.actors, [{ id: 'army', role: 'agent' }, { id: 'rebels', role: 'target' }]);
  assert.deepEqual(event.keys, ['a#0', 'b#0']);
  assert.match(event.rule, /merged/);
});

test('merge: the inputs are not changed', () => {
  const a = candidate({ article: 'a' });
  const b = candidate({ article: 'b', date: month('2024-03') });
  const before = JSON.stringify([a, b]);
  mergeCandidates([a, b], ctx);
  assert.equal(JSON.stringify([a, b]), before);
});

// [what the row shows, candidates of one article in order, how many events, sentences each event cites]
const ELABORATIONS: [string, Row[], number[][]][] = [
  ['an agentless report of the same type joins the event before it', [{ sentence: 0 }, { sentence: 1, actors: [['country', 'participant']], places: ['Harbor'] }], [[0, 1]]],
  ['an elaboration with its own agent is an event of its own', [{ sentence: 0 }, { sentence: 1, actors: [['rebels', 'agent']] }], [[0], [1]]],
  ['an elaboration of another type is an event of its own', [{ sentence: 0 }, { sentence: 1, type: 'deployment', actors: [] }], [[0], [1]]],
  ['a dated elaboration on another day is an event of its own', [{ sentence: 0 }, { sentence: 1, date: day('2024-03-09'), actors: [] }], [[0], [1]]],
  ['an undated elaboration joins whatever the day', [{ sentence: 0 }, { sentence: 1, date: day('2024-03-09', false), actors: [] }], [[0, 1]]],
  ['speech acts are never elaborations', [{ type: 'statement', actors: [['ministry', 'speaker']], sentence: 0 }, { type: 'statement', actors: [], sentence: 1 }], [[0], [1]]],
  ['an agentless report further on that tells another happening stays apart', [{ sentence: 0, text: 'The army shelled the port.' }, { sentence: 9, actors: [], text: 'A ferry sank off the coast.' }], [[0], [9]]],
  ['an agentless report further on that tells the same happening joins it', [{ sentence: 0, text: 'The army shelled the port.' }, { sentence: 9, actors: [], text: 'The shelling of the port lasted hours.' }], [[0, 9]]],
  ['an elaboration joins the event of its type it tells on, not the last one', [
    { sentence: 0, text: 'The army shelled the port.' },
    { sentence: 5, actors: [['rebels', 'agent']], text: 'Rebels ambushed a convoy.' },
    { sentence: 9, actors: [], text: 'The shelling of the port lasted hours.' },
  ], [[0, 9], [5]]],
  ['an undated elaboration far on, in other words, stays apart', [{ sentence: 0, text: 'The army shelled the port.' }, { sentence: 9, date: day('2024-03-09', false), actors: [], text: 'A ferry sank off the coast.' }], [[0], [9]]],
];

for (const [what, rows, expected] of ELABORATIONS) {
  test(`mergeElaborations: ${what}`, () => {
    const out = mergeElaborations(rows.map(candidate));
    assert.deepEqual(out.map((c) => c.sources.map((s) => s.sentenceIndex)), expected);
  });
}

test('mergeElaborations: an elaboration adds places and sources, not participants, and keeps the host date', () => {
  const [event] = mergeElaborations([candidate({ sentence: 0 }), candidate({ sentence: 1, date: day('2024-03-01', false), actors: [['country', 'participant']], places: ['Harbor'] })]);
  assert.deepEqual(event.actors, [{ id: 'army', role: 'agent' }]);
  assert.deepEqual(event.places, ['Harbor']);
  assert.deepEqual(event.date, day('2024-03-04'));
});

// [what the rows show, candidates of article "a", listings, sentences each event cites]
const LISTINGS: [string, Row[], string[], number[][]][] = [
  ['in a report, one rare word in common tells a happening on', [
    { sentence: 0, text: LONG_SHELLING },
    { sentence: 9, text: LONG_REPAIRS },
  ], [], [[0, 9]]],
  ["in a chronology, one rare word in common is two entries", [
    { sentence: 0, text: LONG_SHELLING },
    { sentence: 9, text: LONG_REPAIRS },
  ], ['a'], [[0], [9]]],
  ['in a report, the next sentence tells the happening on', [
    { sentence: 3, text: 'Rebels shelled the airport.' },
    { sentence: 4, text: 'Two hangars burned down.' },
  ], [], [[3, 4]]],
  ['in a chronology, the next sentence is another entry', [
    { sentence: 3, text: 'Rebels shelled the airport.' },
    { sentence: 4, text: 'Two hangars burned down.' },
  ], ['a'], [[3], [4]]],
  ["in a chronology, an undated entry is no later report of a stated day's happening", [
    { sentence: 0, date: day('2024-03-04'), text: 'The army shelled the northern port and the airport.' },
    { sentence: 20, date: day('2024-03-08', false), text: 'The army shelled the northern port and the railway.' },
  ], ['a'], [[0], [20]]],
  ['in a chronology, an entry of the same day that says the same happening is one', [
    { sentence: 0, date: day('2024-03-04'), text: 'The army shelled the northern port and the airport.' },
    { sentence: 20, date: day('2024-03-04', false), text: 'The army shelled the northern port and the railway.' },
  ], ['a'], [[0, 20]]],
];

for (const [what, rows, listings, expected] of LISTINGS) {
  test(`mergeCandidates: ${what}`, () => {
    const merged = mergeCandidates(rows.map((r) => candidate(r)), { ...ctx, listings: new Set(listings) });
    assert.deepEqual(merged.map((c) => c.sources.map((s) => s.sentenceIndex)), expected);
  });
}

test("mergeCandidates: a chronology's entry that waits for its range joins no report of its publication day", () => {
  const entry = candidate({ article: 'a', sentence: 7, date: day('2024-03-04', false), text: 'The army shelled the northern port and the airport.' });
  const report = candidate({ article: 'b', sentence: 2, date: day('2024-03-04', false), text: 'The army shelled the northern port and the railway.' });
  const listings = new Set(['a']);
  assert.equal(mergeCandidates([entry, report], { ...ctx, listings }).length, 1, 'same words, same day: one happening');
  assert.equal(mergeCandidates([entry, report], { ...ctx, listings, ranged: new Map([['a', new Set([7])]]) }).length, 2);
});
