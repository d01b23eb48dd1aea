/**
 * "X said Monday that Y happened": Monday is when X said it, not when Y happened. With no date
 * of its own, the happening is shown on the day of the saying, marked inferred: it happened no
 * later than that.
 */
import type { DateSource } from '../types.ts';
import { inferred, nearestVerbDate, rangeOf } from '../timex-date.ts';

export const reportedSpeech: DateSource = {
  name: 'reported speech',
  find({ masked, timexes, clause, saying, content, quotes, status }) {
    if (!saying || !content || status !== 'occurred') return { pass: 'not a happening reported by a speaker' };
    const t = nearestVerbDate(masked, timexes, saying, saying, quotes, clause.start);
    if (!t || t.future) return { pass: 'the saying has no date of its own' };
    return { date: inferred(rangeOf(t)!), because: `the saying is "${t.text}"; the happening is no later than that (inferred)` };
  },
};
