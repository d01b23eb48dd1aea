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

/** Quotations in straight (") or curly (“ ”) double quotes, or curly single quotes (‘ ’), in order. */
export function findQuotations(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  // British style quotes in single curly marks; a ’ inside a word ("don’t") is an apostrophe
  const re = /"([^"]*)"|“([^”]*)”|‘((?:[^‘’]|’(?=\p{L}))*)’(?!\p{L})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    if (inner === '') continue;
    const words = inner.split(/\s+/).length;
    const speech = words >= SPEECH_MIN_WORDS || /[.?!]\s+\S/.test(inner) || /[.?!,]$/.test(inner) && words >= 3;
    quotes.push({ start: m.index, end: m.index + m[0].length, text: inner.replace(/[,]$/, ''), speech });
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

