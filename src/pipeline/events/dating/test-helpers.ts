/** Builds a date source's input from one sentence, for table tests: the real tagger and clause map. */
import { tagTimexes } from '../../time/index.ts';
import { analyzeSentence } from '../../linguistic/structure.ts';
import type { DatedHappening, DatingContext, DatingInput } from './types.ts';
import { happeningWords } from './happening-words.ts';

export interface Row {
  sentence: string;
  /** the trigger word, as written in the sentence */
  verb: string;
  /** the speech verb, when a speaker reports the happening */
  said?: string;
  status?: 'occurred' | 'announced';
  /** earlier dated sentences of the article, [sentence, ISO day] */
  before?: [string, string][];
}

export const PUBLISHED = '2024-03-13'; // a Wednesday

export function happening(sentence: string, day: string, index = 0): DatedHappening {
  return { date: { start: day, end: day, precision: 'day', certain: true, text: day }, words: happeningWords(sentence), sentence: index, paragraph: 0 };
}

export function inputFor(row: Row, context: Partial<DatingContext> = {}): DatingInput {
  const structure = analyzeSentence(row.sentence);
  const quotes = structure.quotations.filter((q) => q.speech);
  const { masked, clauses: { subordinate } } = structure;
  const at = masked.indexOf(row.verb);
  if (at < 0) throw new Error(`test row: verb "${row.verb}" is not in "${row.sentence}"`);
  const trigger = { start: at, end: at + row.verb.length };
  const saidAt = row.said ? masked.indexOf(row.said) : -1;
  const saying = saidAt >= 0 ? { start: saidAt, end: Math.min(masked.length, saidAt + row.said!.length + 12) } : null;
  const content = saying ? (saidAt < at ? { start: saying.end, end: masked.length } : { start: 0, end: saidAt }) : null;
  const happenings = (row.before ?? []).map(([s, d], i) => happening(s, d, i));
  return {
    masked,
    timexes: tagTimexes(row.sentence, PUBLISHED),
    clause: { start: 0, end: masked.length },
    trigger,
    saying,
    content,
    quotes,
    subordinate,
    status: row.status ?? 'occurred',
    appositive: null,
    words: happeningWords(masked),
    paragraph: 1,
    context: { published: PUBLISHED, occasion: null, previous: happenings.at(-1) ?? null, next: null, lede: null, happenings, entry: null, ...context },
  };
}
