/** Rule: organizations by pattern: "82nd Airborne Division", "Russian Defense Ministry", "Ministry of Foreign Affairs", "Acme Corp.". */
import type { Country } from '../lexicon/countries.ts';
import { ORGANIZATION_HEADS, ORGANIZATION_OPENERS } from '../lexicon/organizations.ts';
import { slugify } from '../slug.ts';
import type { Token } from '../tokens.ts';
import { FUNCTION_WORDS } from '../words.ts';
import { lower } from './names.ts';
import { seedOfId } from './seeds.ts';
import type { Proposal, ScanContext, Seed } from './types.ts';

/**
 * Words of an organization's name that need the country to tell it apart: "Defense Ministry",
 * "Coast Guard" (every country has one), as opposed to "Lazarus Group" (there is one).
 */
const GENERIC_ORG_WORDS = new Set([
  'defense', 'defence', 'foreign', 'interior', 'health', 'finance', 'justice', 'economy', 'trade', 'armed',
  'coast', 'national', 'state', 'security', 'intelligence', 'emergency', 'navy', 'naval', 'air', 'space',
  'border', 'federal', 'central', 'supreme', 'constitutional', 'electoral', 'election', 'affairs', 'general',
  'staff', 'joint', 'chiefs', 'of', 'and', 'the', 'for', 'special', 'military', 'public', 'internal',
  'home', 'energy', 'education', 'agriculture', 'environment', 'transport', 'culture', 'labor', 'labour',
  'marine', 'corps', 'police', 'forces', 'force', 'guard', 'army', 'ministry', 'department', 'office',
  'council', 'committee', 'commission', 'agency', 'service', 'services', 'parliament', 'assembly', 'court',
  'cabinet', 'government', 'bank', 'embassy', 'consulate', 'administration', 'authority', 'bureau',
]);

/** "82nd Airborne Division", "Russian Defense Ministry", "Ministry of Foreign Affairs", "Acme Corp.", "Macron administration". */
export function rulePatternOrganization(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  let k = i;
  let country: Country | null = null;
  let modifier: 'demonym' | 'possessive' | 'name' | null = null;
  const m = ctx.index.match(tokens, k);
  if (m && (m.entries[0]!.type === 'country' || m.entries[0]!.type === 'demonym')) {
    country = (m.entries[0] as { country: Country }).country;
    modifier = tokens[m.end - 1]!.possessive ? 'possessive' : m.entries[0]!.type === 'demonym' ? 'demonym' : 'name';
    k = m.end;
  }
  const startWords = k;
  if (/^\d+(?:st|nd|rd|th)$/.test(tokens[k]?.text ?? '')) k++;
  const capWord = (t: Token | undefined) => !!t?.word && t.cap && !FUNCTION_WORDS.has(t.text);
  // "and", "of", "for" inside a name: "Disaster and Emergency Management Authority"
  const joiner = (e: number, first: number) => e > first && ['and', 'of', 'for', '&'].includes(tokens[e]?.text ?? '') && capWord(tokens[e + 1]);
  let end: number | null = null;
  if (ORGANIZATION_OPENERS.has(tokens[k]?.text ?? '') && ['of', 'for'].includes(lower(tokens[k + 1]))) {
    let e = k + 2;
    if (lower(tokens[e]) === 'the') e++;
    const first = e;
    while (capWord(tokens[e]) || joiner(e, first)) {
      e++;
      if (tokens[e - 1]!.possessive) break;
    }
    if (e > first) end = e;
  } else {
    // the longest run of capitalized words that ends in an organization word: "Korean Central News Agency"
    let e = k;
    let lastHead = -1;
    while (e < tokens.length && e - k < 6 && (capWord(tokens[e]) || joiner(e, k))) {
      if (ORGANIZATION_HEADS.has(tokens[e]!.text)) lastHead = e;
      e++;
      if (tokens[e - 1]!.possessive) break;
    }
    if (lastHead > k && !tokens[lastHead]!.possessive) {
      end = lastHead + 1;
      // "International Organization for Migration": the head's own "for X", the whole run
      if (lower(tokens[end]) === 'for' && e > end + 1) end = e;
      // "Permanent Court of Arbitration", "Armed Forces of the Philippines": the head's own "of X"
      else if (lower(tokens[end]) === 'of') {
        const the = lower(tokens[end + 1]) === 'the' ? 1 : 0;
        const place = ctx.index.match(tokens, end + 1 + the);
        const kind = place?.entries[0]!.type;
        if (place && (kind === 'country' || kind === 'place')) end = place.end;
        else if (!the && e > end + 1) end = e;
      }
    }
    else if (lastHead === k && modifier === 'name' && e > k + 1) end = e; // "U.S. Forces Korea"
    else if (e > startWords && !country && tokens[e]?.word && ['administration', 'government'].includes(tokens[e]!.text)) end = e + 1;
  }
  if (end === null || end <= startWords) return null;
  // "Armed Forces of the Philippines", "Ministry of Defense of Ukraine": the country it belongs to
  let ofCountry: Country | null = null;
  for (let n = startWords + 1; n < end && !country; n++) {
    const m = ['of', 'the'].includes(lower(tokens[n - 1])) ? ctx.index.match(tokens, n) : null;
    if (m && m.end <= end && m.entries[0]!.type === 'country') ofCountry = (m.entries[0] as { country: Country }).country;
  }
  const words = tokens.slice(startWords, end).map((t) => t.text);
  if (words.length === 1 && /^(?:Department|Ministry|Office)$/.test(words[0]!)) return null;
  const rest = words.join(' ');
  // A name every country has ("Defense Ministry", "Coast Guard") keeps its country: "China's coast
  // guard" and "Chinese Coast Guard" are one "Chinese Coast Guard"; a name of its own ("Lazarus
  // Group") needs none, unless the country is part of it ("U.S. Forces Korea").
  const generic = words.every((w) => GENERIC_ORG_WORDS.has(w.toLowerCase()));
  const written = tokens.slice(i, end).map((t) => t.text).join(' ');
  // A military unit ("U.S. 82nd Airborne Division") is named without its country and belongs
  // to the country's military where the lexicon knows it ("U.S. military"), else to the country.
  const unit = /^\d/.test(rest);
  const name = !country || unit ? rest : generic ? (modifier === 'demonym' ? written : `${country.adjective} ${rest}`) : modifier === 'name' ? written : rest;
  const military = country && unit ? seedOfId(slugify(`${country.adjective} military`)) : null;
  const seed: Seed = { id: slugify(name), name, kind: 'organization', affiliation: military?.id ?? country?.id ?? ofCountry?.id ?? null };
  return { end, spans: [{ type: 'actor', a: i, b: end, seed, via: 'organization' }] };
}
