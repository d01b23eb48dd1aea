/**
 * Times of day: "3 p.m.", "15:00 GMT", "16.19 GMT", "0900 GMT", "noon". They take the date of a
 * day named next to them (refiners.ts), else the day the text last named (the DCT at first):
 * "on Saturday ... from 1 to 8 a.m." is Saturday's morning.
 */
import { countValue } from '../lexicon.ts';
import { clock, rx, type Rule } from './shared.ts';

export const CLOCK_TIME_RULES: Rule[] = [
  {
    name: 'clock-meridiem',
    // "p.m." keeps its last period; in "8 PM." the period ends the sentence
    pattern: rx('\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])(?:\\.\\s?m\\.|\\s?m\\b)(?:\\s+(GMT|UTC|BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|local\\s+time))?'),
    build: (m) => {
      const time = clock(+m[1], m[2] ? +m[2] : undefined, m[3]);
      return time ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time } : null;
    },
  },
  {
    name: 'clock-range-first',
    // "from 1 to 8 a.m.", "between 9 and 11 p.m.": the first hour takes the meridiem of the second
    pattern: rx('\\b(\\d{1,2})(?::(\\d{2}))?(?=\\s*(?:to|and|-|–)\\s*\\d{1,2}(?::\\d{2})?\\s*([ap])(?:\\.\\s?m\\.|\\s?m\\b))'),
    build: (m, text) => {
      if (!/\b(?:from|between)\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const time = clock(+m[1], m[2] ? +m[2] : undefined, m[3]);
      return time ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time } : null;
    },
  },
  {
    name: 'clock-24h',
    // "16.19 GMT" (British style) only with a zone: "16.19" alone is a number
    pattern: rx('\\b([01]?\\d|2[0-4])([:h.])([0-5]\\d)(?![:\\d])(?:\\s*(GMT|UTC|BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|hours|hrs|local\\s+time))?'),
    build: (m, text) => {
      const zone = !!m[4];
      if (m[2] === '.' && !zone) return null;
      const introduced = /\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
      // a bare "3:07" may be a score, a ratio or a race time; a zone or "at" makes it a clock time
      if (!zone && !introduced) return null;
      const time = clock(+m[1], +m[3], undefined);
      return time ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time } : null;
    },
  },
  {
    name: 'clock-military',
    // "0900 GMT", "1530 hours": four digits are a clock time only with a zone or "hours"
    pattern: rx('\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|hours|hrs|local\\s+time)\\b'),
    build: (m) => ({ meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time: { value: `${m[1]}:${m[2]}` } }),
  },
  {
    name: 'clock-part-of-day',
    // "at 3 in the afternoon", "10 o'clock at night": the part of the day gives the meridiem
    pattern: rx("\\b(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))\\b"),
    build: (m, text) => {
      // a count is not a clock time: "killed 10 in the morning raid"; one after "at", "around" is
      if (!/\b(?:at|around|about|by|until|till|from|before|after|since|to|between|and)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      const part = (m[3] ?? m[4]).toLowerCase();
      const hour = +m[1];
      // "12 at night" is midnight, "3 at night" the small hours
      const meridiem = part === 'morning' || (part === 'night' && (hour === 12 || hour < 5)) ? 'a' : 'p';
      const time = clock(hour, m[2] ? +m[2] : undefined, meridiem);
      return time ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time } : null;
    },
  },
  {
    name: 'clock-word',
    pattern: rx("\\b(noon|midnight|midday|(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o'clock)\\b"),
    build: (m) => {
      const word = m[1].toLowerCase();
      if (word === 'noon' || word === 'midday') return { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time: { value: '12:00' } };
      if (word === 'midnight') return { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time: { value: '24:00' } };
      const hour = countValue(m[2]);
      return hour ? { meaning: { kind: 'shift', unit: 'day', offset: 0, from: 'anchor' }, time: { value: `${String(hour).padStart(2, '0')}:00` } } : null;
    },
  },
];
