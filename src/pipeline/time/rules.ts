/**
 * The rules that find time expressions: each is a regular expression over the whole text and a
 * function that turns a match into a meaning (or rejects it). Rules are tried all over the text;
 * where two matches overlap the longer wins, and on equal length the rule listed first (see
 * `selectLongest` in refiners.ts). A rule here is written for English, never for one sentence.
 */
import { COUNT_SOURCE, MONTHS, ORDINAL_SOURCE, PARTS_OF_DAY, SEASONS, UNIT_SOURCE, UNITS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, countValue, ordinalValue, unitKey } from './lexicon.ts';
import { isValidDay } from './calendar.ts';
import type { CalendarUnit, ClockTime, Meaning } from './semantics.ts';

export interface RuleMatch {
  meaning: Meaning;
  time?: ClockTime;
  mod?: string;
  /** keep only the days before ("earlier this month") or after ("later this year") the DCT */
  clip?: 'before' | 'after';
  /** narrow the span to part of the match (offsets relative to the match start) */
  from?: number;
  to?: number;
}

export interface Rule {
  name: string;
  pattern: RegExp;
  build: (m: RegExpExecArray, text: string) => RuleMatch | null;
}

// ---- regex pieces -------------------------------------------------------------------------
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])';
const WEEKDAY_OR_ABBR = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:,.]\\d|\\d|%)';
const YEAR = '(\\d{4})(?![\\d%])';
const COUNT = `(${COUNT_SOURCE})`;
const UNIT = `(${UNIT_SOURCE})`;
const PART_OF_DAY = '(morning|afternoon|evening|night)';

const rx = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);

/** Month number of a matched month word, or null when it is not capitalized (a lower-case "march" or "may" is a verb). */
function monthOf(word: string | undefined): number | null {
  if (!word || !/^[A-Z]/.test(word)) return null;
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

function weekdayOf(word: string | undefined): number | null {
  if (!word || !/^[A-Z]/.test(word)) return null;
  const key = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS[key] ?? WEEKDAY_ABBREVIATIONS[key] ?? null;
}

/** A day of the month that exists in some year (Feb. 29 does, Feb. 30 does not). */
const isDayOf = (month: number, day: number): boolean => isValidDay(2000, month, day);
const relationOf = (word: string | undefined): -1 | 0 | 1 | undefined => {
  const w = word?.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past' || w === 'previous') return -1;
  if (w === 'next' || w === 'coming' || w === 'this coming') return 1;
  if (w === 'this' || w === 'current') return 0;
  return undefined;
};

function clock(hour: number, minute: number | undefined, meridiem: string | undefined): ClockTime | null {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (/^p/i.test(meridiem) && h !== 12) h += 12;
    if (/^a/i.test(meridiem) && h === 12) h = 0;
  }
  if (h > 24 || (minute !== undefined && minute > 59)) return null;
  const hh = String(h).padStart(2, '0');
  return { value: minute === undefined ? (meridiem ? `${hh}:00` : hh) : `${hh}:${String(minute).padStart(2, '0')}` };
}

/** Words after a bare number that show it counts things rather than naming a year. */
const COUNTED_NOUN = /^\s+(?:million|billion|trillion|thousand|people|persons|men|women|children|kids|troops|soldiers|police|officers|workers|employees|jobs|homes|houses|cars|vehicles|points|votes|seats|meters|metres|feet|foot|miles|kilometers|kilometres|km|kg|pounds|tons|tonnes|yards|acres|units|cases|deaths|dead|patients|students|members|calories|words|pages|barrels|shares|hours|minutes|times|rounds|degrees|percent|per)\b/i;
/** Words before a bare number that show it is a number, not a year. */
const NUMBER_BEFORE = /\b(?:No|Nos|number|flight|route|room|highway|interstate|resolution|article|section|page|code|model|version|channel|bus|platform|gate|suite|apt|item|rule|bill)[.\s]*$/i;
/** An all-capitals code before a number ("HR 1999", "SB 2001") makes it a name, not a year. */
const CODE_BEFORE = /\b[A-Z]{2,}\s*$/;

/** A count or determiner right before a unit word: then the unit is not "bare". */
const COUNT_BEFORE = new RegExp(`\\b(?:the|these|those|${COUNT_SOURCE.slice(3, -1)})[\\s-]+$`, 'i');

/**
 * Holidays of English-speaking news with a rule for their date: a fixed month and day, or the
 * n-th (-1 = last) given weekday of a month. Those without a fixed rule (Easter) are left out.
 */
const HOLIDAYS: Record<string, { month: number; day?: number; weekday?: number; nth?: number }> = {
  'christmas eve': { month: 12, day: 24 }, 'christmas day': { month: 12, day: 25 }, christmas: { month: 12, day: 25 },
  "new year's eve": { month: 12, day: 31 }, "new year's day": { month: 1, day: 1 }, "new year's": { month: 1, day: 1 },
  "valentine's day": { month: 2, day: 14 }, halloween: { month: 10, day: 31 }, 'independence day': { month: 7, day: 4 },
  'the fourth of july': { month: 7, day: 4 }, 'boxing day': { month: 12, day: 26 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'labor day': { month: 9, weekday: 1, nth: 1 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
};

/**
 * What comes before "a year" when it is a rate: "$5 million a year", "twice a day". TimeBank
 * leaves amounts per unit ("700 seats a week") unannotated, so a rate is no time expression
 * unless it counts occurrences ("twice a week" is a SET, see set-times-per).
 */
const RATE_BEFORE = /(?:\d|%|\b(?:once|twice|thrice|million|billion|trillion|thousand|hundred|percent|people)|\b(?!(?:was|is|has|does|his|its|this|thus|as|us|yes|less|across|unless|perhaps|always|sometimes|towards|afterwards|plus|various|previous|serious|famous|news|ago)\b)[a-z]{2,}s)\s*$/i;

const TODAY_WORDS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

export const RULES: Rule[] = [
  {
    name: 'iso-date',
    pattern: rx('\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?\\b'),
    build: (m) => {
      if (!isValidDay(+m[1], +m[2], +m[3])) return null;
      return { meaning: { kind: 'date', year: +m[1], month: +m[2], day: +m[3] }, ...(m[4] ? { time: { value: `${m[4]}:${m[5]}` } } : {}) };
    },
  },
  {
    name: 'month-day-year',
    pattern: rx(`(?:${WEEKDAY_OR_ABBR},?\\s+)?${MONTH}\\s+${DAY}(?:,\\s*|\\s+)${YEAR}`),
    build: (m) => {
      const month = monthOf(m[2]);
      if (!month || !isValidDay(+m[4], month, +m[3])) return null;
      return { meaning: { kind: 'date', year: +m[4], month, day: +m[3] } };
    },
  },
  {
    name: 'day-month-year',
    pattern: rx(`(?:${WEEKDAY_OR_ABBR},?\\s+)?(?:the\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`),
    build: (m) => {
      const month = monthOf(m[3]);
      if (!month || !isValidDay(+m[4], month, +m[2])) return null;
      return { meaning: { kind: 'date', year: +m[4], month, day: +m[2] } };
    },
  },
  {
    name: 'numeric-date',
    // US order, month/day/year, as US and most English wire copy writes it
    pattern: rx('\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b'),
    build: (m) => {
      const [month, day] = [+m[1], +m[2]];
      const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      if (!isValidDay(year, month, day)) return null;
      return { meaning: { kind: 'date', year, month, day } };
    },
  },
  {
    name: 'month-day',
    pattern: rx(`(?:${WEEKDAY_OR_ABBR},?\\s+)?${MONTH}\\s+${DAY}(?!\\s*(?:,\\s*)?\\d)`),
    build: (m) => {
      const month = monthOf(m[2]);
      if (!month || !isDayOf(month, +m[3])) return null;
      return { meaning: { kind: 'date', month, day: +m[3] } };
    },
  },
  {
    name: 'day-month',
    pattern: rx(`(?:${WEEKDAY_OR_ABBR},?\\s+)?(?:the\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`),
    build: (m) => {
      const month = monthOf(m[3]);
      if (!month || !isDayOf(month, +m[2])) return null;
      return { meaning: { kind: 'date', month, day: +m[2] } };
    },
  },
  {
    name: 'ordinal-of-month',
    pattern: rx(`\\bthe\\s+(${ORDINAL_SOURCE})\\s+of\\s+${MONTH}`),
    build: (m) => {
      const month = monthOf(m[2]);
      const day = ordinalValue(m[1]);
      if (!month || !day || !isDayOf(month, day)) return null;
      return { meaning: { kind: 'date', month, day } };
    },
  },
  {
    name: 'month-year',
    pattern: rx(`${MONTH},?\\s+(?:of\\s+)?${YEAR}`),
    build: (m) => {
      const month = monthOf(m[1]);
      return month ? { meaning: { kind: 'date', year: +m[2], month } } : null;
    },
  },
  {
    name: 'relative-month',
    pattern: rx(`\\b(last|this|next|this\\s+past|this\\s+coming|past|coming)\\s+${MONTH}`),
    build: (m) => {
      const month = monthOf(m[2]);
      return month ? { meaning: { kind: 'month', month, relation: relationOf(m[1]) } } : null;
    },
  },
  {
    name: 'month',
    pattern: rx(MONTH),
    build: (m, text) => {
      const month = monthOf(m[1]);
      if (!month) return null;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // an abbreviation alone is too often something else ("Mar", "Dec", "Jun")
      if (m[1].length <= 4 && m[1] !== 'May' && m[1] !== 'June' && m[1] !== 'July') return null;
      // "May" is mostly the modal verb, and "March" a noun or verb, unless a preposition introduces them
      const introduced = /\b(?:in|since|until|till|through|by|from|of|during|before|after|early|late|mid|last|next|this|to|and|or|between|on)[\s-]*$/i.test(before);
      if ((month === 5 || month === 3) && !introduced) return null;
      // a month name followed by a capitalized word is usually a person ("April Ryan", "June Carter")
      if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after) && !introduced) return null;
      return { meaning: { kind: 'month', month } };
    },
  },
  {
    name: 'weekdays-set',
    // "on Sundays", "Tuesday nights": a weekday that recurs
    pattern: rx('\\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(morning|afternoon|evening|night)s)\\b'),
    build: (m) => {
      const day = weekdayOf(m[1] ?? m[2]);
      if (!day) return null;
      const part = m[3] ? `T${PARTS_OF_DAY[m[3].toLowerCase()]}` : '';
      return { meaning: { kind: 'set', value: `XXXX-WXX-${day}${part}` } };
    },
  },
  {
    name: 'weekday',
    pattern: rx(`\\b(?:(last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?${WEEKDAY}(?:\\s+${PART_OF_DAY}\\b)?`),
    build: (m) => {
      const day = weekdayOf(m[2]);
      if (!day) return null;
      const part = m[3] ? PARTS_OF_DAY[m[3].toLowerCase()] : undefined;
      return {
        meaning: { kind: 'weekday', weekday: day, relation: relationOf(m[1]) },
        ...(part ? { time: { value: part } } : {}),
      };
    },
  },
  {
    name: 'holiday',
    pattern: rx(`\\b(?:(last|this|next)\\s+)?(Christmas\\s+Eve|Christmas\\s+Day|Christmas|New\\s+Year's\\s+Eve|New\\s+Year's\\s+Day|New\\s+Year's|Valentine's\\s+Day|Halloween|Independence\\s+Day|the\\s+Fourth\\s+of\\s+July|Boxing\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day)(?:\\s+(\\d{4}))?`, 'g'),
    build: (m) => {
      const name = m[2].replace(/\s+/g, ' ').toLowerCase();
      const holiday = HOLIDAYS[name];
      if (!holiday) return null;
      const year = m[3] ? +m[3] : undefined;
      return { meaning: { kind: 'holiday', ...holiday, ...(year ? { year } : {}), ...(m[1] ? { relation: relationOf(m[1]) } : {}) } };
    },
  },
  {
    name: 'today-yesterday-tomorrow',
    pattern: rx(`\\b(today|tonight|yesterday|tomorrow)(?:\\s+${PART_OF_DAY}\\b)?`),
    build: (m) => {
      const word = m[1].toLowerCase();
      const part = word === 'tonight' ? 'NI' : m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : undefined;
      // "today's" as a possessive of the age ("today's children") still names the day in news
      return { meaning: { kind: 'shift', unit: 'day', offset: TODAY_WORDS[word], from: 'dct' }, ...(part ? { time: { value: part } } : {}) };
    },
  },
  {
    name: 'day-before-after-today',
    pattern: rx('\\bthe\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)\\b'),
    build: (m) => ({ meaning: { kind: 'shift', unit: 'day', offset: /before/i.test(m[1]) ? -2 : 2, from: 'dct' } }),
  },
  {
    name: 'this-part-of-day',
    pattern: rx(`\\b(this|last|tomorrow|yesterday)\\s+${PART_OF_DAY}\\b`),
    build: (m) => {
      const word = m[1].toLowerCase();
      const part = PARTS_OF_DAY[m[2].toLowerCase()];
      // "last night" is the night before the report; "last morning" is not English
      if (word === 'last' && part !== 'NI' && part !== 'EV') return null;
      const offset = word === 'last' || word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { meaning: { kind: 'shift', unit: 'day', offset, from: 'dct' }, time: { value: part } };
    },
  },
  {
    name: 'present-ref',
    pattern: rx('\\b(?:right\\s+)?(now|currently|presently|nowadays|at\\s+present|these\\s+days|at\\s+the\\s+moment|the\\s+present(?:\\s+day)?)\\b(?!-)'),
    build: (m) => {
      // "now" as a discourse marker is still the present in TimeML; "the present" + noun is an adjective
      if (/^the\s+present$/i.test(m[1]) && /^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3)) ) return null;
      return { meaning: { kind: 'literal', value: 'PRESENT_REF', type: 'DATE' } };
    },
  },
  {
    name: 'past-ref',
    // not "previously" or "formerly": they order events rather than name a time
    pattern: rx('\\b(recently|lately|at\\s+the\\s+time|in\\s+the\\s+past|the\\s+past)\\b'),
    build: (m, text) => {
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (word.endsWith('the past')) {
        // "the past two weeks", "the past year": a duration rule takes it
        if (/^\s+(?:\w+\s+)?(?:few|several|couple|\d|[a-z]+\s+)?\s*(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|century|centuries|weekend)\b/i.test(after)) return null;
        if (/^\s+(?:[a-z]+)/.test(after) && !/^\s+(?:and|or|but|to|as|is|was|has|have|had|that|when|where|we|they|he|she|it|i|you|this|the|a|of|in|on|at|for|with|by)\b/i.test(after)) return null;
        // TimeML marks "the past", not the preposition before it
        const offset = m[0].toLowerCase().indexOf('the');
        return { meaning: { kind: 'literal', value: 'PAST_REF', type: 'DATE' }, from: offset };
      }
      return { meaning: { kind: 'literal', value: 'PAST_REF', type: 'DATE' } };
    },
  },
  {
    name: 'future-ref',
    pattern: rx('\\b(?:in\\s+)?(the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future)\\b'),
    build: (m) => ({ meaning: { kind: 'literal', value: 'FUTURE_REF', type: 'DATE' }, from: m[0].length - m[1].length }),
  },
  {
    name: 'relative-unit',
    pattern: rx('\\b(?:(the)\\s+)?(?:(earlier|later|late|early)\\s+(?:in\\s+)?)?(this\\s+past|this\\s+coming|most\\s+recent|latest|last|this|next|past|coming|previous|following|current|same|preceding|prior)\\s+(?:fiscal\\s+|calendar\\s+|school\\s+|financial\\s+)?(week|month|year|quarter|weekend|decade|century)\\b(?!-)'),
    build: (m) => {
      const the = !!m[1];
      const edge = m[2]?.toLowerCase();
      // "this past week" is last week, "the latest quarter" the last one reported
      const word = m[3].toLowerCase().replace(/\s+/g, ' ').replace(/^(?:this past|most recent|latest)$/, 'last').replace(/^this coming$/, 'next');
      const unit = m[4].toLowerCase() as CalendarUnit;
      if (edge && the) return null;
      // "the past year", "the next month", "the coming week": a stretch of time ending or starting now
      if (the && (word === 'past' || word === 'next' || word === 'coming')) {
        if (unit === 'weekend') return { meaning: { kind: 'shift', unit, offset: word === 'past' ? -1 : 1, from: 'dct' } };
        return { meaning: { kind: 'duration', count: 1, unit, direction: word === 'past' ? 'past' : 'future' } };
      }
      // "the following decade" is nearly always a stretch ("over the following decade")
      if (the && (unit === 'decade' || unit === 'century') && word !== 'same') {
        return { meaning: { kind: 'duration', count: 1, unit, ...(word === 'previous' || word === 'last' ? { direction: 'past' as const } : {}) } };
      }
      // "the following year", "the previous week": counted from the last date the text gave
      if (word === 'following' || word === 'preceding' || word === 'prior' || (the && word === 'previous') || (the && word === 'same')) {
        const offset = word === 'following' ? 1 : word === 'same' ? 0 : -1;
        return { meaning: { kind: 'shift', unit, offset, from: 'anchor' } };
      }
      if (word === 'same') return null;
      const offset = word === 'last' || word === 'past' || word === 'previous' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
      // "this weekend" in a Monday paper may be the one just gone: the tense decides
      if (unit === 'weekend' && offset === 0 && !edge) return { meaning: { kind: 'shift', unit, offset, from: 'dct', followsTense: true } };
      const mod = edge === 'early' ? 'START' : edge === 'late' ? 'END' : undefined;
      // "earlier this month" is the part of the month before the report, "later this year" the part after
      const clip = edge === 'earlier' ? 'before' : edge === 'later' ? 'after' : undefined;
      return { meaning: { kind: 'shift', unit, offset, from: 'dct' }, ...(mod ? { mod } : {}), ...(clip ? { clip } : {}) };
    },
  },
  {
    name: 'the-weekend',
    // "over the weekend", "this weekend": the one the clause's tense points at
    pattern: rx('\\b(?:the|this)\\s+weekend\\b(?!-)'),
    build: () => ({ meaning: { kind: 'shift', unit: 'weekend', offset: 0, from: 'dct', followsTense: true } }),
  },
  {
    name: 'earlier-in-the-unit',
    // "earlier in the week", "later in the year": the DCT's unit, before or after the report
    pattern: rx('\\b(earlier|later)\\s+in\\s+the\\s+(week|month|year|quarter|decade)\\b'),
    build: (m) => ({
      meaning: { kind: 'shift', unit: m[2].toLowerCase() as CalendarUnit, offset: 0, from: 'dct' },
      clip: /^earlier$/i.test(m[1]) ? 'before' : 'after',
    }),
  },
  {
    name: 'edge-of-unit',
    pattern: rx('\\b(?:the\\s+)?(end|beginning|start|middle|close|rest|remainder|balance)\\s+of\\s+(?:the\\s+|this\\s+)?(year|month|week|decade|century|quarter)\\b|\\b(year|month|quarter|week)[\\s-]end\\b'),
    build: (m) => {
      const edge = (m[1] ?? 'end').toLowerCase();
      const unit = (m[2] ?? m[3]).toLowerCase() as CalendarUnit;
      const mod = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID' }[edge];
      return { meaning: { kind: 'shift', unit, offset: 0, from: 'dct', followsTense: true }, ...(mod ? { mod } : { clip: 'after' as const }) };
    },
  },
  {
    name: 'units-ago',
    pattern: rx(`\\b${COUNT}[\\s-]+${UNIT}\\s+(ago|from\\s+now|hence|earlier|later|before|after|afterwards?|previously)\\b`),
    build: (m, text) => {
      const count = countValue(m[1]);
      const info = UNITS[unitKey(m[2])];
      if (!info?.calendar || info.clock) return null;
      const word = m[3].toLowerCase();
      if (count === null) return null;
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "a month earlier than usual" compares lengths: the duration rule takes "a month"
      if (/^\s+than\b/i.test(rest)) return null;
      // TimeML marks "eight years from now" as two expressions, a duration and "now"
      if (/from\s+now/i.test(word)) return null;
      // "two days before the vote": TimeML marks only the length, as a DURATION ("two days");
      // the day it points at is counted from the last date the text gave (the best guess at
      // the event's own date) and handed on as the range
      const beforeEvent = (word === 'before' || word === 'after') && /^\s+\S/.test(rest);
      const sign = /ago|earlier|before|previously/.test(word) ? -1 : 1;
      const unitName = unitKey(m[2]);
      const unit: CalendarUnit = unitName === 'decade' || unitName === 'century' ? 'year' : info.calendar;
      const scale = unitName === 'decade' ? 10 : unitName === 'century' ? 100 : unitName === 'fortnight' ? 2 : 1;
      const from = /ago|from\s+now|hence/.test(word) ? 'dct' : 'anchor';
      if (beforeEvent) {
        return {
          meaning: { kind: 'duration', count, unit: unitName, fromAnchor: { unit, offset: sign * count * scale } },
          to: text.slice(m.index, m.index + m[0].length - m[3].length).trimEnd().length,
        };
      }
      return { meaning: { kind: 'shift', unit, offset: sign * count * scale, from } };
    },
  },
  {
    name: 'anchored-day',
    pattern: rx(`\\b(?:the\\s+)?(next|following|previous|same|preceding|prior)\\s+(day|${PART_OF_DAY.slice(1, -1)})\\b|\\bthe\\s+day\\s+(before|after)\\b|\\b(that|the\\s+same)\\s+(day|morning|afternoon|evening|night)\\b`),
    build: (m, text) => {
      if (m[3]) {
        const meaning: Meaning = { kind: 'shift', unit: 'day', offset: m[3].toLowerCase() === 'before' ? -1 : 1, from: 'anchor' };
        // "the day before the vote": "before" is a signal linking to an event, and TimeML's
        // extent is "the day"; the date is still a guess from the last date given
        const followed = /^\s+[\w"']/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
        return followed ? { meaning, to: m[0].length - m[3].length - 1 } : { meaning };
      }
      const word = (m[1] ?? m[4]).toLowerCase().replace(/\s+/g, ' ');
      const noun = (m[2] ?? m[5]).toLowerCase();
      const offset = word === 'next' || word === 'following' ? 1 : word === 'that' || word === 'the same' || word === 'same' ? 0 : -1;
      const part = noun === 'day' ? undefined : PARTS_OF_DAY[noun];
      return { meaning: { kind: 'shift', unit: 'day', offset, from: 'anchor' }, ...(part ? { time: { value: part } } : {}) };
    },
  },
  {
    name: 'quarter',
    pattern: rx(`\\b(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?:\\s+of\\s+(?:(\\d{4})|(this|last|next)\\s+year|the\\s+year))?`),
    build: (m) => {
      const q = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 }[m[1].toLowerCase()];
      if (!q) return null;
      const year = m[2] ? +m[2] : undefined;
      const relation = relationOf(m[3]);
      return { meaning: { kind: 'part', scope: 'quarter', part: `Q${q}`, year, relation: relation === undefined ? undefined : relation } };
    },
  },
  {
    name: 'q-quarter',
    pattern: rx("\\b(?:Q([1-4])|([1-4])Q)(?:[\\s-]*(?:'(\\d{2})|(\\d{4})|FY(\\d{2,4})))?\\b", 'g'),
    build: (m) => {
      const q = +(m[1] ?? m[2]);
      const short = m[3] ?? m[5];
      const year = m[4] ? +m[4] : short ? (short.length === 2 ? 2000 + +short : +short) : undefined;
      return { meaning: { kind: 'part', scope: 'quarter', part: `Q${q}`, year } };
    },
  },
  {
    name: 'half-year',
    pattern: rx('\\b(?:the\\s+)?(first|second|1st|2nd)[\\s-]+half\\s+of\\s+(?:(\\d{4})|(this|last|next)\\s+year|the\\s+year)'),
    build: (m) => {
      const h = /^(first|1st)$/i.test(m[1]) ? 1 : 2;
      return { meaning: { kind: 'part', scope: 'half', part: `H${h}`, year: m[2] ? +m[2] : undefined, relation: relationOf(m[3]) } };
    },
  },
  {
    name: 'half-year-bare',
    // "in the second half": a half of the current year when nothing else is named; "the first
    // half of the match" is not a time
    pattern: rx('(?<=\\b(?:in|during|for|over|through)\\s+)the\\s+(first|second)\\s+half\\b(?!\\s+of\\b)'),
    build: (m) => ({ meaning: { kind: 'part', scope: 'half', part: /first/i.test(m[1]) ? 'H1' : 'H2' } }),
  },
  {
    name: 'season',
    pattern: rx('\\b(?:(this|last|next|this\\s+past|this\\s+coming|past|coming)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?\\b'),
    build: (m, text) => {
      const relation = relationOf(m[1]);
      const year = m[3] ? +m[3] : undefined;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      // "fall" and "spring" are verbs and nouns too: without "last/this/next", a year or a
      // preposition/article before them, the word is not a season
      const introduced = /\b(?:in|during|since|until|till|through|by|this|last|next|the|early|late|mid|over|before|after)[\s-]+$/i.test(before)
        || (!/^fall$/i.test(m[2]) && /\b(?:start|end|beginning|middle|rest)\s+of\s+$/i.test(before));
      if (relation === undefined && year === undefined && !introduced) return null;
      if (/^fall$/i.test(m[2]) && relation === undefined && year === undefined && !/\b(?:in|during|since|until|by|this|last|next|early|late|the)\s+(?:the\s+)?$/i.test(before)) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the fall of Rome", "the spring of 1968" is handled by the year group
      if (year === undefined && /^\s+of\b/i.test(after)) return null;
      return { meaning: { kind: 'part', scope: 'season', part: SEASONS[m[2].toLowerCase()], year, relation } };
    },
  },
  {
    name: 'decade',
    pattern: rx("(?:\\bthe\\s+)?(?:\\b(early|mid|late)[\\s-]+)?(?:\\b(\\d{3})0'?s|'(\\d)0s)\\b"),
    build: (m) => {
      const decade = m[2] ?? (+m[3] >= 3 ? `19${m[3]}` : `20${m[3]}`);
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      return { meaning: { kind: 'literal', value: decade, type: 'DATE' }, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'century',
    // TimeML leaves the article out: "the [20th century]"
    pattern: rx(`\\b(${ORDINAL_SOURCE})[\\s-]+century\\b`),
    build: (m) => {
      const n = ordinalValue(m[1]);
      if (!n || n > 21) return null;
      return { meaning: { kind: 'literal', value: String(n - 1).padStart(2, '0'), type: 'DATE' } };
    },
  },
  {
    name: 'year',
    pattern: rx('(?<![\\d$£€¥,.#/:])\\b(?:(fiscal\\s+year|fiscal|FY|the\\s+year)\\s*)?(1[5-9]\\d\\d|20\\d\\d)\\b(?![\\d%]|[.,:]\\d|\\s*(?:%|percent|GMT|UTC|hours|hrs|local\\s+time)\\b)'),
    build: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (!m[1] && COUNTED_NOUN.test(after)) return null;
      // "1600 Pennsylvania Avenue": a street number
      if (/^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|Square)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      // "2009-2010" is two years, "mid-2012" one, but "3-2012" is not a year
      if (/\d[-–]$/.test(before) && !/\b\d{4}[-–]$/.test(before)) return null;
      if (!m[1] && (NUMBER_BEFORE.test(before) || CODE_BEFORE.test(before))) return null;
      return { meaning: { kind: 'date', year: +m[2] } };
    },
  },
  {
    name: 'year-range-tail',
    // "1957-58", "2014-15": the second year, written short; TimeML marks each year on its own
    pattern: rx('(?<=\\b(1[5-9]|20)(\\d\\d)[-–/])(\\d{2})\\b(?![-–/]\\d)'),
    build: (m) => {
      const century = +m[1];
      const first = +m[2];
      const tail = +m[3];
      const year = century * 100 + tail + (tail < first ? 100 : 0);
      return { meaning: { kind: 'date', year } };
    },
  },
  {
    name: 'duration-anchored',
    pattern: rx(`\\b(?:the\\s+)?(past|last|next|coming|previous|following|recent|first|final|remaining|ensuing|intervening)\\s+(?:${COUNT}\\s+)?${UNIT}(?!-)`),
    build: (m) => {
      const word = m[1].toLowerCase();
      const count = m[2] ? countValue(m[2]) : null;
      const plural = /s$/i.test(m[3]) || /^centuries$/i.test(m[3]);
      // "would last four days": without "the", "last" before a count is the verb; the
      // plain duration rule takes "four days"
      if (word === 'last' && !/^the\s/i.test(m[0])) return null;
      if (!m[2] && !plural) return null; // "the last week" is a date: relative-unit takes it
      // "the final seconds", "the first days": without a count these order events, they do not measure time
      if (!m[2] && /^(?:first|final|remaining|intervening)$/.test(word)) return null;
      const direction = word === 'past' || word === 'last' || word === 'recent' || word === 'previous' ? 'past' : word === 'next' || word === 'coming' || word === 'ensuing' ? 'future' : undefined;
      return { meaning: { kind: 'duration', count, unit: unitKey(m[3]), ...(direction ? { direction } : {}) } };
    },
  },
  {
    name: 'duration-and-a-half',
    pattern: rx(`\\b${COUNT}\\s+and\\s+a\\s+half\\s+${UNIT}|\\b(?:a|an)\\s+${UNIT}\\s+and\\s+a\\s+half\\b|\\bhalf\\s+(?:an?\\s+)${UNIT}`),
    build: (m) => {
      const count = m[1] ? countValue(m[1]) : m[3] ? 1 : 0;
      if (count === null) return null;
      const unit = unitKey(m[2] ?? m[3] ?? m[4]);
      return { meaning: { kind: 'duration', count: count + 0.5, unit } };
    },
  },
  {
    name: 'duration',
    // "the 90 years" keeps its article; "five years'" its possessive mark ("in five years' time")
    pattern: rx(`\\b(?:the\\s+(?=\\d|[a-z]+\\s))?${COUNT}[\\s-]+${UNIT}(?:'(?=\\s))?(?![\\w-])`),
    build: (m, text) => {
      const count = countValue(m[1]);
      const unit = unitKey(m[2]);
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // ages are not time expressions in TimeML: "ages 6 months and older", "a 22-year-old"
      if (/\b(?:ages?|aged)\s+$/i.test(before) || /^(?:-old|\s+old\b|\s+(?:and|or)\s+(?:older|younger|over|under)\b|\s+of\s+age\b)/i.test(after)) return null;
      if (/^the\s/i.test(m[0]) && count === null) return null;
      // "the Six-Day War", "the Hundred Years' War": a capitalized unit is part of a name
      if (/^[A-Z]/.test(m[2])) return null;
      // "a second time", "a second attack": the ordinal, not the unit
      if (unit === 'second' && /^(?:an?|the)$/i.test(m[1]) && !/^\s*(?:[.,;:!?)]|later\b|earlier\b|ago\b|or\b|and\b)/i.test(after)) return null;
      if (count === null && !/s$/i.test(m[2])) return null;
      // "a day" inside "once a day" or "$5 a day" is a rate, not a duration
      if (/^an?$/i.test(m[1]) && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "one day" opening a clause is an indefinite date, not a length
      if (/^one$/i.test(m[1]) && unit === 'day' && !/\b(?:for|in|within|after|only|just|about|over|than|a|the)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      return { meaning: { kind: 'duration', count, unit } };
    },
  },
  {
    name: 'duration-long',
    // "a year-long siege", "a decade-long war", "a weeklong strike": the length of the event
    pattern: rx(`\\b(?:(${COUNT_SOURCE})[\\s-]+)?(second|minute|hour|day|night|week|month|year|decade|century)[\\s-]?long\\b`),
    build: (m) => {
      // TimeML leaves the article out: "a [year-long] siege"
      const article = m[1] && /^an?$/i.test(m[1]);
      const count = m[1] && !article ? countValue(m[1]) : 1;
      return { meaning: { kind: 'duration', count, unit: unitKey(m[2]) }, ...(article ? { from: m[0].indexOf(m[2]) } : {}) };
    },
  },
  {
    name: 'duration-bare-plural',
    // "for years", "within days", "minutes before the plane left": an unknown number of units
    pattern: rx('(?:(?<=\\b(?:for|within|in|over|after|take|takes|took|taking|taken|lasted|lasting|spend|spent|than|recent|coming|past)\\s+)(seconds|minutes|hours|days|weeks|months|years|decades|centuries)|\\b(seconds|minutes|hours|days|weeks|months|years|decades)(?=\\s+(?:before|after|later|earlier)\\b))\\b(?!\\s+ago)'),
    build: (m, text) => {
      const word = m[1] ?? m[2];
      // with a count word before it, the counted rule has it ("several days")
      if (m[2] && COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
      return { meaning: { kind: 'duration', count: null, unit: unitKey(word) } };
    },
  },
  {
    name: 'years-ago',
    // "years ago", "decades ago": some time back, no more precise than that
    pattern: rx('\\b(?:many\\s+|some\\s+)?(days|weeks|months|years|decades|centuries)\\s+ago\\b'),
    build: () => ({ meaning: { kind: 'literal', value: 'PAST_REF', type: 'DATE' } }),
  },
  {
    name: 'duration-range-first',
    // "between 12 and 18 months": the first number is a duration in the unit of the second
    pattern: rx(`\\b(\\d+|${COUNT_SOURCE.slice(3, -1)})(?=\\s*(?:and|or|to|-|–)\\s*(?:\\d+|[a-z]+)[\\s-]+(${UNIT_SOURCE.slice(3, -1)})\\b)`),
    build: (m) => {
      const count = countValue(m[1]);
      if (count === null || /^an?$/i.test(m[1])) return null;
      return { meaning: { kind: 'duration', count, unit: unitKey(m[2]) } };
    },
  },
  {
    name: 'clock-duration',
    // "finishing in 3:07:35": hours, minutes and seconds of a race or a flight; "at 10:15:30" is a clock time
    pattern: rx('(?<![\\d:])\\b(\\d{1,2}):([0-5]\\d):([0-5]\\d)\\b(?![:\\d])'),
    build: (m, text) => {
      if (/\bat\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
      const [h, min, sec] = [+m[1], +m[2], +m[3]];
      return { meaning: { kind: 'literal', value: `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}${sec ? `${sec}S` : ''}`, type: 'DURATION' } };
    },
  },
  {
    name: 'set-every',
    pattern: rx(`\\b(?:every|each)\\s+(?:other\\s+)?(?:${COUNT}\\s+)?(${UNIT_SOURCE.slice(3, -1)}|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|fall|winter|season)\\b`),
    build: (m) => {
      const word = m[2].toLowerCase();
      const count = m[1] ? countValue(m[1]) ?? 1 : /\bother\b/i.test(m[0]) ? 2 : 1;
      if (word in WEEKDAYS) return { meaning: { kind: 'set', value: `XXXX-WXX-${WEEKDAYS[word]}` } };
      if (word in PARTS_OF_DAY) return { meaning: { kind: 'set', value: `XXXX-XX-XXT${PARTS_OF_DAY[word]}` } };
      if (word in SEASONS) return { meaning: { kind: 'set', value: `XXXX-${SEASONS[word]}` } };
      if (word === 'weekend') return { meaning: { kind: 'set', value: 'XXXX-WXX-WE' } };
      if (word === 'season') return { meaning: { kind: 'set', value: 'P1Y' } };
      return { meaning: { kind: 'set', value: durationValue(count, unitKey(word)) } };
    },
  },
  {
    name: 'set-adverb',
    pattern: rx('\\b(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|fortnightly)\\b', 'g'),
    build: (m) => {
      const unit = { daily: 'day', nightly: 'day', weekly: 'week', biweekly: 'fortnight', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year', hourly: 'hour' }[m[1]];
      return unit ? { meaning: { kind: 'set', value: durationValue(1, unit) } } : null;
    },
  },
  {
    name: 'set-times-per',
    pattern: rx(`\\b(once|twice|thrice|${COUNT_SOURCE}\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT_SOURCE.slice(3, -1)})\\b`),
    build: (m) => ({ meaning: { kind: 'set', value: durationValue(1, unitKey(m[2])) } }),
  },
  {
    name: 'clock-meridiem',
    // "p.m." keeps its last period; in "8 PM." the period ends the sentence
    pattern: rx('\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])(?:\\.\\s?m\\.|\\s?m\\b)(?:\\s+(GMT|UTC|BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|local\\s+time))?'),
    build: (m) => {
      const time = clock(+m[1], m[2] ? +m[2] : undefined, m[3]);
      return time ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'dct' }, time } : null;
    },
  },
  {
    name: 'clock-24h',
    pattern: rx('\\b([01]?\\d|2[0-4])[:h]([0-5]\\d)(?![:\\d])(?:\\s*(GMT|UTC|BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|hours|hrs|local\\s+time))?'),
    build: (m, text) => {
      const zone = !!m[3];
      const introduced = /\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
      // a bare "3:07" may be a score, a ratio or a race time; a zone or "at" makes it a clock time
      if (!zone && !introduced) return null;
      const time = clock(+m[1], +m[2], undefined);
      return time ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'dct' }, time } : null;
    },
  },
  {
    name: 'clock-military',
    // "0900 GMT", "1530 hours": four digits are a clock time only with a zone or "hours"
    pattern: rx('\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|hours|hrs|local\\s+time)\\b'),
    build: (m) => ({ meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'dct' }, time: { value: `${m[1]}:${m[2]}` } }),
  },
  {
    name: 'clock-word',
    pattern: rx("\\b(noon|midnight|midday|(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o'clock)\\b"),
    build: (m) => {
      const word = m[1].toLowerCase();
      if (word === 'noon' || word === 'midday') return { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'dct' }, time: { value: '12:00' } };
      if (word === 'midnight') return { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'dct' }, time: { value: '24:00' } };
      const hour = countValue(m[2]);
      return hour ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'dct' }, time: { value: `${String(hour).padStart(2, '0')}:00` } } : null;
    },
  },
];

/** TimeML duration value: P3Y, PT2H, PXD (count null), P10Y for a decade. */
export function durationValue(count: number | null, unit: string): string {
  const info = UNITS[unit];
  if (!info) return 'PXD';
  if (count === null) {
    if (unit === 'fortnight') return 'PXW';
    if (unit === 'quarter') return 'PXM';
    return `P${info.clock ? 'T' : ''}X${info.designator}`;
  }
  let n = count * info.factor;
  let designator: string = info.designator;
  if (designator === 'DE') [n, designator] = [n * 10, 'Y'];
  if (designator === 'CE') [n, designator] = [n * 100, 'Y'];
  if (designator === 'Q') [n, designator] = [n * 3, 'M'];
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return `P${info.clock ? 'T' : ''}${text}${designator}`;
}
