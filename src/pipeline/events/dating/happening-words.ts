/** Content words of a sentence, and whether a sentence goes on about the happening another one dated. */
import { NOT_ABOUT_A_HAPPENING } from '../lexicon.ts';

/** Words shorter than this are function words or abbreviations. */
const MIN_WORD_LETTERS = 4;

/** A crude stem, enough to meet "protests"/"protesters"/"protested" on "protest", "vote"/"voted" on "vot". */
function stem(word: string): string {
  return word.replace(/(?:ers|ings|ing|ed|es|er|s|e)$/, '').slice(0, 7);
}

/** The content words of a text, lower-cased and stemmed. */
export function happeningWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < MIN_WORD_LETTERS || NOT_ABOUT_A_HAPPENING.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/** Does a sentence share a content word with the one that dated a happening? */
export function goesOnAbout(words: Set<string>, dated: Set<string>): boolean {
  for (const w of words) if (dated.has(w)) return true;
  return false;
}
