/**
 * Nouns that name a group and take a plural verb though they do not end in -s ("police fire",
 * "people flee"): English grammar's nouns of multitude that are plural only. A lemmatizer gives
 * them back unchanged, so neither their ending nor their lemma tells they are plural.
 */
export const PLURAL_ONLY_NOUNS = new Set(['people', 'police', 'personnel', 'cattle', 'clergy', 'livestock']);
