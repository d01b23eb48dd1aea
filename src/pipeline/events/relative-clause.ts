/**
 * A dated subordinate clause that opens with a relative pronoun tells a happening of its
 * antecedent: "the singer, who died in June 2009" is the singer's dying, "the protests in the
 * capital, which went into full swing on Friday" the protests' going. The pronoun names nobody, so
 * the clause's title and agent come from the noun phrase before it (the head of its chain of
 * prepositional phrases: "the leader of the party, who ..." is the leader; but "who" after a noun of
 * a person is that person: "a tribute to their father, who ..."). After "where" the
 * antecedent is a place, and after a verb "that" opens what is said: the pronoun is only left out.
 */
import type { Span } from '../linguistic/clauses.ts';
import type { NounPhrase, SentenceStructure } from '../linguistic/structure.ts';
import { wordnetPersonNoun } from '../linguistic/vocabulary/wordnet.ts';

export interface RelativeOpening {
  /** characters from the clause's start to the word after the pronoun */
  length: number;
  pronoun: 'who' | 'which' | 'that' | 'where';
  /**
   * the antecedent from the head of its phrase chain to the pronoun's comma, with the chain's head and
   * the noun phrase right before the pronoun ("the party" in "the leader of the party, who"); null after
   * "where" or a complement "that"
   */
  antecedent: (Span & { head: NounPhrase; nearest: NounPhrase }) | null;
}

const RELATIVE = /^[\s,;:—–-]*(who|which|that|where)\s+/i;
/** Prepositional phrases walked back over to the chain's head ("the leader of the party"). */
const MAX_CHAIN = 3;

/** The relative pronoun opening the clause at `start` of the sentence, with its antecedent; null for none. */
export function relativeOpening(s: SentenceStructure, masked: string, start: number): RelativeOpening | null {
  const m = RELATIVE.exec(masked.slice(start));
  if (!m) return null;
  const pronoun = m[1]!.toLowerCase() as RelativeOpening['pronoun'];
  const opening = { length: m[0].length, pronoun };
  if (pronoun === 'where') return { ...opening, antecedent: null };
  const nearest = s.nounPhrases.find((p) => p.end <= start && /^[\s,]*$/.test(masked.slice(p.end, start)));
  if (!nearest) return { ...opening, antecedent: null };
  let np = nearest;
  // "a tribute to their father, who died": "who" stands for a person, the noun phrase right before it when it names one
  const person = pronoun === 'who' && s.tokens[nearest.last]?.pos === 'NOUN' && wordnetPersonNoun(s.tokens[nearest.last]!.lemma) === 'noun.person';
  for (let n = 0; n < MAX_CHAIN && !person; n++) {
    const before = s.tokens[np.first - 1];
    const outer: NounPhrase | undefined = before?.pos === 'ADP' ? s.nounPhrases.find((p) => p.last === np!.first - 2) : undefined;
    if (!outer) break;
    np = outer;
  }
  const end = masked.slice(0, start).replace(/[\s,]+$/, '').length;
  return { ...opening, antecedent: { start: np.start, end, head: np, nearest } };
}
