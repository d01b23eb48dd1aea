/**
 * Dates counted from the DCT or from the last date the text gave: weekdays, "yesterday",
 * "last week", "earlier this month", "four years ago", "the next day", "two days later", and
 * the references PRESENT_REF, PAST_REF, FUTURE_REF ("now", "recently", "the future").
 */
import { PARTS_OF_DAY, UNITS, countValue, unitKey } from '../lexicon.ts';
import type { CalendarUnit, Meaning } from '../semantics.ts';
import { COUNT, PART_OF_DAY, UNIT, WEEKDAY, relationOf, rx, weekdayOf, type Rule } from './shared.ts';

/** Names that begin or end with a weekday: newspapers, shopping days. */
const WEEKDAY_NAME_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|People|Independent|Star|Tribune|Sport|School|Service|Night\s+Football|Bloody)\b/;
const WEEKDAY_NAME_BEFORE = /\b(?:Cyber|Black|Super|Bloody|Ash|Holy|Good|Maundy|Palm|Easter|Whit|Blue)\s+$/;

/**
 * A count of calendar units as a whole number of a unit the calendar can step by: "half a year
 * ago" is six months back, "a week and a half later" ten or eleven days on; null when no unit fits.
 */
function wholeOffset(unit: CalendarUnit, offset: number): { unit: CalendarUnit; offset: number } | null {
  if (Number.isInteger(offset)) return { unit, offset };
  if (unit === 'year' && Number.isInteger(offset * 12)) return { unit: 'month', offset: offset * 12 };
  if (unit === 'week') return { unit: 'day', offset: Math.round(offset * 7) };
  return null;
}

const TODAY_WORDS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

export const RELATIVE_DATE_RULES: Rule[] = [
  {
    name: 'weekday',
    pattern: rx(`\\b(?:(last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?${WEEKDAY}(?:\\s+${PART_OF_DAY}\\b)?`),
    build: (m, text) => {
      const day = weekdayOf(m[2]);
      if (!day) return null;
      // "The Sunday Times", "Cyber Monday": a weekday inside a name
      if (!m[3] && WEEKDAY_NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      if (!m[1] && WEEKDAY_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const part = m[3] ? PARTS_OF_DAY[m[3].toLowerCase()] : undefined;
      return {
        meaning: { kind: 'weekday', weekday: day, relation: relationOf(m[1]) },
        ...(part ? { time: { value: part } } : {}),
      };
    },
  },
  {
    name: 'today-yesterday-tomorrow',
    pattern: rx(`\\b(today|tonight|yesterday|tomorrow)(?:\\s+${PART_OF_DAY}\\b)?`),
    build: (m, text) => {
      const word = m[1].toLowerCase();
      // a title, not the day: "USA Today", a show quoted after its network ("NBC's "Today"")
      if (/^Today$/.test(m[1]) && /(?:\bUSA\s+|['’]s\s+["“‘])$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
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
    name: 'part-of-day',
    // "the morning", "late afternoon", "at dawn", "overnight": a part of the day the text is
    // on (the last day it named, else the DCT); "at night" or "night shifts" name no one night
    pattern: rx('\\b(?:(the|this)\\s+)?(?:(early|late|mid)\\s+)?(morning|afternoon|evening|night|dawn|daybreak|dusk|nightfall)\\b(?!-)|\\b(overnight)\\b(?!-)'),
    build: (m, text) => {
      const word = (m[3] ?? m[4]).toLowerCase();
      const edgeOfDay = word === 'dawn' || word === 'daybreak' || word === 'dusk' || word === 'nightfall';
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (m[4]) {
        // "overnight" as an adverb ("gathered overnight"); "an overnight stay", "overnight rates" describe a noun
        if (/\b(?:an?|the)\s+$/i.test(before) || /^\s+(?:rates?|trading|stays?|flights?|trains?|loans?|lending|shifts?|bags?|visits?|success|sensation|star)\b/i.test(after)) return null;
      } else {
        // without "the", "this" or "early/late" only the edges of the day ("at dawn") stand alone
        if (!m[1] && !m[2] && !(edgeOfDay && /\b(?:at|by|before|after|until|till|from|since)\s+$/i.test(before))) return null;
        // "the night of June 5", "the morning after": the rules for dated and anchored days have those
        if (/^\s+(?:of|before|after|when|that)\b/i.test(after)) return null;
        // "this morning" has its own rule, counted from the DCT rather than the last day named
        if (/^this$/i.test(m[1] ?? '')) return null;
      }
      const mod = m[2] ? { early: 'START', late: 'END', mid: 'MID' }[m[2].toLowerCase()] : undefined;
      return { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time: { value: PARTS_OF_DAY[word] }, ...(mod ? { mod } : {}) };
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
        // "the past president" is an adjective; "has in the past denied" is not: after "in" the
        // words are the time (a following unit was ruled out above)
        if (!/^in\s/i.test(m[0]) && /^\s+(?:[a-z]+)/.test(after) && !/^\s+(?:and|or|but|to|as|is|was|has|have|had|that|when|where|we|they|he|she|it|i|you|this|the|a|of|in|on|at|for|with|by)\b/i.test(after)) return null;
        // TimeML marks "the past", not the preposition before it
        const offset = m[0].toLowerCase().indexOf('the');
        return { meaning: { kind: 'literal', value: 'PAST_REF', type: 'DATE' }, from: offset };
      }
      return { meaning: { kind: 'literal', value: 'PAST_REF', type: 'DATE' } };
    },
  },
  {
    name: 'soon',
    // "could soon present", "will soon": the near future; not "as soon as", "soon after", "sooner"
    pattern: rx('\\b(soon)\\b'),
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (/\bas\s+$/i.test(before) || /^\s+(?:as|after|afterwards?|thereafter|enough)\b/i.test(after) || /^,/.test(after)) return null;
      return { meaning: { kind: 'literal', value: 'FUTURE_REF', type: 'DATE' } };
    },
  },
  {
    name: 'future-ref',
    // "the weeks ahead", "the months to come": an unmeasured stretch still to come
    pattern: rx('\\b(?:in\\s+)?(the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|the\\s+(?:days|weeks|months|years)\\s+(?:ahead|to\\s+come))\\b'),
    build: (m) => ({ meaning: { kind: 'literal', value: 'FUTURE_REF', type: 'DATE' }, from: m[0].length - m[1].length }),
  },
  {
    name: 'relative-unit',
    pattern: rx('\\b(?:(the)\\s+)?(?:(earlier|later|late|early)\\s+(?:in\\s+)?)?(this\\s+past|this\\s+coming|most\\s+recent|latest|last|this|next|past|coming|previous|following|current|same|that|preceding|prior)\\s+(?:fiscal\\s+|calendar\\s+|school\\s+|financial\\s+)?(week|month|year|quarter|weekend|decade|century)\\b(?!-)'),
    build: (m) => {
      const the = !!m[1];
      const edge = m[2]?.toLowerCase();
      // "this past week" is last week, "the latest quarter" the last one reported
      // "that year" looks back to the year the text named, like "the same year"
      const that = /^that$/i.test(m[3]);
      if (that && (the || edge)) return null;
      const word = that ? 'same' : m[3].toLowerCase().replace(/\s+/g, ' ').replace(/^(?:this past|most recent|latest)$/, 'last').replace(/^this coming$/, 'next');
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
      if (word === 'following' || word === 'preceding' || word === 'prior' || (the && word === 'previous') || ((the || that) && word === 'same')) {
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
      // "a few days ago": some unstated time back
      if (count === null) return /^ago$/.test(word) ? { meaning: { kind: 'literal', value: 'PAST_REF', type: 'DATE' } } : null;
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
      const scale = unitName === 'decade' ? 10 : unitName === 'century' ? 100 : unitName === 'fortnight' ? 2 : 1;
      const whole = wholeOffset(unitName === 'decade' || unitName === 'century' ? 'year' : info.calendar, sign * count * scale);
      if (!whole) return null;
      const { unit, offset } = whole;
      const from = /ago|from\s+now|hence/.test(word) ? 'dct' : 'anchor';
      if (beforeEvent) {
        return {
          meaning: { kind: 'duration', count, unit: unitName, fromAnchor: { unit, offset } },
          to: text.slice(m.index, m.index + m[0].length - m[3].length).trimEnd().length,
        };
      }
      return { meaning: { kind: 'shift', unit, offset, from } };
    },
  },
  {
    name: 'year-earlier',
    // "the year-earlier period", "the year-ago quarter": a year before the period the text is on
    pattern: rx('\\byear[-\\s](?:earlier|ago)\\b(?=\\s+[a-z])'),
    build: () => ({ meaning: { kind: 'shift', unit: 'year', offset: -1, from: 'anchor' } }),
  },
  {
    name: 'anchored-unit',
    // "the week before", "the year after the war": one unit back or on from the last date the
    // text gave; before a named event TimeML's extent is "the week", as for "the day before"
    pattern: rx('\\bthe\\s+(week|month|year)\\s+(before|after)\\b(?!-)'),
    build: (m, text) => {
      const meaning: Meaning = { kind: 'shift', unit: m[1].toLowerCase() as CalendarUnit, offset: /^before$/i.test(m[2]) ? -1 : 1, from: 'anchor' };
      const followed = /^\s+[\w"']/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      return followed ? { meaning, to: m[0].length - m[2].length - 1 } : { meaning };
    },
  },
  {
    name: 'the-unit-in-view',
    // "for the year", "in the quarter": the year or quarter the text is on (the last date it
    // gave, else the DCT's), as business news reports a period's results
    pattern: rx('(?<=\\b(?:for|in|during|throughout)\\s+)the\\s+(year|quarter)\\b(?![-\'’]|\\s+(?:before|after|of|to|ended|ending|earlier|ago|that|when|in\\s+which)\\b)'),
    build: (m) => ({ meaning: { kind: 'shift', unit: m[1].toLowerCase() as CalendarUnit, offset: 0, from: 'anchor', followsTense: true } }),
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
];
