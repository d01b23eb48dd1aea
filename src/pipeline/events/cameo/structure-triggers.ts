/**
 * Triggers the linguistic layer finds where the trigger lexicon finds none: the main clause's
 * verb, when CAMEO codes it as a material happening (protest, force posture, coercion, assault,
 * fight, mass violence; consultations and yielding), typed by the CAMEO table; a happening
 * with no agent ("a fire broke out", "the quake struck"), typed `other`; and, where the sentence
 * has nothing better, a deed: a person or group doing something (a WordNet verb of doing) to a
 * target, typed `other`. After "it emerged that", the verb of the clause it discloses (else the
 * disclosure, a statement); after "tried to", "plans to", the verb after "to". In the present
 * passive of a chronology ("the plan is approved"), a deed done by someone unnamed; and a court
 * appearance, a legal happening.
 * Verbal CAMEO roots (statements, appeals, demands, threats) are the speech vocabulary's.
 */
import type { EventType } from '../../../schema/event.ts';
import { clauseSubject, isAgentless, isPassive, MIN_FUNCTION_WORD_SHARE_NARRATED, readsAsEnglish, tellsState, type NounPhrase, type SentenceStructure } from '../../linguistic/structure.ts';
import { APPEARANCE_VERBS, COURT_BODIES, COURT_NOUNS, LEGAL_PASSIVE_VERBS, VERDICT_VERBS, VERDICT_WORDS } from '../../linguistic/vocabulary/legal-happenings.ts';
import { SCHEDULE_CHANGE_VERBS } from '../../linguistic/vocabulary/schedule-changes.ts';
import { SPEECH_VERBS } from '../../linguistic/vocabulary/speech-verbs.ts';
import { CALENDAR_ABBREVIATIONS } from '../../linguistic/vocabulary/abbreviations.ts';
import { DEED_CLASSES, wordnetActNoun, wordnetEventNoun, wordnetArtifactNoun, wordnetSubstanceNoun, wordnetPersonNoun, wordnetStateToo, wordnetTimeNoun, wordnetVerbClass } from '../../linguistic/vocabulary/wordnet.ts';
import type { TaggedToken } from '../../linguistic/tagger.ts';
import { agentCode } from '../../actors/rules/agent.ts';
import type { TriggerRule } from '../lexicon.ts';
import { typeOfCameo } from './cameo-types.ts';
import { codeVerb, type VerbCode } from './classify.ts';
import { isPresentForm, mainVerbTense } from '../narration.ts';

/**
 * CAMEO roots of happenings (not of words): material cooperation, aid, yield (06-08: "gave food",
 * "submitted a draft"), protest, force posture, reduce relations, coerce, assault, fight, mass violence. Consultations (04: "join", "discuss") are too common a wording
 * of anything to be events by verb alone: the lexicon's meeting words find them.
 */
const MATERIAL_ROOTS = new Set(['06', '07', '08', '14', '15', '16', '17', '18', '19', '20']);
/** A passive with no agent is an event when its code is one of force (coerce, assault, fight, mass violence). */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);
/**
 * Aspectual verbs: they begin, stop or resume an activity their object names. CAMEO codes none of
 * them (they say when, not what), and WordNet files them under change or contact.
 */
const ASPECTUAL_VERBS = new Set(['begin', 'start', 'launch', 'resume', 'suspend', 'halt', 'stop', 'end', 'abandon', 'complete', 'finish', 'conclude', 'continue']);

/** Does an activity follow the aspectual verb: a verb in -ing ("began spilling over") or "to" and a verb ("continued to arrive")? */
function hasActivity(s: SentenceStructure, verb: number): boolean {
  const k = verb + 1;
  const next = s.tokens[k];
  if (next?.pos === 'VERB' && /ing$/i.test(next.text)) return true;
  return next?.text.toLowerCase() === 'to' && s.tokens[k + 1]?.pos === 'VERB';
}
/** CAMEO's visits: make a visit (042), host a visit (043). */
const VISIT_CODES = new Set(['042', '043']);
/** Prepositions of arrival: "arrived in Cairo", "travels to Cairo". */
const DESTINATION_PREPOSITIONS = new Set(['in', 'to', 'into']);

/** Does a proper-noun place follow the verb after "in", "to" ("arrived in Cairo")? */
function hasDestination(s: SentenceStructure, verb: number): boolean {
  const k = afterVerb(s, verb);
  const next = s.tokens[k];
  return next?.pos === 'ADP' && DESTINATION_PREPOSITIONS.has(next.lemma) && s.tokens[k + 1]?.pos === 'PROPN';
}

/** Protest (14) needs no target: demonstrators demonstrate against a state of things, not at an actor. */
const PROTEST_ROOTS = new Set(['14']);
/**
 * WordNet's classes of a verb that tells a feeling stirred or a weather, not an act done in public:
 * CAMEO files "provoke", "vex", "plague", "harass" under dissent (140), but "the photos provoked
 * outrage" and "a country plagued by drought" are no protest.
 */
const FEELING_CLASSES = new Set(['verb.emotion', 'verb.weather']);

/** Is the verb's CAMEO code a protest that only a verb of feeling carries? */
function dissentOfFeeling(coded: VerbCode): boolean {
  return PROTEST_ROOTS.has(coded.cameo?.slice(0, 2) ?? '') && FEELING_CLASSES.has(coded.verbClass ?? '');
}
/** Prepositions that take the target of an intransitive interaction: "clashed with police", "fired on the crowd" ("at" too often places: "died at home"). */
const TARGET_PREPOSITIONS = new Set(['with', 'against', 'on', 'upon']);

export interface StructureHit {
  rule: TriggerRule;
  start: number;
  end: number;
}

const rules = new Map<string, TriggerRule>();
/** One rule object per name, so a hit names its rule as the lexicon's do. */
function ruleFor(name: string, type: EventType): TriggerRule {
  let rule = rules.get(name);
  if (!rule) rules.set(name, (rule = { type, kind: 'verb', name, pattern: /(?!)/ }));
  return rule;
}

/** The first token after the verb and its adverbs and particles. */
function afterVerb(s: SentenceStructure, verb: number): number {
  let k = verb + 1;
  while (s.tokens[k] && (s.tokens[k].pos === 'ADV' || s.tokens[k].pos === 'PART')) k++;
  return k;
}

/** Articles and possessives: "the deadline" is a thing, "last year" and "Tuesday" are dates. */
const THING_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** A noun phrase of time that dates its clause ("last year", "this week", "Tuesday"): no object. */
function isDate(s: SentenceStructure, np: NounPhrase): boolean {
  // a time noun, or a day of a month written short ("Feb. 27")
  const timeWord = (t: TaggedToken) => wordnetTimeNoun(t.lemma) || CALENDAR_WORDS.has(t.lemma.replace(/\.$/, ''));
  const last = s.tokens[np.last];
  const when = timeWord(last) || (last.pos === 'NUM' && timeWord(s.tokens[np.first]));
  return when && !THING_DETERMINERS.has(s.tokens[np.first].text.toLowerCase()) && s.tokens[np.first + 1]?.text !== "'s";
}
const CALENDAR_WORDS = new Set(CALENDAR_ABBREVIATIONS);

/** Does a direct object follow the verb ("ambushed a convoy", "seized the town")? */
function hasObject(s: SentenceStructure, verb: number): boolean {
  if (s.object && s.object.first > verb && !isDate(s, s.object)) return true;
  const k = afterVerb(s, verb);
  return s.nounPhrases.some((np) => np.first === k && !isDate(s, np));
}

/** Is there a target after the verb: its object, or a noun phrase after "with", "against", "on"? */
function hasTarget(s: SentenceStructure, verb: number): boolean {
  if (hasObject(s, verb)) return true;
  const k = afterVerb(s, verb);
  const next = s.tokens[k];
  // "clashed with police", "attacked on Monday": a day is when, not whom
  return next?.pos === 'ADP' && TARGET_PREPOSITIONS.has(next.lemma) && s.nounPhrases.some((np) => np.first === k + 1 && !isDate(s, np));
}

/**
 * The main verb of the clause [from, to) as a trigger, when CAMEO or WordNet says it is a happening.
 * With `deeds`, also a deed that WordNet alone vouches for (see verbTrigger): the caller allows it
 * where the sentence has nothing better, no event word and no verb of saying.
 */
export function structureTrigger(s: SentenceStructure, from: number, to: number, deeds = true, historicPresent = false): StructureHit | null {
  // a chronology told in the present vouches for its telegraphic entries' language
  if (s.mainVerb === null || !(s.english || (historicPresent && readsAsEnglish(s.tokens, MIN_FUNCTION_WORD_SHARE_NARRATED)))) return null;
  const verb = s.tokens[s.mainVerb];
  if (verb.pos !== 'VERB' || verb.start < from || verb.start >= to) return null;
  // "it emerged that ...", "it is revealed that ...": the disclosure is the news, what it discloses the happening
  const disclosed = disclosedVerb(s, s.mainVerb, to);
  // "the company tries to plug the well": the verb after "to" says what was done, by the main verb's subject
  const complement = disclosed === null ? catenativeComplement(s, s.mainVerb) : null;
  const hit = verbTrigger(s, disclosed ?? complement ?? s.mainVerb, deeds, complement === null ? undefined : s.mainVerb, historicPresent);
  // what is disclosed may be no happening of its own ("it emerged that talks were planned"): the disclosure is the news
  if (!hit && disclosed !== null && DISCLOSURE_VERBS.has(verb.lemma)) return { rule: ruleFor('disclosure', 'statement'), start: verb.start, end: verb.end };
  if (hit || disclosed !== null || complement !== null) return hit;
  // "the nurse was admitted on Feb. 27 and died two days later": when the main verb tells nothing, a
  // verb coordinated with it, sharing its subject, may
  const coordinated = coordinatedVerb(s, s.mainVerb, to);
  return coordinated === null ? null : verbTrigger(s, coordinated, deeds, s.mainVerb, historicPresent);
}

/**
 * A finite verb joined to the verb at `verb` by "and" with no subject of its own ("was admitted
 * and died", "lasted 19 days and then ended"), before `to`; null when there is none.
 */
function coordinatedVerb(s: SentenceStructure, verb: number, to: number): number | null {
  const finite = (t: TaggedToken | undefined) => t !== undefined && t.start < to && t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma && !/ing$/i.test(t.text);
  for (let k = verb + 1; k < s.tokens.length && s.tokens[k].start < to; k++) {
    const t = s.tokens[k];
    // another finite verb or clause first (a participle, "with fever and bleeding", is no clause)
    if (finite(t) || t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === ';') return null;
    if (t.pos !== 'CCONJ' || t.lemma !== 'and') continue;
    let n = k + 1;
    while (s.tokens[n]?.pos === 'ADV') n++;
    if (finite(s.tokens[n])) return n;
  }
  return null;
}

/**
 * The happening a dated subordinate clause tells when the trigger lexicon has no word for it
 * ("when rebels took the town on Monday"): its first verb in the past tense, read as a main
 * clause's would be (not a participle after a noun or before "by": "the town, held by rebels").
 */
export function subordinateTrigger(s: SentenceStructure, from: number, to: number): StructureHit | null {
  if (!s.english) return null;
  const k = s.tokens.findIndex((t, i) => t.start >= from && t.start < to && t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma && !/ing$/i.test(t.text) &&
    s.tokens[i + 1]?.text.toLowerCase() !== 'by' && s.tokens[i - 1]?.pos !== 'DET');
  return k < 0 ? null : verbTrigger(s, k, true);
}

/** Verbs that make a fact known with the empty "it" as subject: "it emerged that", "it was revealed that", "it transpired that". */
const DISCLOSURE_VERBS = new Set(['emerge', 'transpire', 'reveal', 'disclose', 'announce', 'confirm', 'report', 'learn', 'understand']);

/**
 * Verbs whose "to" and verb after them is what their subject did or set out to do ("tried to
 * plug", "agreed to join", "voted to expel", "moved to block"), or plans ("plans to sell": the
 * future markers make it announced): the verb after "to" is the deed. Not verbs that deny it
 * ("failed to", "refused to": the negation vocabulary).
 */
const CATENATIVE_VERBS = new Set(['try', 'attempt', 'agree', 'decide', 'vote', 'move', 'seek', 'plan']);

/** The verb after "to" when the verb at `verb` is catenative ("tries to thread"); null otherwise. */
function catenativeComplement(s: SentenceStructure, verb: number): number | null {
  if (!CATENATIVE_VERBS.has(s.tokens[verb].lemma)) return null;
  const to = s.tokens[verb + 1];
  const next = s.tokens[verb + 2];
  return to?.text.toLowerCase() === 'to' && next?.pos === 'VERB' ? verb + 2 : null;
}

/**
 * The verb of the content clause of an impersonal verb ("it emerges that X did", "it was revealed
 * that X did"): "it" is no actor, the clause after "that" says what happened. Null otherwise.
 */
function disclosedVerb(s: SentenceStructure, verb: number, to: number): number | null {
  const subject = clauseSubject(s, verb);
  if (!subject || subject.first !== subject.last || s.tokens[subject.first].text.toLowerCase() !== 'it') return null;
  // "it emerged on Tuesday that ...": the first "that" after the verb, before any other verb
  const that = s.tokens.findIndex((t, k) => k > verb && (t.text.toLowerCase() === 'that' || t.pos === 'VERB' || t.pos === 'AUX'));
  if (that < 0 || s.tokens[that].text.toLowerCase() !== 'that') return null;
  const content = s.tokens.findIndex((t, k) => k > that && t.pos === 'VERB' && t.start < to);
  return content >= 0 && clauseSubject(s, content) ? content : null;
}

/**
 * The verb at `v` as a trigger, when CAMEO or WordNet says it is a happening; its subject is that
 * of the verb at `subjectOf` (a catenative verb before it), else its own. In an article told in
 * the historic present (../narration.ts) a present verb tells a deed as its past would.
 */
function verbTrigger(s: SentenceStructure, v: number, deeds: boolean, subjectOf = v, historicPresent = false): StructureHit | null {
  const verb = s.tokens[v];
  // an English verb: text in another language yields no event from a tagger's guess
  if (!wordnetVerbClass(verb.lemma)) return null;
  const coded = codeVerb(s.tokens, v);
  const subject = clauseSubject(s, subjectOf);
  const root = dissentOfFeeling(coded) ? '' : coded.cameo?.slice(0, 2) ?? '';
  if (subject && isAgentless(s, v)) {
    // "the quake struck", "a fire broke out": the subject names the happening, whatever its verb but one of state
    // ("the curfew remains in force")
    if (!isPassive(s, v)) return tellsState(verb) ? null : { rule: ruleFor('happening', 'other'), start: verb.start, end: verb.end };
    // "the headquarters was set ablaze": no agent named, CAMEO codes the verb as force
    const type = FORCE_ROOTS.has(root) ? typeOfCameo(coded.cameo!) : undefined;
    if (type) return { rule: ruleFor(`cameo-${coded.cameo} (no agent)`, type), start: verb.start, end: verb.end };
    // "the trial was postponed", "the vote is delayed": what befell a planned happening
    if (SCHEDULE_CHANGE_VERBS.has(verb.lemma) && namesAnAct(s, subject)) return { rule: ruleFor('schedule change', 'other'), start: verb.start, end: verb.end };
    // "the accused was remanded in custody", "she was found not guilty": what a court did to a person
    if (isLegalHappening(s, v) && canAct(s, subject)) return { rule: ruleFor('legal happening', 'other'), start: verb.start, end: verb.end };
    // "the plan is approved", "all flights are grounded": the historic present of a chronology, something done to
    // the subject by someone unnamed (in the past tense, "were moved", "was treated", such a passive is mostly detail)
    return isPresentPassive(s, v) && isPassiveDeed(s, v, coded, subject) ? { rule: ruleFor('passive deed', 'other'), start: verb.start, end: verb.end } : null;
  }
  // "the rig sank", "the bridge collapsed": what befell a thing made, with no agent named
  if (subject && befellThing(s, v, subject, coded, historicPresent)) return { rule: ruleFor('happening to a thing', 'other'), start: verb.start, end: verb.end };
  // "the army began an offensive", "the coast guard suspended the search": starting or stopping an activity is a happening
  // ... and so is an activity beginning or going on: "the river began spilling over", "strikes continued to spread"
  if (subject && ASPECTUAL_VERBS.has(verb.lemma) && (hasObject(s, v) || hasActivity(s, v))) return { rule: ruleFor('aspectual', 'other'), start: verb.start, end: verb.end };
  // a visit (CAMEO 042 make, 043 host) is a consultation that happens in a place; so is a verb of travel
  // (CAMEO 040, WordNet motion) that names where its subject arrives: "the envoy arrived in Cairo"
  if (subject && (VISIT_CODES.has(coded.cameo ?? '') ? hasTarget(s, v) : coded.cameo === '040' && coded.verbClass === 'verb.motion' && hasDestination(s, v))) {
    return { rule: ruleFor('visit', typeOfCameo('042')!), start: verb.start, end: verb.end };
  }
  // "the accused appeared in court": a hearing, a legal happening (the legal vocabulary)
  if (subject && appearsInCourt(s, v)) return { rule: ruleFor('legal happening', 'other'), start: verb.start, end: verb.end };
  // what a court does to the parties before it: "the court ordered the union to lift its blockades"
  if (subject && courtActs(s, v, subject)) return { rule: ruleFor('legal happening', 'other'), start: verb.start, end: verb.end };
  // an imperative ("Sign up to ...") has no subject and reports nothing
  if (!subject) return null;
  // what a person or group did to someone or something ("the rebels looted the depot"): CAMEO's source
  // acting on a target. Typed `other`: a verb of doing's code outside the material roots reads its
  // words, not its kind ("treated for an illness" codes as a consultation)
  if (!MATERIAL_ROOTS.has(root)) {
    const deed = deeds && isDeed(s, v, coded, historicPresent) && canAct(s, subject) && hasTarget(s, v);
    if (deed) return { rule: ruleFor('deed', 'other'), start: verb.start, end: verb.end };
    return deeds && isNarrated(s, subjectOf, historicPresent) ? { rule: ruleFor('narrated', 'other'), start: verb.start, end: verb.end } : null;
  }
  // CAMEO codes what a source does to a target: "X attacked Y" and "X clashed with Y" have one. Without
  // one, a protest is still a protest ("hundreds demonstrated"), and a verb of force tells what befell its
  // subject ("nine people died", "a device exploded"): a happening, with no agent
  // (in the passive the subject is the target: "they had been abducted on Sept. 5")
  if (!hasTarget(s, v) && !isPassive(s, v)) {
    if (PROTEST_ROOTS.has(root)) return { rule: ruleFor(`cameo-${coded.cameo} (no target)`, typeOfCameo(coded.cameo!)!), start: verb.start, end: verb.end };
    if (FORCE_ROOTS.has(root) && root !== '17') return { rule: ruleFor('happening', 'other'), start: verb.start, end: verb.end };
    return deeds && isNarrated(s, subjectOf, historicPresent) ? { rule: ruleFor('narrated', 'other'), start: verb.start, end: verb.end } : null;
  }
  // force needs a force: someone who can act, or a thing made (a shell, a car bomb); a common noun naming anything
  // else that strikes ("stocks hit a high") tells a happening with no agent, not an attack
  if (FORCE_ROOTS.has(root) && !isPassive(s, v) && s.tokens[subject.last].pos === 'NOUN' && !canAct(s, subject) && !wordnetArtifactNoun(s.tokens[subject.last].lemma)) return { rule: ruleFor('happening', 'other'), start: verb.start, end: verb.end };
  const type = typeOfCameo(coded.cameo!);
  return type ? { rule: ruleFor(`cameo-${coded.cameo}`, type), start: verb.start, end: verb.end } : null;
}

/** Determiners that say the thing did not do it: "no oil", "neither ship". */
const NEGATING_DETERMINERS = new Set(['no', 'neither', 'none', 'not']);

/** WordNet's classes of what befalls a thing: it changes (burns, collapses), moves (sinks, capsizes) or is struck (crashes). */
const BEFALL_CLASSES = new Set(['verb.change', 'verb.motion', 'verb.contact']);

/**
 * Did something befall the thing the subject names: a noun whose most frequent sense is a thing
 * made (WordNet's artifacts: "rig", "bridge", "tanker") or matter (its substances: "oil", "seawater"
 * washed ashore, "gas" leaked), a verb of change, motion or contact with
 * no object, told as done ("the rig sank", "the bridge collapsed", "the plane crashed")? Not in
 * -ing, not a passive (isAgentless reads those), not a bare present outside a narration ("the
 * pipe runs along the coast" describes), not a verb whose second sense is a state.
 */
function befellThing(s: SentenceStructure, v: number, subject: NounPhrase, coded: VerbCode, historicPresent: boolean): boolean {
  const head = s.tokens[subject.last];
  const verb = s.tokens[v];
  if (head.pos !== 'NOUN' || !(wordnetArtifactNoun(head.lemma) || wordnetSubstanceNoun(head.lemma)) || verb.stop || /ing$/i.test(verb.text)) return false;
  // "no fuel leaked", "not all the oil reached the shore": a subject that denies the happening
  if (NEGATING_DETERMINERS.has(s.tokens[subject.first].text.toLowerCase()) || s.tokens[subject.first - 1]?.text.toLowerCase() === 'not') return false;
  if (!BEFALL_CLASSES.has(coded.verbClass ?? '') || isPassive(s, v) || hasObject(s, v)) return false;
  // "the boats sat idle": a verb that may name a state describes the thing, in any tense
  return !wordnetStateToo(verb.lemma) && (historicPresent || !isPresentForm(verb));
}

/** After a passive, words that make it a judgment or a name, not a deed: "is known as", "is seen as" (and "to" before a verb: "is thought to be"). */
const JUDGMENT_AFTER = new Set(['as']);
/** Pronouns that stand for no thing done to: "it is said", "this is done", "that was expected". */
const EMPTY_SUBJECTS = new Set(['it', 'this', 'that', 'there', 'which', 'what']);

/** Adverbs of degree and of lasting between "be" and a participle read it as a state: "is so besmirched", "are too polarised", "is now closed", "is legally bound". */
const STATE_ADVERBS = new Set(['so', 'too', 'very', 'quite', 'rather', 'highly', 'deeply', 'largely', 'widely', 'fully', 'well', 'increasingly', 'extremely', 'legally', 'now', 'still', 'already', 'chiefly', 'mostly', 'mainly', 'heavily', 'safely', 'firmly', 'almost', 'entirely', 'partly', 'utterly', 'totally', 'completely', 'always', 'often', 'usually', 'generally', 'traditionally', 'currently']);

/** The present forms of "be" that make a passive present: "is approved", "are grounded". */
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);

/** Is the passive at `v` in the present: "is approved", "are quickly grounded" (not "has been", "was", "will be")? */
function isPresentPassive(s: SentenceStructure, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && s.tokens[k].pos === 'ADV') k--;
  return PRESENT_BE.has(s.tokens[k]?.text.toLowerCase() ?? '');
}

/**
 * Is the passive verb at `v` (no agent named) a deed done to its subject: a verb of doing (or of
 * ordering, WordNet communication) that names no state ("is located") and no judgment ("is thought
 * to be", "is known as", "was found empty"), whose subject is a noun or a name, not an empty pronoun?
 */
function isPassiveDeed(s: SentenceStructure, v: number, coded: VerbCode, subject: NounPhrase): boolean {
  const verb = s.tokens[v];
  const head = s.tokens[subject.last];
  if (head.pos === 'PRON' && EMPTY_SUBJECTS.has(head.text.toLowerCase())) return false;
  // "is so besmirched", "is now closed": an adverb of degree or lasting makes the participle a state
  for (let k = v - 1; k >= 0 && s.tokens[k].pos === 'ADV'; k--) if (STATE_ADVERBS.has(s.tokens[k].text.toLowerCase())) return false;
  // a participle is inflected: "is home to" is a noun the tagger took for a verb (and "is set" too little to go on)
  if (verb.text.toLowerCase() === verb.lemma) return false;
  if (wordnetStateToo(verb.lemma) || !coded.verbClass || !PASSIVE_DEED_CLASSES.has(coded.verbClass)) return false;
  // the legal verbs ("was charged", "was found") are legal happenings only when done to one who can act (isLegalHappening)
  if (LEGAL_PASSIVE_VERBS.has(verb.lemma) || VERDICT_VERBS.has(verb.lemma)) return false;
  // "was found empty", "is declared safe": a judgment of its state, no deed; "is thought to have", "is known as":
  // a judgment of what it did or is ("are called to the scene" is a deed: "to" a place, not a verb)
  const k = afterVerb(s, v);
  const next = s.tokens[k];
  if (next?.pos === 'ADJ') return false;
  const word = next?.text.toLowerCase() ?? '';
  return word === 'to' ? !['VERB', 'AUX'].includes(s.tokens[k + 1]?.pos ?? '') : !JUDGMENT_AFTER.has(word);
}

/** "appeared in court", "appears before a judge", "appeared in a Manila court": a verb of appearance, then "in" or "before" a court within three words. */
function appearsInCourt(s: SentenceStructure, v: number): boolean {
  if (!APPEARANCE_VERBS.has(s.tokens[v].lemma)) return false;
  const k = afterVerb(s, v);
  const at = s.tokens[k];
  if (at?.pos !== 'ADP' || (at.lemma !== 'in' && at.lemma !== 'before')) return false;
  return s.tokens.slice(k + 1, k + 5).some((t) => t.pos === 'NOUN' && COURT_NOUNS.has(t.text.toLowerCase()));
}

/** Verbs of saying: a judge who "said" makes a statement, which the speech triggers take. */
const SAYING_LEMMAS = new Set(SPEECH_VERBS.map((e) => e.lemma));

/**
 * Does a court do what the verb tells (its subject's head a court or who sits in it, in the active
 * voice), by deed or by word ("ordered", "ruled", "granted", "rejected")? Not by saying: "the judge
 * said" is a statement.
 */
function courtActs(s: SentenceStructure, v: number, subject: NounPhrase): boolean {
  const verb = s.tokens[v];
  const head = s.tokens[subject.last];
  if (head.pos !== 'NOUN' || !COURT_BODIES.has(head.text.toLowerCase()) || isPassive(s, v) || SAYING_LEMMAS.has(verb.lemma)) return false;
  if (verb.stop || /ing$/i.test(verb.text)) return false;
  const cls = wordnetVerbClass(verb.lemma);
  return cls !== undefined && (DEED_CLASSES.has(cls) || cls === 'verb.communication');
}

/** Does the subject's head name an act or a happening (WordNet: "the trial", "the vote", "the ceremony")? */
function namesAnAct(s: SentenceStructure, subject: NounPhrase): boolean {
  const head = s.tokens[subject.last];
  const word = head.pos === 'NOUN' ? (head.lemma || head.text).toLowerCase() : '';
  return Boolean(word && (wordnetActNoun(word) || wordnetEventNoun(word)));
}

/** Is the passive verb at `v` a legal happening (the legal vocabulary): a verb of custody or charge, or a verdict ("found not guilty")? Its subject must be one who can act: a person, a group, a name. */
function isLegalHappening(s: SentenceStructure, v: number): boolean {
  const verb = s.tokens[v];
  if (LEGAL_PASSIVE_VERBS.has(verb.lemma)) return true;
  if (!VERDICT_VERBS.has(verb.lemma)) return false;
  let k = afterVerb(s, v);
  if (s.tokens[k]?.text.toLowerCase() === 'not') k++;
  return VERDICT_WORDS.has(s.tokens[k]?.text.toLowerCase() ?? '');
}

/** The deed classes, and for a passive also ordering or approving (WordNet communication: "is ordered", "is approved"): something done by word. */
const PASSIVE_DEED_CLASSES = new Set([...DEED_CLASSES, 'verb.communication']);
/** Pronouns that stand for a person the text has named: "he pleaded guilty". */
const PERSONAL = new Set(['he', 'she']);

/**
 * Does the verb tell of a deed: a verb of doing (WordNet)? Not a verb of saying (the speech
 * vocabulary's), not a light verb (the tagger's function words: "have", "make", "take", "give"),
 * whose noun says what was done, and not in -ing: a participle, or an activity going on.
 */
function isDeed(s: SentenceStructure, v: number, coded: VerbCode, historicPresent: boolean): boolean {
  const verb = s.tokens[v];
  if (verb.stop || /ing$/i.test(verb.text)) return false;
  // "the village sits on a hill": in the present, a verb that may name a state describes (but "the port closes
  // two berths" in a chronology told in the present is a deed)
  if (!historicPresent && wordnetStateToo(verb.lemma) && isPresentForm(verb)) return false;
  return Boolean(coded.verbClass && DEED_CLASSES.has(coded.verbClass));
}

/**
 * Is the verb at `main` the sentence's main verb in the present, in an article told in the historic
 * present (../narration.ts)? There each such sentence tells what happened next, whatever its verb
 * ("the inquiry raises new questions", "the death toll rises to ten", "the court learns that"): the
 * chronology's entry is the happening. Not a form in -ing, not a verb after an auxiliary, not a
 * verb of saying (mainVerbTense), and not a function word the tagger took for a verb; nor a wish
 * or a feeling (WordNet's emotion verbs: "he wants to know", "she feels"), nor a question: a live
 * page, told in the present too, asks and muses between its happenings.
 */
function isNarrated(s: SentenceStructure, main: number, historicPresent: boolean): boolean {
  const verb = s.tokens[main];
  if (!historicPresent || main !== s.mainVerb || verb.stop || wordnetVerbClass(verb.lemma) === 'verb.emotion') return false;
  return s.tokens.at(-1)?.text !== '?' && mainVerbTense(s) === 'present';
}

/** Can the subject act: a name, a person or a group (WordNet, Phoenix's agents), "he" or "she"? */
function canAct(s: SentenceStructure, subject: NounPhrase): boolean {
  const head = s.tokens[subject.last];
  if (head.pos === 'PROPN') return true;
  if (head.pos === 'PRON') return PERSONAL.has(head.text.toLowerCase());
  return head.pos === 'NOUN' && Boolean(wordnetPersonNoun(head.lemma) || agentCode(head.text));
}
