/**
 * Build-time (scripts/build-lexicons.ts): the persons of the Phoenix actor dictionaries as the
 * compact table data/phoenix/persons.json that ./persons.ts reads. A record is a person when it
 * has a dated restriction (a term in office: organizations and countries have none) and a name
 * of two to five words without an organization's head word ("ministry", "party").
 */
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.ts';
import { fold, surnamesMatch } from '../variants.ts';
import type { PhoenixActor } from './parse-actors.ts';

/**
 * The compact table: `persons` rows are "Display Name|country index|SECTOR from until|..." (dates
 * YYYYMMDD, "-" for an open end), `variants` maps each folded name form (the person's own name
 * too) to its person's index, or to the indices of all persons it may name.
 */
export interface PersonsTable {
  countries: string[];
  persons: string[];
  variants: Record<string, number | number[]>;
}

/** Words written lower-case inside a name ("Abdel Fattah el-Sisi", "Ursula von der Leyen"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le']);

/** A regnal number after a name: "Abdullah II". */
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/;

/** "hosni mubarak" -> "Hosni Mubarak"; "abdel fattah el-sisi" -> "Abdel Fattah el-Sisi"; "abdullah ii" -> "Abdullah II". */
export function displayName(phrase: string): string {
  return phrase
    .split(' ')
    .map((w, i) => (i > 0 && ROMAN.test(w) ? w.toUpperCase() : w.split('-').map((p, j) => ((i > 0 || j > 0) && PARTICLES.has(p) ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('-')))
    .join(' ');
}

/** The name without titles before it: "president hosni mubarak" -> "hosni mubarak". */
function withoutTitle(phrase: string): string {
  const w = phrase.split(' ');
  let i = 0;
  while (i < w.length - 1 && (TITLE_HEADS.has(w[i]!) || TITLE_MODIFIERS.has(w[i]!))) i++;
  return w.slice(i).join(' ');
}

/**
 * A synonym line is the same person when it shares a word (or a spelling of one) with the
 * primary name: the dictionaries also list a country's successive office holders as synonyms of
 * one record, and those are other people. A one-word synonym must be (a spelling of) the
 * surname, the name's last word before a regnal number: a lone given name ("Saddam",
 * "Abdullah") is too often someone else.
 */
function sameName(variant: string, name: string): boolean {
  const vw = variant.split(/[ -]/);
  const nw = name.split(/[ -]/);
  const fits = (a: string, b: string) => a === b || (a.length >= 5 && surnamesMatch(a, b));
  if (!vw.some((v) => !PARTICLES.has(v) && nw.some((n) => fits(v, n)))) return false;
  const last = nw.filter((w) => !ROMAN.test(w)).at(-1) ?? '';
  return vw.length > 1 || fits(vw[0]!, last);
}

function isPersonName(name: string, organizationHeads: Set<string>): boolean {
  const w = name.split(' ');
  return w.length >= 2 && w.length <= 5 && w.every((x) => /^[\p{L}'.-]+$/u.test(x) && !organizationHeads.has(x)) && !w.includes('of') && !w.includes('the');
}

/**
 * The persons table: each person's positions in its country (the country most of its
 * restrictions name); `countryOf` names the country of an ISO alpha-3 code, or undefined.
 */
export function compilePersons(actors: PhoenixActor[], countryOf: (alpha3: string) => string | undefined, organizationHeads: Set<string>): PersonsTable {
  const countries: string[] = [];
  /** "display|country" -> the row being built: records of one person (listed twice) merge */
  const rows = new Map<string, { name: string; country: number; positions: Set<string>; forms: Set<string> }>();
  for (const a of actors) {
    const name = withoutTitle(a.name);
    if (!a.restrictions.some((r) => r.from || r.until) || !isPersonName(name, organizationHeads)) continue;
    const counts = new Map<string, number>();
    for (const r of a.restrictions) {
      const country = countryOf(r.code.slice(0, 3));
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    const country = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
    if (!country) continue;
    if (!countries.includes(country)) countries.push(country);
    const display = displayName(name);
    const row = rows.get(`${display}|${country}`) ?? { name: display, country: countries.indexOf(country), positions: new Set(), forms: new Set() };
    rows.set(`${display}|${country}`, row);
    const day = (d: string | null) => (d ? d.replace(/-/g, '') : '-');
    for (const r of a.restrictions) {
      if (countryOf(r.code.slice(0, 3)) === country && r.code.length > 3) row.positions.add(`${r.code.slice(3)} ${day(r.from)} ${day(r.until)}`);
    }
    row.forms.add(fold(display));
    for (const v of a.variants.map(withoutTitle)) if (sameName(v, name)) row.forms.add(fold(v));
  }
  const persons: string[] = [];
  const variants: Record<string, number | number[]> = {};
  for (const row of rows.values()) {
    const index = persons.length;
    persons.push([row.name, row.country, ...row.positions].join('|'));
    for (const f of row.forms) {
      const known = variants[f];
      variants[f] = known === undefined ? index : [...(typeof known === 'number' ? [known] : known), index];
    }
  }
  return { countries, persons, variants };
}
