/**
 * Rule: a generic agent from the Phoenix dictionary ("protesters", "police", "soldiers", "rebels",
 * "residents", "doctors") is a group actor named for its Phoenix code, so "Protesters battled
 * police" has two actors. Longer spans of the other rules win: "Egyptian protesters" is Egypt's
 * group, "the riot police unit" an organization the text names.
 */
import { AGENT_ACTORS } from '../phoenix/agent-codes.ts';
import AGENTS from '../phoenix/agents.json' with { type: 'json' };
import { slugify } from '../slug.ts';
import type { Token } from '../tokens.ts';
import type { Proposal, Seed } from './types.ts';
import { FORCE_NOUNS, OFFICIAL_NOUNS } from '../words.ts';

/** A Map: every word of every sentence is looked up (and "constructor" must not find Object.prototype's). */
const CODE_OF = new Map(Object.entries(AGENTS.agents as Record<string, string>));

/** The group actor a Phoenix agent code stands for. */
export function seedOfAgentCode(code: string): Seed {
  const name = AGENT_ACTORS[code]!;
  return { id: slugify(name), name, kind: 'group', affiliation: null };
}

/** The Phoenix agent code of a word ("protesters" -> "OPP"), if it is a generic agent. */
export function agentCode(word: string): string | undefined {
  return CODE_OF.get(word.toLowerCase());
}

export function ruleGenericAgent(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  // a capitalized agent word inside a sentence is part of a name ("Police Scotland") the other rules read
  if (!t.word || t.possessive) return null;
  const code = agentCode(t.text);
  if (!code || (t.cap && i > 0 && tokens[i - 1]!.word)) return null;
  // "Military officials", "police investigators": the word modifies the group named after it
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (!t.possessive && (OFFICIAL_NOUNS.has(next) || FORCE_NOUNS.has(next) || agentCode(next))) return null;
  return { end: i + 1, spans: [{ type: 'actor', a: i, b: i + 1, seed: seedOfAgentCode(code), via: 'agent' }] };
}
