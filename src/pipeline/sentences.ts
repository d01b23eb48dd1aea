/**
 * Stage 2, sentences. Written here because Intl.Segmenter splits after "Gen." and "Mr." and
 * inside quotations: this splitter knows English abbreviations and keeps a quotation whole
 * (a quote of three sentences followed by `Kirby said.` is one sentence: one attribution).
 */
import type { CleanDocument, Sentence } from './types.ts';
import { ABBREVIATIONS, ABBREVIATIONS_THAT_MAY_END } from './linguistic/vocabulary/abbreviations.ts';
import { CLOSE_QUOTES, CLOSE_SINGLE, OPEN_QUOTES, OPEN_SINGLE } from './linguistic/vocabulary/quotation-marks.ts';
import { MONTHS } from './time/lexicon.ts';

/** Words that start a sentence after a dotted acronym ("... to the U.S. He said"). */
const SENTENCE_STARTERS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on',
  'at', 'a', 'an', 'as', 'his', 'her', 'their', 'its', 'there', 'after', 'before', 'when', 'while', 'however',
  'meanwhile', 'still', 'yet', 'so', 'if', 'last', 'earlier', 'later', 'officials', 'some', 'many',
]);


/** Is the period at `dot` (in `text`) the end of an abbreviation that does not end the sentence? */
function isNonFinalPeriod(text: string, dot: number, nextWord: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.replace(/^.*\.(?=[\p{L}]{2,}$)/u, '').toLowerCase();
  const nextLower = nextWord.toLowerCase();
  // Dotted acronym (U.S., U.N., E.U.) or single initial (J. R. Tolkien)
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before) || /^\p{Lu}$/u.test(before)) {
    return !SENTENCE_STARTERS.has(nextLower);
  }
  if (ABBREVIATIONS.has(word)) {
    if (ABBREVIATIONS_THAT_MAY_END.has(word) && SENTENCE_STARTERS.has(nextLower)) return false;
    return true;
  }
  return false;
}

/**
 * Can the straight quote at `i` open a quotation? Not right after a word or a sentence's
 * punctuation ('tiny," he said', 'the end."'): that closes one, opened before this paragraph
 * (news pages whose paragraph breaks were lost split a quotation of several sentences).
 */
function opensQuote(text: string, i: number): boolean {
  return !/[\p{L}\p{N},.;:!?]/u.test(text[i - 1] ?? ' ');
}

/** Splits one paragraph into [start, end) ranges of sentences (offsets into `text`). */
export function splitParagraph(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let inStraightQuote = false;
  let curlyDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inStraightQuote = !inStraightQuote && opensQuote(text, i);
    else if (OPEN_QUOTES.has(ch) || (ch === OPEN_SINGLE && !/\p{L}/u.test(text[i - 1] ?? ''))) curlyDepth++;
    else if (CLOSE_QUOTES.has(ch) || (ch === CLOSE_SINGLE && curlyDepth > 0 && !/\p{L}/u.test(text[i + 1] ?? ''))) curlyDepth = Math.max(0, curlyDepth - 1);
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    // Take closing punctuation that belongs to this sentence: quotes and brackets.
    let end = i + 1;
    while (end < text.length && /["”’)\]»]/.test(text[end])) {
      if (text[end] === '"') inStraightQuote = !inStraightQuote && opensQuote(text, end);
      else if (CLOSE_QUOTES.has(text[end]) || text[end] === CLOSE_SINGLE) curlyDepth = Math.max(0, curlyDepth - 1);
      end++;
    }
    // the closing marks just taken are read: the loop goes on after them, or it would toggle a closing quote back open
    i = end - 1;
    if (inStraightQuote || curlyDepth > 0) continue; // a quotation is kept whole
    const rest = text.slice(end);
    const gap = /^\s+/.exec(rest);
    if (!gap) continue; // "3.5", "U.S.-led", "...?"
    const next = rest.slice(gap[0].length);
    // A sentence starts with a capital, a digit, or an opening quote/bracket.
    if (!/^["“'‘(\[«]?[\p{Lu}\d]/u.test(next)) continue;
    const nextWord = /^["“'‘(\[«]?([\p{L}\d]+)/u.exec(next)?.[1] ?? '';
    if (ch === '.' && isNonFinalPeriod(text, i, nextWord)) continue;
    ranges.push([start, end]);
    start = end + gap[0].length;
    i = start - 1;
  }
  if (start < text.length && text.slice(start).trim() !== '') ranges.push([start, text.trimEnd().length]);
  return ranges.flatMap(([from, to]) => splitRunIn(text, from, to));
}

/**
 * A sentence that opens right after a lower-case word, with no full stop between: a headline or a
 * caption run into the text ("... in the clean-up effort A federal judge blocks ..."). Mid-sentence,
 * English writes an article or a personal pronoun in lower case, so a capitalized one after a
 * lower-case word opens a sentence, unless the word names what follows ("plan A", "told The
 * Times", "by The Guardian") or the article is a letter ("point A to point B").
 */
const RUN_IN_START = /(?<=(?:^|[\s(])(\p{Ll}[\p{Ll}-]{2,}))\s+(?=(?:(?:A|An|The)\s+(?!(?:is|was|to|and|or|of|in|on|at|for|with|by|as|the|a)\b)\p{Ll}{2,}|(?:He|She|It|They|We)\s+\p{Ll}))/gu;
/**
 * Three words or more in capitals at a sentence's start, one of them of five letters or more, then a
 * capitalized word in lower case: a subheading run into the sentence after it (an acronym or a few,
 * "NATO said", "US AND UK officials", open a sentence).
 */
const CAPITALS_HEADING = /^((?:[\p{Lu}\d][\p{Lu}\d.,'’&-]*\s+){3,})(?=\p{Lu}\p{Ll})/u;
/** Lower-case words after which a capitalized article names something: a title, a source, a plan's letter. */
const NAMES_AFTER = new Set([
  'by', 'of', 'in', 'at', 'from', 'to', 'and', 'or', 'the', 'for', 'on', 'with', 'than', 'told', 'said', 'says', 'tells', 'called',
  'named', 'titled', 'entitled', 'dubbed', 'read', 'see', 'watch', 'visit', 'plan', 'type', 'grade', 'class', 'group', 'vitamin',
  'hepatitis', 'category', 'section', 'part', 'point', 'option', 'level', 'exhibit', 'item', 'channel', 'album', 'film', 'song',
]);

function splitRunIn(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const sentence = text.slice(from, to);
  let start = 0;
  // a subheading in capitals run into the sentence it heads: "RIVALS RELUCTANT TO ACT The council met ..."
  const heading = CAPITALS_HEADING.exec(sentence);
  if (heading && /\p{Lu}{5}/u.test(heading[1]!)) {
    out.push([from, from + heading[1]!.trimEnd().length]);
    start = heading[1]!.length;
  }
  for (const m of sentence.matchAll(RUN_IN_START)) {
    if (NAMES_AFTER.has(m[1]!) || /["“]/.test(sentence.slice(start, m.index).replace(/"[^"]*"|“[^”]*”/g, ''))) continue;
    out.push([from + start, from + m.index]);
    start = m.index + m[0].length;
  }
  out.push([from + start, to]);
  return out;
}

/** A month's name as a heading writes it: capitalized, an abbreviation perhaps with a dot. */
const MONTH = `(?:${Object.keys(MONTHS).map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})\\.?`;
/** A chronology's date heading as written: "4 January 2011", "January 4, 2011", "May 2009", "March 5", then a dash or colon at most; or a year alone ("1983 The ..."; "1952:" on a live page is a clock time). */
const HEADING_SHAPE = new RegExp(`^(?:(?:\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4})(?:\\s*[-–—:])?|\\d{4})\\s+["“‘]?\\p{Lu}`, 'u');
/** A full date ("25 June 2009", "June 25, 2009") run into the middle of a sentence, a capital after it. */
const RUN_IN_HEADING = new RegExp(`(?<=[\\p{L}"”’)]\\s+)(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})\\s+(?=["“‘]?\\p{Lu})`, 'gu');
/** A date after one of these words is a phrase of the sentence ("on 25 June 2009", "the 4 May 2010 vote"), no heading. */
export const DATE_PHRASE_BEFORE = /\b(?:on|in|of|since|until|till|by|from|to|between|and|or|before|after|the|a|at|during|as|than|through|around|about|dated|early|late|mid|last|this|next|every|each)\s+$/i;
/** Fewer sentences than this opening with a date heading is no chronology: a sentence may open with a date now and then. */
const CHRONOLOGY_HEADINGS = 3;

/**
 * In a chronology (a list of entries, each a date heading and a few sentences), page chrome such
 * as a photo caption may run into the next entry without a full stop ("<caption> 25 June 2009
 * The doctor finds ..."): the entry starts a sentence of its own at its heading. Only in an
 * article with several headings that open sentences, and only at a full date with a capital after.
 */
function splitRunInHeadings(sentences: Sentence[]): Sentence[] {
  if (sentences.filter((s) => HEADING_SHAPE.test(s.text)).length < CHRONOLOGY_HEADINGS) return sentences;
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    let from = 0;
    for (const m of sentence.text.matchAll(RUN_IN_HEADING)) {
      if (DATE_PHRASE_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const text = sentence.text.slice(from, m.index).trimEnd();
      if (text) out.push({ ...sentence, text, start: sentence.start + from, end: sentence.start + from + text.length });
      from = m.index;
    }
    const text = sentence.text.slice(from);
    out.push({ ...sentence, text, start: sentence.start + from, end: sentence.end });
  }
  return out.map((s, index) => ({ ...s, index }));
}

export function splitSentences(doc: CleanDocument): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const paragraph of doc.paragraphs) {
    for (const [s, e] of splitParagraph(paragraph.text)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        text: paragraph.text.slice(s, e),
        start: offset + s,
        end: offset + e,
      });
    }
    offset += paragraph.text.length + 2; // the "\n\n" joining paragraphs in doc.text
  }
  return splitRunInHeadings(sentences);
}
