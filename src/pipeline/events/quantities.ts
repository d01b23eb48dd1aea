/**
 * Counted things in a clause: "3,000 more troops", "an estimated 100,000 troops",
 * "two dozen ships", "$5 billion", "12 percent". Numbers that are dates or years are not
 * quantities: the caller passes the spans of time expressions to skip.
 */
import type { Span } from '../linguistic/clauses.ts';

export interface Quantity {
  value: number;
  unit: string;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
  dozens: 24, hundreds: 200, thousands: 2000,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Nouns that count what their "of" names, in the plural a vague count: "tens of thousands of people", "scores of homes". */
export const COUNT_NOUNS = new Set([...Object.keys(SCALES), 'ten', 'score']);
/** Is this word a count noun's plural ("tens", "hundreds", "dozens")? */
export const isCountPlural = (word: string) => /s$/i.test(word) && COUNT_NOUNS.has(word.toLowerCase().slice(0, -1));

/** Nouns counted in news of conflict, diplomacy and disaster (plural forms; singular accepted). */
const UNITS = String.raw`troops|soldiers|servicemembers|service members|forces|marines|sailors|paratroopers|personnel|fighters|militants|officers|police|people|civilians|residents|refugees|families|children|migrants|protesters|prisoners|hostages|dead|killed|wounded|injured|casualties|deaths|victims|ships|vessels|warships|boats|jets|aircraft|planes|helicopters|drones|tanks|missiles|rockets|shells|vehicles|homes|houses|buildings|diplomats|staff|employees|workers|percent|per cent|km|kilometers|kilometres|miles|tons|tonnes|barrels|doses|votes|seats|sanctions|countries|nations|members`;

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(WORD_NUMBERS).join('|')})`;
const QUANTITY = new RegExp(
  String.raw`(\$|€|£)?\b(${NUMBER})(?:\s+(${Object.keys(SCALES).join('|')}))?\b` +
    String.raw`(?:\s+(?:more|additional|extra|new|other|further|U\.S\.|American|Russian|Ukrainian|British|French|German|Chinese|NATO|allied|foreign|local|armed|active-duty|combat|military|civilian|naval|of (?:its|their|the))){0,3}` +
    String.raw`(?:\s+(${UNITS})\b|\s*(%))?`,
  'gi',
);

function toNumber(raw: string): number {
  const lower = raw.toLowerCase();
  return lower in WORD_NUMBERS ? WORD_NUMBERS[lower] : Number(raw.replace(/,/g, ''));
}

export function findQuantities(text: string, skip: Span[] = []): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const [, currency, rawNumber, scale, unit, percent] = m;
    if (skip.some((s) => m!.index < s.end && m!.index + m![0].length > s.start)) continue;
    let value = toNumber(rawNumber);
    if (scale) value *= SCALES[scale.toLowerCase()];
    if (!Number.isFinite(value)) continue;
    if (currency) out.push({ value, unit: { $: 'USD', '€': 'EUR', '£': 'GBP' }[currency]! });
    else if (percent) out.push({ value, unit: 'percent' });
    else if (unit) out.push({ value, unit: unit.toLowerCase().replace('per cent', 'percent') });
    // a bare number with no unit is not a quantity we can name
  }
  return out;
}
