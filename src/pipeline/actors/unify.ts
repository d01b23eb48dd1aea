/**
 * Stage 6: one actor per person, organization or country across all articles. Per-article actors
 * with the same id are one; people also merge across articles when their names are variants of
 * each other (./variants.ts); a surname alone ("Biden") joins the one full name it fits. The
 * richer information wins: a full name over a surname, the most frequent spelling, a role over
 * none. The result does not depend on the order of the articles.
 */
import type { Actor, ActorPin } from '../../schema/actor.ts';
import type { ArticleActors } from '../types.ts';
import { isGivenName } from './lexicon/first-names.ts';
import { roleFits } from './find-actors.ts';
import { affiliationId, closeAffiliations, pinLookup } from './pins.ts';
import { pinKind } from './scan.ts';
import { slugify } from './slug.ts';
import { preferredName, splitName } from './people.ts';
import { bump, givenNamesMatch, preferredSpelling, surnameIndex, surnamesMatch } from './variants.ts';

interface Group {
  /** per-article id */
  id: string;
  actors: Actor[];
  /** how often each name form was written, over all articles */
  forms: Map<string, number>;
}

const wordCount = (name: string) => name.split(/\s+/).length;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Union-find over group indices. */
function unionFind(n: number) {
  const parent = [...Array(n).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // the smaller index is the root: the same sets whatever order the unions come in
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  return { find, union };
}

function mostFrequent(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) bump(counts, v);
  return counts.size ? preferredSpelling(counts) : null;
}

export function unifyActors(perArticle: ArticleActors[], pins: ActorPin[]): { actors: Actor[]; canonicalId: (id: string) => string } {
  // 1. per-article actors grouped by id, with the name forms their mentions wrote
  const byId = new Map<string, Group>();
  for (const article of perArticle) {
    for (const a of article.actors) {
      const g: Group = byId.get(a.id) ?? { id: a.id, actors: [], forms: new Map() };
      g.actors.push(a);
      byId.set(a.id, g);
    }
    for (const m of article.mentions) {
      if (m.via === 'name' || m.via === 'surname' || m.via === 'alias') {
        const g = byId.get(m.actor);
        if (g) bump(g.forms, m.text);
      }
    }
  }
  const groups = [...byId.values()].sort((a, b) => cmp(a.id, b.id));
  for (const g of groups) {
    g.actors.sort((a, b) => cmp(JSON.stringify(a), JSON.stringify(b)));
    for (const a of g.actors) if (!g.forms.size) bump(g.forms, a.name);
  }

  // 2. which groups are one actor
  const uf = unionFind(groups.length);
  const lookup = pinLookup(pins);
  const pinOf = groups.map((g) => lookup(g.actors.flatMap((a) => [a.name, ...a.aliases])));
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) if (pinOf[i] && pinOf[i] === pinOf[j]) uf.union(i, j);
  }
  const isPerson = (g: Group) => g.actors.some((a) => a.kind === 'person');
  // "Chinese ambassador": a person known only by role and affiliation (see find-actors.ts)
  const unnamed = (g: Group) => g.actors.every((a) => a.kind === 'person' && a.role && a.affiliation && a.name.toLowerCase().endsWith(` ${a.role.toLowerCase()}`));
  const names = groups.map((g) => splitName(g.actors[0]!.name.split(/\s+/)));
  const people = groups.map((_, i) => i).filter((i) => isPerson(groups[i]!) && !pinOf[i] && !unnamed(groups[i]!));
  // (each surname is compared only with those that share a letter it must share to match: see surnameKeys)
  // "Delos Santos" (from "Mr Delos Santos") opens with no given name: it is the surname of "Arturo
  // Delos Santos". Only a whole surname of as many words: "Tarek Qasrawi" (a given name the lists
  // lack) ends in the surname "Qasrawi" of "Olivia Qasrawi", and is not therefore her surname.
  const givenFirst = surnameIndex(people.filter((j) => names[j]!.given && isGivenName(names[j]!.given!)).map((j) => ({ index: j, surname: names[j]!.surname })));
  for (const i of people) {
    const { given } = names[i]!;
    const whole = groups[i]!.actors[0]!.name;
    if (given && !isGivenName(given.split(' ')[0]!) && givenFirst(whole).some((j) => j !== i && names[j]!.given && isGivenName(names[j]!.given!) && wordCount(names[j]!.surname) >= wordCount(whole) && surnamesMatch(whole, names[j]!.surname))) {
      names[i] = { given: null, surname: whole };
    }
  }
  const full = people.filter((i) => names[i]!.given !== null);
  const single = people.filter((i) => names[i]!.given === null);
  const fullNear = surnameIndex(full.map((j) => ({ index: j, surname: names[j]!.surname })));
  const singleNear = surnameIndex(single.map((j) => ({ index: j, surname: names[j]!.surname })));
  for (const i of full) {
    for (const j of fullNear(names[i]!.surname)) {
      if (i < j && givenNamesMatch(names[i]!.given, names[j]!.given) && surnamesMatch(names[i]!.surname, names[j]!.surname)) uf.union(i, j);
    }
  }
  for (const i of single) {
    for (const j of singleNear(names[i]!.surname)) if (i < j && surnamesMatch(names[i]!.surname, names[j]!.surname)) uf.union(i, j);
  }
  for (const i of single) {
    const fits = [...new Set(fullNear(names[i]!.surname).filter((j) => surnamesMatch(names[i]!.surname, names[j]!.surname)).map(uf.find))];
    if (fits.length === 1) uf.union(i, fits[0]!);
    else if (fits.length > 1) {
      // two people share the surname: join the one holding the same role, if only one does
      const role = groups[i]!.actors[0]!.role;
      const same = fits.filter((r) => groups.some((g, k) => uf.find(k) === r && g.actors.some((a) => a.role && a.role === role)));
      if (role && same.length === 1) uf.union(i, same[0]!);
    }
  }

  // the unnamed official joins the one named person holding that role for that affiliation
  for (let i = 0; i < groups.length; i++) {
    if (!isPerson(groups[i]!) || !unnamed(groups[i]!)) continue;
    const { role, affiliation } = groups[i]!.actors[0]!;
    const holders = [...new Set(people.filter((j) => groups[j]!.actors.some((a) => a.affiliation === affiliation && a.role && roleFits(role!, a.role))).map(uf.find))];
    if (holders.length === 1) uf.union(i, holders[0]!);
  }

  // 3. one actor per set
  const sets = new Map<number, number[]>();
  for (let i = 0; i < groups.length; i++) sets.set(uf.find(i), [...(sets.get(uf.find(i)) ?? []), i]);
  const canonical = new Map<string, string>();
  const out = new Map<string, Actor>();
  for (const members of sets.values()) {
    const gs = members.map((i) => groups[i]!);
    const all = gs.flatMap((g) => g.actors);
    const pin = members.map((i) => pinOf[i]).find((p) => p) ?? null;
    const kind = pin ? pinKind(pin) : (mostFrequent(all.map((a) => a.kind)) as Actor['kind']);
    const name = pin ? pin.name : kind === 'person' ? personName(gs) : mostFrequent(all.map((a) => a.name))!;
    const id = slugify(name);
    const role = pin?.role ?? mostFrequent(all.map((a) => a.role));
    // a pinned affiliation that names no known actor leaves the text's (and is warned about)
    const affiliation = (pin?.affiliation ? affiliationId(pin.affiliation, pins) : null) ?? mostFrequent(all.map((a) => a.affiliation));
    const aliases = new Set([...all.flatMap((a) => [a.name, ...a.aliases]), ...(pin?.aliases ?? []), ...gs.flatMap((g) => [...g.forms.keys()])]);
    aliases.delete(name);
    const prev = out.get(id);
    const actor: Actor = prev
      ? { ...prev, aliases: [...new Set([...prev.aliases, ...aliases])].sort(), role: prev.role ?? role, affiliation: prev.affiliation ?? affiliation }
      : { id, name, kind, aliases: [...aliases].sort(), role, affiliation };
    out.set(id, actor);
    for (const g of gs) canonical.set(g.id, id);
  }
  const canonicalId = (id: string) => canonical.get(id) ?? id;
  for (const a of out.values()) if (a.affiliation) a.affiliation = canonicalId(a.affiliation);

  // 4. every affiliation names an actor of the list
  closeAffiliations(out, pins);
  return { actors: [...out.values()].sort((a, b) => cmp(a.id, b.id)), canonicalId };
}

/** A person's name over all articles: the preferred full form, its surname in the preferred spelling. */
function personName(groups: Group[]): string {
  const fullForms = new Map<string, number>();
  const surnames = new Map<string, number>();
  for (const g of groups) {
    const written = new Map(g.forms);
    for (const a of g.actors) if (!written.has(a.name)) written.set(a.name, 1);
    for (const [form, n] of written) {
      const { given, surname } = splitName(form.split(/\s+/));
      if (given) bump(fullForms, form, n);
      bump(surnames, surname, n);
    }
  }
  // "Delos Santos" is no full name next to "Arturo Delos Santos"
  const real = [...fullForms.keys()].filter((f) => isGivenName(splitName(f.split(' ')).given!.split(' ')[0]!));
  if (real.length) for (const f of [...fullForms.keys()]) if (!real.includes(f)) fullForms.delete(f);
  return preferredName(fullForms, surnames);
}
