/**
 * When two spellings name one person: "Zelensky"/"Zelenskyy", "Pskai"/"Psaki". Surnames merge
 * within a small Damerau-Levenshtein distance (a transposition counts 1), scaled to their length so
 * short names never merge by accident; given names must agree (or one be missing).
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { memoize } from '../memoize.ts';
import { NAME_SUFFIXES } from './words.ts';

/** Edits allowed between two surnames of at least this many letters. */
const MIN_LETTERS_ONE_EDIT = 5; // "Pskai"/"Psaki"; "Kim"/"Kin" never merge
const MIN_LETTERS_TWO_EDITS = 8; // "Zelensky"/"Zelenskiy" need only one; "Thomas-Greenfeld" two

/**
 * Folded forms, remembered: names are compared with many others, each comparison folding both.
 * One map by the string (not `memoize`'s map of maps: one look-up, not two, as this is asked
 * millions of times on a long page); emptied when full, so memory stays bounded.
 */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 100_000;

/** Compare names without accents, case, or Turkish dotless i: "Aydın" = "Aydin". */
export function fold(s: string): string {
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    folded = s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').toLowerCase();
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    FOLDED.set(s, folded);
  }
  return folded;
}

/** Given names compare without hyphens or spaces: "Sung-min" = "Sung Min". */
const foldGiven = (s: string) => fold(s).replace(/[\s-]+/g, '');

/**
 * Family names that in Chinese, Korean and Vietnamese names come first ("Xi Jinping", "Park
 * Sung-min", "Lin Mei"): the common ones, which cover most names in the news. A name starting
 * with one of them is taken as family name first, unless it reads as an English name ("Lee
 * Anderson": an English given name, then a long word that is no given name).
 */
const FAMILY_FIRST = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Lim', 'Han', 'Shin', 'Oh',
  'Seo', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Hong', 'Moon', 'Chung', 'Ryu', 'Ri', 'Xi', 'Wang', 'Li', 'Zhang',
  'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin',
  'Luo', 'Gao', 'Zheng', 'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong',
  'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Wei', 'Qin', 'Lu', 'Su', 'Lai', 'Tsai', 'Nguyen', 'Tran',
  'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly',
]);


/**
 * Are these two spellings of one surname? Asked once per mention of every person it may name,
 * mostly of pairs that differ at once (another first letter, another length): those are answered
 * by the cheap tests below, and only the edit distance, the one costly step, is remembered (a
 * long page asks about hundreds of thousands of distinct pairs, too many to remember them all).
 */
export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true; // (the same person named again: no folding needed)
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  // a surname of several words ("Delos Santos") is matched word for word, the last with some slack
  // (or one is the tail of the other: "López Obrador" in "Manuel López Obrador")
  if (x.includes(' ') || y.includes(' ')) {
    const xs = x.split(' ');
    const ys = y.split(' ');
    const [short, long] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
    const tail = long.slice(long.length - short.length);
    return short.slice(0, -1).join(' ') === tail.slice(0, -1).join(' ') && surnamesMatch(short.at(-1)!, tail.at(-1)!);
  }
  const shorter = Math.min(x.length, y.length);
  if (shorter < MIN_LETTERS_ONE_EDIT) return false;
  if (x[0] !== y[0]) return false; // news typos keep the first letter; "Milley"/"Willey" are two people
  const allowed = shorter >= MIN_LETTERS_TWO_EDITS ? 2 : 1;
  if (Math.abs(x.length - y.length) > allowed) return false; // each edit changes the length by one at most
  return editsWithin(x, y);
}

/** Are two folded one-word surnames, past the tests of `surnamesMatch`, within the edits their length allows? */
const editsWithin = memoize((x: string, y: string): boolean => {
  const allowed = Math.min(x.length, y.length) >= MIN_LETTERS_TWO_EDITS ? 2 : 1;
  return damerauLevenshtein(x, y).steps <= allowed;
});

/**
 * Letters that two surnames which match (`surnamesMatch`) always share one of: the first letter,
 * and the first letter of the last word (every way of matching keeps one of them). Comparing a
 * surname only with those sharing a letter keeps many names from being compared all with all.
 */
export function surnameKeys(surname: string): string[] {
  const x = fold(surname);
  return [x[0] ?? '', fold(x.split(' ').at(-1)!)[0] ?? ''];
}

/** Indices of the surnames sharing a letter of `surnameKeys` with each surname asked about, ascending. */
export function surnameIndex(surnames: { index: number; surname: string }[]): (surname: string) => number[] {
  const byKey = new Map<string, number[]>();
  for (const { index, surname } of surnames) {
    for (const key of new Set(surnameKeys(surname))) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(index);
  }
  return (surname) => {
    const lists = [...new Set(surnameKeys(surname))].map((k) => byKey.get(k) ?? []);
    return lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a - b);
  };
}

export function givenNamesMatch(a: string | null, b: string | null): boolean {
  // (the same string agrees with itself: asked of every person a name is compared with)
  return a === null || b === null || a === b || foldGiven(a) === foldGiven(b);
}

/**
 * Split a person's name into given name (null when only one word) and surname. `surnameOnly`
 * marks a name after an honorific ("Mr Delos Santos"): all of it is the surname.
 */
export function splitName(words: string[], surnameOnly = false, isGiven: (w: string) => boolean = () => false): { given: string | null; surname: string } {
  const core = words.length > 1 && NAME_SUFFIXES.has(words.at(-1)!) ? words.slice(0, -1) : words;
  if (surnameOnly || core.length === 1) return { given: null, surname: core.join(' ') };
  // "Lee Anderson", "Kim Kardashian": an English given name before a long surname-like word is given-first
  const second = core[1]!;
  const westernOrder = isGiven(core[0]!) && !isGiven(second) && second.length > 4 && !second.includes('-');
  if (FAMILY_FIRST.has(core[0]!) && !westernOrder) return { given: core.slice(1).join(' '), surname: core[0]! };
  // particles and a second capitalized word before the last belong to the surname: "Arturo Delos Santos"
  const rest = core.slice(1).filter((w) => !/^\p{Lu}\.$/u.test(w)); // a middle initial is no part of the surname
  return { given: core[0]!, surname: (rest.length ? rest : core.slice(1)).join(' ') };
}

/**
 * A surname alone naming the person: the surname, its last word ("Santos" for "Delos Santos"), or
 * the last part of a hyphenated one ("Greenfield").
 */
export function wordNamesSurname(word: string, surname: string): boolean {
  if (surnamesMatch(word, surname)) return true;
  // a surname of one word, unhyphenated: its words, its last word and its last part are itself,
  // which `surnamesMatch` has just answered (the common case, so it costs no splitting)
  if (!surname.includes(' ') && !surname.includes('-')) return false;
  // any capitalized word of a long surname, exactly: "Lula" in "Luiz Inácio Lula da Silva"
  if (!word.includes(' ') && surname.split(' ').some((w) => /^\p{Lu}/u.test(w) && fold(w) === fold(word))) return true;
  const last = surname.split(' ').at(-1)!;
  if (last !== surname && surnamesMatch(word, last)) return true;
  const parts = last.split('-');
  return parts.length > 1 && surnamesMatch(word, parts.at(-1)!);
}

/** The spelling to keep: the most frequent; ties go to the longest, then the first alphabetically. */
export function preferredSpelling(counts: Map<string, number>): string {
  // one pass, no copy: asked for every person at every name in a long article
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && (entry[0].length > best[0].length || (entry[0].length === best[0].length && entry[0] < best[0])))) best = entry;
  }
  return best![0];
}

/** Add one to a count. */
export function bump<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
