/**
 * Rule: a named natural hazard ("Hurricane Katrina", "Cyclone Sidr", "Tropical Storm Bonnie") is
 * an actor of its own, so the happenings it caused can be filtered by it, and the storm keeps one
 * actor as it grows or weakens ("Tropical Storm Alex" then "Hurricane Alex": one id, `storm-alex`).
 * The hazard word comes from WordNet's disaster nouns (the list the disaster stage reads); the
 * category words around it are the meteorological services' own (words.ts). A name after the word
 * must be a given name or a word WordNet does not know as a person, a thing made or a group (after
 * the bare "Storm", a given name that is no English word):
 * "Hurricane Hunters" (a squadron), "Storm Shadow" (a missile) and "Hurricane Center" are no storms.
 */
import { isEnglishGivenName } from '../lexicon/first-names.ts';
import { ORGANIZATION_HEADS } from '../lexicon/organizations.ts';
import { slugify } from '../slug.ts';
import type { Token } from '../tokens.ts';
import { FUNCTION_WORDS, HAZARD_CATEGORY_WORDS, HAZARD_QUALIFIERS } from '../words.ts';
import { wordnetArtifactNoun, wordnetDisasterNoun, wordnetGivenNameWord, wordnetPersonNoun } from '../../linguistic/vocabulary/wordnet.ts';
import type { Proposal, Seed } from './types.ts';

/** The actor a storm's own name stands for, whatever its category at the time. */
export function seedOfHazard(category: string, name: string): Seed {
  return { id: slugify(`storm ${name}`), name: `${category} ${name}`, kind: 'hazard', affiliation: null };
}

/** Can this capitalized word be a storm's own name? */
function hazardName(t: Token | undefined, bare: boolean): boolean {
  if (!t?.word || !t.cap || FUNCTION_WORDS.has(t.text) || ORGANIZATION_HEADS.has(t.text) || /^\p{Lu}{2,}$/u.test(t.text)) return false;
  // the bare category word ("Storm") opens many names of things: it takes a given name only, and
  // one that is no English word as well ("Storm Shadow" is a missile)
  if (bare) return isEnglishGivenName(t.text) && !wordnetGivenNameWord(t.text);
  if (isEnglishGivenName(t.text)) return true;
  const word = t.text.toLowerCase();
  const singular = word.replace(/s$/, '');
  return ![word, singular].some((w) => wordnetPersonNoun(w) || wordnetArtifactNoun(w));
}

export function ruleNamedHazard(tokens: Token[], i: number): Proposal | null {
  let k = i;
  while (k < tokens.length && tokens[k]!.cap && HAZARD_QUALIFIERS.has(tokens[k]!.text)) k++;
  const head = tokens[k];
  if (!head?.cap || head.possessive) return null;
  const lower = head.text.toLowerCase();
  const qualified = k > i;
  if (!(wordnetDisasterNoun(lower) || (qualified && HAZARD_CATEGORY_WORDS.has(head.text)))) return null;
  const name = tokens[k + 1];
  if (!hazardName(name, !qualified && lower === 'storm')) return null;
  // a longer run of capitals is a name of something else ("Hurricane Alex Relief Fund")
  const after = tokens[k + 2];
  if (!name!.possessive && after?.word && after.cap && !FUNCTION_WORDS.has(after.text)) return null;
  const category = tokens.slice(i, k + 1).map((t) => t.text).join(' ');
  return { end: k + 2, spans: [{ type: 'actor', a: i, b: k + 2, seed: seedOfHazard(category, name!.text), via: 'alias' }] };
}
