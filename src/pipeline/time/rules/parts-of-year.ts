/**
 * Parts of a year: quarters ("the first quarter", "Q1 2013"), halves ("the second half of
 * 2012") and seasons ("last summer").
 */
import { SEASONS } from '../lexicon.ts';
import { relationOf, rx, type Rule } from './shared.ts';

export const PART_OF_YEAR_RULES: Rule[] = [
  {
    name: 'quarter',
    // "the fiscal third quarter", "the third quarter of fiscal 2021": a company's quarter, named like the calendar's
    pattern: rx(`\\b(?:the\\s+)?(?:fiscal\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?![-‐](?:final|finalist))(?:\\s+of\\s+(?:(?:fiscal\\s+(?:year\\s+)?)?(\\d{4})|(this|last|next)\\s+(?:fiscal\\s+)?year|the\\s+(?:fiscal\\s+)?year))?`),
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
    // TimeML keeps the article: "in the summer", "the spring of 1968"
    pattern: rx('\\b(?:(the)\\s+(?=(?:spring|summer|autumn|fall|winter)\\b))?(?:(this|last|next|this\\s+past|this\\s+coming|past|coming)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?\\b'),
    build: (whole, text) => {
      // the rest reads the match as it was without the article
      const article = whole[1] ? whole[0].length - whole[0].slice(whole[1].length).trimStart().length : 0;
      const m = { 0: whole[0].slice(article), 1: whole[2], 2: whole[3], 3: whole[4], index: whole.index + article };
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
];
