import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.ts';

// [sentence, words as the tokenizer keeps them ("+s" marks a possessive, "q:" a quoted word)]
const TOKENS: [string, string[]][] = [
  ['U.S. Ambassador Linda Thomas-Greenfield spoke.', ['U.S.', 'Ambassador', 'Linda', 'Thomas-Greenfield', 'spoke', '.']],
  ['Gen. Mark Milley and Mr. Putin met.', ['Gen.', 'Mark', 'Milley', 'and', 'Mr.', 'Putin', 'met', '.']],
  ["NATO's flank and Fox News' Jennifer Griffin", ['NATO+s', 'flank', 'and', 'Fox', 'News+s', "'", 'Jennifer', 'Griffin']],
  ['"We are ready," Kirby said.', ['q:We', 'q:are', 'q:ready', 'q:,', 'Kirby', 'said', '.']],
  ['the 82nd Airborne Division', ['the', '82nd', 'Airborne', 'Division']],
  ['John F. Kennedy and O’Brien', ['John', 'F.', 'Kennedy', 'and', 'O’Brien']],
  ['Ukraine’s border', ['Ukraine+s', 'border']],
];

test('tokenize keeps initialisms, abbreviated titles, hyphenated names and possessives', () => {
  for (const [sentence, expected] of TOKENS) {
    const words = tokenize(sentence).tokens.map((t) => `${t.quoted ? 'q:' : ''}${t.text}${t.possessive ? '+s' : ''}`);
    assert.deepEqual(words, expected, sentence);
  }
});

test('offsets point into the sentence; an open quotation carries to the next sentence', () => {
  const sentence = 'Kremlin spokesman Dmitry Peskov said: "Hysteria';
  const { tokens, endsQuoted } = tokenize(sentence);
  for (const t of tokens) assert.equal(sentence.slice(t.start, t.end), t.text);
  assert.equal(endsQuoted, true);
  assert.equal(tokenize('spreads," he said.', true).tokens[0]!.quoted, true);
});
