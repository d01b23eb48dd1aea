/**
 * Stage 4a: find what in one sentence names (or refers to) an actor. Each rule proposes a span
 * starting at a word; the longest span wins, ties go to the earlier rule in RULE_ORDER (a pinned
 * phrase beats "President X", which beats a lexicon phrase, which beats a pattern organization,
 * a pattern place, and last a bare capitalized name). Who a surname, a role or a pronoun stands for
 * is decided later, over the whole article (./resolve.ts).
 */
import type { ActorPin } from '../../schema/actor.ts';
import type { ActorKind } from '../../schema/actor.ts';
import { genderOfGivenName, isGivenName } from './lexicon/first-names.ts';
import { countryById, type Country } from './lexicon/countries.ts';
import { organizationById, ORGANIZATION_HEADS, ORGANIZATION_OPENERS } from './lexicon/organizations.ts';
import {
  ANAPHORIC_HEADS, HONORIFIC_GENDER, HONORIFICS, TITLE_ABBREVIATIONS, TITLE_GENDER, TITLE_HEADS, TITLE_MODIFIERS,
} from './lexicon/titles.ts';
import type { Entry, PhraseIndex } from './gazetteer.ts';
import { isLocative, matchPlacePattern } from './places.ts';
import { slugify } from './slug.ts';
import type { Token } from './tokens.ts';
import { PLACE_CLOSERS } from './places.ts';
import {
  FORCE_NOUNS, FUNCTION_WORDS, INSTITUTION_NOUNS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, OFFICIAL_NOUNS, PRONOUNS, REPORTING_VERBS,
  ROLE_FOLLOWERS, STATE_NOUNS,
} from './words.ts';

export type Gender = 'm' | 'f' | null;

/** A non-person actor as the rules see it: enough to add it to the article's actors. */
export interface Seed {
  id: string;
  name: string;
  kind: Exclude<ActorKind, 'person'>;
  affiliation: string | null;
}

interface Base {
  /** UTF-16 offsets into the sentence */
  start: number;
  end: number;
  text: string;
  quoted: boolean;
}

export type Span = Base &
  (
    | {
        type: 'person';
        /** the name's words, title and honorific left out: ["Jen", "Pskai"] */
        name: string[];
        role: string | null;
        affiliation: Seed | null;
        gender: Gender;
        /** named with a title or honorific: a single word is a surname all the same */
        titled: boolean;
        /** after an honorific ("Mr Delos Santos"): every word is the surname */
        surnameOnly: boolean;
        pin: ActorPin | null;
        /** the words around the name, for "President Biden" pinned as an alias */
        context: string;
      }
    | { type: 'candidate'; name: string[]; cue: boolean }
    | { type: 'actor'; seed: Seed; via: 'organization' | 'country' | 'demonym' | 'alias' }
    | { type: 'role'; head: string; role: string; affiliation: Seed | null }
    | { type: 'pronoun'; gender: 'm' | 'f' }
    /** an unknown all-capitals word ("AFAD"): an actor if the article spelled it out before, "(AFAD)" */
    | { type: 'acronym' }
  );

/** What the rules may know about the whole article. */
export interface ScanContext {
  index: PhraseIndex;
  /** words the article uses in lower case: a capitalized one at a sentence start is no name */
  lowercaseWords: Set<string>;
}

export function seedOfCountry(c: Country): Seed {
  return { id: c.id, name: c.name, kind: 'country', affiliation: null };
}

/** The actor an id of the lexicons stands for (countries, organizations). */
export function seedOfId(id: string): Seed | null {
  const c = countryById(id);
  if (c) return seedOfCountry(c);
  const o = organizationById(id);
  if (o) return { id: o.id, name: o.name, kind: 'organization', affiliation: o.affiliation };
  return null;
}

/** Kind of a pinned actor when the editor gave none: a lexicon's, an organization's head word, else a person. */
export function pinKind(pin: ActorPin): ActorKind {
  if (pin.kind) return pin.kind;
  const known = seedOfId(slugify(pin.name));
  if (known) return known.kind;
  const last = pin.name.split(/\s+/).at(-1) ?? '';
  return ORGANIZATION_HEADS.has(last) || /^[A-Z]{2,}$/.test(pin.name) ? 'organization' : 'person';
}

function seedOfEntry(e: Entry): Seed | null {
  switch (e.type) {
    case 'country':
    case 'demonym':
      return seedOfCountry(e.country);
    case 'organization':
      return { id: e.organization.id, name: e.organization.name, kind: 'organization', affiliation: e.organization.affiliation };
    case 'metonym':
      return seedOfId(e.actor);
    case 'pin': {
      const kind = pinKind(e.pin);
      if (kind === 'person') return null;
      return { id: slugify(e.pin.name), name: e.pin.name, kind, affiliation: e.pin.affiliation ? slugify(e.pin.affiliation) : null };
    }
    default:
      return null;
  }
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** A word that can be part of a name: capitalized, or "al-Assad"-style. */
function isNameWord(t: Token | undefined): boolean {
  if (!t?.word) return false;
  if (NOT_NAME_WORDS.has(t.text) || HONORIFICS.has(t.text) || t.text in TITLE_ABBREVIATIONS) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false; // an acronym (NATO) or a headline word
  return t.cap || /^(?:al|el|ad|as|bin|ibn|abu|de|van|von|d)[-'’]\p{Lu}/u.test(t.text);
}

/** Names longer than this are lists or headlines, not one person. */
const MAX_NAME_WORDS = 4;

/** End of a name starting at k (a run of name words with particles, initials and suffixes), or k. */
function nameEnd(tokens: Token[], k: number, ctx: ScanContext): number {
  let e = k;
  let words = 0;
  while (e < tokens.length && words < MAX_NAME_WORDS) {
    const t = tokens[e]!;
    // "Defense Secretary", "Coast Guard", "Sabina Shoal": a title, an organization or a place word ends a name
    const titleWord = TITLE_HEADS.has(t.text.toLowerCase());
    // "Philippine Defense Secretary Arturo ...": a title inside a run starts another name; "Martin Luther King said" does not
    const titleStartsName = titleWord && (words === 0 || isNameWord(tokens[e + 1]) || (tokens[e + 1]?.text ?? '') in TITLE_ABBREVIATIONS);
    if (isNameWord(t) && (titleStartsName || ORGANIZATION_HEADS.has(t.text) || PLACE_CLOSERS.has(t.text))) {
      if (words > 0 && !titleWord) return k; // "Korean Central News Agency" is no person
      break;
    }
    if (isNameWord(t)) {
      // a country, organization or place ends a name ("Biden Russia"), and starts none, but for a
      // capital that is also a given name ("Paris Hilton"); after a given name, a one-word country
      // or city is a surname ("Michael Jordan", "Kerry Washington")
      const m = ctx.index.match(tokens, e);
      const type = m?.entries[0]!.type;
      if (m && type !== 'pin') {
        const opens = words === 0 && type === 'metonym';
        const surname = words > 0 && m.end === e + 1 && (type === 'country' || type === 'metonym' || type === 'place') &&
          isGivenName(tokens[e - 1]!.text) && !isNameWord(tokens[e + 1]);
        if (!opens && !surname) break;
      }
      e++;
      words++;
      if (t.possessive) break;
    } else if (words > 0 && NAME_PARTICLES.has(t.text)) {
      // "von der Leyen", "de la Fuente": particles count only when a name word follows them
      let p = e;
      while (NAME_PARTICLES.has(tokens[p]?.text ?? '')) p++;
      if (!isNameWord(tokens[p])) break;
      e = p;
    } else if (words > 0 && /^\p{Lu}\.$/u.test(t.text)) {
      e++;
    } else if (words > 0 && NAME_SUFFIXES.has(t.text)) {
      e++;
      break;
    } else break;
  }
  return words > 0 ? e : k;
}

/** Words naming the person: the name's tokens less particles' spacing ("Charles de Gaulle" keeps "de"). */
function nameWords(tokens: Token[], a: number, b: number): string[] {
  return tokens.slice(a, b).map((t) => t.text);
}

/** The next word after [.., e), skipping an aside: "Zelenskyy, though, said". */
function wordAfter(tokens: Token[], e: number): Token | undefined {
  if (tokens[e]?.text === ',' && tokens[e + 2]?.text === ',' && ['though', 'however', 'meanwhile', 'too', 'also', 'instead'].includes(lower(tokens[e + 1]))) {
    return tokens[e + 3];
  }
  if (tokens[e]?.text === ',') return undefined;
  return tokens[e];
}

/** "Kirby said", "said Kirby", "according to Kirby": the name is someone speaking. */
function hasSpeechCue(tokens: Token[], a: number, e: number): boolean {
  if (REPORTING_VERBS.has(lower(wordAfter(tokens, e)))) return true;
  const prev = lower(tokens[a - 1]);
  if (['said', 'says', 'added', 'told', 'asked', 'wrote'].includes(prev)) return true;
  return prev === 'to' && lower(tokens[a - 2]) === 'according';
}

/** Heads whose "of X" is a place, not an organization: "governor of Bursa", "mayor of Kharkiv". */
const PLACE_HEADS = new Set(['governor', 'mayor', 'sheriff', 'councillor', 'councilor', 'alderman', 'senator', 'representative']);

/** A title's head word, or a hyphenated compound ending in one: "Director-General", "vice-president". */
function isTitleHead(word: string): boolean {
  if (TITLE_HEADS.has(word)) return true;
  const parts = word.split('-');
  return parts.length > 1 && TITLE_HEADS.has(parts.at(-1)!) && parts.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w));
}

/** A country, organization or other known actor at k, by lexicon or by pattern ("North Korea's Defense Ministry"). */
function matchActor(tokens: Token[], k: number, ctx: ScanContext): { end: number; seed: Seed } | null {
  const phrase = rulePhrase(tokens, k, ctx);
  const span = phrase?.spans[0];
  const m = phrase && span?.type === 'actor' ? { end: phrase.end } : null;
  const seed = span?.type === 'actor' ? span.seed : null;
  const org = rulePatternOrganization(tokens, k, ctx);
  const orgSeed = org?.spans[0]?.type === 'actor' ? org.spans[0].seed : null;
  if (org && orgSeed && (!m || !seed || org.end > m.end)) return { end: org.end, seed: orgSeed };
  return m && seed ? { end: m.end, seed } : null;
}

interface Title {
  /** token index after the affiliation modifiers ("Pentagon", "Russian"), where the title words start */
  wordsStart: number;
  /** token index after the title (and its complement, rank and honorific) */
  end: number;
  role: string | null;
  head: string | null;
  affiliation: Seed | null;
  gender: Gender;
  honorific: boolean;
}

/** Complement words after "of"/"for" that belong to the title: "Secretary of State", "Minister of Foreign Affairs". */
const COMPLEMENT_WORDS = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'homeland', 'security', 'energy', 'commerce', 'health',
  'treasury', 'interior', 'justice', 'education', 'agriculture', 'labor', 'labour', 'transportation',
  'veterans', 'housing', 'staff', 'armed', 'forces', 'intelligence', 'national', 'public', 'economy',
  'finance', 'trade', 'the', 'and', 'human', 'services', 'development', 'internal', 'emergency', 'situations',
]);

/** A title at j: modifiers ("Pentagon", "Russian"), title words, a complement, ranks and honorifics. */
function parseTitle(tokens: Token[], j: number, ctx: ScanContext, looseComplement = false): Title | null {
  let k = j;
  let affiliation: Seed | null = null;
  let gender: Gender = null;
  // affiliation modifiers: "U.S.", "Russian", "Pentagon", "Russia's"
  for (let n = 0; n < 2; n++) {
    const m = matchActor(tokens, k, ctx);
    if (!m) break;
    affiliation = m.seed;
    k = m.end;
  }
  const wordsStart = k;
  const words: string[] = [];
  let lastHead = -1;
  let head: string | null = null;
  let abbreviations: string[] = [];
  let honorific = false;
  const takeWords = (ranksOnly = false) => {
    while (k < tokens.length && tokens[k]!.word) {
      const t = tokens[k]!;
      const lw = t.text.toLowerCase().replace(/^(?:then|ex|former)-/, '');
      if (t.text in TITLE_ABBREVIATIONS) abbreviations.push(TITLE_ABBREVIATIONS[t.text]!);
      else if (ranksOnly && !HONORIFICS.has(t.text)) break;
      else if (HONORIFICS.has(t.text)) {
        honorific = true;
        gender = HONORIFIC_GENDER[t.text] ?? gender;
      } else if (isTitleHead(lw) || TITLE_MODIFIERS.has(lw)) {
        words.push(lw);
        if (isTitleHead(lw)) {
          lastHead = words.length;
          head = lw;
          gender = TITLE_GENDER[lw] ?? gender;
        }
      } else break;
      k++;
      if (t.possessive) break;
    }
  };
  takeWords();
  if (lastHead < 0 && abbreviations.length === 0 && !honorific) return null;
  // trailing modifiers are not part of the title: "the president first" -> "president"
  if (lastHead >= 0 && lastHead < words.length) {
    k -= words.length - lastHead;
    words.length = lastHead;
  }
  let role = words.join(' ');
  // complement: "of the Joint Chiefs of Staff", "to the United Nations", "of State"
  const prep = lower(tokens[k]);
  if (lastHead >= 0 && ['of', 'for', 'to'].includes(prep) && !tokens[k - 1]!.possessive) {
    let c = k + 1;
    const the = lower(tokens[c]) === 'the' ? 1 : 0;
    c += the;
    const m = matchActor(tokens, c, ctx);
    if (m) {
      role += ` ${prep} ${tokens.slice(k + 1, m.end).map((t) => (t.possessive ? `${t.text}'s` : t.text)).join(' ')}`;
      // "chairman of X", "spokeswoman for X": X is where they belong; an ambassador "to" X is not X's
      if (prep !== 'to' && !affiliation) affiliation = m.seed;
      k = m.end;
    } else {
      let e = c;
      while (e < tokens.length && tokens[e]!.word && COMPLEMENT_WORDS.has(lower(tokens[e])) && lower(tokens[e]) !== 'the') e++;
      if (e > c) {
        role += ` ${prep} ${tokens.slice(k + 1, e).map((t) => t.text.toLowerCase()).join(' ')}`;
        k = e;
      } else if (looseComplement && prep !== 'to') {
        // after a name, nothing follows the title but its organization: "Elon Musk, the chief executive of Tesla,"
        let r = c;
        while (tokens[r]?.word && tokens[r]!.cap && !FUNCTION_WORDS.has(tokens[r]!.text)) r++;
        if (r > c && !tokens[r]?.word) {
          const name = tokens.slice(c, r).map((t) => t.text).join(' ');
          role += ` ${prep} ${tokens.slice(k + 1, r).map((t) => t.text).join(' ')}`;
          // a place ("governor of Bursa") is in the role, but no organization to belong to
          const place = ctx.index.match(tokens, c)?.entries[0]?.type === 'place' || matchPlacePattern(tokens, c) !== null || PLACE_HEADS.has(head ?? '');
          if (!place) affiliation ??= { id: slugify(name), name, kind: 'organization', affiliation: null };
          k = r;
        }
      }
    }
    takeWords(true); // a rank after the complement: "Chairman of the Joint Chiefs of Staff Gen. Mark Milley"
  }
  if (!role && abbreviations.length) role = abbreviations.join(' ');
  if (!head && abbreviations.length) head = abbreviations.at(-1)!.split(' ').at(-1)!;
  return { wordsStart, end: k, role: role || null, head, affiliation, gender, honorific };
}

/** A span before it has offsets: token indices [a, b) instead. */
type Draft = (Span extends infer S ? (S extends Span ? Omit<S, 'start' | 'end' | 'text' | 'quoted'> : never) : never) & { a: number; b: number };

/**
 * A title in apposition after a name: "Lin Mei, a spokeswoman for China's foreign ministry, said";
 * "Arturo Delos Santos, the defense secretary,"; "Sergei Lavrov, Russia's foreign minister,".
 */
function appositiveTitle(tokens: Token[], e: number, ctx: ScanContext): Title | null {
  if (tokens[e]?.text !== ',') return null;
  const article = ['the', 'a', 'an'].includes(lower(tokens[e + 1]));
  const start = article ? e + 2 : e + 1;
  if (!article && !tokens[start]?.cap) return null;
  const title = parseTitle(tokens, start, ctx, true);
  if (!title?.role || !title.head || title.honorific) return null;
  // the apposition must close where the title does: ", the defense secretary," / "... secretary."
  const after = tokens[title.end];
  if (after && after.word) return null;
  // "Overnight, the governor of Bursa, Ahmet Kaya, ordered": the title belongs to the name after it
  if (after?.text === ',' && isNameWord(tokens[title.end + 1])) return null;
  if (!article && !title.affiliation) return null;
  return title;
}

interface Proposal {
  end: number;
  spans: Draft[];
}

/** "President Joe Biden", "Pentagon press secretary John Kirby", "Mr. Putin"; or a role alone: "the secretary". */
function ruleTitledPerson(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  const title = parseTitle(tokens, i, ctx);
  if (!title) return null;
  // "Argentina's economy minister, Sergio Massa, flew ...", "the governor of Bursa, Ahmet Kaya,":
  // the name in apposition after the title
  const loose = parseTitle(tokens, i, ctx, true)!;
  if (loose.role && tokens[loose.end]?.text === ',' && (loose.affiliation || ['the', 'a', 'an'].includes(lower(tokens[i - 1])))) {
    const title = loose;
    const a = title.end + 1;
    const b = nameEnd(tokens, a, ctx);
    if (b > a && (tokens[b]?.text === ',' || !tokens[b] || !tokens[b]!.word)) {
      const name = nameWords(tokens, a, b);
      return {
        end: b,
        spans: [{
          type: 'person', a, b, name, role: title.role, affiliation: title.affiliation, surnameOnly: false,
          gender: title.gender ?? (name.length > 1 ? genderOfGivenName(name[0]!) : null), titled: true, pin: null,
          context: tokens.slice(i, b).map((t) => t.text).join(' '),
        }],
      };
    }
  }
  const e = nameEnd(tokens, title.end, ctx);
  if (e > title.end) {
    const name = nameWords(tokens, title.end, e);
    const given = name.length > 1 ? genderOfGivenName(name[0]!) : null;
    // "Mr Delos Santos": after an honorific alone, a name not opening with a given name is all surname
    const surnameOnly = title.honorific && !title.role && name.length > 1 && !isGivenName(name[0]!);
    const appositive = title.role ? null : appositiveTitle(tokens, e, ctx);
    return {
      end: appositive?.end ?? e,
      spans: [{
        type: 'person', a: title.end, b: e, name, role: title.role ?? appositive?.role ?? null,
        affiliation: title.affiliation ?? appositive?.affiliation ?? null,
        gender: title.gender ?? appositive?.gender ?? given, titled: true, pin: null, surnameOnly,
        context: tokens.slice(i, e).map((t) => t.text).join(' '),
      }],
    };
  }
  // a role standing for a person: "the president said", "the secretary or", "Russia's president"
  const prev = lower(tokens[i - 1]);
  const last = tokens[title.end - 1]!;
  const next = tokens[title.end];
  const modifierPossessive = title.affiliation && tokens[i]!.possessive;
  if (!title.head || !ANAPHORIC_HEADS.has(title.head) || title.honorific) return null;
  if (prev !== 'the' && !modifierPossessive) return null;
  if (!(last.possessive || !next || !next.word || ROLE_FOLLOWERS.has(lower(next)))) return null;
  const roleStart = title.wordsStart;
  return {
    end: title.end,
    spans: [{ type: 'role', a: modifierPossessive ? i : roleStart, b: title.end, head: title.head, role: title.role ?? title.head, affiliation: title.affiliation }],
  };
}

const WESTERN: Record<string, string> = { West: 'West', Western: 'Western', European: 'European' };

/** Lexicon phrases: countries, demonyms, organizations, capitals used as actors, pinned names; "Russian officials". */
function rulePhrase(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
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
function ruleBloc(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  const adjective = WESTERN[t.text];
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
function rulePatternOrganization(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
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
  if (ORGANIZATION_OPENERS.has(tokens[k]?.text ?? '') && lower(tokens[k + 1]) === 'of') {
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
    if (lastHead > k && !tokens[lastHead]!.possessive) end = lastHead + 1;
    else if (lastHead === k && modifier === 'name' && e > k + 1) end = e; // "U.S. Forces Korea"
    else if (e > startWords && !country && tokens[e]?.word && ['administration', 'government'].includes(tokens[e]!.text)) end = e + 1;
  }
  if (end === null || end <= startWords) return null;
  const words = tokens.slice(startWords, end).map((t) => t.text);
  if (words.length === 1 && /^(?:Department|Ministry|Office)$/.test(words[0]!)) return null;
  const rest = words.join(' ');
  // A name every country has ("Defense Ministry", "Coast Guard") keeps its country: "China's coast
  // guard" and "Chinese Coast Guard" are one "Chinese Coast Guard"; a name of its own ("Lazarus
  // Group") needs none, unless the country is part of it ("U.S. Forces Korea").
  const generic = words.every((w) => GENERIC_ORG_WORDS.has(w.toLowerCase()));
  const written = tokens.slice(i, end).map((t) => t.text).join(' ');
  const name = !country ? rest : generic ? (modifier === 'demonym' ? written : `${country.adjective} ${rest}`) : modifier === 'name' ? written : rest;
  const seed: Seed = { id: slugify(name), name, kind: 'organization', affiliation: country?.id ?? null };
  return { end, spans: [{ type: 'actor', a: i, b: end, seed, via: 'organization' }] };
}

function rulePlace(tokens: Token[], i: number): Proposal | null {
  const end = matchPlacePattern(tokens, i);
  return end === null ? null : { end, spans: [] };
}

/** A capitalized name without a title: a person when it looks like one, else a candidate for later. */
function ruleName(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  if (!isNameWord(tokens[i])) return null;
  const e = nameEnd(tokens, i, ctx);
  if (e === i) return null;
  const name = nameWords(tokens, i, e);
  const cue = hasSpeechCue(tokens, i, e);
  // a given name opens it ("Jennifer Griffin"), unless that word is a place or country ("Washington Ledger")
  const givenFirst = isGivenName(name[0]!) && !ctx.index.match(tokens, i);
  const appositive = appositiveTitle(tokens, e, ctx);
  if ((name.length > 1 && (givenFirst || cue)) || (appositive && !ctx.index.match(tokens, i))) {
    return {
      end: appositive?.end ?? e,
      spans: [{
        type: 'person', a: i, b: e, name, role: appositive?.role ?? null, affiliation: appositive?.affiliation ?? null,
        gender: appositive?.gender ?? genderOfGivenName(name[0]!), titled: !!appositive, surnameOnly: false, pin: null, context: name.join(' '),
      }],
    };
  }
  return { end: e, spans: [{ type: 'candidate', a: i, b: e, name, cue }] };
}

function rulePronoun(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  const gender = PRONOUNS[t.text.toLowerCase()];
  if (!gender || t.quoted) return null; // inside a quote "he" is someone the speaker talks about
  return { end: i + 1, spans: [{ type: 'pronoun', a: i, b: i + 1, gender }] };
}

function ruleAcronym(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  if (!/^\p{Lu}{2,6}$/u.test(t.text)) return null;
  return { end: i + 1, spans: [{ type: 'acronym', a: i, b: i + 1 }] };
}

/** The rules in order of preference when two propose spans of the same length. */
const RULE_ORDER = [
  (t: Token[], i: number, c: ScanContext) => rulePronoun(t, i),
  ruleTitledPerson,
  rulePhrase,
  (t: Token[], i: number) => ruleBloc(t, i),
  rulePatternOrganization,
  (t: Token[], i: number) => rulePlace(t, i),
  ruleName,
  (t: Token[], i: number) => ruleAcronym(t, i),
];

/** Is token i the first word of its sentence (or of a quotation)? */
function sentenceInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k]!.word || /\d/.test(tokens[k]!.text)) return tokens[k]!.quoted !== tokens[i]!.quoted;
    if (tokens[k]!.text === ':' ) return true;
  }
  return true;
}

/** "Russia-Ukraine talks": a hyphenated compound of known names is those names. */
function splitCompounds(tokens: Token[], ctx: ScanContext): Token[] {
  return tokens.flatMap((t) => {
    if (!t.cap || !t.text.includes('-')) return [t];
    const parts: Token[] = [];
    let start = t.start;
    for (const p of t.text.split('-')) {
      parts.push({ ...t, text: p, start, end: start + p.length, cap: /^\p{Lu}/u.test(p), possessive: false });
      start += p.length + 1;
    }
    parts.at(-1)!.possessive = t.possessive;
    const known = parts.every((p, n) => ctx.index.match(parts, n)?.end === n + 1);
    return known ? parts : [t];
  });
}

export function scanSentence(text: string, words: Token[], ctx: ScanContext): Span[] {
  const tokens = splitCompounds(words, ctx);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    let best: Proposal | null = null;
    let byName = false;
    for (const rule of RULE_ORDER) {
      const p = rule(tokens, i, ctx);
      if (p && p.end > i && (!best || p.end > best.end)) {
        best = p;
        byName = rule === ruleName;
      }
    }
    // "Last week", "Yesterday Smith said": an ordinary word capitalized by its place is no name
    if (!best || (byName && sentenceInitial(tokens, i) && ctx.lowercaseWords.has(t.text.toLowerCase()))) {
      i++;
      continue;
    }
    for (const s of best.spans) {
      const start = tokens[s.a]!.start;
      const end = tokens[s.b - 1]!.end;
      const { a: _a, b: _b, ...rest } = s;
      out.push({ ...rest, start, end, text: text.slice(start, end), quoted: tokens[s.a]!.quoted } as Span);
    }
    i = best.end;
  }
  return out;
}
