/** Rule: a capitalized name without a title. */
import { genderOfGivenName, isGivenName } from '../lexicon/first-names.ts';
import type { Token } from '../tokens.ts';
import { hasSpeechCue, isNameWord, nameEnd, nameWords } from './names.ts';
import { FUNCTION_WORDS } from '../words.ts';
import { appositiveTitle } from './title.ts';
import type { Proposal, ScanContext } from './types.ts';

/** A capitalized name without a title: a person when it looks like one, else a candidate for later. */
export function ruleName(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  if (!isNameWord(tokens[i])) return null;
  const e = nameEnd(tokens, i, ctx);
  if (e === i) return null;
  const name = nameWords(tokens, i, e);
  // "Drummer Tomas Brandt", "Chancellor-elect Ana Ruiz": capitalized words before a given name that
  // is not the run's last word describe the person it opens; the name starts there
  if (!isGivenName(name[0]!)) {
    const given = name.findIndex((w, k) => k > 0 && k < name.length - 1 && isGivenName(w));
    if (given > 0 && !name.slice(0, given).some((w) => isGivenName(w))) return { end: i + given, spans: [] };
  }
  // a capitalized word just before ("National Statistics said") makes it the tail of a name we
  // did not recognize, not a speaker of its own; "the Kremlin's Peskov said" is one, and so is
  // "But Hafez al-Mirazi said": a function word opening the sentence is no part of a name
  const before = tokens[i - 1];
  const tail = !!before?.word && before.cap && !before.possessive && !FUNCTION_WORDS.has(before.text);
  const cue = !tail && hasSpeechCue(tokens, i, e);
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
  return { end: e, spans: [{ type: 'candidate', a: i, b: e, name, cue, ordinary: false }] };
}
