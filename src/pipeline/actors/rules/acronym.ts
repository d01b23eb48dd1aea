/** Rule: an unknown all-capitals word, kept in case the article spells it out ("AFAD"). */
import type { Token } from '../tokens.ts';
import type { Proposal } from './types.ts';

export function ruleAcronym(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  if (!/^\p{Lu}{2,6}$/u.test(t.text)) return null;
  return { end: i + 1, spans: [{ type: 'acronym', a: i, b: i + 1 }] };
}
