/** A speech act with no date of its own: the speaker's appositive ("X, who flew in yesterday, said"), else their first dated remarks. */
import type { DateSource } from '../types.ts';
import { inferred, rangeOf } from '../timex-date.ts';

export const speakerAppositive: DateSource = {
  name: "speaker's appositive",
  find({ timexes, appositive, subordinate, quotes }) {
    if (!appositive) return { pass: 'no appositive between speaker and verb' };
    const t = timexes.find((x) => x.start >= appositive.start && x.end <= appositive.end && rangeOf(x) && !x.future
      && subordinate.some((s) => x.start >= s.start && x.start < s.end) && !quotes.some((q) => q.start < x.end && x.start < q.end));
    return t ? { date: inferred(rangeOf(t)!), because: `the speaker's appositive says "${t.text}"` } : { pass: 'the appositive has no date' };
  },
};

export const speakerOccasion: DateSource = {
  name: "speaker's occasion",
  find({ saying, content, context }) {
    if (!saying || content) return { pass: 'not a speech act' };
    return context.occasion ? { date: inferred(context.occasion), because: `the speaker's remarks were dated "${context.occasion.text}"` } : { pass: 'the speaker has no dated remarks before' };
  },
};
