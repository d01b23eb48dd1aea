/**
 * Rules: lexicon phrases (countries, demonyms, organizations, capitals used as actors, pinned
 * names), the groups and institutions a nationality names ("Russian officials", "China's coast
 * guard"), and blocs ("the West").
 */
import { genderOfGivenName } from '../lexicon/first-names.ts';
import type { Country } from '../lexicon/countries.ts';
import { isLocative } from '../places.ts';
import { slugify } from '../slug.ts';
import type { Token } from '../tokens.ts';
import { FORCE_NOUNS, INSTITUTION_NOUNS, OFFICIAL_NOUNS, STATE_NOUNS } from '../words.ts';
import { lower, nameWords } from './names.ts';
import { pinKind, seedOfEntry, seedOfId } from './seeds.ts';
import type { Proposal, ScanContext, Seed } from './types.ts';

/** A Map: every token is looked up in it (and "constructor" must not find Object.prototype's). */
const WESTERN = new Map([['West', 'West'], ['Western', 'Western'], ['European', 'European']]);

/** Lexicon phrases: countries, demonyms, organizations, capitals used as actors, pinned names; "Russian officials". */
export function rulePhrase(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  const m = ctx.index.match(tokens, i);
  if (!m) return null;
  const entry = m.entries[0]!;
  if (entry.type === 'place') return { end: m.end, spans: [] };
  if (entry.type === 'pin' && pinKind(entry.pin) === 'person') {
    const name = nameWords(tokens, i, m.end);
    return {
      end: m.end,
      spans: [{ type: 'person', a: i, b: m.end, name, role: null, affiliation: null, gender: genderOfGivenName(name[0]!), titled: true, surnameOnly: false, pin: entry.pin, context: name.join(' ') }],
    };
  }
  if (entry.type === 'metonym' && isLocative(tokens, i, m.end)) return { end: m.end, spans: [] };
  const seed = seedOfEntry(entry);
  if (!seed) return null;
  // "Russian officials", "U.S. troops", "the Ukrainian government", "China's coast guard"
  if (entry.type === 'country' || entry.type === 'demonym') {
    const via = entry.type === 'country' ? 'country' : 'demonym';
    // the demonym as written ("Philippine"), else the country's adjective ("China's" -> "Chinese")
    const adjective = entry.type === 'demonym' ? tokens.slice(i, m.end).map((t) => t.text).join(' ') : entry.country.adjective;
    const institution = institutionAt(tokens, m.end, entry.country, adjective);
    if (institution) return { end: institution.end, spans: [{ type: 'actor', a: i, b: institution.end, seed: institution.seed, via }] };
    const noun = tokens[m.end];
    if (noun?.word && !noun.cap && !tokens[m.end - 1]!.possessive) {
      const group = groupOf(entry.country.adjective, noun, seed.id);
      if (group) return { end: m.end + 1, spans: [{ type: 'actor', a: i, b: m.end + 1, seed: group, via }] };
    }
  }
  const via = entry.type === 'organization' ? 'organization' : entry.type === 'demonym' ? 'demonym' : entry.type === 'pin' ? 'alias' : 'country';
  if (entry.type === 'organization' && seed.kind !== 'organization') return null;
  return { end: m.end, spans: [{ type: 'actor', a: i, b: m.end, seed, via }] };
}

/**
 * "Russian officials" -> the group "Russian officials"; "U.S. troops" -> the organization "U.S.
 * military"; "the Ukrainian government" -> Ukraine itself.
 */
function groupOf(adjective: string, noun: Token, country: string | null): Seed | null {
  const n = noun.text.toLowerCase();
  if (STATE_NOUNS.has(n)) return country ? seedOfId(country) : null;
  if (FORCE_NOUNS.has(n)) return militaryOf(adjective, country);
  if (!OFFICIAL_NOUNS.has(n)) return null;
  const name = `${adjective} ${n}`;
  return { id: slugify(name), name, kind: 'group', affiliation: country };
}

function militaryOf(adjective: string, country: string | null): Seed {
  const name = `${adjective} military`;
  const known = seedOfId(slugify(name));
  return known ?? { id: slugify(name), name, kind: 'organization', affiliation: country };
}

const titleCase = (w: string) => w.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** "coast guard" after "Chinese"/"China's" at k: the organization "Chinese Coast Guard". */
function institutionAt(tokens: Token[], k: number, country: Country, adjective: string): { end: number; seed: Seed } | null {
  for (const words of INSTITUTION_NOUNS) {
    if (!words.every((w, n) => tokens[k + n]?.text.toLowerCase() === w && !tokens[k + n]!.cap)) continue;
    const phrase = words.join(' ');
    if (phrase === 'military' || phrase === 'armed forces') return { end: k + words.length, seed: militaryOf(country.adjective, country.id) };
    const name = `${adjective} ${words.map(titleCase).join(' ')}`;
    return { end: k + words.length, seed: { id: slugify(name), name, kind: 'organization', affiliation: country.id } };
  }
  return null;
}

/** "the West", "Western officials": a bloc, not a country. */
export function ruleBloc(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  const adjective = WESTERN.get(t.text);
  if (!adjective) return null;
  const next = tokens[i + 1];
  if (next?.word && !next.cap && (OFFICIAL_NOUNS.has(lower(next)) || FORCE_NOUNS.has(lower(next)))) {
    return { end: i + 2, spans: [{ type: 'actor', a: i, b: i + 2, seed: groupOf(adjective, next, null)!, via: 'demonym' }] };
  }
  if (t.text === 'West' && lower(tokens[i - 1]) === 'the' && !next?.cap) {
    return { end: i + 1, spans: [{ type: 'actor', a: i, b: i + 1, seed: { id: 'west', name: 'West', kind: 'group', affiliation: null }, via: 'alias' }] };
  }
  return null;
}
