/**
 * When two spellings name one person: "Zelensky"/"Zelenskyy", "Pskai"/"Psaki". Surnames merge
 * within a small Damerau-Levenshtein distance (a transposition counts 1), scaled to their length so
 * short names never merge by accident; given names must agree (or one be missing).
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { NAME_SUFFIXES } from './words.ts';

/** Edits allowed between two surnames of at least this many letters. */
const MIN_LETTERS_ONE_EDIT = 5; // "Pskai"/"Psaki"; "Kim"/"Kin" never merge
const MIN_LETTERS_TWO_EDITS = 8; // "Zelensky"/"Zelenskiy" need only one; "Thomas-Greenfeld" two

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

export function surnamesMatch(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < MIN_LETTERS_ONE_EDIT) return false;
  if (x[0] !== y[0]) return false; // news typos keep the first letter; "Milley"/"Willey" are two people
  const allowed = shorter >= MIN_LETTERS_TWO_EDITS ? 2 : 1;
  return damerauLevenshtein(x, y).steps <= allowed;
}

export function givenNamesMatch(a: string | null, b: string | null): boolean {
  return a === null || b === null || fold(a) === fold(b);
}

/** Split a person's name into given name (null when only one word) and surname. */
export function splitName(words: string[]): { given: string | null; surname: string } {
  const core = words.length > 1 && NAME_SUFFIXES.has(words.at(-1)!) ? words.slice(0, -1) : words;
  return { given: core.length > 1 ? core[0]! : null, surname: core.at(-1)! };
}

/** A single word naming the person: the surname, or the last part of a hyphenated one ("Greenfield"). */
export function wordNamesSurname(word: string, surname: string): boolean {
  if (surnamesMatch(word, surname)) return true;
  const parts = surname.split('-');
  return parts.length > 1 && surnamesMatch(word, parts.at(-1)!);
}

/** The spelling to keep: the most frequent; ties go to the longest, then the first alphabetically. */
export function preferredSpelling(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/** Add one to a count. */
export function bump<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
