/** Which time expressions of a clause can date its verb, and the event date each gives. */
import type { EventDate } from '../../../schema/event.ts';
import type { Timex } from '../../types.ts';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from '../../time/lexicon.ts';
import { sentenceBoundaries } from '../../time/tense.ts';
import type { Span } from '../../linguistic/clauses.ts';
import { DATE_PHRASE_BEFORE } from '../../sentences.ts';

const PRECISION_RANK = { day: 0, week: 1, month: 2, quarter: 3, year: 4 } as const;

/** A time of day names a day only with a word for one: a weekday, a month, "today", "yesterday morning". */
const DAY_WORD = new RegExp(`\\b(?:${[...Object.keys(WEEKDAYS), ...Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'), 'today', 'tonight', 'yesterday', 'tomorrow', 'this', 'last', 'next'].join('|')})\\b|\\d{4}|\\d{1,2}/\\d{1,2}`, 'i');

/** The calendar days a time expression gives an event, or null when it dates no day ("at 7 p.m.", "12:49 am BST"). */
export function rangeOf(t: Timex): EventDate | null {
  // "a day after the vote" is a DURATION in TimeML whose range is the day it points to
  if (!t.range || (t.type !== 'DATE' && t.type !== 'TIME' && !(t.type === 'DURATION' && !t.future))) return null;
  // a clock time with no day named (a page's timestamp, "at 7 p.m.") says nothing about which day;
  // a part of the day ("overnight", "at dawn") is of the day in view, which the tagger resolved
  if (t.type === 'TIME' && !DAY_WORD.test(t.text) && /\d/.test(t.text)) return null;
  return { start: t.range.start, end: t.range.end, precision: t.range.precision, certain: true, text: t.text };
}

/**
 * "the 1951 Mutual Defense Treaty", "the 2014 Minsk agreements", "the London 2012 organizing
 * committee", "Euro 2012": a date that is part of a name dates no event. A bare year right after a
 * capitalized word is such a part, unless that word introduces a date ("In 2012", "Since 2003").
 */
export function namesSomething(masked: string, t: Span): boolean {
  if (/\bthe\s+$/i.test(masked.slice(Math.max(0, t.start - 5), t.start)) && /^\s+\p{Lu}/u.test(masked.slice(t.end, t.end + 3))) return true;
  const before = masked.slice(Math.max(0, t.start - 40), t.start);
  return /^\d{4}$/.test(masked.slice(t.start, t.end)) && /(?:^|\s)\p{Lu}[\p{L}-]*\s$/u.test(before) && !DATE_PHRASE_BEFORE.test(before);
}

/** "Page last updated at 08:03 GMT, Tuesday, ...", "DERAA | Sat Mar 26, 2011 ...": a page's or a wire's timestamp. */
const PAGE_STAMP_BEFORE = /(?:\b(?:updated|published|posted|modified)(?:\s+(?:at|on))?\s*:?|\|)\s*$/i;

/**
 * "Friday 10 June 2005 00.05 BST", "March 21, 2011 3:56 pm EDT": a year, then a clock time with
 * its time zone, is how a page stamps itself; prose says "on Friday at 5 p.m.".
 */
const STAMP_TEXT = /\d{4},?\s+(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?\s*)?(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/i;

/** A page's or wire's timestamp dates the page, not any happening the sentence tells of. */
export function isPageStamp(masked: string, t: Span): boolean {
  return PAGE_STAMP_BEFORE.test(masked.slice(Math.max(0, t.start - 30), t.start)) || STAMP_TEXT.test(masked.slice(t.start, t.end));
}

/** Words that relate the clause's happening to another one: "ahead of the vote", "a day after X", "since". */
export const RELATION = /\b(?:ahead of|before|after|following|prior to|until|till|since|in the run-up to|in the wake of|in the lead-up to)\b/i;
/** The relation phrase runs from its preposition to the time expression, inside one stretch of the clause. */
const IN_RELATION_PHRASE = new RegExp(`${RELATION.source}[^,;:]{0,60}$`, 'i');
/** "two days after", "hours before", "a week later": a stretch of time counted from another happening. */
const COUNTED_FROM = /^\s*(?:after|before|later|earlier|afterwards?|on)\b/i;
/** "the next day", "the following morning", "the day before": a day counted from the happening told before. */
/** "two days earlier", "a week later": counted from the happening told before, though tagged against publication. */
export const COUNTED_FROM_BEFORE = /\s(?:earlier|later|afterwards?)$/i;
export const ANAPHORIC_DAY = /^(?:the\s+)?(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)$|^the\s+day\s+(?:before|after)$|^(?:that|the same)\s+(?:day|morning|afternoon|evening|night)$/i;

const PREMODIFIER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that|whose)\s+$/i;
/** a noun right after the date: a word that is not a preposition, conjunction or verb-like function word */
const PREMODIFIED_NOUN = /^[ \t]+(?!(?:of|in|on|at|by|for|to|from|and|or|but|when|that|which|after|before|until|since|is|was|were|are|has|had|will|would|as|with)\b)[a-z][a-z-]+/;

/** Between a verb and a dated noun that holds its happening: "in", "during", "at" and an article. */
const HELD_IN = /^\s+(?:in|during|at)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * Does a time expression modify the clause's verb, rather than a noun inside it?
 * A weekday possessive names another happening ("Tuesday's protests") unless the trigger is that noun;
 * in a relation phrase ("ahead of the vote on Tuesday", "a day after X") it dates the other happening.
 */
export function modifiesVerb(masked: string, t: Timex, clauseStart: number, trigger: Span): boolean {
  const after = masked.slice(t.end, t.end + 30);
  // "killed in Monday's attack", "died during a March 5 crackdown": the dated happening holds the verb's, which shares its day
  if (trigger.end <= t.start && HELD_IN.test(masked.slice(trigger.end, t.start))) return true;
  const possessive = /^['’]s?\s/.test(after);
  const namesTrigger = trigger.start >= t.end && trigger.start - t.end <= 25;
  if (possessive && !namesTrigger) return false;
  // "the March 2003 invasion", "an April explosion": a date between a determiner and its noun dates that noun
  if (PREMODIFIER_BEFORE.test(masked.slice(Math.max(clauseStart, t.start - 8), t.start)) && PREMODIFIED_NOUN.test(after) && !(trigger.start >= t.end && masked.slice(t.end, trigger.start).trim() === '')) return false;
  if (t.type === 'DURATION' && COUNTED_FROM.test(after)) return false;
  if (ANAPHORIC_DAY.test(t.text) || COUNTED_FROM_BEFORE.test(t.text)) return false;
  const before = masked.slice(clauseStart, t.start);
  // "The company, which made a loss in 2009, said on Monday": a time in a relative clause dates its verb, not the
  // clause's (unless the trigger is that relative clause's own verb)
  const relative = RELATIVE_CLAUSE_OPEN.exec(before);
  if (relative) {
    const opens = clauseStart + relative.index;
    const closes = masked.indexOf(',', t.end);
    if (!(trigger.start > opens && (closes < 0 || trigger.start < closes))) return false;
  }
  // "... since an oil rig exploded April 20": a trigger inside the relation phrase, the time right after it, is the other
  // happening, which the time dates
  const relation = IN_RELATION_PHRASE.exec(before);
  const triggerInPhrase = relation !== null && trigger.start > clauseStart + relation.index && trigger.end <= t.start && TIME_RIGHT_AFTER.test(masked.slice(trigger.end, t.start));
  if (relation && !triggerInPhrase && !RELATION_TO_A_TIME.test(before) && !(PART_OF_DAY_TEXT.test(t.text) && RELATION_AT_END.test(before))) return false;
  return true;
}

/** Nothing but a preposition of time between a verb and its time ("exploded April 20", "exploded on April 20"). */
const TIME_RIGHT_AFTER = /^\s*(?:(?:on|in|at|early|late)\s+)?$/i;
/** A relative clause opened after a comma and not closed before the time: ", which made a loss in ". */
const RELATIVE_CLAUSE_OPEN = /,\s+(?:which|who|whom|whose)\b[^,;]*$/i;

/** The words for a part of the day (the time lexicon's, and the clock's noon and midnight). */
const PART_OF_DAY_WORDS = `(?:${Object.keys(PARTS_OF_DAY).join('|')}|noon|midnight)`;
const PART_OF_DAY_TEXT = new RegExp(`^${PART_OF_DAY_WORDS}$`, 'i');
const RELATION_AT_END = new RegExp(`${RELATION.source}\\s+$`, 'i');
/** "before dawn on Monday", "after nightfall": a relation word whose object is a part of the day governs a time, not another happening. */
const RELATION_TO_A_TIME = new RegExp(`${RELATION.source}\\s+${PART_OF_DAY_WORDS}\\s+(?:on\\s+|of\\s+)?$`, 'i');

/**
 * "... the lawyer says. 7 November <the next happening>": a sentence end the splitter missed (a
 * chronology's date heading run into the entry before it) stands between the verb and a later
 * time, which then dates the next sentence's happening, not this one. A heading before the verb
 * ("Aug 21 - <one entry>. -- <another>") dates every entry after it, and stays.
 */
export function acrossSentenceEnd(masked: string, t: Span, trigger: Span): boolean {
  return t.start >= trigger.end && sentenceBoundaries(masked).some((b) => b.index >= trigger.end && b.index < t.start && /[.!?]/.test(masked[b.index]));
}

/** The dated time expression in [from, to) nearest to `at`, outside speech quotes, that modifies the verb. */
/** "(11 p.m. Tuesday ET)": the same moment in another time zone, whose day is not the place's. */
export function isZoneConversion(masked: string, t: Span): boolean {
  return /\(\s*$/.test(masked.slice(Math.max(0, t.start - 3), t.start)) && /^\s*(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST)\s*\)/.test(masked.slice(t.end, t.end + 8));
}

export function nearestVerbDate(masked: string, timexes: Timex[], span: Span, trigger: Span, quotes: Span[], clauseStart: number): Timex | undefined {
  return timexes
    .filter((t) => t.start >= span.start && t.end <= span.end && rangeOf(t) && !quotes.some((q) => q.start < t.end && t.start < q.end) && !namesSomething(masked, t) && !isPageStamp(masked, t) && !isZoneConversion(masked, t) && modifiesVerb(masked, t, clauseStart, trigger) && !acrossSentenceEnd(masked, t, trigger))
    .sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start) || PRECISION_RANK[a.range!.precision] - PRECISION_RANK[b.range!.precision])[0];
}

/** The same date, marked as not stated by this clause. */
export function inferred(date: EventDate): EventDate {
  return { ...date, certain: false };
}
