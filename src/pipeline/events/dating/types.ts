/** What every date source reads, and what it answers. */
import type { EventDate } from '../../../schema/event.ts';
import type { Timex } from '../../types.ts';
import type { Span } from '../../linguistic/clauses.ts';

/** A happening the article dated before (or, for the paragraph's next sentence, just after) this one. */
export interface DatedHappening {
  date: EventDate;
  /** content words of the sentence that stated the date, to tell whether a later sentence goes on about it */
  words: Set<string>;
  sentence: number;
  paragraph: number;
}

/** One clause's trigger in its sentence, with the article context dated so far. */
export interface DatingInput {
  /** the sentence with speech quotations blanked (same offsets as the text) */
  masked: string;
  timexes: Timex[];
  clause: Span;
  /** the word the event hangs on: its verb, or the speech verb for a speech act */
  trigger: Span;
  /** the speech verb with its own adjuncts ("said on Monday"), when someone is quoted */
  saying: Span | null;
  /** what the speaker reports, when the event is the reported happening */
  content: Span | null;
  /** speech quotations: their words date nothing of the reporter's */
  quotes: Span[];
  subordinate: Span[];
  status: 'occurred' | 'announced';
  /** between the speaker's name and the speech verb ("X, who flew in yesterday, said") */
  appositive: Span | null;
  /** content words of this sentence */
  words: Set<string>;
  paragraph: number;
  context: DatingContext;
}

export interface DatingContext {
  /** the publication day, YYYY-MM-DD: the only "now" */
  published: string;
  /** the speaker's first stated occasion in this article, for undated remarks of a speech act */
  occasion: EventDate | null;
  /** the last clause of this paragraph with a stated date, before this sentence */
  previous: DatedHappening | null;
  /** the first stated date later in this paragraph */
  next: DatedHappening | null;
  /** the date the first paragraph states */
  lede: DatedHappening | null;
  /** every stated happening so far, latest last: what "a day after X" can point back to */
  happenings: DatedHappening[];
  /** in a chronology article, the date heading of the entry this sentence belongs to (see ./entries.ts) */
  entry: DatedHappening | null;
}

/** A source's answer: the date and the words `dateline explain` prints for it. */
export interface DateFinding {
  date: EventDate;
  because: string;
}

/**
 * "two days after the vote" when the article dates no vote: the count and the words of the
 * happening it names, for a later stage to find that happening dated in another article
 * (../../relations.ts).
 */
export interface PendingRelation {
  /** days to add to the named happening's day: negative for "before" */
  days: number;
  /** content words of the named happening (`happeningWords`), in the order written */
  words: string[];
  /** the phrase as written, for `dateline explain` */
  text: string;
}

/** One date source: a name, and a pure function that dates the clause or passes (with why, and maybe a relation it could not resolve). */
export interface DateSource {
  name: string;
  find(input: DatingInput): DateFinding | { pass: string; relation?: PendingRelation };
}
