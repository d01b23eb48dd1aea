/**
 * Stage 4a: find what in one sentence names (or refers to) an actor. Each rule (one file each in
 * ./rules/) proposes a span starting at a word; the longest span wins, and ties go to the earlier
 * rule in RULE_ORDER: "President Joe Biden" as a titled person before "President" as anything
 * else, a lexicon phrase (pins included) before a pattern organization, a pattern place before a
 * bare capitalized name. Who a surname, a role or a pronoun stands for is decided later, over the
 * whole article (./find-actors.ts).
 */
import { ruleAcronym } from './rules/acronym.ts';
import { ruleGenericAgent } from './rules/agent.ts';
import { ruleName } from './rules/bare-name.ts';
import { ruleNamedHazard } from './rules/hazard.ts';
import { ruleInstitutionReference } from './rules/institution-reference.ts';
import { ruleBloc } from './rules/phrase.ts';
import { rulePlace } from './rules/place.ts';
import { rulePronoun } from './rules/pronoun.ts';
import { patternOrganizationAt, phraseAt } from './rules/title.ts';
import { ruleTitledPerson } from './rules/titled-person.ts';
import type { Proposal, ScanContext, Span } from './rules/types.ts';
import type { Token } from './tokens.ts';

export type { Gender, ScanContext, Seed, Span } from './rules/types.ts';
export { pinKind, seedOfCountry, seedOfId } from './rules/seeds.ts';

/** The rules in order of preference when two propose spans of the same length. */
const RULE_ORDER = [
  (t: Token[], i: number) => rulePronoun(t, i),
  ruleTitledPerson,
  // (found once per token: a title parse asks for both too)
  phraseAt,
  (t: Token[], i: number) => ruleBloc(t, i),
  patternOrganizationAt,
  (t: Token[], i: number) => rulePlace(t, i),
  // a named storm before a bare capitalized name ("Hurricane Alex" is no person)
  (t: Token[], i: number) => ruleNamedHazard(t, i),
  // a generic agent ("Protesters", opening a sentence) before a bare capitalized name
  (t: Token[], i: number) => ruleGenericAgent(t, i),
  ruleName,
  (t: Token[], i: number) => ruleAcronym(t, i),
  (t: Token[], i: number) => ruleInstitutionReference(t, i),
];

/** Is token i the first word of its sentence (or of a quotation)? */
function sentenceInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k]!.word || /\d/.test(tokens[k]!.text)) return tokens[k]!.quoted !== tokens[i]!.quoted;
    if (tokens[k]!.text === ':') return true;
  }
  return true;
}

/** "Russia-Ukraine talks": a hyphenated compound of known names is those names. */
function splitCompounds(tokens: Token[], ctx: ScanContext): Token[] {
  // a new list always (the per-token caches of the rules are keyed by the list a scan reads), but
  // no array per token: most tokens are no compound
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.cap || !t.text.includes('-')) out.push(t);
    else out.push(...compoundParts(t, ctx));
  }
  return out;
}

/** A capitalized hyphenated token as the known names it joins, or itself. */
function compoundParts(t: Token, ctx: ScanContext): Token[] {
  // "Guinea-Bissau", "Timor-Leste": a name in its own right is not a compound
  if (ctx.index.match([{ ...t, possessive: false }], 0)?.end === 1) return [t];
  const parts: Token[] = [];
  let start = t.start;
  for (const p of t.text.split('-')) {
    parts.push({ ...t, text: p, start, end: start + p.length, cap: /^\p{Lu}/u.test(p), possessive: false });
    start += p.length + 1;
  }
  parts.at(-1)!.possessive = t.possessive;
  const known = parts.every((_, n) => ctx.index.match(parts, n)?.end === n + 1);
  return known ? parts : [t];
}

export function scanSentence(text: string, words: Token[], ctx: ScanContext): Span[] {
  const tokens = splitCompounds(words, ctx);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    let best: Proposal | null = null;
    let byName = false;
    for (const rule of RULE_ORDER) {
      const p = rule(tokens, i, ctx);
      if (p && p.end > i && (!best || p.end > best.end)) {
        best = p;
        byName = rule === ruleName;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    // "Yesterday Smith said", "Neighbors said": a word capitalized only by its place opens no name
    if (byName && sentenceInitial(tokens, i) && ctx.lowercaseWords.has(t.text.toLowerCase())) {
      const only = best.spans[0];
      if (only?.type !== 'candidate' || only.b - only.a > 1) {
        i++;
        continue;
      }
      only.ordinary = true; // "Price said": may still be the surname of a Mark Price named elsewhere
    }
    for (const s of best.spans) {
      const start = tokens[s.a]!.start;
      const end = tokens[s.b - 1]!.end;
      const { a: _a, b: _b, ...rest } = s;
      out.push({ ...rest, start, end, text: text.slice(start, end), quoted: tokens[s.a]!.quoted } as Span);
    }
    i = best.end;
  }
  return out;
}
