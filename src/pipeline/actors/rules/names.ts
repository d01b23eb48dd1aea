/** Where a person's name starts and ends, and the cues that make a bare name a speaker. */
import { isGivenName } from '../lexicon/first-names.ts';
import { ORGANIZATION_HEADS } from '../lexicon/organizations.ts';
import { HONORIFICS, TITLE_ABBREVIATIONS, TITLE_HEADS } from '../lexicon/titles.ts';
import { PLACE_CLOSERS, PLACE_PREPOSITIONS } from '../places.ts';
import type { Token } from '../tokens.ts';
import { NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, REPORTING_VERBS } from '../words.ts';
import type { ScanContext } from './types.ts';
import { INVERTED_FORMS } from '../../linguistic/vocabulary/speech-verbs.ts';

export const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** A word that can be part of a name: capitalized, or "al-Assad"-style. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t?.word) return false;
  if (NOT_NAME_WORDS.has(t.text) || HONORIFICS.has(t.text) || TITLE_ABBREVIATIONS.has(t.text)) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false; // an acronym (NATO) or a headline word
  return t.cap || /^(?:al|el|ad|as|bin|ibn|abu|de|van|von|d)[-'’]\p{Lu}/u.test(t.text);
}

/** "Justices" -> "justice", "Presidents" -> "president": a title in the plural, before a list of names. */
export function pluralTitle(word: string): string | null {
  const lw = word.toLowerCase();
  if (!lw.endsWith('s')) return null;
  for (const singular of [lw.slice(0, -1), lw.slice(0, -2)]) if (TITLE_HEADS.has(singular)) return singular;
  return null;
}

/** Names longer than this are lists or headlines, not one person. */
export const MAX_NAME_WORDS = 4;

/** End of a name starting at k (a run of name words with particles, initials and suffixes), or k. */
export function nameEnd(tokens: Token[], k: number, ctx: ScanContext): number {
  let e = k;
  let words = 0;
  while (e < tokens.length && words < MAX_NAME_WORDS) {
    const t = tokens[e]!;
    // "Defense Secretary", "Coast Guard", "Sabina Shoal": a title, an organization or a place word ends a name
    const titleWord = TITLE_HEADS.has(t.text.toLowerCase()) || pluralTitle(t.text) !== null;
    // "Philippine Defense Secretary Arturo ...": a title inside a run starts another name; "Martin Luther King said" does not
    const titleStartsName = titleWord && (words === 0 || isNameWord(tokens[e + 1]) || TITLE_ABBREVIATIONS.has(tokens[e + 1]?.text ?? ''));
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
export function nameWords(tokens: Token[], a: number, b: number): string[] {
  return tokens.slice(a, b).map((t) => t.text);
}

/** Longest aside between a name and its verb ("Massa, who is also a candidate, said"), in words. */
const MAX_ASIDE_WORDS = 12;

/**
 * The next word after [.., e), skipping an aside: "Zelenskyy, though, said", "Smith, 45, said",
 * "Massa, who is also a presidential candidate, said", "Okafor, a local nurse, said".
 */
/** Words that open an aside that is no noun phrase: a preposition, a conjunction, an adverb. */
const NOT_APPOSITIVE_OPENERS = new Set(['until', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'while', 'when', 'where', 'although', 'though', 'however', 'meanwhile', 'also', 'too', 'according', 'speaking', 'as', 'if', 'because', 'since', 'despite', 'including', 'like', 'unlike', 'then', 'now', 'still', 'once', 'again', 'which', 'whose', 'not', 'and', 'or', 'but']);

export function wordAfter(tokens: Token[], e: number): Token | undefined {
  if (tokens[e]?.text !== ',') return tokens[e];
  const first = lower(tokens[e + 1]);
  const short = ['though', 'however', 'meanwhile', 'too', 'also', 'instead'].includes(first) || /^\d+$/.test(first);
  if (short && tokens[e + 2]?.text === ',') return tokens[e + 3];
  // an appositive noun phrase ("Demir, a local coordinator, said", "Demir, deputy head of the council, said") is as
  // much an aside as a relative clause
  // (not a phrase a preposition, conjunction or adverb opens: "Harbour, until recently a fish market, told")
  if (first === 'who' || tokens[e + 1]?.word && /^\p{Ll}/u.test(tokens[e + 1]!.text) && !NOT_APPOSITIVE_OPENERS.has(first)) {
    for (let k = e + 2; k < tokens.length && k <= e + MAX_ASIDE_WORDS; k++) {
      if (tokens[k]!.text === ',') return tokens[k + 1];
      if (!tokens[k]!.word && !/^(?:\d|['’]$)/.test(tokens[k]!.text)) return undefined;
    }
  }
  return undefined;
}

/** "Kirby said", "said Kirby", "according to Kirby": the name is someone speaking. */
export function hasSpeechCue(tokens: Token[], a: number, e: number): boolean {
  // "a rebel spokesman in Misrata, told Reuters": a name after a place preposition is where the speaker is
  if (PLACE_PREPOSITIONS.has(lower(tokens[a - 1]))) return false;
  if (REPORTING_VERBS.has(lower(wordAfter(tokens, e)))) return true;
  // "the ministry spokesman, Khalid al-Marri, told reporters": an appositive name before the verb
  if (tokens[e]?.text === ',' && tokens[a - 1]?.text === ',' && REPORTING_VERBS.has(lower(tokens[e + 1]))) return true;
  const prev = lower(tokens[a - 1]);
  if (INVERTED_FORMS.has(prev)) return true;
  return prev === 'to' && lower(tokens[a - 2]) === 'according';
}
