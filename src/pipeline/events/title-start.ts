/**
 * Where a headline run into its sentence ends. Text joined back from a page often runs a headline
 * or a picture caption into the first sentence with no full stop between ("... on the seabed The
 * funnel is ..."), or opens a line with a date stamp ("30 August 2011 The court ..."). A title
 * drafted from such a sentence starts at the sentence's real start, found in general terms:
 * a capitalized function word ("The", "In", "He") right after a lower-case word with no
 * punctuation between (after a name, only "The", "A", "He"...), or the end of a date at the very
 * start followed by a capitalized word.
 */
import type { TaggedToken } from '../linguistic/tagger.ts';
import type { Span } from '../linguistic/clauses.ts';

/** Function words: capitalized mid-sentence after a lower-case word, they open a new sentence. */
const OPENS_SENTENCE = new Set(['DET', 'ADP', 'PRON', 'SCONJ', 'CCONJ']);

/** Offsets at which a new sentence starts inside `text` after a run-on headline or caption, in order. */
export function runOnStarts(tokens: TaggedToken[], dates: Span[]): number[] {
  const starts: number[] = [];
  const opening = dates.find((d) => d.start === (tokens[0]?.start ?? -1));
  if (opening) {
    const next = tokens.find((t) => t.start >= opening.end);
    if (next && /^\p{Lu}/u.test(next.text) && next.pos !== 'PUNCT') starts.push(next.start);
  }
  for (let k = 1; k < tokens.length; k++) {
    const [before, t] = [tokens[k - 1], tokens[k]];
    // "I" is a capital pronoun anywhere; a word after a lower-case content word, with a space
    if (t.text === 'I' || !/^\p{Lu}\p{Ll}*$/u.test(t.text) || t.start === before.end) continue;
    // after a name only a determiner or a pronoun opens a sentence ("... for Libya The ship"): a capital
    // preposition after a name belongs to a title ("Gone With The Wind")
    const afterName = before.pos === 'PROPN' && (t.pos === 'DET' || t.pos === 'PRON');
    const afterWord = /^\p{Ll}/u.test(before.text) && !before.stop && ['NOUN', 'VERB', 'ADJ', 'ADV', 'NUM'].includes(before.pos);
    if ((afterName || afterWord) && OPENS_SENTENCE.has(t.pos)) starts.push(t.start);
  }
  return starts;
}

/** The span of a clause a title may draw on: from the last run-on start at or before `anchor` to the first after it. */
export function titleSpan(tokens: TaggedToken[], dates: Span[], clause: Span, anchor: number): Span {
  const starts = runOnStarts(tokens, dates);
  const start = Math.max(clause.start, ...starts.filter((s) => s <= anchor));
  const end = Math.min(clause.end, ...starts.filter((s) => s > anchor));
  return { start, end };
}
