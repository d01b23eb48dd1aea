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

/** CAMEO roots of happenings (not of words): consult, protest, force posture, reduce relations, coerce, assault, fight, mass violence. */
const MATERIAL_ROOTS = new Set(['04', '14', '15', '16', '17', '18', '19', '20']);
/** A passive with no agent is typed by CAMEO when its code is one of force (coerce, assault, fight, mass violence). */
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

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
    // "the headquarters was set ablaze": no agent named; a verb CAMEO codes is a happening, typed by the code when it is one of force
    if (!coded.cameo) return null;
    const type = FORCE_ROOTS.has(root) ? typeOfCameo(coded.cameo) : 'other';
    return type ? { rule: ruleFor(`cameo-${coded.cameo} (no agent)`, type), start: verb.start, end: verb.end } : null;
  }
  // an imperative ("Sign up to ...") has no subject and reports nothing
  if (!subject || !MATERIAL_ROOTS.has(root)) return null;
  const type = typeOfCameo(coded.cameo!);
  return type ? { rule: ruleFor(`cameo-${coded.cameo}`, type), start: verb.start, end: verb.end } : null;
}
