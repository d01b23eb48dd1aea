/** Relative openings: rows of [sentence, the clause's first words, pronoun, antecedent text, the noun phrase right before it]. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence } from '../linguistic/structure.ts';
import { relativeOpening } from './relative-clause.ts';

test('relativeOpening: the pronoun, and the antecedent from the head of its phrase chain', () => {
  const rows: [string, string, string | null, string | null, string | null][] = [
    ['The album is a tribute to Jane Doe, who died in June.', ', who died', 'who', 'a tribute to Jane Doe', 'Jane Doe'],
    ['The leader of the party, who was arrested in May, spoke.', ', who was', 'who', 'The leader of the party', 'the party'],
    ['Crowds joined the protests in the capital, which went on for days.', ', which went', 'which', 'the protests in the capital', 'the capital'],
    ["The film is a tribute to their father, who died in June.", ', who died', 'who', 'their father', 'their father'],
    // "where": the antecedent is a place; a complement "that" after a verb has none
    ['The revolt began in Tunisia, where the wave started last year.', ', where the', 'where', null, null],
    ['Officials said that the minister resigned on Monday.', 'that the minister', 'that', null, null],
    // no relative pronoun
    ['Officials said the minister resigned on Monday.', 'the minister', null, null, null],
  ];
  for (const [sentence, opening, pronoun, antecedent, nearest] of rows) {
    const s = analyzeSentence(sentence);
    const r = relativeOpening(s, s.masked, sentence.indexOf(opening));
    assert.equal(r?.pronoun ?? null, pronoun, sentence);
    assert.equal(r?.antecedent ? sentence.slice(r.antecedent.start, r.antecedent.end) : null, antecedent, sentence);
    assert.equal(r?.antecedent?.nearest.text ?? null, nearest, sentence);
  }
});
