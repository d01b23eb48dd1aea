/** Rule: a pattern place ("Fort Bragg", "Crimea region") takes its words, so they name no actor. */
import { matchPlacePattern } from '../places.ts';
import type { Token } from '../tokens.ts';
import type { Proposal } from './types.ts';

export function rulePlace(tokens: Token[], i: number): Proposal | null {
  const end = matchPlacePattern(tokens, i);
  return end === null ? null : { end, spans: [] };
}
