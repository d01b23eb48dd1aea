import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorSchema, type ActorPin } from '../../schema/actor.ts';
import { findActors, unifyActors } from './index.ts';
import { carryNamedPersonFacts, identifyNamedPersons } from './named-persons.ts';
import { compilePersons } from './phoenix/compile-persons.ts';
import { parsePhoenixActors } from './phoenix/parse-actors.ts';
import { personLookup } from './phoenix/persons.ts';
import { sentencesOf } from './test-helpers.ts';

// an invented dictionary in the Phoenix format
const DICTIONARY = `ORVAL_KASTELLAN_
+KASTELLAN_
+ORVALL_KASTELAN
+ORVAL_B_KASTELLAN
\t[ZMBELI 450101-850301]
\t[ZMBGOV 850302-110211]
`;
const lookup = personLookup(compilePersons(parsePhoenixActors(DICTIONARY).actors, (c) => (c === 'ZMB' ? 'Zembria' : undefined), new Set()));
const read = (texts: string[], on: string, pins: ActorPin[] = []) => identifyNamedPersons(findActors(sentencesOf(texts), pins), on, pins, lookup);
const persons = (texts: string[], on: string, pins: ActorPin[] = []) => read(texts, on, pins).actors.filter((a) => a.kind === 'person');

// [sentences, day, [id, name, country, sectors held that day][]]
const NAMED: [string[], string, [string, string, string | undefined, string[]][]][] = [
  // a surname alone takes the dictionary's full name
  [['President Kastellan spoke.'], '2005-01-01', [['orval-kastellan', 'Orval Kastellan', 'Zembria', ['government']]]],
  [['"No," Kastellan said.'], '1980-01-01', [['orval-kastellan', 'Orval Kastellan', 'Zembria', ['public figure']]]],
  // the article's own spelling of the full name stays its name; the id is the dictionary's
  [['Orvall Kastelan spoke.', 'Kastelan said more.'], '2005-01-01', [['orval-kastellan', 'Orvall Kastelan', 'Zembria', ['government']]]],
  // after the last term: the country, no term
  [['President Kastellan spoke.'], '2015-01-01', [['orval-kastellan', 'Orval Kastellan', 'Zembria', []]]],
  // a full name the dictionary does not know is not made the person by its surname
  [['Delia Kastellan spoke.', 'Kastellan said more.'], '2005-01-01', [['delia-kastellan', 'Delia Kastellan', undefined, []]]],
  [['Ansel Morrow spoke.'], '2005-01-01', [['ansel-morrow', 'Ansel Morrow', undefined, []]]],
];

test('identifyNamedPersons: the dictionary names the person, its country and the terms held that day', () => {
  for (const [texts, on, expected] of NAMED) {
    const got = persons(texts, on).map((a) => [a.id, a.name, a.country, (a.positions ?? []).map((t) => t.sector)]);
    assert.deepEqual(got, expected, `${texts.join(' ')} (${on})`);
    for (const a of persons(texts, on)) actorSchema.parse(a);
  }
});

test('identifyNamedPersons: the name is the form the dictionary knows, not a longer name the article got wrong', () => {
  const actor = { id: 'zembrian-orval-kastellan', name: 'Zembrian Orval Kastellan', kind: 'person' as const, aliases: ['Orval B Kastellan'], role: null, affiliation: null };
  const { actors } = identifyNamedPersons({ actors: [actor], mentions: [] }, '2005-01-01', [], lookup);
  assert.deepEqual(actors.map((a) => [a.id, a.name, a.aliases]), [['orval-kastellan', 'Orval B Kastellan', ['Zembrian Orval Kastellan']]]);
});

test('identifyNamedPersons: mentions follow the renamed actor', () => {
  const { actors, mentions } = read(['President Kastellan spoke.', 'Kastellan said more.'], '2005-01-01');
  const ids = new Set(actors.map((a) => a.id));
  for (const m of mentions) assert.ok(ids.has(m.actor), m.actor);
  assert.deepEqual(mentions.filter((m) => m.text === 'Kastellan').map((m) => m.actor), ['orval-kastellan', 'orval-kastellan']);
});

test('identifyNamedPersons: a pin wins', () => {
  const pins: ActorPin[] = [{ name: 'Kastellan the Elder', kind: 'person', aliases: ['Kastellan'] }];
  const got = persons(['President Kastellan spoke.'], '2005-01-01', pins);
  assert.deepEqual(got.map((a) => [a.id, a.country]), [['kastellan-the-elder', undefined]]);
});

test('carryNamedPersonFacts: two spellings in two articles are one actor with the terms of both days', () => {
  const a = read(['Orvall Kastelan spoke.'], '1980-01-01');
  const b = read(['President Kastellan spoke.', 'Kastellan said more.'], '2005-01-01');
  const unified = unifyActors([a, b], []);
  const actors = carryNamedPersonFacts(unified.actors, [a, b], unified.canonicalId);
  const people = actors.filter((x) => x.kind === 'person');
  assert.equal(people.length, 1);
  assert.equal(people[0]!.country, 'Zembria');
  assert.deepEqual(people[0]!.positions, [
    { sector: 'public figure', from: '1945-01-01', until: '1985-03-01' },
    { sector: 'government', from: '1985-03-02', until: '2011-02-11' },
  ]);
});
