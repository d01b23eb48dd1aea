/** Content words of a sentence, and whether a sentence goes on about the happening another one dated. */
import { memoize } from '../../memoize.ts';
import { NOT_ABOUT_A_HAPPENING } from '../lexicon.ts';

/** Words shorter than this are function words or abbreviations. */
const MIN_WORD_LETTERS = 4;

/** A crude stem, enough to meet "protests"/"protesters"/"protested" on "protest", "vote"/"voted" on "vot". */
function stem(word: string): string {
  return word.replace(/(?:ers|ings|ing|ed|es|er|s|e)$/, '').slice(0, 7);
}

/** A lower-cased word's content stem, or null for a function word: asked of every word of every sentence, and of the same words again and again. */
const contentStem = memoize((raw: string): string | null => {
  const word = raw.replace(/['’]s$/, '');
  return word.length < MIN_WORD_LETTERS || NOT_ABOUT_A_HAPPENING.has(word) ? null : stem(word);
});

/** The content words of a text, lower-cased and stemmed. */
export function happeningWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = contentStem(raw);
    if (word !== null) out.add(word);
  }
  return out;
}

/** Does a sentence share a content word with the one that dated a happening? */
export function goesOnAbout(words: Set<string>, dated: Set<string>): boolean {
  for (const w of words) if (dated.has(w)) return true;
  return false;
}
