/**
 * Dates the text states on the calendar, in full or in part: "Feb. 20, 2022", "20 February",
 * "May 2010", "last July", "in August", "2014", "1957-58", "the 1990s", "the 20th century",
 * holidays. A month or day without a year gets its year in resolve.ts.
 */
import { isValidDay } from '../calendar.ts';
import { ORDINAL_SOURCE, ordinalValue } from '../lexicon.ts';
import { DAY, MONTH, WEEKDAY_OR_ABBR, YEAR, isDayOf, monthOf, relationOf, rx, type Rule } from './shared.ts';

/** Words after a bare number that show it counts things rather than naming a year. */
const COUNTED_NOUN = /^\s+(?:million|billion|trillion|thousand|people|persons|men|women|children|kids|troops|soldiers|police|officers|workers|employees|jobs|homes|houses|cars|vehicles|points|votes|seats|meters|metres|feet|foot|miles|kilometers|kilometres|km|kg|pounds|tons|tonnes|yards|acres|units|cases|deaths|dead|patients|students|members|calories|words|pages|barrels|shares|hours|minutes|times|rounds|degrees|percent|per)\b/i;

/** Words before a bare number that show it is a number, not a year. */
const NUMBER_BEFORE = /\b(?:No|Nos|number|flight|route|room|highway|interstate|resolution|article|section|page|code|model|version|channel|bus|platform|gate|suite|apt|item|rule|bill)[.\s]*$/i;

/** An all-capitals code before a number ("HR 1999", "H.R. 2013") makes it a name, not a year. */
const CODE_BEFORE = /(?:\b[A-Z]{2,}|\b(?:[A-Z]\.){2,})\s*$/;

/**
 * Holidays of English-speaking news with a rule for their date: a fixed month and day, or the
 * n-th (-1 = last) given weekday of a month, or a number of days from Easter Sunday.
 */
const HOLIDAYS: Record<string, { month: number; day?: number; weekday?: number; nth?: number; easter?: number }> = {
  'christmas eve': { month: 12, day: 24 }, 'christmas day': { month: 12, day: 25 }, christmas: { month: 12, day: 25 },
  "new year's eve": { month: 12, day: 31 }, "new year's day": { month: 1, day: 1 }, "new year's": { month: 1, day: 1 },
  "valentine's day": { month: 2, day: 14 }, halloween: { month: 10, day: 31 }, 'independence day': { month: 7, day: 4 },
  'the fourth of july': { month: 7, day: 4 }, 'boxing day': { month: 12, day: 26 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'labor day': { month: 9, weekday: 1, nth: 1 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
  // counted from Easter Sunday
  easter: { month: 4, easter: 0 }, 'easter sunday': { month: 4, easter: 0 }, 'easter day': { month: 4, easter: 0 },
  'good friday': { month: 4, easter: -2 }, 'easter monday': { month: 4, easter: 1 },
};

export const CALENDAR_DATE_RULES: Rule[] = [
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
      // "the 20th of April" keeps its article; in "the 20 April blast" it is the noun's
      const article = /^the\s+/i.exec(m[0]);
      if (article && !/\d(?:st|nd|rd|th)|\bof\s/i.test(m[0])) return { meaning: { kind: 'date', month, day: +m[2] }, from: article[0].length };
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
      // "the April poll": after "the" a month names the month its noun belongs to
      const introduced = /\b(?:in|since|until|till|through|by|from|of|during|before|after|early|late|mid|last|next|this|to|and|or|between|on|the)[\s-]*$/i.test(before);
      if ((month === 5 || month === 3) && !introduced) return null;
      // a month name followed by a capitalized word is usually a person ("April Ryan", "June Carter")
      if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after) && !introduced) return null;
      return { meaning: { kind: 'month', month } };
    },
  },
  {
    name: 'holiday',
    pattern: rx(`\\b(?:(last|this|next)\\s+)?(Christmas\\s+Eve|Christmas\\s+Day|Christmas|New\\s+Year's\\s+Eve|New\\s+Year's\\s+Day|New\\s+Year's|Valentine's\\s+Day|Halloween|Independence\\s+Day|the\\s+Fourth\\s+of\\s+July|Boxing\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day|Easter(?:\\s+(?:Sunday|Day|Monday))?|Good\\s+Friday)(?![-\\w])(?:\\s+(\\d{4}))?`, 'g'),
    build: (m) => {
      const name = m[2].replace(/\s+/g, ' ').toLowerCase();
      const holiday = HOLIDAYS[name];
      if (!holiday) return null;
      const year = m[3] ? +m[3] : undefined;
      return { meaning: { kind: 'holiday', ...holiday, ...(year ? { year } : {}), ...(m[1] ? { relation: relationOf(m[1]) } : {}) } };
    },
  },
  {
    name: 'decade',
    pattern: rx("(?:\\bthe\\s+)?(?:\\b(early|mid|late)[\\s-]+)?(?:\\b(\\d{3})0'?s|'(\\d)0s)\\b"),
    build: (m) => {
      const decade = m[2] ?? (+m[3] >= 3 ? `19${m[3]}` : `20${m[3]}`);
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      // "1000s of letters": a round thousand with no "the" or "early/late" counts thousands, it names no time
      if (!m[1] && !/^the\b/i.test(m[0]) && /^\d00$/.test(decade)) return null;
      // "the 1800s" names a century (the 19th, TimeML "18"); from the 1900s on, "the 1900s",
      // "the 2000s" are mostly read as decades
      if (/^1[0-8]0$/.test(decade)) return { meaning: { kind: 'literal', value: decade.slice(0, 2), type: 'DATE' }, ...(mod ? { mod } : {}) };
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
    name: 'year-bc',
    // before 'year', which would read the first year of a range as AD: "1750 BC", and the first year of "604 to 562 BC", which takes the era of the second
    pattern: rx('\\b(\\d{1,4})(?:\\s*(?:BC|B\\.C\\.|BCE)(?![A-Za-z])|(?=\\s*(?:to|and|-|–)\\s*\\d{1,4}\\s*(?:BC|B\\.C\\.|BCE)(?![A-Za-z])))', 'g'),
    build: (m) => (+m[1] > 0 ? { meaning: { kind: 'literal', value: `BC${m[1].padStart(4, '0')}`, type: 'DATE' } } : null),
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
    name: 'ordinal-day',
    // "on the 15th": a day of the month the text is on; not "the 15th century", "the 15th floor"
    pattern: rx('\\b(?:on|by|until|till|since|from|before|after)\\s+(the\\s+(\\d{1,2})(?:st|nd|rd|th))\\b(?=\\s*(?:[.,;:)]|$)|\\s+(?:and|or|at|when|to|but)\\b)'),
    // the preposition is outside the expression
    build: (m) => (+m[2] >= 1 && +m[2] <= 31 ? { meaning: { kind: 'date', day: +m[2] }, from: m[0].length - m[1].length } : null),
  },
  {
    name: 'decade-tail',
    // "the 1930s and 40s": the second decade is written short, in the century of the first
    pattern: rx("(?<=\\b(\\d\\d)\\d0['’]?s\\s+(?:and|or|to|through|into)\\s+)(\\d)0['’]?s\\b"),
    build: (m) => ({ meaning: { kind: 'literal', value: `${m[1]}${m[2]}`, type: 'DATE' } }),
  },
  {
    name: 'year-short',
    // "in '88", "since '09": a year written with its last two digits, after a preposition (years
    // from '30 on are read as the 1900s, as for the decades)
    pattern: rx("(?<=\\b(?:in|of|since|until|till|by|from|to|and|or|during|before|after|circa)\\s+)['’](\\d{2})\\b(?!['’]?s\\b|[.,]\\d)"),
    build: (m) => ({ meaning: { kind: 'date', year: (+m[1] >= 30 ? 1900 : 2000) + +m[1] } }),
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
];
