/**
 * Context: a date stated in another sentence carries over only where this sentence goes on about
 * the same happening (shares a content word with the sentence that stated it).
 */
import type { DateSource, DatedHappening, DatingInput } from '../types.ts';
import { inferred } from '../timex-date.ts';
import { goesOnAbout } from '../happening-words.ts';
import { parseIsoDay } from '../../../time/calendar.ts';

/** A news story tells of what happened lately: a stated day older than this is background ("the rig that exploded on 20 April"), not the day of what the article goes on to tell. */
export const RECENT_DAYS = 7; // days before publication

/** Is this stated date the day of a recent happening, which later sentences may go on about? */
export function isRecentDay(date: DatedHappening['date'], published: string): boolean {
  const day = parseIsoDay(date.start);
  const now = parseIsoDay(published);
  return date.precision === 'day' && day !== null && now !== null && now - day <= RECENT_DAYS && day <= now;
}

/**
 * `recentOnly`: the lede's date dates what a later paragraph tells only when it is a recent day; a
 * paragraph's own dates carry whatever their age, since a paragraph that recalls the past
 * ("A cyclone killed 3,000 in 2007. Storms have ...") goes on about it.
 */
function carry(name: string, pick: (input: DatingInput) => DatedHappening | null, recentOnly: (input: DatingInput) => boolean): DateSource {
  return {
    name,
    find(input) {
      const h = pick(input);
      if (!h) return { pass: 'none stated' };
      if (recentOnly(input) && !isRecentDay(h.date, input.context.published)) return { pass: `sentence ${h.sentence + 1} states "${h.date.text}", not a recent day: background` };
      if (!goesOnAbout(input.words, h.words)) return { pass: `sentence ${h.sentence + 1} (${h.date.start}) is about another happening` };
      return { date: inferred(h.date), because: `goes on about sentence ${h.sentence + 1}, dated "${h.date.text}"` };
    },
  };
}

/**
 * A remark quoted about a happening (a speech act whose saying is the event) was made when the
 * happening was news: on a recent day the paragraph states, but not on the day of one that lies
 * more than a week back ("Last month the agency ran a drill. 'It saved lives,' said X" was said
 * when the article was reported, not last month).
 */
const isRemark = (input: DatingInput) => input.saying !== null && input.content === null;

/** The last date stated before in this paragraph. */
export const paragraphBefore = carry('the paragraph, before', (i) => i.context.previous, isRemark);
/** "X rejected the account. Y said yesterday ...": a paragraph that opens with the general and dates it next. */
export const paragraphAfter = carry('the paragraph, after', (i) => i.context.next, isRemark);
/** The lede's date, for what the article goes on to tell of the same happening. */
export const lede = carry('the lede', (i) => i.context.lede, () => true);
