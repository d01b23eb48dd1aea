/**
 * The clause structure of one sentence, on top of the tagger: its noun phrases, its quotations
 * (speech masked out), its clause map, the main clause's verb with its subject and object, and
 * reported speech with its speaker. Later stages read this instead of re-detecting it.
 */
import { inSpans, mapClauses, type ClauseMap, type Span } from './clauses.ts';
import { findQuotations, maskSpeech, type Quotation } from './quotations.ts';
import { tagText, type TaggedToken } from './tagger.ts';
import { NOUN_S_SPEECH_FORMS, SPEECH_VERBS, type SpeechVerb } from './vocabulary/speech-verbs.ts';
import { PLURAL_ONLY_NOUNS } from './vocabulary/plural-nouns.ts';
import { wordnetAdverbOnly, wordnetArtifactNoun, wordnetEventNoun, wordnetPersonNoun, wordnetStateToo, wordnetVerbClass, wordnetVerbFirstCompound } from './vocabulary/wordnet.ts';

/** A base noun phrase: tokens [first, last] (inclusive), offsets into the sentence. */
export interface NounPhrase extends Span {
  first: number;
  last: number;
  text: string;
}

export interface Speech {
  /** token index of the verb of saying */
  verb: number;
  lemma: string;
  act: SpeechVerb['act'];
  speaker: NounPhrase | null;
}

export interface SentenceStructure {
  tokens: TaggedToken[];
  nounPhrases: NounPhrase[];
  quotations: Quotation[];
  /** the sentence with its speech quotations blanked (same length: offsets still hold) */
  masked: string;
  clauses: ClauseMap;
  /** token index of the main clause's verb (outside speech quotations, subordinate clauses and the attribution) */
  mainVerb: number | null;
  subject: NounPhrase | null;
  object: NounPhrase | null;
  /** the main verb is passive ("was set ablaze"): its subject is what it happened to */
  passive: boolean;
  /** reported speech: the verb of saying and its speaker, when the sentence reports one */
  speech: Speech | null;
  /** the sentence reads as English: enough English function words among its words (see readsAsEnglish) */
  english: boolean;
}

const SPEECH_BY_LEMMA = new Map(SPEECH_VERBS.map((e) => [e.lemma, e]));
const NP_INNER = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const NP_HEAD = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Words that may stand between a subject and its verb: auxiliaries, adverbs, "not". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);
const POSSESSIVE = /^['’]s?$/;
/** Possessive determiners open a noun phrase: "our free emails", "their leaders". */
const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Base noun phrases: determiners, numbers, adjectives and nouns up to a noun head; a pronoun alone. */
export function nounPhrases(tokens: TaggedToken[], text: string): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const determiner = t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.text.toLowerCase()) && NP_INNER.has(tokens[i + 1]?.pos ?? '');
    if (t.pos === 'PRON' && !determiner) {
      out.push({ first: i, last: i, start: t.start, end: t.end, text: t.text });
      i++;
      continue;
    }
    if (!NP_INNER.has(t.pos) && !determiner) {
      i++;
      continue;
    }
    let j = i;
    // "the army's chief", "Russia's foreign ministry": a possessive continues the phrase; so does a hyphen that joins
    // two words with no space ("the 68-year-old leader", which the tokenizer splits at each hyphen)
    for (;;) {
      if (j + 1 < tokens.length && (NP_INNER.has(tokens[j + 1].pos) || (POSSESSIVE.test(tokens[j + 1].text) && tokens[j + 1].pos === 'PART'))) j++;
      else if (joinsWords(tokens, j + 1) && NP_INNER.has(tokens[j + 2].pos)) j += 2;
      else break;
    }
    let last = j;
    // "the chief admits", "the injured were taken": an adjective after a determiner or noun and right before the verb
    // heads its phrase (the tagger reads "chief" in "the police chief says" as in "chief executive")
    const nominal = j > i && tokens[j].pos === 'ADJ' && (tokens[j - 1].pos === 'DET' || tokens[j - 1].pos === 'NOUN') && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX');
    while (last >= i && !NP_HEAD.has(tokens[last].pos) && !(nominal && last === j)) last--;
    if (last >= i) out.push({ first: i, last, start: t.start, end: tokens[last].end, text: text.slice(t.start, tokens[last].end) });
    i = j + 1;
  }
  return out;
}

/** Is the token at `k` a hyphen with a word on each side and no space around it ("year-old", "pro-government")? */
function joinsWords(tokens: TaggedToken[], k: number): boolean {
  const [before, hyphen, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return Boolean(before && hyphen && after && hyphen.text === '-' && before.end === hyphen.start && hyphen.end === after.start);
}

const endingAt = (nps: NounPhrase[], token: number) => nps.find((np) => np.last === token) ?? null;
const startingAt = (nps: NounPhrase[], token: number) => nps.find((np) => np.first === token) ?? null;

/** The noun phrase before `verb`, across auxiliaries and adverbs and over one ", appositive,". */
function subjectBefore(tokens: TaggedToken[], nps: NounPhrase[], verb: number, from: number): NounPhrase | null {
  let k = verb - 1;
  while (k >= from && BETWEEN_SUBJECT_AND_VERB.has(tokens[k].pos)) k--;
  // "every shot fired makes": a participle right after the subject modifies it
  if (k > from && tokens[k].pos === 'VERB' && SUBJECT_END.has(tokens[k - 1].pos) && modifiesNoun(tokens, k) === 'surely') k--;
  // "the doctors who treated him were": the relative clause after the subject modifies it
  const relative = relativeClauses(tokens).find((r) => k >= 0 && r.start <= tokens[k].start && tokens[k].start < r.end && r.start >= (tokens[from]?.start ?? 0));
  if (relative) k = tokens.findIndex((t) => t.start >= relative.start) - 1;
  if (k < from) return null;
  // "The mayor of Houston, Texas, resigned": one name after a name between commas is the rest of a
  // place's name (a city and its state or country), not an appositive: the subject is before it
  const placeRest = tokens[k].text === ',' ? endingAt(nps, k - 1) : null;
  if (placeRest && placeRest.first === placeRest.last && tokens[placeRest.first].pos === 'PROPN' && placeRest.first - 2 >= from &&
    tokens[placeRest.first - 1].text === ',' && tokens[placeRest.first - 2].pos === 'PROPN') k = placeRest.first - 2;
  if (tokens[k].text === ',') {
    // "The army chief, Gen. X, said": the appositive names the subject
    const inner = endingAt(nps, k - 1);
    // ... but a name or a noun before a common noun phrase is what the phrase describes: "Tomas Welch, a
    // lawyer, says", "The nurse, a mother of three, died"
    const described = (open: number) => tokens[open + 1]?.pos === 'DET' && open - 1 >= from && (tokens[open - 1].pos === 'PROPN' || tokens[open - 1].pos === 'NOUN') ? endingAt(nps, open - 1) : null;
    if (inner && inner.first > from && tokens[inner.first - 1].text === ',') return described(inner.first - 1) ?? inner;
    // "Rebels, armed with mortars, stormed", "The council, which had met twice, voted": a participial
    // phrase or a relative clause between commas modifies the subject before it
    let open = k - 1;
    while (open > from && tokens[open].text !== ',') open--;
    // ... and so does a prepositional phrase ("the attack, outside the station, involves")
    const modifier = tokens[open + 1]?.pos === 'VERB' || tokens[open + 1]?.pos === 'ADP' || RELATIVE_PRONOUNS.has(tokens[open + 1]?.text.toLowerCase() ?? '');
    return open > from ? (modifier ? endingAt(nps, open - 1) : described(open)) : null;
  }
  let np = endingAt(nps, k);
  // "earthquakes in the region killed": a phrase a preposition governs modifies the subject before it
  // ("more than 700 pilgrims died": "than" compares a quantity, it governs nothing)
  // ... and so does a participle before such a phrase ("troops backed by tanks entered", "a study published in a journal finds"):
  // the verb after it heads the clause
  while (np && np.first - 1 > from && tokens[np.first - 1].pos === 'ADP' && tokens[np.first - 1].lemma !== 'than') {
    const before = np.first - 2;
    np = endingAt(nps, tokens[before]?.pos === 'VERB' && before - 1 >= from && modifiesNoun(tokens, before) ? before - 1 : before);
  }
  return reducedRelativeHead(tokens, nps, from, np?.first ?? k) ?? np;
}

/** What may stand inside a participle's phrase: no verb, conjunction or comma of the clause. */
const NOT_IN_PARTICIPLE_PHRASE = new Set(['VERB', 'AUX', 'CCONJ', 'SCONJ', 'PRON']);

/**
 * "Fourteen aid workers held for two years by rebels in the east walked free": a participle right
 * after the subject's noun, with a preposition after it (or, in -ing, its object), opens a phrase that modifies that noun,
 * however long, when nothing in it (up to `to`) is another verb, a conjunction or a comma. The
 * noun phrase before the participle, or null.
 */
function reducedRelativeHead(tokens: TaggedToken[], nps: NounPhrase[], from: number, to: number): NounPhrase | null {
  for (let p = to - 1; p > from; p--) {
    const t = tokens[p];
    const ing = /ing$/i.test(t.text);
    if (t.text === ',' || (NOT_IN_PARTICIPLE_PHRASE.has(t.pos) && !(t.pos === 'VERB' && (ing || PARTICIPLE_ENDING.test(t.text))))) return null;
    // (a present participle takes its object: "the commission investigating the disaster in the Gulf began")
    const opens = ing ? PARTICIPLE_OBJECT_START.has(tokens[p + 1]?.pos ?? '') : tokens[p + 1]?.pos === 'ADP';
    if (t.pos === 'VERB' && SUBJECT_END.has(tokens[p - 1]?.pos ?? '') && opens && modifiesNoun(tokens, p)) return endingAt(nps, p - 1);
  }
  return null;
}

/** What a present participle's phrase may open with: its object or a preposition. */
const PARTICIPLE_OBJECT_START = new Set(['DET', 'ADP', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** The noun phrase right after `verb` (over adverbs and particles). */
function objectAfter(tokens: TaggedToken[], nps: NounPhrase[], verb: number, to: number): NounPhrase | null {
  let k = verb + 1;
  while (k < to && (tokens[k].pos === 'ADV' || (tokens[k].pos === 'PART' && !/^to$/i.test(tokens[k].text)))) k++;
  const np = k < to ? startingAt(nps, k) : null;
  if (!np) return null;
  // "said the curfew would be lifted": a noun phrase with a verb of its own is a clause's subject
  let after = np.last + 1;
  while (after < tokens.length && tokens[after].pos === 'ADV') after++;
  // ... but a participle with its agent after it modifies the noun: "closed areas affected by the spill"
  const modifier = tokens[after]?.pos === 'VERB' && PARTICIPLE_ENDING.test(tokens[after].text) && tokens[after + 1]?.text.toLowerCase() === 'by';
  return after < tokens.length && (tokens[after].pos === 'AUX' || tokens[after].pos === 'VERB') && !modifier ? null : np;
}

/** Is the verb at `verb` passive ("was set ablaze", "were called in")? */
export function isPassive(s: SentenceStructure, verb: number): boolean {
  return isPassiveAt(s.tokens, verb, 0);
}

/**
 * The agent of a passive verb: the noun phrase after "by" within the three words after it
 * ("was slashed by Fitch", "were battered by a cyclone", "was taken overnight by rebels"); undefined
 * for a verb that is no passive or names no agent.
 */
export function passiveAgent(s: SentenceStructure, verb: number): NounPhrase | undefined {
  if (!isPassive(s, verb)) return undefined;
  const by = s.tokens.findIndex((t, k) => k > verb && k <= verb + 3 && t.lemma === 'by' && t.pos === 'ADP');
  return by < 0 ? undefined : s.nounPhrases.find((np) => np.first > by && np.first <= by + 3);
}

function isPassiveAt(tokens: TaggedToken[], verb: number, from: number): boolean {
  const v = tokens[verb];
  if (/ing$/i.test(v.text)) return false;
  for (let k = verb - 1; k >= from && BETWEEN_SUBJECT_AND_VERB.has(tokens[k].pos); k--) {
    if (tokens[k].pos === 'AUX' && (tokens[k].lemma === 'be' || tokens[k].lemma === 'get')) return true;
  }
  return false;
}

/** What may close a subject: a noun or a name. */
const SUBJECT_END = new Set(['NOUN', 'PROPN']);
/** What may open what follows a verb: its object ("a", "the", a name, a number, "his"), "that", a preposition. */
const AFTER_VERB = new Set(['DET', 'PROPN', 'NUM', 'PRON', 'SCONJ', 'ADP']);

/**
 * A main clause with no verb has often had its verb tagged as a noun or an adjective: a present
 * tense right after its subject, which the tagger reads as a compound ("the minister tours the
 * region", "the authorities close the border"). The first such word: a noun or adjective after a
 * noun or a name, before what may follow a verb, in a present-tense form of a WordNet verb. -1
 * when the clause has a verb that can head it (a participle that may modify a noun, "areas
 * affected by", cannot tell).
 */
function verbTaggedAsNoun(tokens: TaggedToken[], inMain: (t: TaggedToken) => boolean): number {
  // a verb that cannot head the clause does not count: "to move", "the two remaining leaks", "of spilled oil", "areas
  // affected by", and an -ing form with no auxiliary ("on winning", ", saying that")
  // (what a participle after a comma says is its own: ", saying there will be" has no verb of the clause)
  const adjunct = tokens.findIndex((t, k) => t.pos === 'VERB' && tokens[k - 1]?.text === ',' && ingFormAlone(tokens, k));
  const heads = adjunct < 0 ? tokens : tokens.slice(0, adjunct);
  if (heads.some((t, k) => ((t.pos === 'AUX' && !/ing$/i.test(t.text)) || (t.pos === 'VERB' && !isInfinitive(tokens, k) && !modifiesNoun(tokens, k) && !ingFormAlone(tokens, k) && !asideSaying(tokens, k) && !afterGerund(tokens, k))) && inMain(t))) return -1;
  return tokens.findIndex((t, k) => {
    if (k === 0 || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || !inMain(t)) return false;
    // the subject's last word: right before, or before a stretch bracketed by commas ("the governor, Ana Ruiz, tours")
    const end = subjectEndBefore(tokens, k);
    if (end < 0) return false;
    const form = t.text.toLowerCase();
    const singular = form === `${t.lemma}s` || form === `${t.lemma}es` || form === `${t.lemma.replace(/y$/, '')}ies`;
    // (a count before a noun says it is plural where the lemmatizer kept its -s: "1,000 marines")
    const counted = (h: number) => tokens[h - 1]?.pos === 'NUM' && !/^(?:1|one)$/i.test(tokens[h - 1]!.text) && /[^s]s$/i.test(tokens[h]!.text);
    const isPlural = (n: TaggedToken | undefined, h = -1) => n?.pos === 'NOUN' && (n.text.toLowerCase() !== n.lemma || (h > 0 && counted(h)));
    // a bare noun may follow the -s form as its object ("the guard sets fire to"); after the bare form a bare noun
    // makes a compound ("the police patrol car"), a plural its object ("officials close areas"); not an adverb
    // ("the government claims nearly all of it": a state the tagger rightly left a noun as often as not)
    const next = tokens[k + 1]?.pos ?? '';
    // ... and "to" with a verb ("the company plans to sell")
    const infinitive = tokens[k + 1]?.text.toLowerCase() === 'to' && tokens[k + 2]?.pos === 'VERB';
    if (!AFTER_VERB.has(next) && !(singular && (next === 'NOUN' || infinitive)) && !(!singular && isPlural(tokens[k + 1]))) return false;
    // the bare form agrees only with a plural before it ("the authorities issue"; "a police patrol" is a compound),
    // which opening the sentence the tagger may take for a name ("Officials close", "Tanks enter"); the subject's
    // head may stand before a prepositional phrase ("crowds across the region protest")
    const heads = [end];
    for (let h = end; ;) {
      let open = h;
      while (open > 0 && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[open - 1]!.pos) && open > h - 4) open--;
      if (tokens[open - 1]?.pos !== 'ADP' || !SUBJECT_END.has(tokens[open - 2]?.pos ?? '')) break;
      heads.push((h = open - 2));
    }
    const pluralName = (n: TaggedToken) => n.pos === 'PROPN' && /[^s]s$/i.test(n.text) && [wordnetPersonNoun, wordnetArtifactNoun].some((known) => Boolean(known(n.text.toLowerCase().slice(0, -1))));
    // a noun of multitude ("people", "police") is plural as a subject, not as the first word of a compound ("a police
    // patrol", "police patrol cars"): only with what follows a verb after it, and no "a" before it
    const multitude = (h: number) => PLURAL_ONLY_NOUNS.has(tokens[h]!.text.toLowerCase()) && AFTER_VERB.has(next) && !/^an?$/i.test(tokens[h - 1]?.text ?? '');
    const plural = heads.some((h) => isPlural(tokens[h], h) || pluralName(tokens[h]!) || multitude(h));
    return ((form === t.lemma && plural) || singular) && wordnetVerbClass(t.lemma) !== undefined;
  });
}

/**
 * ", residents say,": a verb of saying with its speaker between commas, inside the clause it
 * vouches for, is an aside; the clause's own verb is elsewhere.
 */
function asideSaying(tokens: TaggedToken[], k: number): boolean {
  if (!SPEECH_BY_LEMMA.has(tokens[k].lemma) || tokens[k + 1]?.text !== ',') return false;
  let p = k - 1;
  while (p > 0 && ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[p].pos)) p--;
  return p < k - 1 && p > 0 && tokens[p].text === ',';
}

/**
 * "Tomas Welch, a lawyer, says", "Ana Bush said": a surname that is also a verb, capitalized after
 * a name inside the sentence and followed by a comma or a verb, is the name's last word.
 */
function surnamesTaggedAsVerbs(tokens: TaggedToken[]): number[] {
  return tokens.flatMap((t, k) => k > 0 && t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && tokens[k - 1].pos === 'PROPN' && t.start === tokens[k - 1].end + 1 &&
    (tokens[k + 1]?.text === ',' || tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX') ? [k] : []);
}

/**
 * "Photo taken on 3 May", "the village, known for its olives": a past participle that is not
 * also the past tense ("taken", "shown", "written", not "used" or "met") with no auxiliary before
 * it describes a noun; it is no clause's finite verb.
 */
function pastParticipleAlone(tokens: TaggedToken[], k: number): boolean {
  const t = tokens[k];
  const form = t.text.toLowerCase();
  if (t.pos !== 'VERB' || form === t.lemma || !/(?:[^e]en|wn|seen|done|gone)$/.test(form)) return false;
  let p = k - 1;
  while (p >= 0 && (tokens[p].pos === 'ADV' || tokens[p].pos === 'PART')) p--;
  return tokens[p]?.pos !== 'AUX';
}

/**
 * A verb of state ("the curfew remains in force", "the ban lasts"): a WordNet verb.stative, or a
 * verb whose second sense is a state in its present -s form (WordNet's first sense of "remain" is
 * a change). What it says of its subject is how things stand, not a happening.
 */
export function tellsState(verb: TaggedToken): boolean {
  return wordnetVerbClass(verb.lemma) === 'verb.stative' || (wordnetStateToo(verb.lemma) && /[^s]s$/i.test(verb.text));
}

/** "of being attacked", "after having fled": a verb whose auxiliary is an -ing form is in a gerund's phrase, never a clause's finite verb. */
function afterGerund(tokens: TaggedToken[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && tokens[p].pos === 'ADV') p--;
  return tokens[p]?.pos === 'AUX' && /ing$/i.test(tokens[p]!.text);
}

/** An -ing form with no auxiliary before it ("by winning", ", saying that"): a gerund or a participle, never a clause's finite verb. */
function ingFormAlone(tokens: TaggedToken[], k: number): boolean {
  const before = tokens[k - 1]?.pos === 'ADV' ? tokens[k - 2] : tokens[k - 1];
  return /ing$/i.test(tokens[k].text) && before?.pos !== 'AUX';
}

/**
 * The token that ends the subject before the word at `k`: the noun or name right before it, or,
 * after a comma that closes a bracketed stretch ("the governor, Ana Ruiz," / "the company's record,
 * following the fire,"), the noun or name before the comma that opens it. -1 when there is none.
 */
function subjectEndBefore(tokens: TaggedToken[], k: number): number {
  if (SUBJECT_END.has(tokens[k - 1]?.pos ?? '')) return k - 1;
  if (tokens[k - 1]?.text !== ',' || !SUBJECT_END.has(tokens[k - 2]?.pos ?? '')) return -1;
  let open = k - 3;
  while (open > 0 && tokens[open].text !== ',') open--;
  return open > 0 && SUBJECT_END.has(tokens[open - 1].pos) ? open - 1 : -1;
}

/** What may open what a verb of saying says, or whom or what it names: "that", "a", a name, "his", "new", a number, a quotation. */
const AFTER_SAYING = new Set(['SCONJ', 'DET', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * A verb of saying whose -s form is also a plural noun, tagged as the noun: "the governor claims
 * that", "the mayor pledges new funds". The tagger reads the form after a noun as a compound
 * ("union claims"), but after a singular subject and before what is said it is the verb; so is
 * any verb's -s form there before "that" ("the group estimates that"). The first such word before
 * any other verb of the main clause; -1 when there is none.
 */
function speechVerbTaggedAsNoun(tokens: TaggedToken[], inMain: (t: TaggedToken) => boolean): number {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!inMain(t)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (t.pos !== 'NOUN') continue;
    const form = t.text.toLowerCase();
    const end = subjectEndBefore(tokens, k);
    const subject = tokens[end];
    const singular = subject && (subject.pos === 'PROPN' || subject.text.toLowerCase() === subject.lemma);
    const next = tokens[k + 1];
    if (!singular || !next) continue;
    if (NOUN_S_SPEECH_FORMS.has(form) && (AFTER_SAYING.has(next.pos) || /^[:"“‘]$/.test(next.text))) return k;
    // ... and any verb's -s form before "that" and what it takes: "the group estimates that", "the study finds that"
    if ((form === `${t.lemma}s` || form === `${t.lemma}es`) && next.pos === 'SCONJ' && next.text.toLowerCase() === 'that' && wordnetVerbClass(t.lemma)) return k;
  }
  return -1;
}

/** What may stand between a determiner and its noun: adjectives, participles ("the damaged"), nouns ("the oil"), a compound's hyphen and particle ("the blown-out"). */
const NOUN_MODIFIERS = new Set(['ADJ', 'VERB', 'NOUN', 'PROPN', 'NUM']);
/** What may follow a noun phrase's head: a verb, a preposition, a conjunction, punctuation. */
const AFTER_HEAD = new Set(['AUX', 'VERB', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT']);
/** ... of those, what follows an adjective only when it heads its noun phrase (after a comma or "and" it may be one of a list). */
const AFTER_ADJECTIVE_HEAD = new Set(['AUX', 'VERB', 'ADP']);

/**
 * Words the tagger read as adverbs or adjectives where a noun phrase ends: after a determiner and
 * its modifiers (not its noun), before a verb or a preposition ("the damaged well is", "the back
 * of", "the chief of the port authority", "the senior general in the region"). English puts no adverb
 * there (an adverb after "the" goes before an adjective: "the most", "the very"), and an
 * adjective that ends a noun phrase before its verb or preposition is its head (an adjective
 * after the noun, "the people responsible for", follows a noun, not a determiner or a name).
 * wink's model tags nouns that are also adjectives ("chief", "general") by the word more than by
 * its place. Their indexes.
 */
function nounsTaggedAsAdverbs(tokens: TaggedToken[]): number[] {
  const out: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const pos = tokens[k].pos;
    // right after a noun an adverb is the verb's ("the doctor officially enters"): only after a determiner or a modifier
    const adverb = pos === 'ADV' && AFTER_HEAD.has(tokens[k + 1]?.pos ?? '') && ['DET', 'ADJ', 'VERB'].includes(tokens[k - 1].pos);
    const adjective = pos === 'ADJ' && AFTER_ADJECTIVE_HEAD.has(tokens[k + 1]?.pos ?? '') && ['DET', 'ADJ', 'PROPN'].includes(tokens[k - 1].pos);
    if (!adverb && !adjective) continue;
    let p = k - 1;
    while (p > 0 && k - p < 5 && (NOUN_MODIFIERS.has(tokens[p].pos) || (tokens[p].text === '-' && tokens[p].end === tokens[p + 1].start) || (tokens[p].pos === 'ADP' && tokens[p - 1]?.text === '-'))) p--;
    if (tokens[p].pos === 'DET' && tokens[p].lemma !== 'all') out.push(k);
  }
  return out;
}

/**
 * Right after a verb, a word the tagger read as a noun that WordNet knows only as an adverb
 * ("washed ashore", "fled abroad", "ran aground"): the verb's adverb, not its object. Their indexes.
 */
function adverbsTaggedAsNouns(tokens: TaggedToken[]): number[] {
  return tokens.flatMap((t, k) => (t.pos === 'NOUN' && tokens[k - 1]?.pos === 'VERB' && wordnetAdverbOnly(t.text.toLowerCase()) ? [k] : []));
}

/** The articles: after one a verb form is a noun's modifier or the noun itself. */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "to get": an infinitive, never the clause's verb; so is a bare form coordinated with one ("to
 * reach a deal and avert a crisis").
 */
function isInfinitive(tokens: TaggedToken[], k: number): boolean {
  if (tokens[k - 1]?.pos === 'PART' && tokens[k - 1].text.toLowerCase() === 'to') return true;
  if (tokens[k - 1]?.pos !== 'CCONJ' || tokens[k]?.text.toLowerCase() !== tokens[k]?.lemma) return false;
  let j = k - 2;
  while (j >= 0 && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX' && tokens[j].text !== ',') j--;
  return j >= 0 && tokens[j].pos === 'VERB' && tokens[j - 1]?.pos === 'PART' && tokens[j - 1].text.toLowerCase() === 'to';
}

/**
 * A verb's bare form right after an article is the tagger's slip for a noun: "the cause", "a split";
 * so is the first word of a WordNet noun compound ("tear gas", "search party") where a verb cannot
 * follow (after a verb, a determiner, an adjective, a preposition or a number: "fired tear gas").
 * Their indexes.
 */
function nounsTaggedAsVerbs(tokens: TaggedToken[]): number[] {
  return tokens.flatMap((t, k) => {
    if (pluralSubjectTaggedAsVerb(tokens, k)) return [k];
    if (t.pos !== 'VERB' || k === 0 || t.text.toLowerCase() !== t.lemma) return [];
    const next = tokens[k + 1];
    const compound = next?.pos === 'NOUN' && COMPOUND_BEFORE.has(tokens[k - 1].pos) && wordnetVerbFirstCompound(t.lemma, next.lemma);
    return ARTICLES.has(tokens[k - 1].text.toLowerCase()) || compound ? [k] : [];
  });
}

/** What may stand before a clause's subject: its start, a conjunction, an adverb ("when"), a preposition, a comma. */
const BEFORE_SUBJECT = new Set(['SCONJ', 'CCONJ', 'ADV', 'ADP', 'PUNCT']);

/**
 * "When rebels took the town": an -s form read as a verb, opening a clause, right before a verb in
 * the past tense or an auxiliary, is a plural noun, that verb's subject (a WordNet person, group,
 * happening or thing).
 */
function pluralSubjectTaggedAsVerb(tokens: TaggedToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const form = t.text.toLowerCase();
  if (t.pos !== 'VERB' || !/[^s]s$/.test(form) || !next || (k > 0 && !BEFORE_SUBJECT.has(tokens[k - 1].pos))) return false;
  if (!(next.pos === 'AUX' || (next.pos === 'VERB' && next.text.toLowerCase() !== next.lemma && !/ing$/.test(next.text)))) return false;
  const noun = form.slice(0, -1);
  return Boolean(wordnetPersonNoun(noun) || wordnetEventNoun(noun) || wordnetArtifactNoun(noun));
}

/** Where a noun compound's first word stands and a verb's bare form does not head a clause. */
const COMPOUND_BEFORE = new Set(['VERB', 'DET', 'ADJ', 'ADP', 'NUM']);

/** Words before a noun that a participle between them modifies: "the ruptured pipe", "of spilled oil", "two remaining leaks". */
const BEFORE_ATTRIBUTE = new Set(['DET', 'ADJ', 'NUM', 'ADP']);

/** "also have claims": after an auxiliary a verb is never in -s, so a word in -s there is a noun the tagger took for a verb. */
function nounAfterAuxiliary(tokens: TaggedToken[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && tokens[p].pos === 'ADV') p--;
  const t = tokens[k];
  return tokens[p]?.pos === 'AUX' && t.text.toLowerCase() !== t.lemma && t.text.toLowerCase() === `${t.lemma}s`;
}

/** Past participle endings, regular and the common irregular ones ("known", "held", "found", "sent"). */
const PARTICIPLE_ENDING = /(?:ed|en|wn|ught|eld|ound|ent|ade)$/i;

/**
 * Is what "by" introduces at `k` an agent ("by tanks", "by the council", "by Acme", "by foreign
 * donors") rather than a means ("by telephone", "by video link"): a determiner, pronoun, name or
 * number, or a run of nouns and adjectives (and their coordination) with a plural; a bare singular
 * noun is a means.
 */
function agentAfter(tokens: TaggedToken[], k: number): boolean {
  const first = tokens[k];
  if (!first) return false;
  if (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'NUM') return true;
  // over a coordination: "by aircraft and tanks"
  const plural = (t: TaggedToken) => t.pos === 'NOUN' && t.text.toLowerCase() !== t.lemma;
  for (let j = k; tokens[j]; j++) {
    const t = tokens[j];
    if (plural(t) || (t.pos === 'CCONJ' && j > k && tokens[j + 1]?.pos === 'DET')) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && !(t.pos === 'CCONJ' && j > k)) return false;
  }
  return false;
}

/** What an appositive noun phrase opens with: "the party's leader", "Ana Ruiz", "a former general". */
const APPOSITIVE_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Does the verb at `k` modify a noun rather than head the clause? Surely so for a verb in -ing with
 * no form of "be" before it ("a video accusing ...", "following the attack") and for a past
 * participle after a comma (", armed with mortars,") unless that comma closes such a phrase, and for one
 * right after its noun with its agent ("troops backed by tanks"); maybe so for a past participle right after its
 * noun and before a preposition ("papers filed in court"), which a past tense reads the same as
 * ("troops fired on the crowd").
 */
function modifiesNoun(tokens: TaggedToken[], k: number): 'surely' | 'maybe' | false {
  const t = tokens[k];
  let p = k - 1;
  while (p >= 0 && tokens[p].pos === 'ADV') p--;
  const before = tokens[p];
  if (/ing$/i.test(t.text)) return before?.pos === 'AUX' ? false : 'surely';
  if (!PARTICIPLE_ENDING.test(t.text) || before?.pos === 'AUX') return false;
  // "Iran-backed militias", "a state-owned firm": the second half of a compound adjective
  if (p === k - 1 && before?.text === '-' && before.end === t.start) return 'surely';
  // "the ruptured pipe", "patches of spilled oil": between a determiner (or a preposition) and its noun
  // ... and the first half of a compound before it: "the blown-out well", "a hard-won truce"
  if (BEFORE_ATTRIBUTE.has(before?.pos ?? '') && p === k - 1 && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.text === '-')) return 'surely';
  // ... and after an article whatever follows: "the ruptured 20in pipe", "an unnamed senior official"
  if (before?.pos === 'DET' && ARTICLES.has(before.text.toLowerCase()) && p === k - 1) return 'surely';
  // "soldiers backed by tanks", "claims made by guards": a participle right after its noun, with its agent, is a reduced relative
  if ((before?.pos === 'NOUN' || before?.pos === 'PROPN') && p === k - 1 && tokens[k + 1]?.text.toLowerCase() === 'by' && agentAfter(tokens, k + 2)) return 'surely';
  // "every shot fired makes it worse", "the men detained were released": right after its noun and right before the
  // clause's finite verb, a participle is a reduced relative (two finite verbs do not stand side by side)
  const after = tokens[k + 1];
  if ((before?.pos === 'NOUN' || before?.pos === 'PROPN') && p === k - 1 && (after?.pos === 'AUX' || (after?.pos === 'VERB' && !/ing$/i.test(after.text) && !isInfinitive(tokens, k + 1)))) return 'surely';
  if (before?.text === ',') {
    let open = p - 1;
    while (open >= 0 && tokens[open].text !== ',') open--;
    if (open < 0) return 'surely';
    const first = tokens[open + 1];
    // ", armed with mortars, stormed": the comma that closes a participial phrase leads back to the clause's verb
    if (first?.pos === 'VERB') return false;
    // "Ana Ruiz, the party's leader, added", "The company, which is based in Texas, denied": after an appositive or a
    // relative clause set off between commas after its noun, the verb is that noun's
    const head = tokens[open - 1];
    const appositive = APPOSITIVE_START.has(first?.pos ?? '') || RELATIVE_PRONOUNS.has(first?.text.toLowerCase() ?? '');
    return (head?.pos === 'NOUN' || head?.pos === 'PROPN') && appositive ? false : 'surely';
  }
  return (before?.pos === 'NOUN' || before?.pos === 'PROPN') && tokens[k + 1]?.pos === 'ADP' ? 'maybe' : false;
}

/**
 * The main clause's verb among its candidate verbs (token indexes, in order): the first that heads
 * the clause. A participle that modifies a noun gives way to a verb after it ("rebels, armed
 * with mortars, stormed the garrison"); one that only maybe does, only to a verb before any conjunction
 * ("troops fired on the crowd and police ..." keeps "fired"). With no verb that heads the
 * clause, the first verb is the clause's after all (", killing five").
 */
function headVerb(tokens: TaggedToken[], verbs: number[]): number {
  // the first verb that only maybe modifies a noun, for a clause whose every verb may: it heads the
  // clause before one that surely modifies ("a memo obtained by the newspaper warned on Monday")
  let maybe = -1;
  for (let i = 0; i < verbs.length; i++) {
    const modifies = modifiesNoun(tokens, verbs[i]);
    if (!modifies) return verbs[i];
    if (modifies === 'maybe' && maybe < 0) maybe = verbs[i];
    const next = verbs[i + 1];
    if (modifies === 'maybe' && next !== undefined && tokens.slice(verbs[i] + 1, next).some((t) => t.pos === 'CCONJ' || t.pos === 'SCONJ')) break;
  }
  return maybe >= 0 ? maybe : verbs.length > 0 ? verbs[0] : -1;
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/**
 * Relative clauses the clause map leaves open ("..., through which trade passes"): from the pronoun
 * to the next comma. Right after its noun, a relative pronoun before its verb ("the doctors who
 * treated him", "the valve that failed to close") opens one that ends where the main clause's verb
 * comes ("... is removed"): the next verb or auxiliary after its own, not an infinitive.
 */
function relativeClauses(tokens: TaggedToken[]): Span[] {
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k].text.toLowerCase();
    if (SUBJECT_END.has(tokens[k - 1].pos) && (RELATIVE_PRONOUNS.has(word) || (word === 'that' && tokens[k].pos === 'PRON'))) {
      let j = k + 1;
      while (j < tokens.length && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j++;
      if (tokens[j]?.pos !== 'VERB') continue;
      const end = tokens.findIndex((t, i) => i > j && (t.text === ',' || t.pos === 'AUX' || (t.pos === 'VERB' && !isInfinitive(tokens, i) && !/ing$/i.test(t.text))));
      out.push({ start: tokens[k].start, end: end < 0 ? Number.MAX_SAFE_INTEGER : tokens[end].start });
      continue;
    }
    if (!RELATIVE_PRONOUNS.has(word) || (tokens[k - 1].text !== ',' && tokens[k - 1].pos !== 'ADP')) continue;
    const close = tokens.findIndex((t, j) => j > k && t.text === ',');
    out.push({ start: tokens[k - 1].start, end: close < 0 ? Number.MAX_SAFE_INTEGER : tokens[close].start });
  }
  return out;
}

/** Below this many words a sentence may have no function word ("Talks collapsed."). */
const MIN_WORDS_TO_JUDGE = 6;
/** English prose has a function word in every three or four words; other languages few of ours. */
const MIN_FUNCTION_WORD_SHARE = 0.2;

/**
 * A chronology's entries are telegraphic ("Gunmen kill deputy police chief"; a heading run into
 * the entry): fewer function words, still English. Other languages tell no chronology in the
 * English historic present, so the narration (../events/narration.ts) vouches for its language.
 */
export const MIN_FUNCTION_WORD_SHARE_NARRATED = 0.12;

/** Does the text read as English? A tagger labels any text, so later stages ask before trusting it. */
export function readsAsEnglish(tokens: TaggedToken[], minShare = MIN_FUNCTION_WORD_SHARE): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'NUM' && t.pos !== 'SYM');
  return words.length < MIN_WORDS_TO_JUDGE || words.filter((t) => t.stop).length / words.length >= minShare;
}

/** Analyzes one sentence. */
export function analyzeSentence(text: string): SentenceStructure {
  const quotations = findQuotations(text);
  const speechQuotes = quotations.filter((q) => q.speech);
  const masked = maskSpeech(text, quotations);
  const clauses = mapClauses(masked);
  const tokens = tagText(text);
  for (const k of [...nounsTaggedAsAdverbs(tokens), ...nounsTaggedAsVerbs(tokens)]) tokens[k] = { ...tokens[k], pos: 'NOUN' };
  for (const k of surnamesTaggedAsVerbs(tokens)) tokens[k] = { ...tokens[k], pos: 'PROPN' };
  for (const k of adverbsTaggedAsNouns(tokens)) tokens[k] = { ...tokens[k], pos: 'ADV' };
  const relative = relativeClauses(tokens);
  const inMain = (t: TaggedToken) =>
    !inSpans(t.start, speechQuotes) && !inSpans(t.start, clauses.subordinate) && !inSpans(t.start, relative) && !(clauses.attribution && inSpans(t.start, [clauses.attribution]));
  const saying = speechVerbTaggedAsNoun(tokens, inMain);
  const misread = saying >= 0 ? saying : verbTaggedAsNoun(tokens, inMain);
  if (misread >= 0) tokens[misread] = { ...tokens[misread], pos: 'VERB' };
  const nps = nounPhrases(tokens, text).filter((np) => !inSpans(np.start, speechQuotes));
  const index = (pred: (t: TaggedToken) => boolean) => tokens.findIndex(pred);

  let speech: Speech | null = null;
  // ", the ministry said." / ", said Kirby.": the attribution's verb and the noun phrase beside it
  if (clauses.attribution) {
    const span = clauses.attribution;
    const verb = index((t) => t.start >= span.start && t.pos === 'VERB' && SPEECH_BY_LEMMA.has(t.lemma));
    if (verb >= 0) {
      const from = index((t) => t.start >= span.start);
      const to = tokens.length;
      const entry = SPEECH_BY_LEMMA.get(tokens[verb].lemma)!;
      speech = { verb, lemma: entry.lemma, act: entry.act, speaker: subjectBefore(tokens, nps, verb, from) ?? objectAfter(tokens, nps, verb, to) };
    }
  }

  // a finite verb: "to get" is an infinitive, not the clause's verb
  // ... nor one in a comparison's clause: "twice as much water as once thought is leaking"
  const compared = (k: number) => {
    const comparing = (t: TaggedToken) => ['as', 'than'].includes(t.text.toLowerCase());
    let p = k - 1;
    while (p >= 0 && tokens[p].pos === 'ADV' && !comparing(tokens[p])) p--;
    return p >= 0 && comparing(tokens[p]);
  };
  const finite = (k: number) => !isInfinitive(tokens, k) && !nounAfterAuxiliary(tokens, k) && !compared(k) && !pastParticipleAlone(tokens, k) && !afterGerund(tokens, k);
  let mainVerb = headVerb(tokens, tokens.flatMap((t, k) => (t.pos === 'VERB' && inMain(t) && finite(k) ? [k] : [])));
  // with no verb that heads the clause, its auxiliary does ("the capped well is to remain shut"); else the first verb
  const auxiliary = index((t) => t.pos === 'AUX' && inMain(t));
  if (mainVerb < 0 || (auxiliary >= 0 && modifiesNoun(tokens, mainVerb) === 'surely')) mainVerb = auxiliary;
  // the main clause is the one the verb is in: [its start, the next main clause's start)
  const at = mainVerb >= 0 ? tokens[mainVerb].start : 0;
  const clauseStart = clauses.mainStarts.filter((s) => s <= at).at(-1) ?? 0;
  const clauseEnd = clauses.mainStarts.find((s) => s > at) ?? text.length;
  const firstToken = Math.max(0, index((t) => t.start >= clauseStart));
  const verbEnd = index((t) => t.start >= clauseEnd) < 0 ? tokens.length : index((t) => t.start >= clauseEnd);
  const subject = mainVerb >= 0 ? subjectBefore(tokens, nps, mainVerb, firstToken) : null;
  const object = mainVerb >= 0 ? objectAfter(tokens, nps, mainVerb, verbEnd) : null;
  const passive = mainVerb >= 0 && isPassiveAt(tokens, mainVerb, firstToken);
  const entry = mainVerb >= 0 ? SPEECH_BY_LEMMA.get(tokens[mainVerb].lemma) : undefined;
  if (!speech && entry && tokens[mainVerb].pos === 'VERB') {
    // "“...,” said Kirby": an inverted verb of saying has its speaker after it
    speech = { verb: mainVerb, lemma: entry.lemma, act: entry.act, speaker: subject ?? objectAfter(tokens, nps, mainVerb, tokens.length) };
  }
  return {
    tokens,
    nounPhrases: nps,
    quotations,
    masked,
    clauses,
    mainVerb: mainVerb >= 0 ? mainVerb : null,
    subject,
    object,
    passive,
    speech,
    english: readsAsEnglish(tokens),
  };
}

/** The subject of the verb at `verb`: the noun phrase before it in its clause (over auxiliaries, adverbs, an appositive). */
export function clauseSubject(s: SentenceStructure, verb: number): NounPhrase | null {
  const at = s.tokens[verb].start;
  // after a subordinate clause ("When the storm hit, residents fled"), not after a relative one ("The council, which met, voted")
  const adverbial = s.clauses.subordinate.filter((x) => x.end <= at && !RELATIVE_PRONOUNS.has(/^\W*(\w+)/.exec(s.masked.slice(x.start))?.[1]?.toLowerCase() ?? ''));
  const clauseStart = Math.max(s.clauses.mainStarts.filter((x) => x <= at).at(-1) ?? 0, ...adverbial.map((x) => x.end));
  const from = s.tokens.findIndex((t) => t.start >= clauseStart);
  return subjectBefore(s.tokens, s.nounPhrases, verb, Math.max(0, from));
}

/**
 * Is the verb at `verb` a happening with no agent? Its subject names a happening ("the quake
 * struck", "a fire broke out": a WordNet event or phenomenon noun), or it is passive with no
 * "by" ("the headquarters was set ablaze").
 */
export function isAgentless(s: SentenceStructure, verb: number): boolean {
  const subject = clauseSubject(s, verb);
  const head = subject ? s.tokens[subject.last] : undefined;
  if (head && head.pos === 'NOUN' && wordnetEventNoun(head.lemma)) return true;
  if (!isPassiveAt(s.tokens, verb, 0)) return false;
  return !s.tokens.slice(verb + 1).some((t) => t.lemma === 'by' && t.pos === 'ADP');
}
