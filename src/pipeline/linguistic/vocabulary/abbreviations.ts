/**
 * Abbreviations whose final period does not end a sentence or a word: the one home that the
 * sentence splitter and the actor tokenizer read (lower-case, no period). Titles ("Gen.") live
 * with the other titles in actors/lexicon/titles.ts, which maps each to its title.
 */

/** Titles and honorifics that are abbreviated in news copy. */
export const TITLE_ABBREVIATIONS_LOWER = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr',
  'gov', 'sen', 'rep', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'supt', 'insp', 'amb', 'sec', 'brig', 'messrs',
];

/** Month and weekday abbreviations ("Feb. 20", "Tues."). */
export const CALENDAR_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Company suffixes, street and place words, references ("No. 2", "Mt. Etna", "et al."). */
export const OTHER_ABBREVIATIONS = [
  'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'est', 'approx', 'ft', 'mt', 'ave', 'blvd', 'rd',
  'fig', 'vol', 'al', 'cf', 'ca',
];

/** Every abbreviation after which a period does not end a sentence. */
export const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS_LOWER, ...CALENDAR_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);

/** These may end a sentence when a new sentence plainly starts after them ("... Acme Inc. He said"). */
export const ABBREVIATIONS_THAT_MAY_END = new Set(['etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'no']);

/** Abbreviations that names carry ("Martin Luther King Jr.", "St. Louis", "Acme Corp."), as written. */
export const NAME_ABBREVIATIONS = ['Jr.', 'Sr.', 'St.', 'Ft.', 'Mt.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'No.', 'Gov.', 'Vs.', 'vs.'];
