/**
 * A headline that says who did what: the acting actor's short name, the main verb in headline
 * tense ("resigned" -> "resigns", "will deploy" -> "to deploy", "was arrested" -> "arrested") and
 * a short complement cut at a clause boundary. Built from the linguistic layer's reading of the
 * sentence; null when that reading lacks a verb or a subject, so the caller keeps its other drafts.
 */
import type { SentenceStructure } from '../linguistic/structure.ts';
import type { TaggedToken } from '../linguistic/tagger.ts';
import { inSpans, type Span } from '../linguistic/clauses.ts';
import { SPEECH_VERBS } from '../linguistic/vocabulary/speech-verbs.ts';
import { isCountPlural } from './quantities.ts';
import { nounLemma } from '../linguistic/tagger.ts';
import { PLURAL_ONLY_NOUNS } from '../linguistic/vocabulary/plural-nouns.ts';

/** The reporting verbs proper, those that may come before their speaker ("said Kirby"): they report a clause. */
const INVERTED_LEMMAS = new Set(SPEECH_VERBS.filter((e) => e.inverted).map((e) => e.lemma));

/** A headline's complement stops at a word boundary before this many characters. */
export const COMPLEMENT_CHARS = 80;
/** A headline longer than this (a run of joined tokens as its subject or verb) is no headline. */
export const HEADLINE_CHARS = 120;

/** Adverb particles that belong to their verb: "shut down", "called off", "pulled out". */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'over']);
/** Modals that make a clause a possibility rather than a happening: the plain drafts say it better. */
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', 'ought']);
const FUTURE = new Set(['will', "'ll", 'going']);
/** Quantifiers that make the noun phrase they open plural. */
const PLURAL_QUANTIFIERS = new Set(['more', 'many', 'most', 'some', 'few', 'several', 'both', 'other', 'all']);
/** The possessive ending the tagger splits off: "'s", "’s", "'". */
const POSSESSIVE_MARK = /^['’]s?$/;
/** Pronouns that stand for an owner: the headline names the owner with "'s". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Name suffixes a short name skips: "Martin Luther King Jr." is "King". */
const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Words that open a new clause or an aside inside the complement: the complement ends before them. */
export const CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'although', 'though', 'after', 'before', 'when', 'where', 'which', 'who', 'whom', 'whose', 'since', 'until', 'unless', 'if', 'saying', 'claiming', 'adding']);

/** Parts of speech a cut complement may not end on: "slams the West for", "has developed specific". */
const DANGLING = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'DET', 'ADJ', 'AUX', 'PART']);
/** Parts of speech inside a noun phrase: a cut between two of them splits a name or a noun phrase. */
const IN_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** The complementizer after a verb of saying: "says that X" reads "says X" in a headline. */
const COMPLEMENTIZER = 'that';
/** How far after a verb of saying its complementizer may stand ("said on Friday that"). */
const THAT_WITHIN = 5;
/** How far it may stand past adjuncts that hold no verb ("said on Sunday at the council's offices in Lyon, that"). */
const THAT_PAST_ADJUNCTS = 20;
const QUOTE_MARK = /^["“”]$/;

/** Words that lead into a time expression: "on Monday", "late Tuesday", "early this week". */
const DATE_LEADS = new Set(['late', 'early', 'earlier', 'later']);

/** Is token `k` a preposition or "late"/"early" standing right before a time expression? */
function isDateLead(tokens: TaggedToken[], k: number, dates: Span[]): boolean {
  let j = k;
  const free = (t: TaggedToken) => !inSpans(t.start, dates);
  // "in Monday's attack": the preposition governs the noun the date modifies, and stays
  let end = k;
  while (end < tokens.length && !inSpans(tokens[end].start, dates)) end++;
  while (end < tokens.length && inSpans(tokens[end].start, dates)) end++;
  if (POSSESSIVE_MARK.test(tokens[end]?.text ?? '')) return false;
  while (j < tokens.length && DATE_LEADS.has(tokens[j].text.toLowerCase()) && free(tokens[j])) j++;
  // one preposition, when the time expression does not open with its own: "were over on Monday" keeps its "over"
  if (j < tokens.length && tokens[j].pos === 'ADP' && free(tokens[j]) && tokens[j + 1]?.pos !== 'ADP') j++;
  return j > k && j < tokens.length && inSpans(tokens[j].start, dates);
}

export interface HeadlineActor {
  name: string;
  kind?: string;
  /** where the sentence names it: the headline names it only when this is the verb's subject */
  start?: number;
  end?: number;
}

/** An actor's name as a headline names it: a person by surname, anything else in full. */
export function shortName(actor: HeadlineActor): string {
  if (actor.kind !== 'person') return actor.name;
  const words = actor.name.trim().split(/\s+/).filter((w) => !NAME_SUFFIXES.test(w));
  return words.at(-1) ?? actor.name;
}

/** The third person singular present of a verb's lemma: "say" -> "says", "try" -> "tries", "veto" -> "vetoes". */
export function thirdPerson(lemma: string): string {
  if (lemma === 'be') return 'is';
  if (lemma === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|[^aeiou]o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Does token `k` continue the word before it with no space ("steel-and-concrete", "1/5")? */
export function isJoined(tokens: TaggedToken[], k: number): boolean {
  return k > 0 && k < tokens.length && tokens[k].start === tokens[k - 1].end && /^[\p{L}\p{N}\-/]/u.test(tokens[k].text);
}

/**
 * The complement cut at a word boundary before `max` characters, with no dangling function word;
 * `broken`: the clause went on past the complement's last word (a clause opener ended it).
 */
export function shortComplement(words: TaggedToken[], max = COMPLEMENT_CHARS, broken = false): string {
  const out: TaggedToken[] = [];
  let length = 0;
  for (const w of words) {
    const add = (out.length > 0 && w.start > out.at(-1)!.end ? 1 : 0) + w.text.length;
    if (length + add > max) break;
    out.push(w);
    length += add;
  }
  // "the trust of the American | people": a cut inside a noun phrase drops the phrase
  if (out.length < words.length && out.length > 1 && IN_NOUN_PHRASE.has(words[out.length].pos) && IN_NOUN_PHRASE.has(out.at(-1)!.pos)) {
    while (out.length > 1 && IN_NOUN_PHRASE.has(out.at(-1)!.pos)) out.pop();
  }
  // "slams the West for" reads as cut: end on a content word
  const quoteMarks = () => out.filter((w) => QUOTE_MARK.test(w.text)).length;
  // a closing quotation mark stays: it ends the quotation the complement opened
  // "the steel-and-concrete device" is one word to a reader: a cut never falls inside it
  while (out.length > 1 && out.length < words.length && isJoined(words, out.length)) out.pop();
  const cut = out.length < words.length;
  // "for the coming year and the year | after": a cut inside the last conjunct drops that conjunct
  // (a quotation's own "and" stays: the quotation is kept whole or not at all)
  const and = out.findLastIndex((w, i) => w.pos === 'CCONJ' && !isJoined(out, i));
  const conjunct = out.slice(and);
  const quoted = conjunct.some((w) => QUOTE_MARK.test(w.text));
  // (a cut conjunct that is a verb phrase goes, "and to ensure…"; a verb further on means the "and" joined nouns: "oil and gas exports had")
  const verbless = !conjunct.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const verbPhrase = ['VERB', 'AUX', 'PART'].includes(conjunct[1]?.pos ?? '');
  if (and > 0 && !quoted && ((cut && (verbless || verbPhrase)) || (broken && verbless))) out.length = and;
  // a complement read whole may end on an adjective ("are especially grave"); a cut one may not
  // (a function word, not a pronoun object: "would have killed him" ends whole)
  // (a relative pronoun opens a clause the complement does not hold: "stockpiles that")
  const relative = (w: TaggedToken) => w.text.toLowerCase() === COMPLEMENTIZER || CLAUSE_OPENERS.has(w.text.toLowerCase());
  const dangling = (w: TaggedToken) => relative(w) || (w.stop && !['PRON', 'NOUN', 'PROPN', 'NUM', 'VERB'].includes(w.pos)) || (DANGLING.has(w.pos) && (cut || w.pos !== 'ADJ'));
  // (a verb's particle is the verb's: "to step down", "pulled out"; after "be" it is what is said of the subject: "the talks were over")
  const particle = () => PARTICLES.has(out.at(-1)!.text.toLowerCase()) && (out.at(-2)?.pos === 'VERB' || out.at(-2)?.pos === 'AUX');
  while (out.length > 0 && dangling(out.at(-1)!) && !particle() && !(QUOTE_MARK.test(out.at(-1)!.text) && quoteMarks() % 2 === 0)) out.pop();
  // the words with the sentence's own spacing: a gap between two tokens is a space
  const text = out.map((w, i) => (i > 0 && w.start > out[i - 1].end ? ` ${w.text}` : w.text)).join('');
  // a quotation cut open loses its marks rather than dangle
  const closed = (text.match(/["“”]/g) ?? []).length % 2 === 1 ? text.replace(/["“”]/g, '') : text;
  // "had accounted | for a huge chunk": a cut that leaves a verb without what follows it shows the cut
  return cut && out.at(-1)?.pos === 'VERB' ? `${closed}…` : closed;
}

/** Words of a noun phrase's head after a name that modifies it: "BP shares", "Libya's government". */
const HEAD_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART']);
/** Words of what a vague count counts: "of (angry) people", "of thousands". */
const COUNTED_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The headline for the sentence's main clause, naming `actor` as its subject; null when the
 * structure has no finite main verb in [from, to), no subject, or a modal or negated verb.
 * Time expressions (`dates`, offsets into the sentence) leave the complement with the
 * preposition that introduces them: the event's date is shown beside its title. `realStart`: where
 * the sentence starts after a headline or date stamp run into it (see title-start.ts).
 */
export function headline(s: SentenceStructure, actor: HeadlineActor | null, from = 0, to = Number.MAX_SAFE_INTEGER, dates: Span[] = [], realStart = 0): string | null {
  const v = s.mainVerb;
  if (v === null || !s.english) return null;
  const tokens = s.tokens;
  const verb = tokens[v];
  if (verb.start < from || verb.start < realStart || verb.start >= to || verb.pos !== 'VERB') return null;
  const subject = s.subject && s.subject.last < v ? s.subject : null;
  if (!subject || (!actor && tokens[subject.last].pos === 'PRON')) return null;
  // the event's actor is someone other than the verb's subject: this headline would name the wrong one
  if (actor && actor.start !== undefined && actor.end !== undefined && !(actor.start < subject.end && actor.end > subject.start)) return null;
  // a verb inside the actor's own name ("Flood Forecasting Centre") or a capitalized one mid-sentence is a name the tagger misread
  if (actor?.start !== undefined && actor.end !== undefined && verb.start >= actor.start && verb.start < actor.end) return null;
  if (v > 0 && /^\p{Lu}/u.test(verb.text)) return null;
  // "Schools in X and Y will": a subject the structure found only part of
  if (tokens[subject.first - 1]?.pos === 'CCONJ') return null;
  // the words between the subject and the verb: auxiliaries, adverbs, "not"
  let future = false;
  for (let k = subject.last + 1; k < v; k++) {
    const t = tokens[k];
    const word = t.text.toLowerCase();
    if (MODALS.has(word) || word === 'not' || word === "n't" || word === 'never') return null;
    if (FUTURE.has(word)) future = true;
  }
  // a subject that starts in a date stamp or headline run into the sentence is named from the sentence's real start on
  // "BP shares tumbled", "Gadhafi loyalists attacked": a name that only modifies the subject's head keeps that head
  // (up to a time the phrase runs into: "rebel fighters this weekend")
  let headEnd = subject.last;
  const after: TaggedToken[] = [];
  if (actor?.end !== undefined && tokens[subject.last].start >= actor.end) {
    for (let k = subject.first; k <= subject.last; k++) {
      if (tokens[k].start < actor.end) continue;
      if (inSpans(tokens[k].start, dates) || !HEAD_WORDS.has(tokens[k].pos)) break;
      after.push(tokens[k]);
      headEnd = k;
    }
    if (after.at(-1)?.pos !== 'NOUN') after.length = 0;
  }
  // "Tens of thousands of people", "Hundreds of protesters": a vague count is no subject of its own; it
  // goes with what it counts (the structure ends the noun phrase at "of")
  let counted = subject.end;
  if (!actor && isCountPlural(tokens[subject.last].text)) {
    for (let k = subject.last + 1; k + 1 < v && tokens[k].text.toLowerCase() === 'of' && COUNTED_WORDS.has(tokens[k + 1].pos); ) {
      k++;
      // ("Thousands of Assad's supporters": a possessive goes on to what it owns)
      const owns = (j: number) => /^['’]s?$/.test(tokens[j]?.text ?? '') && j + 1 < v && COUNTED_WORDS.has(tokens[j + 1]!.pos);
      while (k < v && (COUNTED_WORDS.has(tokens[k].pos) || owns(k)) && !inSpans(tokens[k].start, dates)) counted = tokens[k++].end;
    }
  }
  const headAfter = after.length ? s.masked.slice(actor!.end, after.at(-1)!.end) : '';
  // the phrase stays as written ("a French national", not "France national"; "rebel fighters"); only a person's
  // name is shortened ("Obama administration")
  // ("His wheelchair" names the person's: "Meek's wheelchair")
  const possessive = actor?.start !== undefined && POSSESSIVE_PRONOUNS.has(s.masked.slice(actor.start, actor.end).toLowerCase()) ? '\'s' : '';
  const named = actor && headAfter ? (actor.kind === 'person' ? `${shortName(actor)}${possessive}${headAfter}` : s.masked.slice(actor.start, after.at(-1)!.end)) : null;
  const name = named ?? (actor ? shortName(actor) : s.masked.slice(Math.max(subject.start, Math.min(realStart, verb.start)), counted));
  if (!/\p{L}/u.test(name)) return null;
  // a plural common-noun subject the headline names takes the plain form: "talks collapse", "gunmen attack"
  const head = tokens[headAfter ? headEnd : subject.last];
  // a group named by a plural ("Officials", "Diplomats": the tagger reads them as names at a sentence's start)
  const groupPlural = actor?.kind === 'group' && /[^s]s$/i.test(name.trim());
  // "Earthquakes killed": a sentence's first word, read as a name only for its capital, with a plural ending
  // ... and a vague count with what it counts ("Tens of thousands of people protest")
  // (or an irregular plural: "Children fled", read alone in lower case, is "child")
  const opening = subject.first === 0 && subject.last === 0 && head.pos === 'PROPN';
  const openingPlural = (!actor && opening && (/[^saiu]s$/.test(head.text) || nounLemma(head.text) !== head.text.toLowerCase())) || counted > subject.end;
  // "Police fire", "People flee": a noun of multitude that is plural only
  const multitude = PLURAL_ONLY_NOUNS.has(name.trim().split(/\s+/).at(-1)!.toLowerCase());
  // "More Americans", "Many Libyans": a plural quantifier opens a plural subject
  const quantified = !actor && PLURAL_QUANTIFIERS.has(tokens[subject.first].text.toLowerCase()) && subject.last > subject.first && /[^s]s$/i.test(tokens[subject.last].text);
  // "ethnic Kurds", "the Libyans": a people's name in -s after an adjective or an article, naming no actor
  const peoplePlural = !actor && head.pos === 'PROPN' && /[^saiu]s$/.test(head.text) && ['ADJ', 'DET'].includes(tokens[subject.last - 1]?.pos ?? '') && subject.last > subject.first;
  const plural = groupPlural || openingPlural || multitude || quantified || peoplePlural || (head.pos === 'NOUN' && head.lemma !== head.text.toLowerCase() && name.trim().endsWith(head.text));
  const lemma = verb.lemma;
  const verbWords = s.passive ? verb.text : future ? `to ${lemma}` : plural ? lemma : thirdPerson(lemma);
  let next = v + 1;
  const particle = tokens[next] && PARTICLES.has(tokens[next].text.toLowerCase()) && tokens[next].pos !== 'NOUN' ? tokens[next].text : '';
  if (particle) next++;
  // "says (on Friday) that X" reads "says X": the date is the event's own field; "tells the court
  // that X" keeps whom it was told, and its "that"
  const speech = s.speech?.verb === v;
  if (speech) {
    // (or further, past adjuncts with no verb of their own: "said on Sunday at the council's offices in Lyon, that")
    const that = tokens.findIndex((t, k) => k >= next && t.text.toLowerCase() === COMPLEMENTIZER &&
      (k < next + THAT_WITHIN || (k < next + THAT_PAST_ADJUNCTS && !tokens.slice(next, k).some((u) => u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'SCONJ'))));
    const told = that > next && ['PRON', 'PROPN', 'NOUN'].includes(tokens[next].pos) && !inSpans(tokens[next].start, dates);
    // "said the port that was damaged would reopen": a "that" right after a noun phrase the verb takes opens a relative clause
    const between = that > next ? tokens.slice(next, that) : [];
    const relative = tokens[next]?.pos === 'DET' && ['NOUN', 'PRON'].includes(between.at(-1)?.pos ?? '') && !between.some((u) => u.pos === 'ADP' || u.pos === 'PUNCT' || inSpans(u.start, dates));
    if (that >= 0 && !told && !relative) next = that + 1;
  }
  // the complement: the rest of the clause up to a comma, a clause opener, a quotation's close or the clause's end
  const rest: TaggedToken[] = [];
  let stop: TaggedToken | undefined;
  for (let k = next; k < tokens.length; k++) {
    const t = tokens[k];
    // "should Moscow choose": a modal before a noun phrase opens a conditional clause
    const inverted = MODALS.has(t.text.toLowerCase()) && k > next && ['PROPN', 'NOUN', 'PRON', 'DET'].includes(tokens[k + 1]?.pos ?? '');
    // "welcomed the release and said": a second verb starts a second clause
    const coordinated = t.pos === 'CCONJ' && ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '');
    // a hyphen set off by spaces is a dash: "15,800 barrels - slightly up on the day before"
    const dash = /^--?$/.test(t.text) && t.start > (tokens[k - 1]?.end ?? 0);
    if (coordinated || dash || t.start >= to || /^[,;:—–()]$/.test(t.text) || t.text === '.' || CLAUSE_OPENERS.has(t.text.toLowerCase()) || inverted) {
      stop = t;
      break;
    }
    // (a date's possessive goes with it: "in Monday's attack" reads "in the attack")
    if (inSpans(t.start, dates) || isDateLead(tokens, k, dates) || (POSSESSIVE_MARK.test(t.text) && inSpans(tokens[k - 1]?.start ?? -1, dates))) continue;
    rest.push(t);
  }
  // "hearings on the bill scheduled (for May)": a participle after a noun opens a reduced relative clause
  // whose rest is gone; only a verb of saying takes a clause with a verb of its own as its complement
  if (!speech && rest.length > 1 && rest.at(-1)!.pos === 'VERB' && ['NOUN', 'PROPN'].includes(rest.at(-2)!.pos)) rest.pop();
  // a speech act says what was said: "X says" or "X says the rebels" (cut before the reported clause's verb) says nothing
  // ("He said the troops who ..." stops before the reported clause has its verb)
  const subjectOnly = stop && CLAUSE_OPENERS.has(stop.text.toLowerCase()) && rest.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(t.pos));
  // a reporting verb proper ("say", "tell", "write") with no clause after it says nothing: "tells police"
  const reporting = speech && INVERTED_LEMMAS.has(verb.lemma) && !(stop?.pos === 'CCONJ');
  const clauseless = !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (speech && (rest.length === 0 || subjectOnly || (reporting && clauseless))) return null;
  const complement = shortComplement(rest, COMPLEMENT_CHARS, stop !== undefined && CLAUSE_OPENERS.has(stop.text.toLowerCase()));
  const title = [name.trim(), verbWords, particle, complement].filter(Boolean).join(' ');
  // a run of joined tokens makes a giant name or verb: no headline is better than a wall of text
  if (title.length > HEADLINE_CHARS) return null;
  // the tagger may keep a sentence's full stop on its last word ("trickle in."); an abbreviation's stays ("the U.S.")
  return title.replace(/(?<!\b\p{Lu})\.$/u, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
