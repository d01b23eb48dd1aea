/**
 * Quotations in a sentence: which are speech (to be attributed, never mined for events) and which
 * are scare quotes (the reporter's own words). The one quotation detector of the pipeline.
 */
import type { Span } from './clauses.ts';

export interface Quotation extends Span {
  /** the words inside the quotation marks */
  text: string;
  /** a quotation of a whole utterance (five words or more, or with sentence punctuation) */
  speech: boolean;
}

/** Fewer words than this, with no sentence punctuation, is a scare quote ("imminent"). */
const SPEECH_MIN_WORDS = 5;

/** A quotation of the words in [start, end) of `text`, its marks included in the span. */
function quotation(text: string, start: number, end: number, inner: string): Quotation | null {
  const words = inner.trim();
  if (words === '') return null;
  const count = words.split(/\s+/).length;
  const speech = count >= SPEECH_MIN_WORDS || /[.?!]\s+\S/.test(words) || /[.?!,]$/.test(words) && count >= 3;
  return { start, end, text: words.replace(/[,]$/, ''), speech };
}

/** A straight mark that closes: after a word or punctuation (not a number: 12" is inches), before a space, punctuation or the end. */
const closes = (text: string, at: number) => at > 0 && /[^\s\d]/.test(text[at - 1]) && (at + 1 >= text.length || /[\s,.;:!?)\]]/.test(text[at + 1]));
/** A straight mark that opens: at the start or after a space or bracket, before a word. */
const opens = (text: string, at: number) => (at === 0 || /[\s([—–-]/.test(text[at - 1])) && at + 1 < text.length && /\S/.test(text[at + 1]);

/**
 * Quotations in straight (") or curly (“ ”) double quotes, or curly single quotes (‘ ’), in order.
 * A quotation that runs over several sentences or paragraphs has one mark in each sentence at its
 * ends: a closing mark with no opening one before it quotes the sentence up to it (the opening
 * mark was in an earlier sentence: the reporter's narrative picks up after it), and an opening mark
 * that nothing closes quotes the rest of the sentence. (The pairing regex alone paired such a
 * closing mark with the next opening one, and quoted the narrative between.)
 */
export function findQuotations(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  let from = 0;
  let to = text.length;
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  const firstCurly = text.search(/[“”]/);
  if (straight.length % 2 === 1) {
    const first = straight[0];
    const last = straight.at(-1)!;
    if (closes(text, first) && !opens(text, first)) from = first + 1;
    else if (opens(text, last) && !closes(text, last)) to = last;
  } else if (firstCurly >= 0 && text[firstCurly] === '”') {
    from = firstCurly + 1;
  }
  if (from > 0) {
    const q = quotation(text, 0, from, text.slice(0, from - 1));
    if (q) quotes.push(q);
  }
  // British style quotes in single curly marks; a ’ inside a word ("don’t") is an apostrophe
  const re = /"([^"]*)"|“([^”]*)”|‘((?:[^‘’]|’(?=\p{L}))*)’(?!\p{L})/gu;
  const body = text.slice(0, to);
  re.lastIndex = from;
  let end = from;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const q = quotation(text, m.index, m.index + m[0].length, m[1] ?? m[2] ?? m[3]);
    if (q) quotes.push(q);
    end = m.index + m[0].length;
  }
  // an opening curly mark that nothing closes, or the straight one found above
  const unclosed = to < text.length ? to : text.indexOf('“', end);
  if (unclosed >= 0 && unclosed >= end) {
    const q = quotation(text, unclosed, text.length, text.slice(unclosed + 1));
    if (q) quotes.push(q);
  }
  return quotes;
}

/** The text with speech quotations blanked out (same length, so offsets still hold). */
export function maskSpeech(text: string, quotes: Quotation[]): string {
  let out = text;
  for (const q of quotes) {
    if (q.speech) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  }
  return out;
}

