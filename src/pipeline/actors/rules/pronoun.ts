/** Rule: a personal pronoun outside quotations; resolved later (../find-actors.ts). */
import type { Token } from '../tokens.ts';
import { PRONOUNS } from '../words.ts';
import type { Proposal } from './types.ts';

export function rulePronoun(tokens: Token[], i: number): Proposal | null {
  const t = tokens[i]!;
  const gender = PRONOUNS.get(t.text.toLowerCase());
  if (!gender || t.quoted) return null; // inside a quote "he" is someone the speaker talks about
  return { end: i + 1, spans: [{ type: 'pronoun', a: i, b: i + 1, gender }] };
}
