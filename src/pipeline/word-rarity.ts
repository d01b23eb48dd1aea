/**
 * How much a content word (`happeningWords`) tells one report from another: the rarer among the
 * timeline's sentences, the more; the story's own vocabulary ("oil", "rebels", the actor in every
 * sentence) nothing. Shared by merge (stage 6) and corroborate (stage 9c).
 */
import type { Candidate } from './events/candidate.ts';
import { happeningWords } from './events/dating/happening-words.ts';
import { memoize } from './memoize.ts';

/** A word in more than this share of the timeline's sentences is the story's own vocabulary: it tells no report from another. */
const COMMON_WORD_SHARE = 0.05;
/** ... but a small timeline keeps every word that occurs in fewer sentences than this. */
const COMMON_WORD_FLOOR = 20;

/** word -> weight (0 for the story's own words and for words none of the sentences has) */
export type WordWeight = (word: string) => number;

/** The weight of each word among the distinct sentences, each given as its content words. */
export function wordRarity(sentences: Iterable<Iterable<string>>): WordWeight {
  const df = new Map<string, number>();
  let count = 0;
  for (const words of sentences) {
    count++;
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const commonAt = Math.max(COMMON_WORD_FLOOR, count * COMMON_WORD_SHARE);
  return (w) => {
    const n = df.get(w);
    return !n || n > commonAt ? 0 : Math.log(1 + count / n);
  };
}

/**
 * A sentence's content words (`happeningWords`), sorted: found once per sentence text, as merge,
 * corroboration and every copy of a candidate's sources ask again. Shared: never change it.
 */
export const sentenceContentWords = memoize((sentence: string): string[] => [...happeningWords(sentence)].sort());

/** Each distinct source sentence ("article#index") of some candidates, with its content words sorted. */
export function sentenceWords(candidates: Iterable<Candidate>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of candidates) {
    for (const s of c.sources) {
      const at = `${s.article}#${s.sentenceIndex}`;
      if (!out.has(at)) out.set(at, sentenceContentWords(s.sentence));
    }
  }
  return out;
}
