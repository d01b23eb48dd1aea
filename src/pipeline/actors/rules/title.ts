/**
 * Titles: a body before an office ("<Body> press secretary"), a long office with a rank after it
 * ("Chairman of <board> Gen."), an honorific ("Mr."): the affiliation before the title, the title
 * words, a complement ("of State", "to the United Nations") and ranks; and titles in apposition
 * after a name ("<Name>, a spokeswoman for ...").
 */
import { HONORIFIC_GENDER, HONORIFICS, TITLE_ABBREVIATIONS, TITLE_GENDER, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.ts';
import { matchPlacePattern } from '../places.ts';
import { slugify } from '../slug.ts';
import type { Token } from '../tokens.ts';
import { FUNCTION_WORDS } from '../words.ts';
import { isNameWord, lower } from './names.ts';
import { rulePatternOrganization } from './organization.ts';
import { perToken } from './per-token.ts';
import { rulePhrase } from './phrase.ts';
import type { Gender, ScanContext, Seed } from './types.ts';

/** Heads whose "of X" is a place, not an organization: "governor of Bursa", "mayor of Kharkiv". */
const PLACE_HEADS = new Set(['governor', 'mayor', 'sheriff', 'councillor', 'councilor', 'alderman', 'senator', 'representative']);

/** A title's head word, or a hyphenated compound ending in one: "Director-General", "vice-president". */
export function isTitleHead(word: string): boolean {
  if (TITLE_HEADS.has(word)) return true;
  // asked of every token a title parse reaches: split only what is hyphenated
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length > 1 && TITLE_HEADS.has(parts.at(-1)!) && parts.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w));
}

/** A country, organization or other known actor at k, by lexicon or by pattern ("North Korea's Defense Ministry"). */
export function matchActor(tokens: Token[], k: number, ctx: ScanContext): { end: number; seed: Seed } | null {
  return actorsAt(tokens, k, ctx)[0] ?? null;
}

/**
 * The readings found at each token of a sentence, by its token list (one list per scan, with one
 * context): a title is parsed at every token, twice (with and without a loose complement), and
 * each parse asks for the actors at its start and after each reading.
 */
const READINGS = new WeakMap<Token[], (readonly { end: number; seed: Seed }[] | undefined)[]>();

/** Every reading of an actor at k, longest first: "White House Chief of Staff" (a pattern) and "White House". */
function actorsAt(tokens: Token[], k: number, ctx: ScanContext): readonly { end: number; seed: Seed }[] {
  let known = READINGS.get(tokens);
  if (!known) READINGS.set(tokens, (known = []));
  return (known[k] ??= readActorsAt(tokens, k, ctx));
}

/** The pattern organization at each token, found once per token list (the scan asks too). */
export const patternOrganizationAt = perToken(rulePatternOrganization);
/** The lexicon phrase at each token, found once per token list (the scan asks too). */
export const phraseAt = perToken(rulePhrase);

/** No reading: shared, as most tokens have none (callers only read a reading list). */
const NO_READINGS: readonly { end: number; seed: Seed }[] = Object.freeze([]);

function readActorsAt(tokens: Token[], k: number, ctx: ScanContext): readonly { end: number; seed: Seed }[] {
  const pattern = patternOrganizationAt(tokens, k, ctx);
  const phrase = phraseAt(tokens, k, ctx);
  const a = pattern?.spans[0]?.type === 'actor' ? pattern : null;
  const b = phrase?.spans[0]?.type === 'actor' ? phrase : null;
  if (!a && !b) return NO_READINGS;
  const out: { end: number; seed: Seed }[] = [];
  for (const p of [a, b]) {
    const span = p?.spans[0];
    if (p && span?.type === 'actor') out.push({ end: p.end, seed: span.seed });
  }
  return out.sort((x, y) => y.end - x.end);
}

/** Does a title word start at k? */
function titleWordAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word) return false;
  const lw = t.text.toLowerCase();
  return TITLE_ABBREVIATIONS.has(t.text) || HONORIFICS.has(t.text) || isTitleHead(lw) || TITLE_MODIFIERS.has(lw);
}

/** A token as a title word: lower-cased, without "then-", "ex-", "former-". */
function titleWordForm(t: Token): string {
  const lw = t.text.toLowerCase();
  return lw.includes('-') ? lw.replace(/^(?:then|ex|former)-/, '') : lw;
}

/** Would `takeWords` (in `parseTitle`) take the token as the first of a title's words? */
function opensTitleWords(t: Token | undefined): boolean {
  if (!t?.word) return false;
  if (TITLE_ABBREVIATIONS.has(t.text) || HONORIFICS.has(t.text)) return true;
  const lw = titleWordForm(t);
  return isTitleHead(lw) || TITLE_MODIFIERS.has(lw);
}

export interface Title {
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
export function parseTitle(tokens: Token[], j: number, ctx: ScanContext, looseComplement = false): Title | null {
  let k = j;
  let affiliation: Seed | null = null;
  let gender: Gender = null;
  // affiliation modifiers: "U.S.", "Russian", "Pentagon", "Russia's"
  // the longest reading that a title follows: "White House | chief of staff Jeff Zients", not
  // the pattern organization "White House Chief of Staff"
  for (let n = 0; n < 2; n++) {
    const readings = actorsAt(tokens, k, ctx);
    const m = readings.find((r) => titleWordAt(tokens, r.end) || actorsAt(tokens, r.end, ctx).length > 0);
    if (!m) break;
    affiliation = m.seed;
    k = m.end;
  }
  const wordsStart = k;
  // a title parse is tried at every token of every sentence: when no title word opens here,
  // `takeWords` below would take nothing and the parse would fail, so fail before setting it up
  if (!opensTitleWords(tokens[k])) return null;
  const words: string[] = [];
  let lastHead = -1;
  let head: string | null = null;
  let abbreviations: string[] = [];
  let honorific = false;
  const takeWords = (ranksOnly = false) => {
    while (k < tokens.length && tokens[k]!.word) {
      const t = tokens[k]!;
      const lw = titleWordForm(t);
      const abbreviation = TITLE_ABBREVIATIONS.get(t.text);
      if (abbreviation !== undefined) abbreviations.push(abbreviation);
      else if (ranksOnly && !HONORIFICS.has(t.text)) break;
      else if (HONORIFICS.has(t.text)) {
        honorific = true;
        gender = HONORIFIC_GENDER.get(t.text) ?? gender;
      } else if (isTitleHead(lw) || TITLE_MODIFIERS.has(lw)) {
        words.push(lw);
        if (isTitleHead(lw)) {
          lastHead = words.length;
          head = lw;
          gender = TITLE_GENDER.get(lw) ?? gender;
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
    takeWords(true); // a rank after the complement: "Chairman of <board> Gen. <Name>"
  }
  if (!role && abbreviations.length) role = abbreviations.join(' ');
  if (!head && abbreviations.length) head = abbreviations.at(-1)!.split(' ').at(-1)!;
  return { wordsStart, end: k, role: role || null, head, affiliation, gender, honorific };
}

/**
 * A title in apposition after a name: "<Name>, a spokeswoman for <country>'s <ministry>, said";
 * "Arturo Delos Santos, the defense secretary,"; "Sergei Lavrov, Russia's foreign minister,".
 */
export function appositiveTitle(tokens: Token[], e: number, ctx: ScanContext): Title | null {
  if (tokens[e]?.text !== ',') return null;
  const article = ['the', 'a', 'an'].includes(lower(tokens[e + 1]));
  const start = article ? e + 2 : e + 1;
  if (!article && !tokens[start]?.cap) return null;
  const title = parseTitle(tokens, start, ctx, true);
  if (!title?.role || !title.head || title.honorific) return null;
  // the apposition must close where the title does: ", the defense secretary," / "... secretary."
  const after = tokens[title.end];
  if (after && after.word) return null;
  // "<adverb>, the governor of <province>, <Name>, <verb>": the title belongs to the name after it
  if (after?.text === ',' && isNameWord(tokens[title.end + 1])) return null;
  if (!article && !title.affiliation) return null;
  return title;
}
