/**
 * Lengths of time: "three years", "the past two weeks", "the next few days", "several
 * months", "for years", "a year-long siege", "between 12 and 18 months", "3:07:35".
 */
import { COUNT_SOURCE, UNIT_SOURCE, countValue, unitKey } from '../lexicon.ts';
import { COUNT, UNIT, rx, type Rule } from './shared.ts';

/** A count or determiner right before a unit word: then the unit is not "bare". */
const COUNT_BEFORE = new RegExp(`\\b(?:the|these|those|${COUNT_SOURCE.slice(3, -1)})[\\s-]+$|\\bthe\\s+(?:early|first|last|final|initial|closing|opening|dark|heady)\\s+$`, 'i');

/**
 * What comes before "a year" when it is a rate: "$5 million a year", "twice a day". TimeBank
 * leaves amounts per unit ("700 seats a week") unannotated, so a rate is no time expression
 * unless it counts occurrences ("twice a week" is a SET, see set-times-per). An amount "of oil a
 * day" is a rate too, and so is a compound ("a 5,000-barrel-a-day leak").
 */
const RATE_BEFORE = /(?:\b(?:more|less|fewer|much|many)\s+(?!than\b)[a-z]+\s*$|\bof\s+(?!the\b)[a-z]+\s*$|[a-z]-$|\d|%|\b(?:once|twice|thrice|million|billion|trillion|thousand|hundred|percent|people)|\b(?!(?:was|is|has|does|his|its|this|thus|as|us|yes|less|across|unless|perhaps|always|sometimes|towards|afterwards|plus|various|previous|serious|famous|news|ago)\b)[a-z]{2,}s)\s*$/i;

export const DURATION_RULES: Rule[] = [
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
    // "the 90 years" keeps its article; "five years'" its possessive mark ("in five years' time");
    // "three straight days", "two more years": words that count the units belong to the length
    pattern: rx(`\\b(?:the\\s+(?=\\d|[a-z]+\\s))?${COUNT}[\\s-]+(?:(?:straight|consecutive|successive|more|additional|extra|further)\\s+)?${UNIT}(?:'(?=\\s))?(?![\\w-])`),
    build: (m, text) => {
      const count = countValue(m[1]);
      const unit = unitKey(m[2]);
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // ages are not time expressions in TimeML: "ages 6 months and older", "a 22-year-old"
      if (/\b(?:ages?|aged)\s+$/i.test(before) || /^(?:-old|\s+old\b|\s+(?:and|or)\s+(?:older|younger|over|under)\b|\s+of\s+age\b)/i.test(after)) return null;
      if (/^the\s/i.test(m[0]) && count === null) return null;
      // "three quarters of his officers", "two thirds of the vote": a fraction of something else, no length of time
      if (unit === 'quarter' && /^\s+of\s+(?!(?:an?\s+)?(?:the\s+)?(?:year|century|decade|hour|day|month)\b)/i.test(after)) return null;
      // "the Six-Day War", "the Hundred Years' War": a capitalized unit is part of a name
      if (/^[A-Z]/.test(m[2])) return null;
      // "a second time", "a second attack": the ordinal, not the unit
      if (unit === 'second' && /^(?:an?|the)$/i.test(m[1]) && !/^\s*(?:[.,;:!?)]|later\b|earlier\b|ago\b|or\b|and\b)/i.test(after)) return null;
      if (count === null && !/s$/i.test(m[2])) return null;
      // "a day" inside "once a day" or "$5 a day" is a rate, not a duration
      if (/^an?$/i.test(m[1]) && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "one day" opening a clause is an indefinite date, not a length
      if (/^one$/i.test(m[1]) && unit === 'day' && !/\b(?:for|in|within|after|only|just|about|over|than|a|the)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      // "the 30-year bond": a length written as an adjective leaves the article to its noun
      const article = /^the\s+/i.exec(m[0]);
      if (article && new RegExp(`-${m[2]}'?$`, 'i').test(m[0])) return { meaning: { kind: 'duration', count, unit }, from: article[0].length };
      return { meaning: { kind: 'duration', count, unit } };
    },
  },
  {
    name: 'duration-the-plural',
    // "over the years", "in the months since", "in the hours before the blast": an unstated stretch
    // of units, the article inside as TimeML writes it ("the last years" is duration-anchored's)
    pattern: rx('(?<=\\b(?:over|in|during|through|throughout|for)\\s+)the\\s+(hours|days|weeks|months|years|decades)\\b(?!\\s+(?:of|ago|later|earlier|when|that|in\\s+which)\\b)'),
    build: (m) => ({ meaning: { kind: 'duration', count: null, unit: unitKey(m[1]) } }),
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
    // "in "days or hours"", "a matter of days or hours": the same, quoted, coordinated or after "a matter of"
    pattern: rx('(?:(?<=\\b(?:for|within|in|over|after|take|takes|took|taking|taken|lasted|lasting|spend|spent|than|recent|coming|past|matter\\s+of|(?:seconds|minutes|hours|days|weeks|months|years)\\s+or)\\s+["“]?)(seconds|minutes|hours|days|weeks|months|years|decades|centuries)|\\b(seconds|minutes|hours|days|weeks|months|years|decades)(?=\\s+(?:before|after|later|earlier)\\b)|(?<=\\b(?:end|ending|after|despite|amid|following|of)\\s+)(months|years|decades)(?=\\s+of\\b))\\b(?!\\s+ago)'),
    build: (m, text) => {
      const word = m[1] ?? m[2] ?? m[3];
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
];
