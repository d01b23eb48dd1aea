import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhoenixActors, parseRestriction, phoenixDate } from './parse-actors.ts';
import { compilePersons, displayName } from './compile-persons.ts';
import { personLookup } from './persons.ts';
import { sectorWords } from './sector-codes.ts';

// invented people in the dictionaries' format
const SAMPLE = `# comment
ZEMBRIA_  [ZMB]
+ZEMBRIAN_
ORVAL_KASTELLAN_  # CountryInfo.txt
+KASTELLAN_
+PRESIDENT_KASTELLAN_
+ORVALL_KASTELAN
+ORVAL_
+TIBOR_MENDRAKE_  ; a successor filed under the same record
\t[ZMBELI 450101-850301]
\t[ZMBGOV 850302-110211]
\t[ZMBELI]
MARA_KASTELLAN_
\t[ZMBGOVLEG >090120]
PEOPLES_MINISTRY_OF_WATER
\t[ZMBGOV 700101-800101]
LIO_VANTERRA_\t[IGOUNO 990101-050101]
`;

const RESTRICTIONS: [string, ReturnType<typeof parseRestriction>][] = [
  ['[ZMBGOV 850302-110211]', { code: 'ZMBGOV', from: '1985-03-02', until: '2011-02-11' }],
  ['[ZMBGOV >090120]', { code: 'ZMBGOV', from: '2009-01-20', until: null }],
  ['[ZMBGOV <090120]', { code: 'ZMBGOV', from: null, until: '2009-01-20' }],
  ['[USAELI 18970101-450703]', { code: 'USAELI', from: '1897-01-01', until: '1945-07-03' }],
  ['[ZMBELI]', { code: 'ZMBELI', from: null, until: null }],
  ['[---]', null],
  ['[ZMBGOV 9008223-911221]', null],
];
for (const [text, expected] of RESTRICTIONS) test(`parseRestriction ${text}`, () => assert.deepEqual(parseRestriction(text), expected));

const DATES: [string, string | null][] = [['850302', '1985-03-02'], ['110211', '2011-02-11'], ['291231', '2029-12-31'], ['19450703', '1945-07-03'], ['12345', null]];
for (const [d, expected] of DATES) test(`phoenixDate ${d}`, () => assert.equal(phoenixDate(d), expected));

const NAMES: [string, string][] = [['orval kastellan', 'Orval Kastellan'], ['abdel fattah el-sisi', 'Abdel Fattah el-Sisi'], ['jan van der berg', 'Jan van der Berg'], ['al-bashir', 'Al-Bashir'], ['abdullah ii', 'Abdullah II'], ['vi tran', 'Vi Tran']];
for (const [phrase, name] of NAMES) test(`displayName ${phrase}`, () => assert.equal(displayName(phrase), name));

const SECTORS: [string, string][] = [['GOV', 'government'], ['GOVMIL', 'government, military'], ['ELI', 'public figure'], ['XYZ', 'XYZ']];
for (const [code, words] of SECTORS) test(`sectorWords ${code}`, () => assert.equal(sectorWords(code), words));

test('parsePhoenixActors: records, synonyms, restrictions on their own lines and after the name', () => {
  const { actors, skipped } = parsePhoenixActors(SAMPLE, 'x.txt');
  assert.deepEqual(skipped, []);
  assert.deepEqual(actors.map((a) => a.name), ['zembria', 'orval kastellan', 'mara kastellan', 'peoples ministry of water', 'lio vanterra']);
  assert.deepEqual(actors[1]!.variants, ['kastellan', 'president kastellan', 'orvall kastelan', 'orval', 'tibor mendrake']);
  assert.equal(actors[1]!.restrictions.length, 3);
  assert.deepEqual(actors[4]!.restrictions, [{ code: 'IGOUNO', from: '1999-01-01', until: '2005-01-01' }]);
  assert.deepEqual(parsePhoenixActors('A_B_\n\t[ZMBGOV 9008223-911221]\n', 'x.txt').skipped, ['x.txt:2: "[ZMBGOV 9008223-911221]" is not a restriction of an actor ([CODE from-until])']);
});

const COUNTRY: Record<string, string> = { ZMB: 'Zembria' };
const table = compilePersons(parsePhoenixActors(SAMPLE).actors, (code) => COUNTRY[code], new Set(['ministry']));
const lookup = personLookup(table);

test('compilePersons: persons only (a dated term, a person-like name, a known country)', () => {
  assert.deepEqual(table.persons.map((p) => p.split('|')[0]), ['Orval Kastellan', 'Mara Kastellan']);
});

// [name form, day, person found]: synonyms name the person, titles aside; a successor filed as a synonym does not
const LOOKUPS: [string, string | undefined, string | null][] = [
  ['Orval Kastellan', undefined, 'Orval Kastellan'],
  ['Orvall Kastelan', undefined, 'Orval Kastellan'],
  ['orval kastellan', undefined, 'Orval Kastellan'],
  ['Kastellan', undefined, 'Orval Kastellan'],
  ['Tibor Mendrake', undefined, null],
  // a lone given name is too often someone else
  ['Orval', undefined, null],
  ['Mara Kastellan', undefined, 'Mara Kastellan'],
  ['Nobody Here', undefined, null],
];
for (const [form, on, name] of LOOKUPS) test(`person look-up ${form}`, () => assert.equal(lookup(form, on)?.name ?? null, name));

test('person look-up: the terms, in words, with days', () => {
  assert.deepEqual(lookup('Orval Kastellan'), {
    name: 'Orval Kastellan',
    country: 'Zembria',
    positions: [
      { sector: 'public figure', from: '1945-01-01', until: '1985-03-01' },
      { sector: 'government', from: '1985-03-02', until: '2011-02-11' },
    ],
  });
});

test('person look-up: a form two persons share is the one in office that day', () => {
  const two = compilePersons(parsePhoenixActors('ANA_DORVEL_\n+DORVEL_\n\t[ZMBGOV 900101-991231]\nLUC_DORVEL_\n+DORVEL_\n\t[ZMBGOV 000101-091231]\n').actors, (c) => COUNTRY[c], new Set());
  const find = personLookup(two);
  assert.equal(find('Dorvel', '1995-06-01')?.name, 'Ana Dorvel');
  assert.equal(find('Dorvel', '2005-06-01')?.name, 'Luc Dorvel');
  assert.equal(find('Dorvel', '2015-06-01'), null);
  assert.equal(find('Dorvel'), null);
});
