/** The clause's own time expression, when it modifies the clause's verb (not a noun inside it). */
import type { DateSource } from '../types.ts';
import type { Timex } from '../../../types.ts';
import { nearestVerbDate, rangeOf } from '../timex-date.ts';
import { parseIsoDay } from '../../../time/calendar.ts';

/** A saying an article reports is recent: a date this far before publication, past the speech verb's adjuncts, is what the speaker talks about. */
const RECENT_SAYING_DAYS = 7; // days before publication

/** Keeps the past times that end within RECENT_SAYING_DAYS of publication. */
function recentFor(published: string) {
  const now = parseIsoDay(published)!;
  return (t: Timex): boolean => !t.future && t.range !== undefined && now - parseIsoDay(t.range.end)! <= RECENT_SAYING_DAYS;
}

export const ownClause: DateSource = {
  name: 'own clause',
  find({ masked, timexes, clause, trigger, saying, content, quotes, status, context }) {
    // a reported happening is dated by what is reported; an announcement or a speech act by the saying
    const span = content && status === 'occurred' ? content : (saying ?? clause);
    // "will deploy troops next week, the ministry said Tuesday": a future time is the plan (see planned), not when it was announced;
    // and a saying the article reports has been said ("said it would open a new office next year" was said, not next year)
    const speechAct = saying !== null && trigger.start >= saying.start && trigger.end <= saying.end;
    const past = status === 'announced' || content || speechAct ? timexes.filter((t) => !t.future) : timexes;
    // "warned of a deep depression forming last week": a speech act's date may sit past its verb's adjuncts
    const t = nearestVerbDate(masked, past, span, trigger, quotes, clause.start)
      ?? (saying && !content ? nearestVerbDate(masked, timexes.filter(recentFor(context.published)), clause, trigger, quotes, clause.start) : undefined);
    const verb = masked.slice(trigger.start, trigger.end);
    if (!t) return { pass: `no time expression modifies "${verb}"` };
    return { date: rangeOf(t)!, because: `"${t.text}" modifies "${verb}"` };
  },
};
