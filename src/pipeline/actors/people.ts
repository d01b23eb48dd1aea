/**
 * People of one article: clusters of name spans that are one person ("John Kirby", "Kirby";
 * "Jen Pskai", "Psaki"), each with the spellings, roles and affiliations seen.
 */
import { memoize } from '../memoize.ts';
import type { ActorPin } from '../../schema/actor.ts';
import { isEnglishGivenName } from './lexicon/first-names.ts';
import type { Gender, Seed } from './scan.ts';
import { slugify } from './slug.ts';
import { bump, fold, givenNamesMatch, preferredSpelling, splitName as split, surnamesMatch, wordNamesSurname } from './variants.ts';

export interface Person {
  /** order of creation, for stable tie-breaks */
  n: number;
  pin: ActorPin | null;
  given: Map<string, number>;
  surname: Map<string, number>;
  /** every name as written, with counts */
  forms: Map<string, number>;
  /** names written with a given name ("Jen Pskai"), with counts */
  fullForms: Map<string, number>;
  /** "President Biden": looked up among pinned aliases, never an alias itself */
  contexts: Set<string>;
  roles: Map<string, number>;
  affiliations: Map<string, number>;
  seeds: Map<string, Seed>;
  gender: Gender;
}

export function newPerson(n: number, pin: ActorPin | null): Person {
  return {
    n, pin, given: new Map(), surname: new Map(), forms: new Map(), fullForms: new Map(), contexts: new Set(),
    roles: new Map(), affiliations: new Map(), seeds: new Map(), gender: null,
  };
}

/** Given name and surname of a written name ("Park Sung-min" is family name first). */
export function splitName(words: string[], surnameOnly = false): { given: string | null; surname: string } {
  return split(words, surnameOnly, isEnglishGivenName);
}

export function givenOf(p: Person): string | null {
  return p.given.size ? preferredSpelling(p.given) : null;
}

export interface NameExtra {
  role?: string | null;
  affiliation?: Seed | null;
  gender?: Gender;
  context?: string;
  surnameOnly?: boolean;
}

/** Record one naming of the person. */
export function addName(p: Person, words: string[], extra: NameExtra = {}): void {
  const { given, surname } = splitName(words, extra.surnameOnly);
  const form = words.join(' ');
  if (given) {
    bump(p.given, given);
    bump(p.fullForms, form);
  }
  bump(p.surname, surname);
  bump(p.forms, form);
  if (extra.context && extra.context !== form) p.contexts.add(extra.context);
  if (extra.role) bump(p.roles, extra.role);
  if (extra.affiliation) {
    bump(p.affiliations, extra.affiliation.id);
    p.seeds.set(extra.affiliation.id, extra.affiliation);
  }
  if (extra.gender && !p.gender) p.gender = extra.gender;
}

/** Each person's initials, kept until the person gains a name. */
const INITIALS = new WeakMap<Person, { names: number; letters: Set<string> }>();

/**
 * The first letters (folded) of every word and hyphenated part of a person's surnames and full
 * names. Every way a name can fit a person (a surname variant, a word of a long surname, the last
 * words of a full name) keeps the first letter of the name's last word, so a name whose last word
 * starts with none of these letters cannot fit: checking that first keeps a long page of many
 * people from comparing every name with every person.
 */
export function initialsOf(p: Person): Set<string> {
  const names = p.surname.size + p.fullForms.size;
  const known = INITIALS.get(p);
  if (known && known.names === names) return known.letters;
  const letters = new Set<string>();
  for (const name of [...p.surname.keys(), ...p.fullForms.keys()]) for (const w of name.split(/[\s-]+/)) if (w) letters.add(fold(w)[0]!);
  INITIALS.set(p, { names, letters });
  return letters;
}

/**
 * The letters of `initialsOf` one of which a person must have for these name words (with this
 * surname) to fit: the first letter of the last word, and of the surname's last word.
 */
export function nameInitials(words: string[], surname: string): string[] {
  const lastWord = words.at(-1);
  const letters = lastWord ? [fold(lastWord)[0]!] : [];
  letters.push(fold(surname.split(' ').at(-1) ?? '')[0]!);
  return letters;
}

/** Could these name words be this person? Given names must agree, surnames be variants. */
export function nameFits(p: Person, words: string[], surnameOnly = false): boolean {
  const name = splitName(words, surnameOnly);
  return nameFitsSplit(p, words, name, nameInitials(words, name.surname));
}

/** `nameFits`, the name already split (`splitName`) and its `nameInitials` found: asked of many persons in turn. */
export function nameFitsSplit(p: Person, words: string[], { given, surname }: { given: string | null; surname: string }, letters: string[]): boolean {
  const initials = initialsOf(p);
  if (!letters.some((l) => initials.has(l))) return false;
  // "Na Tchuda" after "Biagué Na Tchuda": the last words of a full name already seen
  if (words.length >= 2 && [...p.fullForms.keys()].some((f) => endsWithWords(f.split(' '), words))) return true;
  if (!givenNamesMatch(given, givenOf(p))) return false;
  const known = [...p.surname.keys()];
  // a surname alone may be the tail of a longer one ("Obrador"), not longer than it: "LaToya
  // Jackson" read as a surname of two words is not Michael Jackson's "Jackson"
  if (given === null) return known.some((s) => wordCount(surname) <= wordCount(s) && (wordNamesSurname(surname, s) || surnamesMatch(surname, s)));
  return known.some((s) => surnamesMatch(surname, s));
}

const wordCount = (name: string) => name.split(' ').length;
const foldWord = memoize((w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());

/** Are `tail` the last words of `full` (accents aside; the last word may be a spelling variant)? */
function endsWithWords(full: string[], tail: string[]): boolean {
  if (full.length <= tail.length) return false;
  const offset = full.length - tail.length;
  return tail.every((w, k) => foldWord(w) === foldWord(full[offset + k]!) || (k === tail.length - 1 && surnamesMatch(w, full[offset + k]!)));
}

/** Full name in the preferred spelling: "Jen Psaki" (not the once-seen "Jen Pskai"), "Biden". */
export function nameOf(p: Person): string {
  if (p.pin) return p.pin.name;
  return preferredName(p.fullForms, p.surname);
}

/**
 * The preferred full name: the most frequent full form, its surname respelled the most frequent
 * way that surname is written anywhere (as a surname alone too). Without a full form, the surname.
 */
export function preferredName(fullForms: Map<string, number>, surnames: Map<string, number>): string {
  if (!fullForms.size) return preferredSpelling(surnames);
  const best = preferredSpelling(fullForms);
  const { surname } = splitName(best.split(' '));
  const words = surname.split(' ').length;
  const spellings = new Map([...surnames].filter(([s]) => s.split(' ').length === words && surnamesMatch(s, surname)));
  const spelled = spellings.size ? preferredSpelling(spellings) : surname;
  return best.startsWith(`${surname} `) ? `${spelled}${best.slice(surname.length)}` : `${best.slice(0, best.length - surname.length)}${spelled}`;
}

export function idOf(p: Person): string {
  return slugify(nameOf(p));
}
