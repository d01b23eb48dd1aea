/**
 * Context: a date stated in another sentence carries over only where this sentence goes on about
 * the same happening (shares a content word with the sentence that stated it).
 */
import type { DateSource, DatedHappening, DatingInput } from '../types.ts';
import { inferred } from '../timex-date.ts';
import { goesOnAbout } from '../happening-words.ts';

function carry(name: string, pick: (input: DatingInput) => DatedHappening | null): DateSource {
  return {
    name,
    find(input) {
      const h = pick(input);
      if (!h) return { pass: 'none stated' };
      if (!goesOnAbout(input.words, h.words)) return { pass: `sentence ${h.sentence + 1} (${h.date.start}) is about another happening` };
      return { date: inferred(h.date), because: `goes on about sentence ${h.sentence + 1}, dated "${h.date.text}"` };
    },
  };
}

/** The last date stated before in this paragraph. */
export const paragraphBefore = carry('the paragraph, before', (i) => i.context.previous);
/** "X rejected the account. Y said yesterday ...": a paragraph that opens with the general and dates it next. */
export const paragraphAfter = carry('the paragraph, after', (i) => i.context.next);
/** The lede's date, for what the article goes on to tell of the same happening. */
export const lede = carry('the lede', (i) => i.context.lede);
