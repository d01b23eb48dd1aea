/**
 * Places named in a sentence: the events stage uses them for an event's places, the actor stage
 * to keep them from becoming actors ("Fort Bragg" is no person, "North Carolina" no organization).
 */
import { phraseIndex, type PhraseIndex } from './gazetteer.ts';
import { tokenize, type Token } from './tokens.ts';
import { FUNCTION_WORDS } from './words.ts';
import { ORGANIZATION_HEADS } from './lexicon/organizations.ts';

export interface PlaceSpan {
  /** UTF-16 offsets into the sentence */
  start: number;
  end: number;
  text: string;
}

/** Prepositions after which a name is where someone is, never who speaks: "a spokesman in Misrata told". */
export const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'at', 'across', 'inside', 'outside', 'within', 'throughout', 'around']);

/** Words after which a country or capital is where something happens, not who does it. */
const LOCATIVE = new Set([
  ...PLACE_PREPOSITIONS, 'into', 'to', 'along',
  'toward', 'towards', 'through', 'via', 'over', 'onto', 'beyond', 'off', 'visit',
  'visited', 'visiting', 'visits', 'invade', 'invaded', 'invading', 'invasion', 'entered', 'reached',
  'arrived', 'occupied', 'capital', 'based', 'deployed', 'border', 'borders',
]);

/** Words that, capitalized before a name, make a place of it: "Fort Bragg", "Mount Everest". */
const PLACE_OPENERS = new Set(['Fort', 'Ft.', 'Camp', 'Mount', 'Mt.', 'Lake', 'Port', 'Cape', 'Gulf', 'Strait', 'Bay', 'Isle', 'St.', 'San', 'Santa', 'Los', 'Las', 'New']);
/** Words that, after a capitalized name, make a place of it: "Black Sea", "Crimea region", "Ramstein Air Base". */
export const PLACE_CLOSERS = new Set([
  'Sea', 'Ocean', 'River', 'Lake', 'Island', 'Islands', 'Peninsula', 'Valley', 'Mountains', 'Strait', 'Bay',
  'Gulf', 'Province', 'province', 'Oblast', 'oblast', 'region', 'Region', 'County', 'City', 'Base', 'Airport',
  'Square', 'Street', 'Avenue', 'Bridge', 'Harbor', 'Harbour', 'Coast', 'Desert', 'Plateau', 'Canal',
  'Heights', 'Strip', 'Basin', 'Oblast', 'Krai', 'District', 'district', 'Airfield', 'Shoal', 'Shoals',
  'Reef', 'Reefs', 'Atoll', 'Cay', 'Islet', 'Archipelago', 'Canyon', 'Fault', 'Dam', 'Hills', 'Plains', 'Delta',
]);

/** End (token index) of a pattern place starting at i: "Fort Bragg", "Crimea region", "Gulf of Mexico". */
export function matchPlacePattern(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t?.cap || !t.word) return null;
  // "The", "A" and other function words start no place name
  const capWord = (k: number) => tokens[k]?.word === true && tokens[k]!.cap && !tokens[k - 1]?.possessive && !FUNCTION_WORDS.has(tokens[k]!.text);
  if (PLACE_OPENERS.has(t.text) && t.text !== 'New' && capWord(i + 1)) {
    let end = i + 2;
    while (capWord(end) && end - i < 4 && !PLACE_OPENERS.has(tokens[end]!.text)) end++;
    return end;
  }
  if ((t.text === 'Gulf' || t.text === 'Strait' || t.text === 'Sea' || t.text === 'Bay') && tokens[i + 1]?.text === 'of' && capWord(i + 2)) {
    return i + 3;
  }
  // Capitalized words closed by a place word; stop at the first closer.
  let end = i;
  while (end - i < 3 && capWord(end) && !PLACE_CLOSERS.has(tokens[end]!.text)) end++;
  const orgAfter = ORGANIZATION_HEADS.has(tokens[end + 1]?.text ?? ''); // "Philippine Coast Guard" is no coast
  if (end > i && tokens[end]?.word && PLACE_CLOSERS.has(tokens[end]!.text) && !tokens[end - 1]!.possessive && !orgAfter) {
    // "Republic" and "State" only close a place when it is not a country/organization phrase (those match first)
    return end + 1;
  }
  return null;
}

/** The previous word, lower-cased, skipping "the". */
function previousWord(tokens: Token[], i: number): string {
  for (let k = i - 1; k >= 0; k--) {
    const w = tokens[k]!;
    if (!w.word) return '';
    const lw = w.text.toLowerCase();
    if (lw === 'the') continue;
    return lw;
  }
  return '';
}

/** True when the words at [i, end) stand where a place stands: "to Romania", "in Moscow", "Kyiv, Ukraine". */
export function isLocative(tokens: Token[], i: number, end: number): boolean {
  if (LOCATIVE.has(previousWord(tokens, i))) return true;
  const next = tokens[end];
  return next?.text === ',' && tokens[end + 1]?.cap === true && tokens[end + 1]!.word;
}

/** Places in a sentence: gazetteer places, pattern places, and countries and capitals used as places. */
export function findPlaces(sentence: string): PlaceSpan[] {
  return placesInTokens(sentence, tokenize(sentence).tokens, phraseIndex([]));
}

export function placesInTokens(sentence: string, tokens: Token[], index: PhraseIndex): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  let listOfPlaces = false; // "to Romania, Poland and Germany": a list after a locative stays locative
  for (let i = 0; i < tokens.length; ) {
    const m = index.match(tokens, i);
    const patternEnd = matchPlacePattern(tokens, i);
    let end: number | null = null;
    if (m && (!patternEnd || m.end >= patternEnd)) {
      const e = m.entries[0]!;
      const place =
        e.type === 'place' ||
        ((e.type === 'country' || e.type === 'metonym') && (isLocative(tokens, i, m.end) || listOfPlaces));
      if (place) end = m.end;
      else {
        listOfPlaces = false;
        i = m.end;
        continue;
      }
    } else if (patternEnd) end = patternEnd;
    if (end !== null) {
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      out.push({ start, end: stop, text: sentence.slice(start, stop) });
      listOfPlaces = tokens[end]?.text === ',' || ['and', 'or'].includes(tokens[end]?.text ?? '');
      if (tokens[end]?.text === ',' && ['and', 'or'].includes(tokens[end + 1]?.text ?? '')) listOfPlaces = true;
      i = end;
      continue;
    }
    const t = tokens[i]!;
    if (!(t.text === ',' || t.text === 'and' || t.text === 'or')) listOfPlaces = false;
    i++;
  }
  return out;
}
