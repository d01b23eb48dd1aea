/**
 * Event dating as an ordered list of date sources, like chrono's refiners: the first source that
 * answers dates the clause. The order is the architecture: what the clause states beats what it
 * implies, and anything from another sentence comes after everything from this one.
 */
import type { EventDate } from '../../../schema/event.ts';
import type { DateFinding, DateSource, DatingInput, PendingRelation } from './types.ts';
import { ownClause } from './sources/own-clause.ts';
import { eventRelative } from './sources/event-relative.ts';
import { reportedSpeech } from './sources/reported-speech.ts';
import { speakerAppositive, speakerOccasion } from './sources/speaker.ts';
import { tenseAspect } from './sources/tense-aspect.ts';
import { lede, paragraphAfter, paragraphBefore } from './sources/same-happening.ts';
import { publication } from './sources/publication.ts';
import { pageStamp } from './sources/page-stamp.ts';
import { chronologyEntry } from './sources/chronology-entry.ts';

export const DATE_SOURCES: DateSource[] = [
  ownClause, // the clause's own time expression, modifying its verb
  pageStamp, // the page's timestamp in the sentence: it opens the page, whose day it names
  eventRelative, // "a day after X", "the next day": before the speaker's day, which would date the saying instead
  reportedSpeech, // "said Monday that ...": the saying bounds the happening
  speakerAppositive,
  chronologyEntry, // a chronology's entry is told under its date heading: before the speaker's first occasion, or the present perfect's "recently"
  speakerOccasion,
  tenseAspect, // before context: a present perfect is recent whatever another sentence names
  paragraphBefore,
  paragraphAfter,
  lede,
  publication, // last, always answers
];

export interface DatedClause {
  date: EventDate;
  /** the source that answered */
  source: string;
  /** one line per source tried, for `dateline explain` */
  trace: string[];
  /** a time counted from a happening the article does not date, when a source passed on one */
  relation?: PendingRelation;
}

/** Words that count a length of time ("four months", "a year after", "years later"), not name a time. */
const COUNTED_LENGTH = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|more than (?:a|an|\d+|\w+))\s+(?:hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b|\b(?:hours|days|weeks|months|years|decades)\s+(?:later|after|on)\b/i;

/**
 * What an article tells as happened (or said, or announced) happened by its publication: a source
 * whose day falls later has counted from the wrong point ("three days after <an undated
 * happening>" counted from publication, "more than N years after" a recent day) or taken a
 * deadline ("by Sunday") for the happening, and gives way to the next. So does a wider span that
 * a counted length puts after publication for a happening told as done ("deployed a year after
 * us", "released four months after his death"). Another wider span ("said ... next week") is the
 * plan a statement is about, and stays.
 */
function afterPublication(found: DateFinding, input: DatingInput): string | null {
  if (found.date.start <= input.context.published) return null;
  const counted = input.status === 'occurred' && COUNTED_LENGTH.test(found.date.text);
  return found.date.precision === 'day' || counted ? `${found.date.start} is after publication: not when it happened` : null;
}

/** Dates one clause: runs the sources in order until one answers. */
export function dateClause(input: DatingInput, sources: DateSource[] = DATE_SOURCES): DatedClause {
  const trace: string[] = [];
  let relation: PendingRelation | undefined;
  for (const source of sources) {
    const found = source.find(input);
    if ('pass' in found && found.relation) relation ??= found.relation;
    const late = 'pass' in found ? null : afterPublication(found, input);
    if ('pass' in found || late) {
      trace.push(`  ${source.name}: ${'pass' in found ? found.pass : late}`);
      continue;
    }
    trace.push(`✓ ${source.name}: ${found.because} -> ${found.date.start}${found.date.end !== found.date.start ? `..${found.date.end}` : ''}${found.date.certain ? '' : ' (inferred)'}`);
    return { date: found.date, source: source.name, trace, ...(relation ? { relation } : {}) };
  }
  throw new Error('src/pipeline/events/dating/index.ts: no date source answered; keep `publication` last in DATE_SOURCES');
}

export type { DatingInput, DatingContext, DatedHappening, DateSource, PendingRelation } from './types.ts';
export { rangeOf, namesSomething, nearestVerbDate, isPageStamp, modifiesVerb } from './timex-date.ts';
export { goesOnAbout, happeningWords } from './happening-words.ts';
export { entryHeadings } from './entries.ts';
