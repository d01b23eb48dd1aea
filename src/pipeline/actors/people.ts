/**
 * People of one article: clusters of name spans that are one person ("John Kirby", "Kirby";
 * "Jen Pskai", "Psaki"), each with the spellings, roles and affiliations seen.
 */
import type { ActorPin } from '../../schema/actor.ts';
import type { Gender, Seed } from './scan.ts';
import { slugify } from './slug.ts';
import { bump, givenNamesMatch, preferredSpelling, splitName, surnamesMatch, wordNamesSurname } from './variants.ts';

export interface Person {
  /** order of creation, for stable tie-breaks */
  n: number;
  pin: ActorPin | null;
  given: Map<string, number>;
  surname: Map<string, number>;
  /** words between given name and surname, from the longest form seen */
  middle: string[];
  /** every name as written, with counts */
  forms: Map<string, number>;
  /** "President Biden": looked up among pinned aliases, never an alias itself */
  contexts: Set<string>;
  roles: Map<string, number>;
  affiliations: Map<string, number>;
  seeds: Map<string, Seed>;
  gender: Gender;
}

export function newPerson(n: number, pin: ActorPin | null): Person {
  return {
    n, pin, given: new Map(), surname: new Map(), middle: [], forms: new Map(), contexts: new Set(),
    roles: new Map(), affiliations: new Map(), seeds: new Map(), gender: null,
  };
}

export function givenOf(p: Person): string | null {
  return p.given.size ? preferredSpelling(p.given) : null;
}

export function surnameOf(p: Person): string {
  return preferredSpelling(p.surname);
}

/** Record one naming of the person. */
export function addName(p: Person, words: string[], extra?: { role?: string | null; affiliation?: Seed | null; gender?: Gender; context?: string }): void {
  const { given, surname } = splitName(words);
  if (given) bump(p.given, given);
  bump(p.surname, surname);
  const middle = words.slice(given ? 1 : 0, words.length - 1).filter((w) => w !== surname);
  if (given && middle.length > p.middle.length) p.middle = middle;
  bump(p.forms, words.join(' '));
  if (extra?.context && extra.context !== words.join(' ')) p.contexts.add(extra.context);
  if (extra?.role) bump(p.roles, extra.role);
  if (extra?.affiliation) {
    bump(p.affiliations, extra.affiliation.id);
    p.seeds.set(extra.affiliation.id, extra.affiliation);
  }
  if (extra?.gender && !p.gender) p.gender = extra.gender;
}

/** Could these name words be this person? Given names must agree, surnames be variants. */
export function nameFits(p: Person, words: string[]): boolean {
  const { given, surname } = splitName(words);
  const known = givenOf(p);
  if (!givenNamesMatch(given, known)) return false;
  if (given === null) return [...p.surname.keys()].some((s) => wordNamesSurname(surname, s));
  return [...p.surname.keys()].some((s) => surnamesMatch(surname, s));
}

/** Full name in the preferred spelling: "Jen Psaki", "Linda Thomas-Greenfield", "Biden". */
export function nameOf(p: Person): string {
  if (p.pin) return p.pin.name;
  const given = givenOf(p);
  return [given, ...p.middle, surnameOf(p)].filter((w): w is string => !!w).join(' ');
}

export function idOf(p: Person): string {
  return slugify(nameOf(p));
}
