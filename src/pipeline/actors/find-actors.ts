/**
 * Stage 4: the actors of one article and every mention of them. Runs in three passes:
 *  1. scan each sentence for spans (./scan.ts);
 *  2. group the names of people into persons (./people.ts), so that a surname, a misspelling or
 *     a later full name joins the person it names, wherever in the article it stands;
 *  3. walk the mentions in reading order, resolving surnames, roles ("the secretary") and
 *     pronouns ("he said") to the persons mentioned before them.
 */
import type { Actor, ActorPin } from '../../schema/actor.ts';
import type { ActorMention, ArticleActors, Sentence } from '../types.ts';
import { firstIndex } from '../first-index.ts';
import { phraseIndex } from './gazetteer.ts';
import { addName, idOf, initialsOf, nameFitsSplit, nameInitials, nameOf, newPerson, splitName, type NameExtra, type Person } from './people.ts';
import { applyPins, pinLookup } from './pins.ts';
import { identifyNamedPersons } from './named-persons.ts';
import { scanSentence, seedOfId, type Seed, type Span } from './scan.ts';
import { DISTINCT_ROLE_MODIFIERS, LEADER_HEADS } from './lexicon/titles.ts';
import { countryById } from './lexicon/countries.ts';
import { slugify } from './slug.ts';
import { tokenize } from './tokens.ts';
import { bump, preferredSpelling, surnamesMatch } from './variants.ts';
import { GROUP_NAME, GROUP_NOUNS } from './words.ts';

interface Located {
  sentence: number;
  span: Span;
  /** first word of its sentence (for the crude subject of a sentence) */
  order: number;
}

/** Does a role mention ("secretary", "press secretary") fit a role the person holds ("defense secretary")? */
export function roleFits(mention: string, held: string): boolean {
  if (mention === held) return true;
  const core = (r: string) => r.split(/ (?:of|to|for) /)[0]!.split(' ');
  const m = core(mention);
  const h = core(held);
  // "the Brazilian leader" is its president or prime minister (not its foreign minister)
  if (m.at(-1) === 'leader' && m.length === 1) return LEADER_HEADS.has(h.at(-1)!) && (h.at(-1) !== 'minister' || h.includes('prime'));
  if (m.at(-1) !== h.at(-1)) return false;
  // "the secretary" is not the press secretary; "the president" not the vice president
  return h.slice(0, -1).every((w) => !DISTINCT_ROLE_MODIFIERS.has(w) || m.includes(w));
}

/** `published`: the article's day (YYYY-MM-DD), which dates the terms of the persons the Phoenix dictionaries name. */
export function findActors(sentences: Sentence[], pins: ActorPin[], published?: string): ArticleActors {
  const index = phraseIndex(pins);
  const lowercaseWords = new Set<string>();
  for (const s of sentences) for (const w of s.text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []) lowercaseWords.add(w);

  // 1. spans, carrying an open quotation from one sentence to the next within a paragraph
  const located: Located[] = [];
  let quoted = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) quoted = false;
    paragraph = s.paragraph;
    const { tokens, endsQuoted } = tokenize(s.text, quoted);
    quoted = endsQuoted;
    for (const span of scanSentence(s.text, tokens, { index, lowercaseWords })) {
      located.push({ sentence: s.index, span, order: located.length });
    }
  }

  // 2. persons: titled and full names first, then single words that stand alone with a speech cue
  const pinOf = pinLookup(pins);
  const persons: Person[] = [];
  const personOfSpan = new Map<Located, Person>();
  // persons by the initials a name must share with them to fit (see `nameInitials`), each list
  // in creation order: a name is compared with the few persons sharing a letter, not with all
  const byInitial = new Map<string, Person[]>();
  const indexed = new Map<Person, Set<string>>();
  const indexPerson = (p: Person) => {
    const done = indexed.get(p) ?? indexed.set(p, new Set()).get(p)!;
    for (const letter of initialsOf(p)) {
      if (done.has(letter)) continue;
      done.add(letter);
      const list = byInitial.get(letter) ?? byInitial.set(letter, []).get(letter)!;
      let i = list.length;
      while (i > 0 && list[i - 1]!.n > p.n) i--;
      list.splice(i, 0, p);
    }
  };
  const nameAndIndex = (p: Person, words: string[], extra?: NameExtra) => {
    addName(p, words, extra);
    indexPerson(p);
  };
  const fitting = (words: string[], surnameOnly = false): Person[] => {
    // the name is split and its initials found once, not once for each person compared with it
    const name = splitName(words, surnameOnly);
    const letters = nameInitials(words, name.surname);
    const lists = [...new Set(letters)].map((l) => byInitial.get(l) ?? []);
    const near = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a.n - b.n);
    return near.filter((p) => nameFitsSplit(p, words, name, letters));
  };
  /** `fitting` answers: `known` is `fitting(words, surnameOnly)` when the caller has it, the persons unchanged since */
  const join = (words: string[], pin: ActorPin | null, before: number, surnameOnly = false, known?: Person[]): Person => {
    if (pin) {
      const found = persons.find((p) => p.pin === pin);
      if (found) return found;
      const p = newPerson(persons.length, pin);
      persons.push(p);
      return p;
    }
    const candidates = known ?? fitting(words, surnameOnly);
    // a full name prefers the person with the same given name over a surname-only one
    const { given } = splitName(words, surnameOnly);
    const same = given ? candidates.filter((p) => p.given.has(given)) : [];
    const pick = (same.length ? same : candidates).sort((a, b) => lastSeen(b, before) - lastSeen(a, before) || a.n - b.n)[0];
    if (pick) return pick;
    const p = newPerson(persons.length, null);
    persons.push(p);
    return p;
  };
  // where each person was seen, in ascending order: the last sighting before a point is a binary search
  const seenAt = new Map<Person, number[]>();
  const lastSeen = (p: Person, before: number) => lastBelow(seenAt.get(p) ?? [], before);
  const see = (p: Person, order: number) => insertSorted(seenAt.get(p) ?? seenAt.set(p, []).get(p)!, order);

  for (const l of located) {
    const s = l.span;
    if (s.type !== 'person') continue;
    const pin = s.pin ?? pinOf([s.name.join(' '), s.context]);
    const p = join(s.name, pin, l.order, s.surnameOnly);
    nameAndIndex(p, s.name, { role: s.role, affiliation: s.affiliation, gender: s.gender, context: s.context, surnameOnly: s.surnameOnly });
    personOfSpan.set(l, p);
    see(p, l.order);
  }
  // organizations named in full somewhere, for a later short form: "Hanseong" for "Hanseong Heavy Industries"
  // (each distinct one once: the lookups below read only a seed's id and name)
  const organizations = distinctBy(
    located.flatMap((l) => (l.span.type === 'actor' && l.span.seed.kind === 'organization' ? [l.span.seed] : [])),
    (o) => `${o.id}\u0000${o.name}`,
  );
  // "the <Long Name of an> Authority (<ACRONYM>)": the acronym names it from then on
  const textOf = new Map(sentences.map((s) => [s.index, s.text]));
  const acronyms = new Map<string, Seed>();
  for (const l of located) {
    if (l.span.type !== 'actor' || l.span.seed.kind !== 'organization') continue;
    const m = /^\s*\((\p{Lu}{2,6})\)/u.exec(textOf.get(l.sentence)!.slice(l.span.end));
    if (m && !acronyms.has(m[1]!)) acronyms.set(m[1]!, l.span.seed);
  }
  const organizationOfSpan = new Map<Located, Seed>();
  for (const l of located) {
    const s = l.span;
    if (s.type !== 'candidate') continue;
    const pin = pinOf([s.name.join(' ')]);
    if (pin) {
      const p = join(s.name, pin, l.order);
      nameAndIndex(p, s.name);
      personOfSpan.set(l, p);
      continue;
    }
    // "Delos Santos" without a given name may be a surname of two words
    // (each reading's fitting persons found once: nothing changes the persons until `join` below)
    const asNamed = fitting(s.name);
    const asSurname = s.name.length > 1 && !asNamed.length ? fitting(s.name, true) : [];
    const surnameOnly = asSurname.length > 0;
    const fitted = surnameOnly ? asSurname : asNamed;
    // an ordinary word opening a sentence names only someone whose full name the article gives
    const fits = fitted.filter((p) => !s.ordinary || p.fullForms.size > 0);
    if (s.ordinary && !fits.length) continue;
    // only a speaker or a two-word short form: "European capitals" is no short form of the European Union
    const organization = organizations
      .filter((o) => (s.cue || s.name.length > 1) && o.name.split(' ').length > s.name.length && o.name.startsWith(`${s.name.join(' ')} `))
      .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (fits.length) {
      const p = s.ordinary ? fits[0]! : join(s.name, null, l.order, surnameOnly, fitted);
      // "Greenfield" for "Thomas-Greenfield" is a form, not another spelling of the surname
      const { surname } = splitName(s.name, surnameOnly);
      if ([...p.surname.keys()].some((k) => surnamesMatch(k, surname))) nameAndIndex(p, s.name, { surnameOnly });
      else bump(p.forms, s.name.join(' '));
      personOfSpan.set(l, p);
    } else if (organization) {
      organizationOfSpan.set(l, organization);
    } else if (s.cue || (!s.ordinary && s.name.length > 1 && fitting(s.name.slice(-1), true).length > 0)) {
      // a speaker, or a name ending in the surname of someone the article names ("LaToya Jackson"
      // after "Michael Jackson"): another person, of that family
      const p = join(s.name, null, l.order);
      nameAndIndex(p, s.name);
      personOfSpan.set(l, p);
    }
  }

  // 3. mentions in reading order
  const actors = new Map<string, Actor>();
  const forms = new Map<string, Map<string, number>>();
  const addSeed = (seed: Seed, form?: string) => {
    if (!actors.has(seed.id)) {
      actors.set(seed.id, { id: seed.id, name: seed.name, kind: seed.kind, aliases: [], role: null, affiliation: seed.affiliation });
    }
    if (form) bump(forms.get(seed.id) ?? forms.set(seed.id, new Map()).get(seed.id)!, form);
  };
  const mentions: ActorMention[] = [];
  // The lookups below ask for the latest organization or person that fits: each keeps its
  // distinct items by recency, so a lookup costs the number of actors, not of mentions so far.
  // (An organization is asked about its name and affiliation only; the answer is its id.)
  const organizationsSeen = new Recency<Seed>((o) => `${o.id}\u0000${o.name}\u0000${o.affiliation ?? ''}`);
  const personsSeen = new Recency<Person>((p) => String(p.n));
  const personMentions: PersonMention[] = [];
  // genders are settled before this pass: a pronoun of either gender reads only the mentions that fit it
  const genderFits = (p: Person, g: 'm' | 'f') => p.gender === null || p.gender === g;
  const mentionsFitting: Record<'m' | 'f', PersonMention[]> = { m: [], f: [] };
  const rolesOf = (p: Person) => [...p.roles.keys(), ...(p.pin?.role ? [p.pin.role] : [])];
  /** the latest role that named no one the article names ("the president", with no president named) */
  let unnamedRole: { sentence: number; order: number } | null = null;

  for (const l of located) {
    const s = l.span;
    let person: Person | undefined;
    let via: ActorMention['via'] | null = null;
    const organization = organizationOfSpan.get(l) ?? (s.type === 'acronym' ? (acronyms.get(s.text) ?? byInitials(s.text, organizations)) : undefined);
    if (organization) {
      organizationsSeen.use(organization);
      addSeed(organization, s.text);
      mentions.push({ sentence: l.sentence, start: s.start, end: s.end, text: s.text, actor: organization.id, via: 'alias' });
      continue;
    }
    if (s.type === 'person' || s.type === 'candidate') {
      person = personOfSpan.get(l);
      if (!person) continue;
      const single = s.name.length === 1;
      via = s.type === 'person' && s.pin ? 'alias' : single ? 'surname' : 'name';
    } else if (s.type === 'role') {
      const recent = personsSeen.latest((p) => rolesOf(p).some((r) => roleFits(s.role, r)) &&
        (!s.affiliation || p.affiliations.has(s.affiliation.id)));
      if (!recent) {
        // "Manila summoned the Chinese ambassador": someone unnamed, known by role and country
        // ("who is Russia's envoy" describes someone named, and makes no one new)
        if (s.affiliation && s.definite) {
          const unnamed = unnamedOfficial(s.role, s.affiliation);
          addSeed(s.affiliation);
          if (!actors.has(unnamed.id)) actors.set(unnamed.id, unnamed);
          mentions.push({ sentence: l.sentence, start: s.start, end: s.end, text: s.text, actor: unnamed.id, via: 'role' });
        } else {
          unnamedRole = { sentence: l.sentence, order: l.order };
        }
        continue;
      }
      person = recent;
      via = 'role';
    } else if (s.type === 'pronoun') {
      // "The president is due to visit, his office said": a person known only by role, earlier in the
      // pronoun's own sentence and with no named person after it, is who the pronoun stands for
      if (unnamedRole?.sentence === l.sentence && !personMentions.some((m) => m.sentence === l.sentence && m.order > unnamedRole!.order)) continue;
      person = resolvePronoun(s, l, mentionsFitting[s.gender]);
      if (!person) continue;
      via = 'pronoun';
    } else if (s.type === 'actor') {
      addSeed(s.seed, s.via === 'demonym' ? undefined : s.text);
      mentions.push({ sentence: l.sentence, start: s.start, end: s.end, text: s.text, actor: s.seed.id, via: s.via });
      if (s.seed.kind === 'organization') organizationsSeen.use(s.seed);
      continue;
    } else if (s.type === 'institution') {
      // "the coast guard" after "the Philippine Coast Guard": the latest organization so named
      const seed = organizationsSeen.latest((o) =>
        GROUP_NOUNS.has(s.noun)
          ? GROUP_NAME.test(o.name) && !o.affiliation // "the rebels" after "the Kivu Patriotic Alliance (KPA)"
          : o.name.toLowerCase().endsWith(` ${s.noun}`) || o.name.toLowerCase() === s.noun);
      if (seed) mentions.push({ sentence: l.sentence, start: s.start, end: s.end, text: s.text, actor: seed.id, via: 'organization' });
      continue;
    }
    if (!person || !via) continue;
    const mention = { sentence: l.sentence, person, quoted: s.quoted, order: l.order };
    personMentions.push(mention);
    personsSeen.use(person);
    for (const g of ['m', 'f'] as const) if (genderFits(person, g)) mentionsFitting[g].push(mention);
    mentions.push({ sentence: l.sentence, start: s.start, end: s.end, text: s.text, actor: `\u0000${person.n}`, via });
  }

  // persons become actors
  const personId = new Map<number, string>();
  const mentioned = new Set(personMentions.map((m) => m.person));
  for (const p of persons) {
    if (!mentioned.has(p)) continue;
    const id = idOf(p);
    personId.set(p.n, id);
    const affiliation = p.affiliations.size ? preferredSpelling(p.affiliations) : null;
    if (affiliation) addSeed(p.seeds.get(affiliation)!);
    const existing = actors.get(id);
    const actor: Actor = existing ?? { id, name: nameOf(p), kind: 'person', aliases: [], role: null, affiliation: null };
    actor.role ??= p.roles.size ? preferredSpelling(p.roles) : null;
    actor.affiliation ??= affiliation;
    actors.set(id, actor);
    const f = forms.get(id) ?? forms.set(id, new Map()).get(id)!;
    for (const [form, n] of p.forms) bump(f, form, n);
  }
  for (const m of mentions) if (m.actor.startsWith('\u0000')) m.actor = personId.get(Number(m.actor.slice(1)))!;

  // every affiliation names an actor of the list: close the chain (Kirby -> Pentagon -> United States)
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of [...actors.values()]) {
      if (!a.affiliation || actors.has(a.affiliation)) continue;
      const seed = seedOfId(a.affiliation);
      if (seed) {
        addSeed(seed);
        grew = true;
      } else a.affiliation = null;
    }
  }
  for (const a of actors.values()) {
    a.aliases = [...(forms.get(a.id)?.keys() ?? [])].filter((f) => f !== a.name).sort();
  }
  const result = applyPins(identifyNamedPersons({ actors: [...actors.values()], mentions }, published, pins), pins);
  result.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.end - b.end);
  result.actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return result;
}

/** "the Chinese ambassador" with no name in the article: the person "Chinese ambassador". */
function unnamedOfficial(role: string, affiliation: Seed): Actor {
  const owner = countryById(affiliation.id)?.adjective ?? affiliation.name;
  const name = `${owner} ${role}`;
  return { id: slugify(name), name, kind: 'person', aliases: [], role, affiliation: affiliation.id };
}

/** "KCNA" for the "Korean Central News Agency" named in the article: the initials of its capitalized words. */
function byInitials(acronym: string, organizations: Seed[]): Seed | undefined {
  const initials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return organizations.filter((o) => o.name.split(/\s+/).length >= acronym.length && initials(o.name) === acronym).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

/**
 * "he said", "her": the person the pronoun most likely stands for. In its own sentence, a
 * possessive ("President Biden and his officials") takes the nearest person before it, a subject
 * ("Thomas-Greenfield said she") the first; otherwise the first person (the crude subject) of the
 * nearest earlier sentence that names one. Gender only rules a person out when both are known.
 */
function resolvePronoun(s: Extract<Span, { type: 'pronoun' }>, l: Located, fits: PersonMention[]): Person | undefined {
  // `fits` holds the mentions of persons of the pronoun's gender in reading order, so those of
  // this sentence are at its end and those of the nearest earlier sentence right before them
  let i = fits.length;
  const here: PersonMention[] = [];
  while (i > 0 && fits[i - 1]!.sentence === l.sentence) {
    i--;
    if (!fits[i]!.quoted) here.unshift(fits[i]!);
  }
  if (here.length) {
    const possessive = ['his', 'her', 'hers', 'himself', 'herself'].includes(s.text.toLowerCase());
    return (possessive ? here.at(-1)! : here[0]!).person;
  }
  while (i > 0 && fits[i - 1]!.sentence > l.sentence) i--;
  if (i === 0) return undefined;
  const last = fits[i - 1]!.sentence;
  const inLast: PersonMention[] = [];
  while (i > 0 && fits[i - 1]!.sentence === last) inLast.unshift(fits[--i]!);
  return (inLast.find((m) => !m.quoted) ?? inLast[0]!).person;
}

interface PersonMention {
  sentence: number;
  person: Person;
  quoted: boolean;
  order: number;
}

/** Distinct items, the most recently used last; `latest` finds the most recent that fits. */
class Recency<T> {
  private readonly items: T[] = [];
  private readonly keyOf: (item: T) => string;
  private readonly keys: string[] = [];
  constructor(keyOf: (item: T) => string) {
    this.keyOf = keyOf;
  }
  use(item: T): void {
    const key = this.keyOf(item);
    const at = this.keys.lastIndexOf(key);
    if (at >= 0) {
      this.items.splice(at, 1);
      this.keys.splice(at, 1);
    }
    this.items.push(item);
    this.keys.push(key);
  }
  latest(fits: (item: T) => boolean): T | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) if (fits(this.items[i]!)) return this.items[i];
    return undefined;
  }
}

/** The largest number in ascending `sorted` below `limit`, or -1. */
function lastBelow(sorted: number[], limit: number): number {
  const at = firstIndex(sorted.length, (i) => sorted[i]! >= limit);
  return at > 0 ? sorted[at - 1]! : -1;
}

/** Inserts `value` into ascending `sorted`, keeping it ascending (appends in the usual, in-order case). */
function insertSorted(sorted: number[], value: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > value) i--;
  sorted.splice(i, 0, value);
}

/** The items whose key is new, first occurrence first. */
function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
