/**
 * Stage 3, linguistic: each sentence's tokens, POS tags, lemmas, noun phrases, quotations and
 * clause structure (main verb, subject, object, passive, reported speech and its speaker).
 * Later stages read this structure instead of re-detecting quotations or clauses.
 *
 *   vocabulary/   speech verbs, abbreviations, quotation marks: one home each
 *   tagger.ts     wink-nlp: tokens with offsets, Universal POS tags, lemmas
 *   quotations.ts speech quotations versus scare quotes
 *   clauses.ts    subordinate clauses, coordinated main clauses, trailing attribution
 *   structure.ts  noun phrases, the main verb and its arguments, reported speech
 */
import type { Sentence } from '../types.ts';
import { analyzeSentence, type SentenceStructure } from './structure.ts';

export type { SentenceStructure } from './structure.ts';

/** The structure of every sentence, in order. */
export function analyzeSentences(sentences: Sentence[]): SentenceStructure[] {
  return sentences.map((s) => analyzeSentence(s.text));
}
