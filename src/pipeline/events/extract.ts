/**
 * Stage 5, events: each sentence's main clause yields at most one event (a subordinate
 * clause yields one only when it carries a date of its own), typed by the trigger lexicon,
 * attributed to its speaker or agent, and dated by the time expression of its own clause,
 * else by context: the speaker's occasion, the paragraph, the publication date (inferred).
 */
import type { EventDate, EventType } from '../../schema/event.ts';
import type { ActorKind } from '../../schema/actor.ts';
import type { ActorMention, Sentence, Timex } from '../types.ts';
import type { Candidate, EventRole } from './candidate.ts';
import { inSpans, type Span } from '../linguistic/clauses.ts';
import type { Quotation } from '../linguistic/quotations.ts';
import { tellsState, type NounPhrase, type SentenceStructure } from '../linguistic/structure.ts';
import type { TaggedToken } from '../linguistic/tagger.ts';
import { ANNOUNCE_VERBS, EVENT_TRIGGERS, FUTURE_MARKERS, GENERIC, NEGATION, SCHEDULABLE, SPEECH_TRIGGERS, type TriggerRule } from './lexicon.ts';
import { findQuantities, isCountPlural } from './quantities.ts';
import { codeTrigger, type TriggerCode } from './cameo/classify.ts';
import { disasterType } from './disaster.ts';
import { relativeOpening } from './relative-clause.ts';
import { structureTrigger, subordinateTrigger } from './cameo/structure-triggers.ts';
import { narratesInPresent } from './narration.ts';
import { INVERTED_FINITE, NOUN_S_SPEECH_FORMS, PUBLIC_ACT_LEMMAS } from '../linguistic/vocabulary/speech-verbs.ts';
import { ABBREVIATIONS } from '../linguistic/vocabulary/abbreviations.ts';
import { cleanTitle, firstReadableTitle, isReadableTitle, isSayingForm, quoteTitle } from './title.ts';
import { headline } from './headline.ts';
import { titleSpan } from './title-start.ts';
import { COUNTRY_BY_CAPITAL } from '../actors/lexicon/countries.ts';
import { dateClause, entryHeadings, goesOnAbout, happeningWords, isPageStamp, modifiesVerb, namesSomething, nearestVerbDate, rangeOf, type DatedHappening } from './dating/index.ts';
import { chronologyEntry } from './dating/sources/chronology-entry.ts';
import { countedFromMainClause } from './dating/sources/event-relative.ts';
import { wordnetPersonNoun } from '../linguistic/vocabulary/wordnet.ts';

export interface SentenceFacts {
  sentence: Sentence;
  /** the linguistic layer's reading of the sentence: quotations, clauses, tokens */
  structure: SentenceStructure;
  /** time expressions with offsets relative to the sentence */
  timexes: Timex[];
  mentions: ActorMention[];
  places: { start: number; end: number; text: string }[];
}

export interface ActorInfo {
  name: string;
  kind: ActorKind;
}

export interface ExtractContext {
  articleId: string;
  published: string;
  actors: Map<string, ActorInfo>;
}

/** Why a sentence fed no event, or which candidate it fed; for `dateline explain`. */
export interface SentenceNote {
  sentence: number;
  candidate: number | null;
  reason: string;
  /** one line per date source tried, for a note that fed an event */
  dating?: string[];
}

interface Hit {
  rule: TriggerRule;
  start: number;
  end: number;
}

/** Prepositions before a country or city that make it a place, not an actor. */
const PLACE_PREPOSITION = /\b(?:to|in|into|from|near|across|along|at|inside|toward|towards|around|throughout|within|over|off)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*,\s*|\s+(?:and|or)\s+))*$/u;
/** A modal of possibility right before a verb (over "not", an adverb, "have"): "could trigger", "might well have caused". */
const HEDGE_BEFORE = /\b(?:could|might|may|would|should|must|can)\s+(?:(?:not|[a-z]+ly|well|also|yet|still|even|have|be)\s+)*$/i;
/**
 * "met with scepticism", "was met with silence": meeting a thing is encountering it, not a meeting.
 * Someone is met with a person or a group (WordNet), a name or a pronoun; and "demands were met"
 * are fulfilled.
 */
function metWithThing(s: SentenceStructure, h: Hit): boolean {
  if (h.rule.name !== 'meet') return false;
  // "all demands have been met", "the targets were met": a passive "met" with no one meeting is fulfilled, not a meeting
  if (/^met$/i.test(s.masked.slice(h.start, h.end)) && PASSIVE_BEFORE.test(s.masked.slice(Math.max(0, h.start - 30), h.start)) && !/^\s+(?:by|with)\s/i.test(s.masked.slice(h.end, h.end + 6))) return true;
  if (!/^\s+with\s/i.test(s.masked.slice(h.end, h.end + 6))) return false;
  const k = s.tokens.findIndex((t) => t.start > h.end + 1 && !['ADP', 'DET', 'ADJ', 'ADV', 'NUM'].includes(t.pos));
  const head = s.tokens[k];
  return head?.pos === 'NOUN' && !wordnetPersonNoun(head.lemma);
}

/** "The curfew, declared on Sunday, remains in force": an event word in the subject of a verb of state (`tellsState`) tells how things stand, not a happening. */
function subjectOfState(s: SentenceStructure, h: Hit): boolean {
  if (s.mainVerb === null || !s.subject || s.tokens[s.mainVerb].pos !== 'VERB') return false;
  return tellsState(s.tokens[s.mainVerb]) && h.start < s.subject.end && h.end > s.subject.start;
}

/** A participle's form: "attacked", "taken", "shown", "caught", "built", "hit". */
const PARTICIPLE_FORM = /(?:ed|en|wn|ught|lt|ut|it|un)$/i;
/** The words between a passive verb and its agent: "by", or a short adjunct and "by" ("near the town by"). */
const BY_AGENT = /^\s+(?:[\p{L}'’-]+\s+){0,3}?by\s+(?:the\s+)?$/u;

/** "was attacked", "were taken", "had been shelled": a form of "be" right before a participle trigger. */
function isPassiveTrigger(masked: string, trigger: Span): boolean {
  return PARTICIPLE_FORM.test(masked.slice(trigger.start, trigger.end).trim()) && PASSIVE_BEFORE.test(masked.slice(Math.max(0, trigger.start - 40), trigger.start));
}

/** Up to two lower-case words that modify a name ("68-year-old", "embattled"), not a wh-word opening a clause ("of what X said"). */
const LOWER_CASE_MODIFIERS = String.raw`(?:(?!(?:what|who|whom|which|that|how|when|where|why|whether|if)\s)[\p{Ll}\d][\p{L}\d'’-]*\s+){0,2}`;
/**
 * A name right after a preposition is its object, not the verb's subject: "a ferry operated on behalf of Acme sank",
 * also after lower-case modifiers ("the protests against the 68-year-old Gadhafi began"); the modifiers are told by
 * their case, so the prepositions spell out their capital.
 */
const OBJECT_OF_PREPOSITION = new RegExp(String.raw`\b(?:[Oo]f|[Ff]or|[Ww]ith|[Aa]bout|[Aa]gainst|[Bb]ehind|[Tt]han|[Ll]ike|[Uu]nder|[Bb]etween|[Aa]mong|[Vv]ia|[Pp]er|[Ww]ithout)\s+(?:[Tt]he\s+)?${LOWER_CASE_MODIFIERS}$`, 'u');
/** A word before "of" and the modifiers of what it counts: "hundreds of angry nurses" (QUANTIFIERS and isCountPlural say whether it counts). */
const COUNT_OF = new RegExp(String.raw`\b([\p{L}\d]+)\s+of\s+(?:the\s+)?${LOWER_CASE_MODIFIERS}$`, 'u');
/** Words that count what follows "of": "some of", "two of", "most of" (count nouns, "hundreds of", are `isCountPlural`'s). */
const QUANTIFIERS = /^(?:\d[\d,.]*|some|many|most|all|both|each|several|few|none|any|one|two|three|four|five|six|seven|eight|nine|ten|group|groups|number|members|majority)$/i;
/** A clause that opens with a prepositional phrase and its comma ("In a speech in Lyon, "): its subject comes next. */
const OPENING_PHRASE = /^\s*(?:In|At|From|Inside|Near|Across|Along|Around|Throughout|Within|Over|During|After|Before)\b[^,;]*,\s*$/u;
/**
 * "A memo obtained by the newspaper warned", "a letter signed by 40 senators urged": the name after a
 * participle's "by" is the agent of a phrase that modifies the subject's head (a noun before the
 * participle), not the subject; so after a few words between ("held for two years by rebels") and
 * a descriptor ("leased by the oil company BP").
 */
const AGENT_OF_MODIFIER = new RegExp(String.raw`\p{L}[\p{L}'’-]*\s+[a-z]+(?:ed|en|wn|ught|ept|eld|aid|ent|ot|uck|ung|ade|one)\s+(?:[a-z\d][\w-]*\s+){0,5}?by\s+(?:the\s+)?${LOWER_CASE_MODIFIERS}$`, 'u');
/** The complementizer that opens what a verb of saying reports: "told reporters (on Monday) that". */
const THAT_COMPLEMENT = /\bthat\s+/i;
/** Words between a subject and its verb that do not change who the subject is. */
const SKIPPABLE_BEFORE_VERB = /(?:\s+|\b(?:has|have|had|also|though|then|later|again|repeatedly|reportedly|publicly|previously|already|once|first|on|in|at|during|late|early|officials|authorities|leaders|sources|spokesman|spokeswoman|spokesperson|hackers|forces|troops|soldiers|militants|helicopters?|ships?|vessels?|boats?|jets?|aircraft|drones?|planes?|warships?|cutters?|submarines?|tanks?|units?|fighters|rebels|police|diplomats|lawmakers|negotiators|investigators|prosecutors|agents|sailors|(?:['’]s\s+)?(?:state|spy agency|intelligence agency|intelligence service|government|military|army|navy|air force|ministry|coast guard|embassy|parliament|cabinet|office|leadership|regime)|only|all|both|[a-z]+ly|himself|herself|themselves|itself|is|was|were|are|been|being|will|would|could|can|may|might|must|shall|should|did|does|do|to|plans to|plan to|is set to|are set to))\s*$/i;
const PLUPERFECT = /\bhad\s+(?:not\s+|never\s+|already\s+|long\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ung|ught|ept)\b/i;

/** Longer than any one skippable word with its spaces. */
const SKIPPABLE_TAIL_CHARS = 48;
const LEADING_CONNECTIVE = /^\s*(?:(?:and|but|so|also|still|meanwhile|however|moreover|yet|then|now|later|earlier)\b,?\s*)*/i;

/** Each rule's pattern with the g flag, compiled once. */
const GLOBAL_PATTERNS = new WeakMap<TriggerRule, RegExp>();

function findHits(text: string, rules: TriggerRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const rule of rules) {
    let re = GLOBAL_PATTERNS.get(rule);
    if (!re) GLOBAL_PATTERNS.set(rule, (re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g')));
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ rule, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A form of "be" (and an adverb) right before a verb of saying: a passive. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * "Qatar is said to have supplied arms", "the envoy was reported to be in Cairo": what unnamed
 * sources say of the subject, which says nothing itself (a passive verb of saying with "to" and a
 * verb after it). Other passives keep their speech act: "the plan was condemned by the council".
 */
function saidOfSubject(masked: string, hit: Hit): boolean {
  return /^\s+to\s+\p{L}/u.test(masked.slice(hit.end, hit.end + 12)) && PASSIVE_BEFORE.test(masked.slice(Math.max(0, hit.start - 40), hit.start));
}

function isNegated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).split(/\s+/).slice(-5).join(' ');
  return NEGATION.test(before);
}

/** Where a speech verb's own adjuncts end ("rejected the sanctions late Tuesday as ..."): at "that", a quotation, a comma or 60 characters. */
function adjunctEnd(masked: string, from: number, to: number, quotes: Span[]): number {
  const limit = Math.min(to, from + 60);
  const rest = masked.slice(from, limit);
  const stop = /\b(?:that|whether|if)\b|[,;:]/.exec(rest);
  const quote = quotes.find((q) => q.start >= from && q.start < limit);
  return Math.min(stop ? from + stop.index : limit, quote ? quote.start : limit);
}

/** Is the trigger used as a verb here ("will deploy", "shelled", "hackers broke into"), not as a noun ("the sanctions")? */
function looksVerbal(masked: string, hit: Hit): boolean {
  return !DETERMINER_BEFORE.test(masked.slice(Math.max(0, hit.start - 20), hit.start));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Strips what may sit between a subject and its verb: adverbs, auxiliaries, dates, parentheticals. */
function subjectEnd(masked: string, from: number, verbStart: number, timexes: Timex[]): number {
  let end = verbStart;
  for (let guard = 0; guard < 12; guard++) {
    const before = masked.slice(from, end);
    // only the tail can match (the pattern ends in $): testing just it keeps this linear
    const tailFrom = Math.max(0, before.length - SKIPPABLE_TAIL_CHARS);
    const skip = SKIPPABLE_BEFORE_VERB.exec(before.slice(tailFrom));
    if (skip && skip[0].length > 0 && tailFrom + skip.index + from < end) {
      end = from + tailFrom + skip.index;
      continue;
    }
    const tx = timexes.find((t) => t.end <= end && t.start >= from && masked.slice(t.end, end).trim() === '');
    if (tx) {
      end = tx.start;
      continue;
    }
    const trimmed = before.trimEnd();
    if (trimmed.endsWith(',')) {
      // ", during a call with X last week," — jump over the parenthetical
      const open = trimmed.slice(0, -1).lastIndexOf(',');
      if (open >= 0 && trimmed.length - open < 120) {
        end = from + open;
        continue;
      }
      end = from + trimmed.length - 1;
      continue;
    }
    break;
  }
  return end;
}

/** "The <measure>, declared by <a body>": a noun trigger held by a passive verb after it. */
const PASSIVE_HOLDER = /^[\s,]{0,3}(?:was |were |has been |had been )?(?:imposed|declared|announced|ordered|held|approved|adopted|launched|lifted|extended|called|organized|organised|hosted)\s+by\b/i;

/** A determiner or possessive right before a word makes it a noun: "the ramming", "Monday's attack". */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|any|no)|['’]s)\s+$/i;

/** "officials said", "two diplomats said", "analysts said": a speaker the text does not name. */
const UNNAMED_SPEAKER = /\b(?:officials|analysts|diplomats|experts|sources|witnesses|residents|observers|critics|lawmakers|people|police|authorities|reports|media|someone|others)\s+(?:have\s+|had\s+|also\s+)?$/i;

function subjectOf(masked: string, clauseStart: number, verbStart: number, mentions: ActorMention[], timexes: Timex[]): ActorMention | undefined {
  const bare = masked.slice(clauseStart, verbStart);
  // "Pentagon officials said" names its speaker; "officials said" does not
  if (UNNAMED_SPEAKER.test(bare) && !/\p{Lu}[\p{L}.]*\s+(?:officials|authorities|police|diplomats|lawmakers)\s+(?:have\s+|had\s+|also\s+)?$/u.test(bare)) return undefined;
  const end = subjectEnd(masked, clauseStart, verbStart, timexes);
  // a name that ends in words the skip passes over ("the US military said", "the Foreign Office
  // advised") is the subject as much as a name right before the skipped words ("Russia's military
  // said"); not one inside a parenthetical the skip jumped ("Rebels, backed by the army, stormed"),
  // nor one made only of skipped words ("the coast guard had reported"): a bare common name is the
  // subject search's to pass over, and who it stands for is the actor stage's guess
  const adjacent = mentions
    .filter((m) => m.start >= clauseStart && (m.end <= end ? masked.slice(m.end, end).trim() === '' : m.start < end && m.end <= verbStart && !/[,;]/.test(masked.slice(m.end, verbStart))))
    .sort((a, b) => b.end - a.end || a.start - b.start)[0];
  // (a name after a place is the place's, "in Lyon, France", but not after an opening phrase and its comma:
  // "In a speech in Lyon, Ana Ruiz said")
  const lead = masked.slice(clauseStart, adjacent?.start ?? clauseStart);
  const place = adjacent ? PLACE_PREPOSITION.exec(lead) : null;
  // (but "hundreds of nurses", "some of the rebels": what a count counts is the subject)
  const counted = COUNT_OF.exec(lead);
  const prepositionObject = OBJECT_OF_PREPOSITION.test(lead) && !(counted && (isCountPlural(counted[1]) || QUANTIFIERS.test(counted[1])));
  if (adjacent && (!place || OPENING_PHRASE.test(lead)) && !AGENT_OF_MODIFIER.test(lead) && !prepositionObject) return adjacent;
  // "Tomas Brandt from Lyon, France has found": the place says where the subject is from; the name before it is the subject
  // ("Ben Stewart, 36, from north London, said": an age between commas is the name's too)
  const ownerBefore = (at: number) => {
    const owner = mentions.find((m) => m.start >= clauseStart && m.end <= at && /^(?:\s*,\s*\d{1,3}\s*,)?\s*,?\s*$/.test(masked.slice(m.end, at)));
    const ownerLead = owner ? masked.slice(clauseStart, owner.start) : '';
    return owner && !PLACE_PREPOSITION.test(ownerLead) && !AGENT_OF_MODIFIER.test(ownerLead) ? owner : undefined;
  };
  const owner = place ? ownerBefore(clauseStart + place.index) : undefined;
  if (owner) return owner;
  // "The army chief, Gen. Biagué Na Tchuda, said": the name in an appositive is the subject, but a place after a
  // preposition there says where the name before it is from
  const appositive = mentions
    .filter((m) => m.start >= clauseStart && m.end <= verbStart && /^\s*,\s*$/.test(masked.slice(m.end, verbStart)) && /,\s*(?:[\p{L}.]+\s+){0,3}$/u.test(masked.slice(clauseStart, m.start)))
    .pop();
  // (the appositive itself the place: "from north London", not a name after a place and its comma, "in Iraq, Abu X")
  const placeBefore = appositive ? PLACE_PREPOSITION.exec(masked.slice(clauseStart, appositive.start)) : null;
  const appositivePlace = placeBefore && !/,\s*$/.test(placeBefore[0]) ? placeBefore : null;
  if (appositive && !appositivePlace) return appositive;
  const from = appositivePlace ? ownerBefore(clauseStart + appositivePlace.index) : undefined;
  if (from) return from;
  // The clause's grammatical subject opens it: "Putin was in the KGB ... and has said".
  const opening = LEADING_CONNECTIVE.exec(masked.slice(clauseStart))![0].length + clauseStart;
  // ... but not across a comma: ", the foreign ministry said" is not said by the sentence's subject
  return mentions.find((m) => m.start >= opening && m.start <= opening + 2 && m.end <= verbStart && !/[,;]/.test(masked.slice(m.end, verbStart)));
}

/**
 * The generic agent ("troops", "police", "rebels") that ends the subject before the verb, when no
 * other name stands before it in the clause and only words the subject search skips stand between.
 */
function genericSubject(masked: string, clauseStart: number, verbStart: number, mentions: ActorMention[], timexes: Timex[]): ActorMention | undefined {
  const before = mentions.filter((m) => m.start >= clauseStart && m.end <= verbStart);
  const last = before.at(-1);
  if (!last || last.via !== 'agent' || before.length > 1 || /[,;:]/.test(masked.slice(last.end, verbStart))) return undefined;
  return subjectEnd(masked, last.end, verbStart, timexes) === last.end ? last : undefined;
}

/** A verb of saying that may come before its speaker, at the start of the text tested (the speech vocabulary's). */
const INVERTED_SPEECH = new RegExp(String.raw`^\s*(?:${INVERTED_FINITE})\b`, 'i');

/**
 * Words that end the phrase naming an inverted verb's speaker: after them comes what was said or
 * to whom ("urged residents to fight the rebels": the rebels do not speak).
 */
const NOT_IN_SPEAKER_PHRASE = /\b(?:to|that|and|or|for|with|on|at|by|from|about|if|whether)\b/i;

/**
 * "said Kirby" / "said Pentagon spokesman John Kirby": the speaker after an inverted verb; after
 * "according to" (`source`), the source, which may be named deep in its phrase ("according to a
 * report by the agency").
 */
function speakerAfter(masked: string, verbEnd: number, mentions: ActorMention[], source = false): ActorMention | undefined {
  const candidates = mentions.filter((m) => {
    const between = masked.slice(verbEnd, m.start);
    return m.start >= verbEnd && m.start - verbEnd < 60 && !/[,;]/.test(between) && !periodEnds(between) && (source || !NOT_IN_SPEAKER_PHRASE.test(between));
  });
  return candidates.sort((a, b) => b.end - a.end)[0];
}

/** Does a period end something in the text, other than an abbreviation's ("said Dr. Ndiaye")? */
function periodEnds(text: string): boolean {
  return [...text.matchAll(/([\p{L}]*)\./gu)].some((m) => !ABBREVIATIONS.has(m[1]!.toLowerCase()));
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, quarter: 3, year: 4 } as const;

/** The dated time expression in [from, to) nearest to `at`, outside speech quotes. */
function nearestDate(timexes: Timex[], from: number, to: number, at: number, skip: Span[], masked = ''): Timex | undefined {
  return timexes
    .filter((t) => t.start >= from && t.end <= to && rangeOf(t) && !skip.some((s) => overlaps(s, t)) && !namesSomething(masked, t))
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || PRECISION_RANK[a.range!.precision] - PRECISION_RANK[b.range!.precision])[0];
}

/** A nominal event's title ends with the first actor named after its trigger ("meeting of <a council>"). */
function titleEnd(from: number, to: number, mentions: ActorMention[]): number {
  const next = mentions.filter((m) => m.start >= from && m.end <= to).sort((a, b) => a.start - b.start)[0];
  return next ? next.end : to;
}

/** What may open a bare trailing attribution before its speaker or verb: ", the ministry said", ", according to X". */
const BARE_ATTRIBUTION_OPENING = /^[\s,]*(?:the\s+)?$/i;

/** Why a sentence's candidate was dropped when no draft of its headline is readable. */
const NO_READABLE_TITLE = 'dropped: nothing in its main clause reads as a headline (no word of two letters or more)';

/** "; CAMEO 190 (dictionary)" for the rule, so reviewers see where the code came from. */
function cameoNote(coded: TriggerCode): string {
  return coded.cameo ? `; CAMEO ${coded.cameo} (${coded.cameoFrom === 'dictionary' ? 'dictionary' : 'type default'})` : '';
}

/** `text`, which starts at offset `from`, with every non-space character inside `spans` blanked: span by span, not a test of every character. */
function blankSpans(text: string, from: number, spans: Span[]): string {
  let out = text;
  for (const s of spans) {
    const a = Math.max(0, s.start - from);
    const b = Math.min(text.length, s.end - from);
    if (a < b) out = out.slice(0, a) + out.slice(a, b).replace(/\S/g, ' ') + out.slice(b);
  }
  return out;
}

/** Extracts the event candidates of one article, sentence by sentence. */
export function extractEvents(facts: SentenceFacts[], ctx: ExtractContext): { candidates: Candidate[]; notes: SentenceNote[] } {
  const state = startArticle(facts, ctx);
  for (const fact of facts) extractSentence(fact, state);
  return { candidates: state.candidates, notes: state.notes };
}

/** What the sentences read so far established: the article's running context, and its output. */
interface ArticleState {
  ctx: ExtractContext;
  candidates: Candidate[];
  notes: SentenceNote[];
  published: EventDate;
  /** the first stated date of each speaker's statements: later undated quotes share it */
  occasion: Map<string, EventDate>;
  paragraphDate: DatedHappening | null;
  /** the date the first paragraph states: what undated reporting about the same happening is about */
  lede: DatedHappening | null;
  /** every clause's stated date so far: what "a day after X" points back to */
  happenings: DatedHappening[];
  previousSpeaker: { paragraph: number; speaker: string; candidate: number } | null;
  paragraphFirstDate: Map<number, DatedHappening>;
  /** by sentence index: the chronology entry's heading, when the article is a chronology */
  entries: (DatedHappening | null)[];
  /** the article tells its happenings in the historic present (./narration.ts) */
  historicPresent: boolean;
  kindOf: (id: string) => ActorKind | undefined;
  nameOf: (id: string) => string;
  idOfName: (name: string) => string | undefined;
}

function startArticle(facts: SentenceFacts[], ctx: ExtractContext): ArticleState {
  const byName = new Map([...ctx.actors].map(([id, a]) => [a.name.toLowerCase(), id]));
  const entries = entryHeadings(facts.map((f) => ({ text: f.sentence.text, timexes: f.timexes, index: f.sentence.index, paragraph: f.sentence.paragraph })));
  return {
    ctx,
    candidates: [],
    notes: [],
    published: { start: ctx.published, end: ctx.published, precision: 'day', certain: false, text: '' },
    occasion: new Map(),
    paragraphDate: null,
    lede: null,
    happenings: [],
    previousSpeaker: null,
    paragraphFirstDate: paragraphFirstDates(facts),
    entries,
    historicPresent: narratesInPresent(facts.map((f) => f.structure), entries.some((e) => e !== null)),
    kindOf: (id) => ctx.actors.get(id)?.kind,
    nameOf: (id) => ctx.actors.get(id)?.name ?? id,
    idOfName: (name) => byName.get(name.toLowerCase().replace(/^the\s+/, '')),
  };
}

/** No trigger: a date is asked whether it modifies any verb of its sentence. */
const NO_TRIGGER: Span = { start: 0, end: 0 };

/**
 * A paragraph often opens with the general and dates it in the next sentence ("Beijing rejected
 * Manila's account. Lin Mei said yesterday ..."): the first stated date of each paragraph.
 */
function paragraphFirstDates(facts: SentenceFacts[]): Map<number, DatedHappening> {
  const paragraphFirstDate = new Map<number, DatedHappening>();
  for (const fact of facts) {
    if (paragraphFirstDate.has(fact.sentence.paragraph)) continue;
    // "They had been <verb>ed on <date>": the pluperfect tells of an earlier time, not the paragraph's
    if (PLUPERFECT.test(fact.sentence.text)) continue;
    const quotes = fact.structure.quotations.filter((q) => q.speech);
    const { masked, clauses: { subordinate } } = fact.structure;
    // a date that modifies a verb: not one that names another happening ("since the strike began on March 2",
    // "Tuesday's protests", "the March 2003 invasion"), which tells when that began, not when the paragraph's news is
    const t = fact.timexes.find((x) => rangeOf(x) && !x.future && !inSpans(x.start, quotes) && !inSpans(x.start, subordinate) && !namesSomething(masked, x) && !isPageStamp(masked, x) && modifiesVerb(masked, x, 0, NO_TRIGGER));
    if (t) paragraphFirstDate.set(fact.sentence.paragraph, { date: rangeOf(t)!, words: nameWordsOf(fact.structure), sentence: fact.sentence.index, paragraph: fact.sentence.paragraph });
  }
  return paragraphFirstDate;
}

/** With no agent, the actors the sentence names stand for it, and the countries among its places unless the happening has no agent at all ("the quake struck"): a place is not an actor. */
function sentenceActors(state: ArticleState, fact: SentenceFacts, quotes: Span[], extraPlaces: string[], placesAsActors = true): { id: string; role: EventRole }[] {
  const out: { id: string; role: EventRole }[] = [];
  for (const m of fact.mentions) {
    if (!inSpans(m.start, quotes) && m.via !== 'pronoun' && !out.some((a) => a.id === m.actor)) out.push({ id: m.actor, role: 'participant' });
  }
  for (const name of placesAsActors ? [...extraPlaces, ...fact.places.map((p) => p.text)] : []) {
    const id = state.idOfName(name) ?? COUNTRY_BY_CAPITAL.get(name); // "in Bissau": the capital's country
    if (id && state.ctx.actors.get(id)?.kind === 'country' && !out.some((a) => a.id === id)) out.push({ id, role: 'participant' });
  }
  return out;
}

/** One sentence as the steps below read it. */
interface SentenceScope {
  fact: SentenceFacts;
  text: string;
  masked: string;
  quotes: Quotation[];
  speechQuotes: Quotation[];
  subordinate: Span[];
  mainStarts: number[];
  attribution: Span | null;
  /** the sentence's content words (`happeningWords`), found once: shared, never changed */
  words: Set<string>;
  /** every speech and event trigger in the sentence, found once for all its clauses */
  speechHits: Hit[];
  eventHits: Hit[];
  note: (candidate: number | null, reason: string) => void;
}

/** Parts of speech that describe or qualify ("ongoing", "massive", "quickly"): they name no happening a later sentence goes on about. */
const QUALIFYING = new Set(['ADJ', 'ADV']);

/**
 * The words by which a sentence names what it tells: the happening words of its nouns, names and
 * verbs. Two sentences that share only an adjective ("the ongoing spill", "its ongoing
 * involvement") tell of different happenings.
 */
function nameWordsOf(s: SentenceStructure): Set<string> {
  // the text between the qualifying words, in one pass (a long line holds many)
  const parts: string[] = [];
  let at = 0;
  for (const t of s.tokens) {
    if (!QUALIFYING.has(t.pos)) continue;
    parts.push(s.masked.slice(at, t.start));
    at = t.end;
  }
  parts.push(s.masked.slice(at));
  return happeningWords(parts.join(' '));
}

/** What one clause gave: a candidate, a note saying why its candidate was dropped, or nothing. */
type ClauseOutcome = 'fed' | 'explained' | 'nothing';

function extractSentence(fact: SentenceFacts, state: ArticleState): void {
  const { sentence } = fact;
  const { quotations: quotes, masked, clauses } = fact.structure;
  const words = nameWordsOf(fact.structure);
  widenLede(fact, words, state);
  const scope: SentenceScope = {
    fact,
    text: sentence.text,
    masked,
    quotes,
    speechQuotes: quotes.filter((q) => q.speech),
    subordinate: clauses.subordinate,
    mainStarts: clauses.mainStarts,
    attribution: clauses.attribution,
    words,
    speechHits: findHits(masked, SPEECH_TRIGGERS).filter((h) => !saidOfSubject(masked, h) && !participleOfNoun(masked, h)),
    eventHits: findHits(masked, EVENT_TRIGGERS).filter((h) => !metWithThing(fact.structure, h) && !subjectOfState(fact.structure, h)),
    note: (candidate, reason) => state.notes.push({ sentence: sentence.index, candidate, reason }),
  };
  if (state.paragraphDate && state.paragraphDate.paragraph !== sentence.paragraph) state.paragraphDate = null;
  if (continuesQuotation(scope, state)) return;

  let fed = false;
  /** a note already says why a candidate of this sentence was dropped */
  let explained = false;
  const record = (outcome: ClauseOutcome) => {
    if (outcome === 'fed') fed = true;
    if (outcome === 'explained') explained = true;
  };
  // a deed only WordNet vouches for is the sentence's event when it has no event word and no verb of saying at all;
  // in an article told in the historic present (a chronology, a day's updates) each sentence tells a happening of
  // its own, and an event word in it ("the spill") is what the deed was about, not a happening of its own
  const deeds = state.historicPresent || (scope.eventHits.length === 0 && scope.speechHits.length === 0 && !fact.structure.speech);
  for (let ci = 0; ci < scope.mainStarts.length; ci++) record(extractMainClause(scope, ci, state, deeds));
  for (const span of scope.subordinate) record(extractSubordinateClause(scope, span, state));
  if (!fed && !explained) scope.note(null, 'no trigger in a main clause, and no dated subordinate clause');
}

/** An undated sentence that goes on about the lede's happening widens what the story is about. */
function widenLede(fact: SentenceFacts, storyWords: Set<string>, state: ArticleState): void {
  const { lede } = state;
  if (lede && fact.sentence.paragraph > 0 && goesOnAbout(storyWords, lede.words) && !fact.timexes.some((t) => rangeOf(t))) for (const w of storyWords) lede.words.add(w);
}

/** A sentence that is nothing but a quotation continues the previous speaker's remarks. */
function continuesQuotation(scope: SentenceScope, state: ArticleState): boolean {
  const { fact: { sentence }, masked, speechQuotes, text } = scope;
  if (!(speechQuotes.length > 0 && masked.replace(/[\s.,:;"“”]/g, '') === '')) return false;
  const { previousSpeaker } = state;
  if (previousSpeaker && previousSpeaker.paragraph >= sentence.paragraph - 1) {
    const c = state.candidates[previousSpeaker.candidate];
    c.quotes.push(...speechQuotes.map((q) => ({ text: q.text, speaker: previousSpeaker.speaker })));
    c.sources.push({ article: state.ctx.articleId, sentence: text, sentenceIndex: sentence.index });
    scope.note(previousSpeaker.candidate, 'a bare quotation: continues the previous speaker');
  } else {
    scope.note(null, 'a bare quotation with no speaker before it');
  }
  return true;
}

/** "men claiming to be police", "a video accusing them": a verb of saying in -ing right after a noun describes that noun, it says nothing itself. */
function describesNoun(masked: string, hit: Hit): boolean {
  return /ing$/i.test(masked.slice(hit.start, hit.end)) && /[\p{L}]\s+$/u.test(masked.slice(Math.max(0, hit.start - 2), hit.start)) && !AUXILIARY_BEFORE.test(masked.slice(Math.max(0, hit.start - 12), hit.start));
}

/** "by the council", "by Acme", "by foreign donors": an agent after "by" (not a means: "by telephone", "by video link"). */
const AGENT_AFTER_BY = /^\s+by\s+(?:(?:the|a|an|its|his|her|their)\s+\p{L}|\p{Lu}|(?:[a-z]+\s+)?[a-z]+s\b)/u;

/**
 * "the money promised by donors", "a pledge made by the council": a participle in -ed after a
 * common noun, with its agent after it, describes the noun; the sentence tells something else of it
 * (the donors promised, but not here). "promised by Friday" is a deadline, not an agent.
 */
function participleOfNoun(masked: string, hit: Hit): boolean {
  return /ed$/i.test(masked.slice(hit.start, hit.end)) && /\b[a-z]+\s+$/.test(masked.slice(Math.max(0, hit.start - 30), hit.start)) &&
    !PASSIVE_BEFORE.test(masked.slice(Math.max(0, hit.start - 40), hit.start)) && AGENT_AFTER_BY.test(masked.slice(hit.end, hit.end + 40)) &&
    !/^\s+by\s+(?:the\s+)?(?:end|time|then|now|\p{Lu}[a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December|\d)/u.test(masked.slice(hit.end, hit.end + 30));
}
/** "it is revealed", "it was announced": a passive verb of saying with the empty "it" before it, said by no one. */
const IMPERSONAL_BEFORE = /(?:^|[,;]\s*|\b(?:and|but)\s+)it\s+(?:is|was|has been|had been)\s+(?:[a-z]+ly\s+)?$/i;
/** A form of "be" or a modal before an -ing verb makes it the clause's verb: "is saying", "were warning". */
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|am|'s|'re)\s+(?:[a-z]+ly\s+)?$/i;

/** A speech verb and who says it; `voiced` when a noun phrase says it that names no known actor ("the coast guard says"). */
interface Speaking {
  speech0?: Hit;
  speaker?: ActorMention;
  voiced: boolean;
}

/** Who speaks, if anyone: the subject of the first speech verb, or the name after an inverted one, else a common-noun subject. */
function findSpeaker(scope: SentenceScope, clauseStart: number, speech: Hit[]): Speaking {
  const named = namedSpeaker(scope, clauseStart, speech);
  if (named.speech0) return { ...named, voiced: true };
  // "officials said", "analysts say": a vague source vouches for what it reports, it is no speaker of its own
  const hit = speech.find((h) => nounPhraseSpeaks(scope.fact.structure, clauseStart, h, scope.fact.timexes));
  if (!hit) return { voiced: false };
  // a speaker phrase that is a name ("The council for the first time formally called"): the name speaks, though
  // words the subject search does not pass over stood between it and its verb
  const phrase = scope.fact.structure.speech!.speaker!;
  const name = scope.fact.mentions.find((m) => m.start >= phrase.start && m.end === phrase.end && m.via !== 'pronoun');
  return name ? { speech0: hit, speaker: name, voiced: true } : { speech0: hit, voiced: true };
}

/**
 * Reported speech whose speaker is a noun phrase no actor list names: "Prosecutors say ...",
 * "The company warns ...". The linguistic layer's speaker is the subject of the sentence's verb
 * of saying, a noun (not a pronoun: "you can tell" reports nothing) before the verb in this clause.
 */
function nounPhraseSpeaks(s: SentenceStructure, clauseStart: number, hit: Hit, timexes: readonly Span[]): boolean {
  const speech = s.speech;
  if (!speech?.speaker || hit.rule.name === 'according-to') return false;
  const { speaker } = speech;
  const verb = s.tokens[speech.verb];
  const head = s.tokens[speaker.last];
  // the speaker opens its clause: ", the ministry said" after a report vouches for that report, it says nothing new;
  // an adverb, a prepositional phrase or a time expression before it, and its comma ("Meanwhile, the ministry
  // admits", "In Basra, the governor says", "A week ago, the agency warned"), open the clause with it
  const before = s.masked.slice(clauseStart, speaker.start);
  const intro = s.tokens.find((t) => t.start >= clauseStart && t.start < speaker.start);
  const timeOpens = intro !== undefined && timexes.some((t) => t.start === intro.start && /^\s*,\s*$/.test(s.masked.slice(t.end, speaker.start)));
  const opens = !/[;:"“”]/.test(before) && (!before.includes(',') || intro?.pos === 'ADV' || intro?.pos === 'ADP' || timeOpens) &&
    !s.tokens.some((t) => t.pos === 'VERB' && t.start >= clauseStart && t.start < speaker.start);
  return opens && (!isVagueSource(s, speaker) || PUBLIC_ACT_LEMMAS.has(speech.lemma)) && verb.start >= hit.start && verb.start < hit.end && speaker.start >= clauseStart && speaker.end <= hit.start &&
    (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'ADJ');
}

/** "officials said", "analysts in Seoul say": a vague source vouches for what it reports, it is no speaker of its own. */
function isVagueSource(s: SentenceStructure, speaker: NounPhrase): boolean {
  return UNNAMED_SPEAKER.test(`${s.tokens[speaker.last].text} `);
}

/**
 * "X closed the port on Tuesday, saying ...": a verb of saying in -ing after a comma adds what the
 * main clause's subject said while doing it. That subject is the speaker: the subject of the
 * clause's first verb.
 */
function participleSpeaker(scope: SentenceScope, clauseStart: number, hit: Hit): ActorMention | undefined {
  const { masked, fact: { mentions, timexes, structure } } = scope;
  if (!/ing$/i.test(masked.slice(hit.start, hit.end)) || !/,\s*$/.test(masked.slice(clauseStart, hit.start))) return undefined;
  const verb = structure.tokens.find((t) => t.start >= clauseStart && t.start < hit.start && (t.pos === 'VERB' || t.pos === 'AUX'));
  return verb ? subjectOf(masked, clauseStart, verb.start, mentions, timexes) : undefined;
}

function namedSpeaker(scope: SentenceScope, clauseStart: number, speech: Hit[]): { speech0?: Hit; speaker?: ActorMention } {
  const { masked, text, fact: { mentions, timexes } } = scope;
  for (const hit of speech) {
    // after "told" comes who heard it, not who spoke (", told Reuters"): "tell" is inverted only in "as told by";
    // any verb of saying right after a quotation ('"Go home," urged the mayor'), only the forms that invert after a
    // comma ("urged residents to fight" is no "said Kirby"); the quotation is blanked in the masked text, so its
    // closing mark is read in the text itself
    const before = text.slice(clauseStart, hit.start);
    const inverted = !/^\s*told\s+(?!by\b)/i.test(masked.slice(hit.start)) &&
      (/["”]\s*$/.test(before) || INVERTED_SPEECH.test(masked.slice(hit.start)) && (/,\s*$/.test(before) || /,\s*$/.test(masked.slice(0, hit.start))));
    // "according to the ministry": the source comes after; so does the agent of a passive ("X was said by her
    // office to be furious": the office says it, of X)
    const byAgent = PASSIVE_BEFORE.test(masked.slice(clauseStart, hit.start)) ? /^\s+by\s+/i.exec(masked.slice(hit.end)) : null;
    const who = hit.rule.name === 'according-to' || byAgent
      ? speakerAfter(masked, hit.end + (byAgent?.[0].length ?? 0), mentions, true)
      : subjectOf(masked, clauseStart, hit.start, mentions, timexes) ?? participleSpeaker(scope, clauseStart, hit) ?? (inverted ? speakerAfter(masked, hit.end, mentions) : undefined);
    if (who) return { speech0: hit, speaker: who };
  }
  return {};
}

/** The speech lexicon's rule for each act, so a hit the linguistic layer finds is named as the lexicon's are. */
const SPEECH_RULE_OF_ACT = new Map(SPEECH_TRIGGERS.filter((r) => r.name !== 'according-to').reverse().map((r) => [r.type, r]));

/**
 * "Prosecutors allege", "Conservationists warn": the plural present of a verb of saying is its
 * base form, which the speech forms leave out (it also reads "to warn", "could warn"). The
 * linguistic layer's verb of saying, finite, with its subject before it, is that form. So is the
 * -s form of a verb of saying that doubles as a plural noun ("the governor claims", "the paper
 * remarks"), when the tagger reads it as the clause's verb.
 */
function withPluralPresentSpeech(s: SentenceStructure, speech: Hit[], clauseStart: number, clauseEnd: number): Hit[] {
  const said = s.speech;
  if (!said?.act || !said.speaker || said.speaker.end > s.tokens[said.verb].start) return speech;
  const verb = s.tokens[said.verb];
  const before = s.tokens[said.verb - 1];
  const rule = SPEECH_RULE_OF_ACT.get(said.act);
  // "officials say X happened": a vague source vouches for the happening, which stays the event
  const plain = (!isVagueSource(s, said.speaker) || PUBLIC_ACT_LEMMAS.has(said.lemma)) && verb.pos === 'VERB' && (verb.text.toLowerCase() === said.lemma || NOUN_S_SPEECH_FORMS.has(verb.text.toLowerCase())) && before?.pos !== 'AUX' && before?.pos !== 'PART';
  if (!rule || !plain || verb.start < clauseStart || verb.start >= clauseEnd || speech.some((h) => h.start <= verb.start && verb.start < h.end)) return speech;
  return [...speech, { rule, start: verb.start, end: verb.end }].sort((a, b) => a.start - b.start);
}

/** A main clause's span [start, end) in its sentence. */
interface Clause {
  index: number;
  start: number;
  end: number;
}

/**
 * Can the trigger at `h` be the clause's event: a verb trigger not used as a noun ("a referendum",
 * "the killing"), or a noun trigger a verb announces, holds or imposes ("held a drill", "the
 * curfew imposed by ...")? The clause starts at `clauseStart`.
 */
function isUsable(masked: string, clauseStart: number, h: Hit): boolean {
  return h.rule.kind === 'verb'
    ? Boolean(h.rule.nounFirst) || !DETERMINER_BEFORE.test(masked.slice(Math.max(clauseStart, h.start - 20), h.start))
    : ANNOUNCE_VERBS.test(masked.slice(clauseStart, h.start)) || PASSIVE_HOLDER.test(masked.slice(h.end, h.end + 40));
}

/**
 * Is there a hard event the speaker announces, or that the clause reports on its own? The first
 * verb trigger, or a noun trigger that a verb holds, announces or imposes ("held a drill");
 * "the ramming", "its attack": a verb form used as a noun refers back to a happening told elsewhere.
 */
function chooseEvent(scope: SentenceScope, clause: Clause, hard: Hit[], speech0: Hit | undefined, voiced: boolean, tail: Span | null): { event?: Hit; how: string } {
  const { masked, speechQuotes, fact: { timexes } } = scope;
  const { start: clauseStart, end: clauseEnd } = clause;
  const usable = (h: Hit) => isUsable(masked, clauseStart, h);
  if (speech0 && voiced && speech0.rule.type !== 'statement') {
    // "Russia has denied it intends to attack", "warned that Moscow could invade": the speech act is the event
    return { how: '' };
  }
  if (speech0 && voiced) {
    const content = hard.filter((h) => h.start > speech0.end);
    const leading = hard.filter((h) => h.end <= speech0.start && usable(h));
    const contentText = masked.slice(speech0.end, clauseEnd);
    const announcing = ANNOUNCE_VERBS.test(masked.slice(speech0.start, speech0.end));
    const future = FUTURE_MARKERS.test(contentText);
    // a date of the content's own, past the speech verb's adjuncts ("told reporters on Monday that ...")
    const contentFrom = adjunctEnd(masked, speech0.end, clauseEnd, speechQuotes);
    const ownDate = timexes.some((t) => t.start >= contentFrom && t.end <= clauseEnd && rangeOf(t) && !t.future);
    if (leading.length > 0 && tail && speech0.start >= tail.start) return { event: leading[0], how: 'reported with trailing attribution' };
    if (content.length > 0) {
      const first = content[0];
      const verbal = first.rule.kind === 'verb' && looksVerbal(masked, first);
      // "said troops would join the exercise" announces it; "said the drills would go ahead" talks about it
      const before = masked.slice(Math.max(speech0.end, first.start - 80), first.start);
      const scheduled = FUTURE_MARKERS.test(before) && SCHEDULABLE.has(first.rule.type);
      if (announcing || (verbal && (future || ownDate)) || scheduled) {
        return { event: first, how: announcing ? 'announced' : future ? 'reported as planned' : 'reported with its own date' };
      }
    }
    return { how: '' };
  }
  const event = GENERIC.test(masked.slice(clauseStart, clauseEnd)) ? undefined : hard.find(usable);
  return { event, how: event ? 'reported' : '' };
}

/** Whatever the clause yields, its own stated date becomes the paragraph's time. */
function clauseStatedTime(scope: SentenceScope, clause: Clause): DatedHappening | null {
  const { masked, speechQuotes, subordinate, fact: { sentence, timexes } } = scope;
  const clauseDate = nearestVerbDate(masked, timexes, { start: clause.start, end: clause.end }, { start: clause.start, end: clause.start }, speechQuotes, clause.start);
  return clauseDate && !clauseDate.future && !inSpans(clauseDate.start, subordinate)
    ? { paragraph: sentence.paragraph, date: rangeOf(clauseDate)!, words: scope.words, sentence: sentence.index }
    : null;
}

function recordClauseTime(state: ArticleState, clauseTime: DatedHappening | null): void {
  if (clauseTime) {
    state.paragraphDate = clauseTime;
    state.happenings.push(clauseTime);
  }
}

/** One main clause's event; with `deeds`, the deeds only WordNet vouches for are triggers too (see structureTrigger). */
function extractMainClause(scope: SentenceScope, ci: number, state: ArticleState, deeds: boolean): ClauseOutcome {
  const { ctx, occasion } = state;
  const { fact, text, masked, quotes, speechQuotes, subordinate, mainStarts } = scope;
  const { sentence, timexes, mentions } = fact;
  const clauseStart = mainStarts[ci];
  const clauseEnd = ci + 1 < mainStarts.length ? mainStarts[ci + 1] : text.length;
  const clause: Clause = { index: ci, start: clauseStart, end: clauseEnd };
  const inMain = (s: Span) => s.start >= clauseStart && s.end <= clauseEnd && !inSpans(s.start, subordinate);
  const speech = withPluralPresentSpeech(fact.structure, scope.speechHits.filter(inMain), clauseStart, clauseEnd);
  const lexical = scope.eventHits.filter(inMain).filter((h) => !isNegated(masked, h.start));
  // where the lexicon finds no happening (its event words only nouns no verb holds: "passed in a referendum"),
  // the main verb may be one (CAMEO, or a happening with no agent), unless a verb of saying says something:
  // not one that describes a noun ("men claiming to be police kidnapped ..."), nor one said by no one
  // ("it is revealed that", "according to a recording")
  const speaking = findSpeaker(scope, clauseStart, speech);
  // nor the trailing attribution (", police said"): it vouches for the happening before it, which is the event
  const attributes = (h: Hit) => scope.attribution !== null && h.start >= scope.attribution.start && h.start < scope.attribution.end;
  // ... nor, in an article told in the historic present, one with no speaker found ("X visits Y and says ..."): the
  // entry's deed is its happening
  const saysNothing = speech.every((h) => describesNoun(masked, h) || attributes(h) || (!speaking.voiced && (state.historicPresent || h.rule.name === 'according-to' || IMPERSONAL_BEFORE.test(masked.slice(clauseStart, h.start)))));
  const structural = !lexical.some((h) => isUsable(masked, clauseStart, h)) && saysNothing ? structureTrigger(fact.structure, clauseStart, clauseEnd, deeds, state.historicPresent) : null;
  const hard = structural && !isNegated(masked, structural.start) ? [structural] : lexical;

  const { speech0, speaker, voiced } = speaking;
  // ", according to <a government>, which said ...": a source named after the report it vouches for
  const tail: Span | null = scope.attribution ?? (speech0?.rule.name === 'according-to' && /,\s*$/.test(masked.slice(clauseStart, speech0.start)) ? { start: speech0.start, end: clauseEnd } : null);
  // an unnamed speaker ("officials said rebels stormed ...") vouches for the happening: it is the event if there is one
  const unnamed = voiced && !speaker ? chooseEvent(scope, clause, hard, undefined, false, tail) : null;
  const { event, how } = unnamed?.event ? unnamed : chooseEvent(scope, clause, hard, speech0, voiced, tail);

  // a deed only the linguistic layer found, hedged by a modal with nobody saying it ("both towns could start a price
  // war"), is the reporter's speculation: neither a happening nor anyone's plan
  if (event && event === structural && !speech0 && HEDGE_BEFORE.test(masked.slice(Math.max(clauseStart, event.start - 30), event.start))) {
    scope.note(null, `dropped: "${masked.slice(event.start, event.end)}" under a modal with no one saying it is a possibility, not a happening`);
    return 'explained';
  }
  const clauseTime = clauseStatedTime(scope, clause);
  if (!event && !(speech0 && voiced)) {
    recordClauseTime(state, clauseTime);
    return 'nothing';
  }
  // a happening or an attack that a disaster did is a disaster (./disaster.ts: CAMEO has no class for them)
  const type: EventType = event ? disasterType(fact.structure, event.start, event.end, clauseStart, event.rule.type) : speech0!.rule.type;
  const trigger = event ?? speech0!;
  const coded = codeTrigger(fact.structure, trigger.start, trigger.end, clauseStart, type);

  // Agent: the subject of the hard trigger (when nobody is quoted as announcing it).
  let agent: ActorMention | undefined;
  let patient: ActorMention | undefined;
  if (event) {
    // what the speaker says starts after "that" when there is one: "told Reuters that rebels were shelling the port"
    // ("Reuters" is who heard it, not who did it)
    const complement = speech0 && event.start > speech0.end ? THAT_COMPLEMENT.exec(masked.slice(speech0.end, event.start)) : null;
    const searchFrom = speech0 && event.start > speech0.end ? speech0.end + (complement ? complement.index + complement[0].length : 0) : clauseStart;
    agent = subjectOf(masked, searchFrom, event.start, mentions, timexes);
    if (agent && agent.via === 'pronoun' && state.kindOf(agent.actor) === undefined) agent = undefined;
    // "X was attacked (by Y)": the subject of a passive is what was done to, the agent follows "by"
    if (agent && isPassiveTrigger(masked, event)) {
      patient = agent;
      agent = mentions.find((m) => m.start >= event.end && BY_AGENT.test(masked.slice(event.end, m.start)));
    }
    // "Government troops attacked": the subject search passes over a generic agent's word ("troops" belongs to the
    // name before it in "Russia's troops"); with no name before it, the generic agent is who acted
    if (!agent && !patient && !isPassiveTrigger(masked, event)) agent = genericSubject(masked, searchFrom, event.start, mentions, timexes);
  }

  // The date: the clause's own time expression near the verb, else context.
  const attributionSpan: Span = speech0
    ? tail && speech0.start >= tail.start
      ? tail
      : { start: clauseStart, end: adjunctEnd(masked, speech0.end, clauseEnd, speechQuotes) }
    : { start: clauseStart, end: clauseEnd };
  const trailing = Boolean(speech0 && tail && speech0.start >= tail.start);
  const contentSpan: Span | null = event && speech0
    ? trailing ? { start: clauseStart, end: tail!.start } : { start: attributionSpan.end, end: clauseEnd }
    : null;
  const attributed = nearestDate(timexes, attributionSpan.start, attributionSpan.end, trigger.start, speechQuotes, masked);
  const contentTimex = contentSpan ? nearestDate(timexes, contentSpan.start, contentSpan.end, trigger.start, speechQuotes, masked) : undefined;
  // Planned or conditional: a modal or "plans to" next to the trigger, an "if" after it, or a future date.
  const near = masked.slice(Math.max(contentSpan?.start ?? clauseStart, trigger.start - 40), Math.min(clauseEnd, trigger.end + 20));
  // a future date makes it planned only where it dates the verb, not a noun inside the clause ("before the planned vote in May")
  const plansVerb = Boolean(!contentSpan && attributed?.future && modifiesVerb(masked, attributed, clauseStart, trigger));
  const futureClause = FUTURE_MARKERS.test(near) || /\b(?:if|unless|should)\b/i.test(masked.slice(trigger.end)) || Boolean(contentTimex?.future) || plansVerb;
  const status: Candidate['status'] = event && futureClause ? 'announced' : 'occurred';
  const speakerId = speaker?.actor;
  const next = state.paragraphFirstDate.get(sentence.paragraph);
  const dated = dateClause({
    masked,
    timexes,
    clause: { start: clauseStart, end: clauseEnd },
    trigger,
    saying: speech0 ? attributionSpan : null,
    // "announced sanctions": announcing them is imposing them, so the saying dates the happening
    content: how === 'announced' ? null : contentSpan,
    quotes: speechQuotes,
    subordinate,
    status,
    appositive: speaker && speech0 && speaker.end <= speech0.start ? { start: speaker.end, end: speech0.start } : null,
    words: scope.words,
    paragraph: sentence.paragraph,
    context: {
      published: ctx.published,
      occasion: speakerId ? (occasion.get(speakerId) ?? null) : null,
      previous: state.paragraphDate,
      next: next && next.sentence !== sentence.index ? next : null,
      lede: state.lede,
      happenings: state.happenings,
      entry: state.entries[sentence.index] ?? null,
    },
  });
  const date = dated.date;
  const dateRule = dated.source;
  const statedDate = date.certain ? date : null;
  const planned = status === 'announced' ? plannedDate(timexes, contentSpan ?? { start: clauseStart, end: clauseEnd }, speechQuotes) : null;
  if (statedDate && !state.lede && sentence.paragraph === 0) state.lede = { date: statedDate, words: new Set(scope.words), sentence: sentence.index, paragraph: 0 }; // its own copy: later sentences widen it
  if (speakerId && statedDate && !event && !occasion.has(speakerId)) occasion.set(speakerId, statedDate);

  const { actors, places } = clauseActors(scope, state, clause, inMain, trigger, speakerId, agent, coded, patient);

  recordClauseTime(state, clauseTime);
  const skip = timexes.map((t) => ({ start: t.start, end: t.end }));
  const quantities = event ? findQuantities(blankSpans(masked.slice(clauseStart, clauseEnd), clauseStart, subordinate), skip.map((s) => ({ start: s.start - clauseStart, end: s.end - clauseStart }))) : [];
  const quoteRows = speakerId ? quotes.filter((q: Quotation) => q.speech || q.text.split(/\s+/).length >= 3).map((q) => ({ text: q.text, speaker: speakerId })) : [];
  const title = clauseTitle(scope, state, clause, { type, trigger, trailing, tail, agent, speaker, speech0, speakerId });
  if (!title) {
    scope.note(null, NO_READABLE_TITLE);
    return 'explained';
  }
  state.candidates.push({
    type,
    ...coded,
    status,
    date,
    planned,
    actors,
    quotes: quoteRows,
    quantities,
    places: [...places].sort(),
    sources: [{ article: ctx.articleId, sentence: text, sentenceIndex: sentence.index }],
    rule: `${trigger.rule.name}${how ? ` (${how})` : ''}; date from ${dateRule}${cameoNote(coded)}`,
    title,
    paragraph: sentence.paragraph,
    // counted from a happening this article does not date: only when nothing here stated a date, nor a chronology heading
    ...(dated.relation && !date.certain && dateRule !== chronologyEntry.name ? { relation: dated.relation } : {}),
  });
  state.notes.push({ sentence: sentence.index, candidate: state.candidates.length - 1, reason: `${type} via "${masked.slice(trigger.start, trigger.end)}"${how ? `, ${how}` : ''}; date from ${dateRule}`, dating: dated.trace });
  if (speakerId && !event) state.previousSpeaker = { paragraph: sentence.paragraph, speaker: speakerId, candidate: state.candidates.length - 1 };
  // "The agency said on Friday that hackers broke in last month": the saying is an event of its own, on its own day
  if (speakerId && speech0 && event && how === 'reported with its own date') {
    addSaying(scope, state, clause, { speech0, speaker: speaker!, speakerId, attributed, type, quoteRows, title });
  }
  return 'fed';
}

/** "in the next few days" is a duration in TimeML, but its range is the planned span. */
function plannedDate(timexes: Timex[], span: Span, speechQuotes: Span[]): EventDate | null {
  const plan = timexes.find((t) => t.future && t.range && t.start >= span.start && t.end <= span.end && !inSpans(t.start, speechQuotes));
  return plan?.range ? { start: plan.range.start, end: plan.range.end, precision: plan.range.precision, certain: true, text: plan.text } : null;
}

/** Actors: speaker, agent, target right after the verb, others in the main clause as participants; countries after a preposition are places. */
function clauseActors(scope: SentenceScope, state: ArticleState, clause: Clause, inMain: (s: Span) => boolean, trigger: Hit, speakerId: string | undefined, agent: ActorMention | undefined, coded: TriggerCode, patient?: ActorMention): { actors: { id: string; role: EventRole }[]; places: Set<string> } {
  const { fact, masked, speechQuotes } = scope;
  const actors: { id: string; role: EventRole }[] = [];
  const places = new Set<string>();
  const add = (id: string, role: EventRole) => {
    if (!actors.some((a) => a.id === id)) actors.push({ id, role });
  };
  if (speakerId) add(speakerId, 'speaker');
  if (agent) add(agent.actor, 'agent');
  if (patient) add(patient.actor, 'target');
  const source = !speakerId && scope.attribution ? [scope.attribution] : [];
  for (const m of fact.mentions) {
    if (!inMain(m) || inSpans(m.start, speechQuotes)) continue;
    // ", residents said": an unnamed source vouches for the happening; it takes no part in it
    if (source.length > 0 && m.via === 'agent' && inSpans(m.start, source)) continue;
    const kind = state.kindOf(m.actor);
    if ((kind === 'country' || m.via === 'country') && PLACE_PREPOSITION.test(masked.slice(clause.start, m.start))) {
      places.add(state.nameOf(m.actor));
      continue;
    }
    const right = masked.slice(trigger.end, m.start);
    add(m.actor, right.trim() === '' && m.start >= trigger.end ? 'target' : 'participant');
  }
  for (const p of fact.places) if (inMain(p)) places.add(p.text);
  // a happening with no agent ("the quake struck") keeps its places: they stand for no country actor
  if (actors.length === 0) actors.push(...sentenceActors(state, fact, [...speechQuotes, ...source], [...places], !coded.agentless));
  return { actors, places };
}

interface TitleParts {
  type: EventType;
  trigger: Hit;
  trailing: boolean;
  tail: Span | null;
  agent: ActorMention | undefined;
  speaker: ActorMention | undefined;
  speech0: Hit | undefined;
  speakerId: string | undefined;
}

/** The headline: the reporter's clause from its subject on, the subject under its canonical name. */
function clauseTitle(scope: SentenceScope, state: ArticleState, clause: Clause, parts: TitleParts): string | null {
  const { fact, text, masked, speechQuotes, mainStarts } = scope;
  const { type, trigger, trailing, tail, agent, speaker, speech0, speakerId } = parts;
  const { index: ci, start: clauseStart, end: clauseEnd } = clause;
  // a quotation opening in lower case is a fragment of the reporter's own sentence ("said the draft
  // \"has not been signed\""): the reporter's clause, which names what it is about, heads it better
  const firstQuote = speechQuotes.find((q) => q.text.split(/\s+/).length >= 5 && !/^\P{L}*\p{Ll}/u.test(q.text))?.text;
  // "According to the news agency, the minister signed ...": the source opens the clause, the report follows its comma
  const sourceComma = speech0?.rule.name === 'according-to' && speaker && speaker.start < trigger.start ? masked.indexOf(',', speaker.end) : -1;
  const leadingSource = sourceComma >= 0 && sourceComma < trigger.start;
  const subject = trailing || leadingSource ? agent : (speaker ?? agent);
  // a headline or caption run into the sentence stays out of its title
  const own = titleSpan(fact.structure.tokens, fact.timexes, { start: clauseStart, end: clauseEnd }, trigger.start);
  const headEnd = Math.min(trailing ? tail!.start : clauseEnd, own.end);
  const headStart = Math.max(own.start, leadingSource ? sourceComma + 1 : 0, subject && subject.start < trigger.start ? subject.start : Math.min(trigger.start, clauseStart));
  // a generic agent is named as the text names it ("Activists said", not the class's "Protesters")
  const subjectName = subject && (subject.via === 'agent' ? subject.text.charAt(0).toUpperCase() + subject.text.slice(1) : state.nameOf(subject.actor));
  const head = subject && subject.start === headStart && subject.via !== 'pronoun'
    ? `${subjectName}${text.slice(subject.end, headEnd)}`
    : text.slice(headStart, headEnd);
  // The head is empty when the attribution is the whole clause: a bare attribution split off as
  // a clause of its own (", according to officials", ", the minister said") reports the clause
  // before it; any other (", but I liked what X said") leaves the clause itself as the headline.
  const bareAttribution = trailing && ci > 0 && clauseStart === tail!.start && speaker !== undefined &&
    BARE_ATTRIBUTION_OPENING.test(masked.slice(tail!.start, Math.min(speaker.start, speech0!.start)));
  // what a trailing attribution (", he said.") reports: the words before it, headed by the speaker
  // trailing: nothing after the verb of saying reports anything ("said one resident of the city")
  const trails = speech0 && isSayingForm(masked.slice(speech0.start, speech0.end).trim().split(/\s+/).at(-1) ?? '') && !fact.structure.tokens.some((t) => t.start >= speech0.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  // an inverted attribution names its speaker right after the verb ("said the minister"), not further on
  const inverted = !speech0 || !speaker || speaker.start < speech0.start || BARE_ATTRIBUTION_OPENING.test(masked.slice(speech0.end, speaker.start));
  const said = speech0 && trails && inverted ? trailingAttributionStart(fact.structure.tokens, Math.min(speaker?.start ?? speech0.start, speech0.start)) : null;
  const reported = said !== null ? reportedTitle(fact, text.slice(0, said), speakerId ? state.nameOf(speakerId) : null) : null;
  // the structure's clause must be the trigger's: a subject that starts after the trigger belongs to a clause further on
  // ("The visit was their first talks since the strike began" is no "The strike begins")
  const structureSubject = fact.structure.subject;
  const sameClause = !structureSubject || structureSubject.start <= trigger.start;
  return firstReadableTitle([
    type === 'statement' && speakerId && firstQuote ? quoteTitle(state.nameOf(speakerId), firstQuote) : null,
    // a statement is what was said: "X told reporters" after the words says less than the words
    type === 'statement' ? reported : null,
    !sameClause ? null : headline(fact.structure, subject ? { name: subjectName!, kind: state.kindOf(subject.actor), start: subject.start, end: subject.end } : null, clauseStart, headEnd, fact.timexes.filter((t) => t.type !== 'DURATION'), own.start > clauseStart ? own.start : 0),
    cleanTitle(head),
    reported,
    bareAttribution ? cleanTitle(text.slice(mainStarts[ci - 1], tail!.start)) : null,
    cleanTitle(text.slice(own.start, own.end)),
  ]);
}

/** Parts of speech of the words that name a speaker: "a spokesman for the Navy", "U.S. Adm.". */
const NAMING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PUNCT', 'SPACE']);

/** Marks that set a trailing attribution off from the words it reports. */
const SETS_OFF = /^[,"”]$/;

/**
 * Where a trailing attribution starts (", the Navy's chief said", "\" he said"): the naming words
 * before its speaker or verb at `at`, set off by a comma or a closing quotation mark; null when the
 * words before are no bare naming ("but I liked what X said") or nothing sets them off.
 */
function trailingAttributionStart(tokens: TaggedToken[], at: number): number | null {
  let k = tokens.findIndex((t) => t.start >= at);
  if (k <= 0) return null;
  while (k > 0 && NAMING.has(tokens[k - 1].pos) && !SETS_OFF.test(tokens[k - 1].text) && tokens[k - 1].text !== '"') k--;
  return k > 0 && SETS_OFF.test(tokens[k - 1].text) ? tokens[k].start : null;
}

/** The words a trailing attribution reports, as a headline: a whole quotation as the speaker's own words, else `Speaker: the words`. */
function reportedTitle(fact: SentenceFacts, before: string, speaker: string | null): string | null {
  const start = titleSpan(fact.structure.tokens, fact.timexes, { start: 0, end: before.length }, before.length).start;
  const words = before.slice(start).trim().replace(/[\s,;:—–-]+$/, '');
  if (!isReadableTitle(words)) return null;
  const quoted = /^["“]([^"“”]+)["”]$/.exec(words.replace(/[,.]+(["”])$/, '$1'));
  if (quoted && speaker) return quoteTitle(speaker, quoted[1]);
  return speaker ? `${speaker}: ${cleanTitle(words)}` : cleanTitle(words);
}

interface Saying {
  speech0: Hit;
  speaker: ActorMention;
  speakerId: string;
  attributed: Timex | undefined;
  type: EventType;
  quoteRows: { text: string; speaker: string }[];
  title: string;
}

/** The saying of a dated happening, as an event of its own on the day it was said. */
function addSaying(scope: SentenceScope, state: ArticleState, clause: Clause, saying: Saying): void {
  const { fact: { sentence, structure }, text, masked } = scope;
  const { occasion } = state;
  const { speech0, speaker, speakerId, attributed, type, quoteRows, title } = saying;
  const said = attributed && rangeOf(attributed) && !attributed.future ? { ...rangeOf(attributed)! } : occasion.get(speakerId) ?? state.paragraphDate?.date ?? state.published;
  state.candidates.push({
    type: speech0.rule.type,
    ...codeTrigger(structure, speech0.start, speech0.end, clause.start, speech0.rule.type),
    status: 'occurred',
    date: said,
    planned: null,
    actors: [{ id: speakerId, role: 'speaker' }],
    quotes: quoteRows,
    quantities: [],
    places: [],
    sources: [{ article: state.ctx.articleId, sentence: text, sentenceIndex: sentence.index }],
    rule: `${speech0.rule.name} (the report of a dated happening); date from ${attributed ? 'stated' : 'context'}`,
    title: firstReadableTitle([cleanTitle(`${state.nameOf(speakerId)}${text.slice(speaker.end, clause.end)}`)]) ?? title,
    paragraph: sentence.paragraph,
  });
  scope.note(state.candidates.length - 1, `${speech0.rule.type} via "${masked.slice(speech0.start, speech0.end)}", reporting the ${type}`);
  if (!occasion.has(speakerId) && attributed && rangeOf(attributed)) occasion.set(speakerId, rangeOf(attributed)!);
}

/** A subordinate clause with a date of its own reports a happening of its own ("when it annexed Crimea in 2014"). */
function extractSubordinateClause(scope: SentenceScope, span: Span, state: ArticleState): ClauseOutcome {
  const { fact, text, masked, speechQuotes } = scope;
  const { sentence, timexes, mentions } = fact;
  // a verb, or a noun dated by a possessive: "Monday's meeting of the Security Council"
  const datedNoun = (h: Hit) => timexes.some((t) => /^['’]s\s+(?:\w+\s+){0,2}$/.test(masked.slice(t.end, h.start)));
  const lexical = scope.eventHits.filter((h) => h.start >= span.start && h.end <= span.end && (h.rule.kind === 'verb' || datedNoun(h)) && !isNegated(masked, h.start));
  // where the lexicon has no word, the clause's verb read by the linguistic layer ("when rebels took the town on Monday")
  const structural = lexical.length === 0 ? subordinateTrigger(fact.structure, span.start, span.end) : null;
  const hits = structural && !isNegated(masked, structural.start) ? [structural] : lexical;
  // ", when ..." right after a date takes that date: "since last month, when a helicopter fired flares"
  const antecedent = /^,\s+when\b/i.test(masked.slice(span.start)) ? timexes.find((t) => masked.slice(t.end, span.start).trim() === '') : undefined;
  // ("a day after the council voted": a length counted back from the main clause, not a date of the clause's own)
  const ownTimexes = timexes.filter((t) => !/^\s+(?:after|before)\b/i.test(masked.slice(t.end, t.end + 8)));
  const own = hits.length > 0 ? (nearestDate(ownTimexes, span.start, span.end, hits[0].start, speechQuotes, masked) ?? antecedent) : undefined;
  // "shelled the port on Sunday, a week after tanks entered the town": counted back from the main clause's stated day
  const mainClause = state.candidates.findLast((c) => c.sources[0]!.sentenceIndex === sentence.index && c.sources[0]!.article === state.ctx.articleId);
  const counted = hits.length > 0 && !own ? countedFromMainClause(masked, timexes, span.start, mainClause?.date ?? null) : null;
  const date = own && rangeOf(own) && !own.future ? rangeOf(own)! : counted;
  if (!date) return 'nothing';
  const hit = hits[0];
  const before = mentions.filter((m) => m.end <= hit.start);
  let agent = subjectOf(masked, span.start, hit.start, mentions, timexes);
  // "the justification Russia used when it annexed Crimea": "it" is the last country or organization named
  if ((!agent || agent.via === 'pronoun') && /\b(?:it|they)\s+(?:[a-z]+ly\s+)?$/i.test(masked.slice(span.start, hit.start))) {
    agent = before.filter((m) => state.kindOf(m.actor) === 'country' || state.kindOf(m.actor) === 'organization').pop() ?? agent;
  }
  // "the singer, who died in June 2009": the antecedent named as an actor is who did it; "the protests in the
  // capital, which went into full swing": the antecedent's words lead the title (./relative-clause.ts)
  const relative = relativeOpening(fact.structure, masked, span.start);
  // (a name right before "who" is the one: "a tribute to the singer Jane Doe, who died"; else the chain's head)
  const named = (np: { start: number; end: number } | undefined) => np && mentions.find((m) => m.start >= np.start && m.end === np.end);
  if (!agent && relative?.pronoun === 'who') agent = named(relative.antecedent?.nearest) ?? named(relative.antecedent?.head);
  const lead = !agent && relative?.antecedent ? masked.slice(relative.antecedent.start, relative.antecedent.end) : '';
  const actors: { id: string; role: EventRole }[] = agent ? [{ id: agent.actor, role: 'agent' }] : [];
  for (const m of mentions) {
    if (m.start >= hit.end && m.end <= span.end && !actors.some((a) => a.id === m.actor)) actors.push({ id: m.actor, role: 'target' });
  }
  if (actors.length === 0) actors.push(...sentenceActors(state, fact, speechQuotes, []));
  // with no actor as its subject, the clause's own words from its subject on ("tanks entered the town", not "Entered the town")
  const opener = /^[\s,;:—–-]*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|when|while|as|since|until|because|once)\s+/i.exec(masked.slice(span.start));
  // (up to a comma after the verb: "two days after the storm hit, as ..." is the storm's hitting)
  const from = agent ? hit.start : span.start + (relative?.length ?? opener?.[0].length ?? 0);
  const comma = masked.indexOf(',', hit.end);
  const to = agent || comma < 0 ? span.end : Math.min(span.end, comma);
  const subject = agent ? `${state.nameOf(agent.actor)} ` : lead ? `${lead} ` : '';
  const title = firstReadableTitle([cleanTitle(`${subject}${masked.slice(Math.min(from, hit.start), titleEnd(hit.end, to, mentions))}`)]);
  if (!title) {
    scope.note(null, NO_READABLE_TITLE);
    return 'explained';
  }
  state.candidates.push({
    type: disasterType(fact.structure, hit.start, hit.end, span.start, hit.rule.type),
    status: 'occurred',
    date,
    planned: null,
    actors,
    quotes: [],
    quantities: [],
    places: fact.places.filter((p) => p.start >= hit.end && p.end <= span.end).map((p) => p.text).sort(),
    sources: [{ article: state.ctx.articleId, sentence: text, sentenceIndex: sentence.index }],
    rule: counted ? `${hit.rule.name} (subordinate clause counted from the main clause); date "${counted.text}" ${mainClause!.date.start}` : `${hit.rule.name} (subordinate clause with its own date); date stated`,
    title,
    paragraph: sentence.paragraph,
  });
  scope.note(state.candidates.length - 1, `${hit.rule.type} via "${masked.slice(hit.start, hit.end)}" in a subordinate clause ${counted ? `"${counted.text}" the main clause's ${mainClause!.date.start}` : `dated "${own!.text}"`}`);
  return 'fed';
}
