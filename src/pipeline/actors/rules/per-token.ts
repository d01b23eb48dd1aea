/**
 * A rule's proposal at each token, found once per token list. A sentence scan makes one token list
 * (with one context) and asks some rules at the same token several times: the scan itself, and
 * each title parse for the actor before and after its title words. Callers must not change a
 * proposal they are given: every caller at that token shares it.
 */
import type { Token } from '../tokens.ts';
import type { Proposal, ScanContext } from './types.ts';

export function perToken(rule: (tokens: Token[], k: number, ctx: ScanContext) => Proposal | null): (tokens: Token[], k: number, ctx: ScanContext) => Proposal | null {
  const found = new WeakMap<Token[], (Proposal | null)[]>();
  return (tokens, k, ctx) => {
    let known = found.get(tokens);
    if (!known) found.set(tokens, (known = []));
    const hit = known[k];
    return hit !== undefined ? hit : (known[k] = rule(tokens, k, ctx));
  };
}
