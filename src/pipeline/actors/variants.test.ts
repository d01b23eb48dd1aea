import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preferredSpelling, splitName, surnamesMatch, wordNamesSurname } from './variants.ts';
import { slugify } from './slug.ts';

// [a, b, same person's surname?]
const SURNAMES: [string, string, boolean][] = [
  ['Zelensky', 'Zelenskyy', true],
  ['Zelenskiy', 'Zelenskyy', true],
  ['Zelensky', 'Zelenskiy', true],
  ['Pskai', 'Psaki', true], // a transposition is one edit
  ['Villaneuva', 'Villanueva', true],
  ['Aydın', 'Aydin', true], // Turkish dotless i
  ['Thomas-Greenfield', 'Thomas-Grenfield', true],
  ['López Obrador', 'Manuel López Obrador', true],
  ['Kim', 'Kin', false], // too short for any edit
  ['Milley', 'Willey', false], // the first letter differs
  ['Biden', 'Bidon', true],
  ['Putin', 'Pushkin', false],
  ['Johnson', 'Jackson', false],
  ['Delos Santos', 'Santos', true], // a surname of several words ends with the short one
];

test('surnamesMatch: a small edit distance, scaled to the length', () => {
  for (const [a, b, same] of SURNAMES) {
    assert.equal(surnamesMatch(a, b), same, `${a} / ${b}`);
    assert.equal(surnamesMatch(b, a), same, `${b} / ${a}`);
  }
});

// [word, surname, does the word alone name the person?]: the one-word surname is answered by
// surnamesMatch alone (a fast path); a long or hyphenated one by its words and parts too
const SURNAME_WORDS: [string, string, boolean][] = [
  ['Psaki', 'Psaki', true],
  ['Pskai', 'Psaki', true],
  ['Kirby', 'Psaki', false],
  ['Psak', 'Psaki', false], // too short for an edit
  ['Santos', 'Delos Santos', true], // the last word
  ['Delos', 'Delos Santos', true], // any capitalized word, exactly
  ['Greenfield', 'Thomas-Greenfield', true], // the last part of a hyphenated one
  ['Thomas', 'Thomas-Greenfield', false],
  ['Lula', 'Luiz Inácio Lula da Silva', true],
  ['da', 'Luiz Inácio Lula da Silva', false], // a lower-case particle names no one
];

test('wordNamesSurname: the surname, a word of a long one, the last part of a hyphenated one', () => {
  for (const [word, surname, names] of SURNAME_WORDS) assert.equal(wordNamesSurname(word, surname), names, `${word} / ${surname}`);
});

const english = (w: string) => ['Joe', 'Lee', 'Kim', 'Arturo', 'Linda'].includes(w);

// [words, surnameOnly, given, surname]
const SPLITS: [string, boolean, string | null, string][] = [
  ['Joe Biden', false, 'Joe', 'Biden'],
  ['Biden', false, null, 'Biden'],
  ['Linda Thomas-Greenfield', false, 'Linda', 'Thomas-Greenfield'],
  ['Arturo Delos Santos', false, 'Arturo', 'Delos Santos'],
  ['Delos Santos', true, null, 'Delos Santos'],
  ['John F. Kennedy', false, 'John', 'Kennedy'],
  ['Martin Luther King Jr.', false, 'Martin', 'Luther King'],
  ['Park Sung-min', false, 'Sung-min', 'Park'],
  ['Kim Jong Un', false, 'Jong Un', 'Kim'],
  ['Xi Jinping', false, 'Jinping', 'Xi'],
  ['Lee Anderson', false, 'Lee', 'Anderson'],
];

test('splitName: given name and surname, family name first for East Asian names', () => {
  for (const [name, surnameOnly, given, surname] of SPLITS) {
    assert.deepEqual(splitName(name.split(' '), surnameOnly, english), { given, surname }, name);
  }
});

// [counts, preferred]
const SPELLINGS: [[string, number][], string][] = [
  [[['Psaki', 2], ['Pskai', 1]], 'Psaki'],
  [[['Zelensky', 1], ['Zelenskyy', 1]], 'Zelenskyy'], // a tie: the longest
  [[['Pskai', 1], ['Psaki', 1]], 'Psaki'], // then alphabetical
];

test('preferredSpelling: most frequent, then longest, then alphabetical', () => {
  for (const [counts, preferred] of SPELLINGS) assert.equal(preferredSpelling(new Map(counts)), preferred);
});

const SLUGS: [string, string][] = [
  ['John Kirby', 'john-kirby'],
  ['U.S. officials', 'us-officials'],
  ['Selim Aydın', 'selim-aydin'],
  ["People's Liberation Army", 'peoples-liberation-army'],
  ['Linda Thomas-Greenfield', 'linda-thomas-greenfield'],
  ['82nd Airborne Division', '82nd-airborne-division'],
  ['Ægir Jónsson', 'aegir-jonsson'],
];

test('slugify: ids are lower-case, accent-free, hyphenated', () => {
  for (const [name, slug] of SLUGS) assert.equal(slugify(name), slug, name);
});
