/**
 * Words of one sentence with their offsets. Keeps what names need whole: initialisms ("U.S."),
 * abbreviated titles ("Gen.", "Mr."), hyphenated and apostrophe names ("Thomas-Greenfield",
 * "O'Brien"), ordinals ("82nd"); strips a possessive "'s" but remembers it.
 */
import { TITLE_ABBREVIATIONS, HONORIFICS } from './lexicon/titles.ts';
import { NAME_ABBREVIATIONS } from '../linguistic/vocabulary/abbreviations.ts';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../linguistic/vocabulary/quotation-marks.ts';

export interface Token {
  text: string;
  /** UTF-16 offsets into the sentence; a possessive "'s" is outside [start, end) */
  start: number;
  end: number;
  /** first character is an upper-case letter */
  cap: boolean;
  /** a word (letters or an ordinal), as opposed to punctuation or a plain number */
  word: boolean;
  possessive: boolean;
  /** inside a quotation */
  quoted: boolean;
}

/** Words that take a final dot as part of themselves (the dot does not end the word). */
const DOTTED = new Set(
  [...TITLE_ABBREVIATIONS.keys(), ...HONORIFICS, ...NAME_ABBREVIATIONS]
    .filter((w) => w.endsWith('.') && !w.includes(' '))
    .map((w) => w.slice(0, -1)),
);

const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.N., U.S.S.R.
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // a middle initial: John F. Kennedy
    String.raw`\d+(?:st|nd|rd|th)\b`, // 82nd
    String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/**
 * @param startsQuoted the sentence begins inside a quotation opened by an earlier sentence
 * @returns the tokens and whether a quotation is still open at the end
 */
export function tokenize(text: string, startsQuoted = false): { tokens: Token[]; endsQuoted: boolean } {
  const tokens: Token[] = [];
  let quoted = startsQuoted;
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let raw = m[0];
    const start = m.index;
    if (raw === '"') {
      quoted = !quoted;
      continue;
    }
    if (OPEN_QUOTES.has(raw)) {
      quoted = true;
      continue;
    }
    if (CLOSE_QUOTES.has(raw)) {
      quoted = false;
      continue;
    }
    let end = start + raw.length;
    if (DOTTED.has(raw) && text[end] === '.') {
      raw += '.';
      end += 1;
      re.lastIndex = end;
    }
    let possessive = false;
    // "Russia's": the word before the apostrophe (cheap string tests first: this runs for every token)
    const stem = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s')) ? raw.slice(0, -2) : null;
    if (stem !== null && /\p{L}/u.test(stem)) {
      raw = stem;
      end = start + raw.length;
      possessive = true;
    } else if ((text[end] === "'" || text[end] === '’') && /^\p{L}+s$/u.test(raw) && !/\p{L}/u.test(text[end + 1] ?? '')) {
      possessive = true; // plural possessive: "Fox News' Jennifer Griffin"
    }
    // the first character's class: by its code for ASCII (most tokens), by Unicode property else
    const c = raw.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw);
    const letter = c < 128 ? cap || (c >= 97 && c <= 122) : /^\p{L}/u.test(raw);
    const word = letter || /^\d+(?:st|nd|rd|th)$/.test(raw);
    tokens.push({ text: raw, start, end, cap, word, possessive, quoted });
  }
  return { tokens, endsQuoted: quoted };
}
