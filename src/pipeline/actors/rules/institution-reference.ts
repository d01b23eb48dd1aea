/** Rule: "the coast guard said", "the ministry added": an organization named before, by its common noun; "its fighters": an armed group's. */
import { ORGANIZATION_HEADS } from '../lexicon/organizations.ts';
import type { Token } from '../tokens.ts';
import { GROUP_MEMBER_NOUNS, INSTITUTION_NOUNS } from '../words.ts';
import { lower } from './names.ts';
import type { Proposal } from './types.ts';

/** Nouns that refer back to an organization, longest first: "coast guard" before "guard". */
const NOUNS: string[][] = [
  ...INSTITUTION_NOUNS,
  ...[...ORGANIZATION_HEADS].filter((h) => /^\p{Lu}\p{Ll}+$/u.test(h)).map((h) => [h.toLowerCase()]),
].sort((a, b) => b.length - a.length);

/**
 * The nouns by their first word, each list in the order of NOUNS: the rule is asked at every word
 * after "the", and compares it only with the nouns it can open, not with all of them.
 */
const NOUNS_BY_FIRST = new Map<string, string[][]>();
for (const words of NOUNS) {
  const list = NOUNS_BY_FIRST.get(words[0]!);
  if (list) list.push(words);
  else NOUNS_BY_FIRST.set(words[0]!, [words]);
}

export function ruleInstitutionReference(tokens: Token[], i: number): Proposal | null {
  // "its fighters", "their militants": the armed group named before ("group" resolves as "the group" does)
  if (['its', 'their'].includes(lower(tokens[i - 1])) && GROUP_MEMBER_NOUNS.has(lower(tokens[i]))) {
    return { end: i + 1, spans: [{ type: 'institution', a: i, b: i + 1, noun: 'group' }] };
  }
  if (lower(tokens[i - 1]) !== 'the') return null;
  for (const words of NOUNS_BY_FIRST.get(lower(tokens[i])) ?? []) {
    if (!words.every((w, n) => lower(tokens[i + n]) === w)) continue;
    const end = i + words.length;
    // "the navy base", "the ministry's spokesman" still refer to it; "the guard dogs" would not, but is rare
    if (tokens[end]?.word && tokens[end]!.cap) return null; // "the Coast Guard Academy": a name of its own
    return { end, spans: [{ type: 'institution', a: i, b: end, noun: words.join(' ') }] };
  }
  return null;
}
