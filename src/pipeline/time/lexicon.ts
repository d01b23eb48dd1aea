/**
 * Words of English time expressions and what they mean: months, weekdays, numbers, units,
 * seasons, parts of the day and modifiers. The rules in `rules.ts` build their regular
 * expressions from these tables, so a new spelling is one entry here.
 */

/** Month names and their abbreviations (with or without the period) -> month number 1..12. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday names -> ISO weekday 1 (Monday) .. 7 (Sunday). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Abbreviated weekdays, accepted only where a full date follows ("Fri., March 22"). */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that stand for an unknown count: the TimeML "X" ("several days" = PXD). */
export const VAGUE_COUNTS = ['a few', 'a couple of', 'couple of', 'several', 'few', 'many', 'some', 'dozens of', 'hundreds of', 'thousands of'];

/** Number words with a fixed value (besides the units and tens above). */
const FIXED_COUNTS: Record<string, number> = {
  a: 1, an: 1, 'a single': 1, single: 1, 'a dozen': 12, dozen: 12, 'half a dozen': 6, hundred: 100, 'a hundred': 100,
  // fractions of one unit: "half a century", "a quarter of a century", "three quarters of an hour"
  'half a': 0.5, 'half an': 0.5, 'a quarter of a': 0.25, 'a quarter of an': 0.25, 'three quarters of a': 0.75, 'three quarters of an': 0.75,
};

/** Regex source for a count: digits, number words ("twenty-five"), "a", "several"... */
export const COUNT_SOURCE = (() => {
  const words = [
    ...Object.keys(FIXED_COUNTS),
    ...VAGUE_COUNTS,
    `(?:${Object.keys(TENS_WORDS).join('|')})(?:[- ](?:${Object.keys(UNITS_WORDS).filter((w) => UNITS_WORDS[w] > 0 && UNITS_WORDS[w] < 10).join('|')}))?`,
    ...Object.keys(UNITS_WORDS),
  ].sort((a, b) => b.length - a.length);
  return `(?:\\d{1,3}(?:,\\d{3})+|\\d+\\s+[13]/[24]|\\d*[½¼¾]|\\d+(?:\\.\\d+)?|${words.join('|')})`;
})();

/** The value of a count matched by COUNT_SOURCE; null for a vague count ("several"). */
export function countValue(raw: string): number | null {
  const word = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^[\d,.]+$/.test(word)) return Number(word.replace(/,/g, ''));
  const fraction = /^(\d*)\s*(?:([13])\/([24])|([½¼¾]))$/.exec(word);
  if (fraction) {
    const part = fraction[4] ? { '½': 0.5, '¼': 0.25, '¾': 0.75 }[fraction[4]]! : Number(fraction[2]) / Number(fraction[3]);
    return Number(fraction[1] || 0) + part;
  }
  if (VAGUE_COUNTS.includes(word)) return null;
  if (word in FIXED_COUNTS) return FIXED_COUNTS[word];
  if (word in UNITS_WORDS) return UNITS_WORDS[word];
  const [tens, units] = word.split(/[- ]/);
  if (tens in TENS_WORDS) return TENS_WORDS[tens] + (units ? UNITS_WORDS[units] ?? 0 : 0);
  return null;
}

/** Ordinal words and numerals -> number ("first", "21st", "twenty-first"). */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};
export const ORDINAL_SOURCE = `(?:\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
export function ordinalValue(raw: string): number | null {
  const word = raw.toLowerCase();
  const digits = /^(\d+)/.exec(word);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[word] ?? null;
}

/** A duration unit and how TimeML writes it: P{n}Y, PT{n}H ... */
export interface UnitInfo {
  /** the TimeML designator */
  designator: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S' | 'DE' | 'CE' | 'Q';
  /** true for hours, minutes and seconds: written after the T (PT3H) */
  clock: boolean;
  /** how many of the designator one unit is (a decade is 10 years, a fortnight 2 weeks) */
  factor: number;
  /** the calendar unit a relative expression counts in ("two weeks ago" counts weeks) */
  calendar?: 'day' | 'week' | 'month' | 'quarter' | 'year';
}

export const UNITS: Record<string, UnitInfo> = {
  second: { designator: 'S', clock: true, factor: 1 },
  minute: { designator: 'M', clock: true, factor: 1 },
  hour: { designator: 'H', clock: true, factor: 1 },
  day: { designator: 'D', clock: false, factor: 1, calendar: 'day' },
  night: { designator: 'D', clock: false, factor: 1, calendar: 'day' },
  week: { designator: 'W', clock: false, factor: 1, calendar: 'week' },
  fortnight: { designator: 'W', clock: false, factor: 2, calendar: 'week' },
  month: { designator: 'M', clock: false, factor: 1, calendar: 'month' },
  quarter: { designator: 'Q', clock: false, factor: 1, calendar: 'quarter' },
  year: { designator: 'Y', clock: false, factor: 1, calendar: 'year' },
  decade: { designator: 'DE', clock: false, factor: 1, calendar: 'year' },
  century: { designator: 'CE', clock: false, factor: 1, calendar: 'year' },
};

/** Regex source for a unit, singular or plural ("centuries"). */
export const UNIT_SOURCE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** "years" -> "year", "centuries" -> "century". */
export function unitKey(raw: string): string {
  const word = raw.toLowerCase();
  if (word === 'centuries') return 'century';
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** TimeML season codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** TimeML part-of-day codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI',
  // the edges of the day are read as the part they open or close (TimeML has no code of their own)
  dawn: 'MO', daybreak: 'MO', dusk: 'EV', nightfall: 'NI',
};

/** Words before a date that narrow it to a part, and the TimeML mod they give. */
export const DATE_MODIFIERS: [RegExp, string][] = [
  [/\b(?:the\s+)?(?:very\s+)?(?:early|beginning\s+of|start\s+of|dawn\s+of)(?:\s+in)?[\s-]+$/i, 'START'],
  [/\b(?:the\s+)?(?:very\s+)?(?:late|end\s+of|close\s+of)[\s-]+$/i, 'END'],
  [/\b(?:the\s+)?(?:mid|middle\s+of|midst\s+of)[\s-]*$/i, 'MID'],
];

/** Words before a year that make it approximate ("around 2004", "circa 1900"). */
export const YEAR_MODIFIERS: [RegExp, string][] = [
  [/\b(?:around|about|circa|approximately|roughly|c\.)\s+$/i, 'APPROX'],
];

/** Words before a clock time that make it approximate ("about 1 a.m.", "around noon"). */
export const TIME_MODIFIERS: [RegExp, string][] = [
  [/\b(?:about|around|roughly|approximately|some|shortly\s+(?:before|after))\s+$/i, 'APPROX'],
];

/** Words before a duration that qualify its length, and the TimeML mod they give. */
export const DURATION_MODIFIERS: [RegExp, string][] = [
  [/\b(?:about|around|roughly|approximately|some|an estimated)\s+$/i, 'APPROX'],
  [/\b(?:almost|nearly|less\s+than|under|fewer\s+than|just\s+under)\s+$/i, 'LESS_THAN'],
  // "over" is "more than" only where a length is expected ("for over a year", "in over a
  // decade", "lasted over an hour"); elsewhere it is the preposition "during" ("rose over five years")
  [/\b(?:more\s+than|just\s+over|upwards\s+of|(?<=\b(?:for|in|of|after|than|lasted|lasting|took|takes|take|spent|spend)\s+)(?:just\s+)?over)\s+$/i, 'MORE_THAN'],
  [/\b(?:at\s+least|no\s+less\s+than)\s+$/i, 'EQUAL_OR_MORE'],
  [/\b(?:at\s+most|up\s+to|no\s+more\s+than)\s+$/i, 'EQUAL_OR_LESS'],
  // words that belong to the expression but do not change its length ('' = no mod)
  [/\b(?:a\s+mere|a\s+full|a\s+whole|an\s+entire)\s+$/i, ''],
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
