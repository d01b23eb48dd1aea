/**
 * Reads PETRARCH2's Phoenix named-actor dictionaries (TABARI format; data/phoenix/Phoenix.*.actors.txt):
 * a record is a primary phrase ("HOSNI_MUBARAK_", optionally with a default "[CODE]"), synonym
 * lines ("+HUSNI_MUBARAK"), then restriction lines opened by a tab ("\t[EGYGOV 811014-110211]"):
 * the code holds between the two dates (YYMMDD or YYYYMMDD, both ends included), after ">date",
 * before "<date", or always when no date is given. "_" and blanks join words; "#" and ";" open a comment.
 */

export interface PhoenixRestriction {
  /** "EGYGOV": the country's ISO alpha-3 code, then sector codes of three letters */
  code: string;
  /** first day, YYYY-MM-DD; null: since ever */
  from: string | null;
  /** last day, YYYY-MM-DD; null: until now */
  until: string | null;
}

export interface PhoenixActor {
  /** the primary phrase, lower-case, words joined by spaces: "hosni mubarak" */
  name: string;
  /** the synonym phrases, same form */
  variants: string[];
  restrictions: PhoenixRestriction[];
}

const words = (w: string) => w.replace(/[_\s]+/g, ' ').toLowerCase().trim();

/**
 * TABARI's dates: six digits are YYMMDD, a two-digit year before 30 is 20YY (the dictionaries
 * were written in 2014 and reach back into the 19th century only with eight digits).
 */
export function phoenixDate(d: string): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(d);
  if (!m) return null;
  const year = m[1]!.length === 4 ? m[1]! : `${Number(m[1]) < 30 ? '20' : '19'}${m[1]}`;
  return `${year}-${m[2]}-${m[3]}`;
}

/** "[EGYGOV 811014-110211]", "[USAGOV >090120]", "[EGYELI]" -> restriction; null when malformed. */
export function parseRestriction(text: string): PhoenixRestriction | null {
  const m = /^\[\s*~?([A-Z]{3,})\s*(?:([<>]?)\s*(\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*\]/.exec(text.trim());
  if (!m) return null;
  const [, code, sign, first, second] = m;
  if (!first) return { code: code!, from: null, until: null };
  const a = phoenixDate(first);
  const b = second ? phoenixDate(second) : null;
  if (!a || (second && !b)) return null;
  if (second) return { code: code!, from: a, until: b };
  if (sign === '<') return { code: code!, from: null, until: a };
  // ">date", and a lone date, which PETRARCH reads as ">date"
  return { code: code!, from: a, until: null };
}

/** Parses one dictionary file; malformed restriction lines are reported in `skipped` as "file:line: what is wrong". */
export function parsePhoenixActors(text: string, file = 'Phoenix.actors.txt'): { actors: PhoenixActor[]; skipped: string[] } {
  const actors: PhoenixActor[] = [];
  const skipped: string[] = [];
  let current: PhoenixActor | null = null;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/[#;].*$/, '');
    const line = raw.trim();
    if (line === '') continue;
    const indented = /^\s/.test(raw);
    if (indented && line.startsWith('[')) {
      const r = parseRestriction(line);
      if (r && current) current.restrictions.push(r);
      else skipped.push(`${file}:${n + 1}: "${line}" is not a restriction of an actor ([CODE from-until])`);
      continue;
    }
    // "NAME [CODE]" or "NAME [CODE dates]": the phrase, then its default restriction
    const bracket = line.indexOf('[');
    const phrase = words(bracket >= 0 ? line.slice(0, bracket) : line);
    const inline = bracket >= 0 ? parseRestriction(line.slice(bracket)) : null;
    if (line.startsWith('+')) {
      if (current && phrase.length > 1) current.variants.push(words(phrase.slice(1)));
      continue;
    }
    if (phrase === '') continue;
    current = { name: phrase, variants: [], restrictions: inline ? [inline] : [] };
    actors.push(current);
  }
  return { actors, skipped };
}

/** Does the restriction hold on this day (YYYY-MM-DD)? */
export function holdsOn(r: { from: string | null; until: string | null }, day: string): boolean {
  return (r.from === null || r.from <= day) && (r.until === null || day <= r.until);
}
