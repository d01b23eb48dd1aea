/**
 * Triggers the linguistic layer finds where the trigger lexicon finds none: the main clause's
 * verb, when CAMEO codes it as a material happening (protest, force posture, coercion, assault,
 * fight, mass violence; consultations and yielding), typed by the CAMEO table; and a happening
 * with no agent ("a fire broke out", "the quake struck"), typed `other`.
 * Verbal CAMEO roots (statements, appeals, demands, threats) are the speech vocabulary's.
 */
import type { EventType } from '../../../schema/event.ts';
import { clauseSubject, isAgentless, type SentenceStructure } from '../../linguistic/structure.ts';
import { wordnetVerbClass } from '../../linguistic/vocabulary/wordnet.ts';
import type { TriggerRule } from '../lexicon.ts';
import { typeOfCameo } from './cameo-types.ts';
import { codeVerb } from './classify.ts';

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
const ASPECTUAL_VERBS = new Set(['begin', 'start', 'launch', 'resume', 'suspend', 'halt', 'end', 'abandon', 'complete', 'finish', 'conclude']);
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

/** Does a direct object follow the verb ("ambushed a convoy", "seized the town")? */
function hasObject(s: SentenceStructure, verb: number): boolean {
  if (s.object && s.object.first > verb) return true;
  const k = afterVerb(s, verb);
  return s.nounPhrases.some((np) => np.first === k);
}

/** Is there a target after the verb: its object, or a noun phrase after "with", "against", "on"? */
function hasTarget(s: SentenceStructure, verb: number): boolean {
  if (hasObject(s, verb)) return true;
  const k = afterVerb(s, verb);
  const next = s.tokens[k];
  return next?.pos === 'ADP' && TARGET_PREPOSITIONS.has(next.lemma) && s.nounPhrases.some((np) => np.first === k + 1);
}

/** The main verb of the clause [from, to) as a trigger, when CAMEO or WordNet says it is a happening. */
export function structureTrigger(s: SentenceStructure, from: number, to: number): StructureHit | null {
  if (s.mainVerb === null || !s.english) return null;
  const verb = s.tokens[s.mainVerb];
  if (verb.pos !== 'VERB' || verb.start < from || verb.start >= to) return null;
  // an English verb: text in another language yields no event from a tagger's guess
  if (!wordnetVerbClass(verb.lemma)) return null;
  const coded = codeVerb(s.tokens, s.mainVerb);
  const subject = clauseSubject(s, s.mainVerb);
  const root = coded.cameo?.slice(0, 2) ?? '';
  if (subject && isAgentless(s, s.mainVerb)) {
    // "the quake struck", "a fire broke out": the subject names the happening, whatever its verb
    if (!s.passive) return { rule: ruleFor('happening', 'other'), start: verb.start, end: verb.end };
    // "the headquarters was set ablaze": no agent named, CAMEO codes the verb as force
    const type = FORCE_ROOTS.has(root) ? typeOfCameo(coded.cameo!) : undefined;
    return type ? { rule: ruleFor(`cameo-${coded.cameo} (no agent)`, type), start: verb.start, end: verb.end } : null;
  }
  // "the army began an offensive", "the coast guard suspended the search": starting or stopping an activity is a happening
  if (subject && ASPECTUAL_VERBS.has(verb.lemma) && hasObject(s, s.mainVerb)) return { rule: ruleFor('aspectual', 'other'), start: verb.start, end: verb.end };
  // a visit (CAMEO 042 make, 043 host) is a consultation that happens in a place; so is a verb of travel
  // (CAMEO 040, WordNet motion) that names where its subject arrives: "the envoy arrived in Cairo"
  if (subject && (VISIT_CODES.has(coded.cameo ?? '') ? hasTarget(s, s.mainVerb) : coded.cameo === '040' && coded.verbClass === 'verb.motion' && hasDestination(s, s.mainVerb))) {
    return { rule: ruleFor('visit', typeOfCameo('042')!), start: verb.start, end: verb.end };
  }
  // an imperative ("Sign up to ...") has no subject and reports nothing
  if (!subject || !MATERIAL_ROOTS.has(root)) return null;
  // CAMEO codes what a source does to a target: "X attacked Y" and "X clashed with Y" have one. Without
  // one, a protest is still a protest ("hundreds demonstrated"), and a verb of force tells what befell its
  // subject ("nine people died", "a device exploded"): a happening, with no agent
  if (!hasTarget(s, s.mainVerb)) {
    if (PROTEST_ROOTS.has(root)) return { rule: ruleFor(`cameo-${coded.cameo} (no target)`, typeOfCameo(coded.cameo!)!), start: verb.start, end: verb.end };
    return FORCE_ROOTS.has(root) && root !== '17' ? { rule: ruleFor('happening', 'other'), start: verb.start, end: verb.end } : null;
  }
  const type = typeOfCameo(coded.cameo!);
  return type ? { rule: ruleFor(`cameo-${coded.cameo}`, type), start: verb.start, end: verb.end } : null;
}
