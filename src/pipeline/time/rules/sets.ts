/**
 * Times that repeat: "every Monday", "on Sundays", "annually", "twice a week".
 */
import { COUNT_SOURCE, PARTS_OF_DAY, SEASONS, UNIT_SOURCE, WEEKDAYS, countValue, durationValue, unitKey } from '../lexicon.ts';
import { COUNT, rx, weekdayOf, type Rule } from './shared.ts';

export const SET_RULES: Rule[] = [
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
    name: 'weekends-set',
    // "on weekends", "at weekends": every weekend
    pattern: rx('(?<=\\b(?:on|at|during|over)\\s+)weekends\\b'),
    build: () => ({ meaning: { kind: 'set', value: 'XXXX-WXX-WE' } }),
  },
  {
    name: 'set-every',
    // "every Sunday afternoon": a weekday's part of the day recurs with it
    pattern: rx(`\\b(?:every|each)\\s+(?:other\\s+)?(?:${COUNT}\\s+)?(${UNIT_SOURCE.slice(3, -1)}|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|fall|winter|season)\\b(?:(?<=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s+(morning|afternoon|evening|night)\\b)?`),
    build: (m) => {
      const word = m[2].toLowerCase();
      // "every few years": a vague count leaves the length unknown (PXY)
      const count = m[1] ? countValue(m[1]) : /\bother\b/i.test(m[0]) ? 2 : 1;
      const part = m[3] ? `T${PARTS_OF_DAY[m[3].toLowerCase()]}` : '';
      if (word in WEEKDAYS) return { meaning: { kind: 'set', value: `XXXX-WXX-${WEEKDAYS[word]}${part}` } };
      if (word in PARTS_OF_DAY) return { meaning: { kind: 'set', value: `XXXX-XX-XXT${PARTS_OF_DAY[word]}` } };
      if (word in SEASONS) return { meaning: { kind: 'set', value: `XXXX-${SEASONS[word]}` } };
      if (word === 'weekend') return { meaning: { kind: 'set', value: 'XXXX-WXX-WE' } };
      if (word === 'season') return { meaning: { kind: 'set', value: 'P1Y' } };
      return { meaning: { kind: 'set', value: durationValue(count, unitKey(word)) } };
    },
  },
  {
    name: 'set-adverb',
    // "twice weekly": the count of times belongs to the set
    pattern: rx(`\\b(?:(?:once|twice|thrice|${COUNT_SOURCE}\\s+times)\\s+)?(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|fortnightly)\\b`, 'g'),
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
];
