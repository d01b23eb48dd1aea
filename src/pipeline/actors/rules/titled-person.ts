/** Rule: a person named with a title or honorific ("President Joe Biden", "Mr. Putin"), or a role alone ("the secretary"). */
import { genderOfGivenName, isGivenName } from '../lexicon/first-names.ts';
import { ANAPHORIC_HEADS } from '../lexicon/titles.ts';
import type { Token } from '../tokens.ts';
import { ROLE_FOLLOWERS } from '../words.ts';
import { isNameWord, lower, nameEnd, nameWords, pluralTitle } from './names.ts';
import { appositiveTitle, parseTitle } from './title.ts';
import type { Proposal, ScanContext } from './types.ts';

/** "President Joe Biden", "Pentagon press secretary John Kirby", "Mr. Putin"; or a role alone: "the secretary". */
export function ruleTitledPerson(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  const plural = rulePluralTitle(tokens, i, ctx);
  if (plural) return plural;
  const title = parseTitle(tokens, i, ctx);
  if (!title) return null;
  // "Argentina's economy minister, Sergio Massa, flew ...", "the governor of Bursa, Ahmet Kaya,":
  // the name in apposition after the title
  const loose = parseTitle(tokens, i, ctx, true)!;
  if (loose.role && tokens[loose.end]?.text === ',' && (loose.affiliation || ['the', 'a', 'an'].includes(lower(tokens[i - 1])))) {
    const title = loose;
    const a = title.end + 1;
    const b = nameEnd(tokens, a, ctx);
    if (b > a && (tokens[b]?.text === ',' || !tokens[b] || !tokens[b]!.word)) {
      const name = nameWords(tokens, a, b);
      return {
        end: b,
        spans: [{
          type: 'person', a, b, name, role: title.role, affiliation: title.affiliation, surnameOnly: false,
          gender: title.gender ?? (name.length > 1 ? genderOfGivenName(name[0]!) : null), titled: true, pin: null,
          context: tokens.slice(i, b).map((t) => t.text).join(' '),
        }],
      };
    }
  }
  const e = nameEnd(tokens, title.end, ctx);
  if (e > title.end) {
    const name = nameWords(tokens, title.end, e);
    const given = name.length > 1 ? genderOfGivenName(name[0]!) : null;
    // "Mr Delos Santos": after an honorific alone, a name not opening with a given name is all surname
    const surnameOnly = title.honorific && !title.role && name.length > 1 && !isGivenName(name[0]!);
    const appositive = title.role ? null : appositiveTitle(tokens, e, ctx);
    return {
      end: appositive?.end ?? e,
      spans: [{
        type: 'person', a: title.end, b: e, name, role: title.role ?? appositive?.role ?? null,
        affiliation: title.affiliation ?? appositive?.affiliation ?? null,
        gender: title.gender ?? appositive?.gender ?? given, titled: true, pin: null, surnameOnly,
        context: tokens.slice(i, e).map((t) => t.text).join(' '),
      }],
    };
  }
  // a role standing for a person: "the president said", "the secretary or", "Russia's president"
  const prev = lower(tokens[i - 1]);
  const last = tokens[title.end - 1]!;
  const next = tokens[title.end];
  const modifierPossessive = title.affiliation && tokens[i]!.possessive;
  if (!title.head || !ANAPHORIC_HEADS.has(title.head) || title.honorific) return null;
  if (prev !== 'the' && !modifierPossessive) return null;
  if (!(last.possessive || !next || !next.word || ROLE_FOLLOWERS.has(lower(next)))) return null;
  const roleStart = title.wordsStart;
  return {
    end: title.end,
    spans: [{ type: 'role', a: modifierPossessive ? i : roleStart, b: title.end, head: title.head, role: title.role ?? title.head, affiliation: title.affiliation, definite: prev === 'the' }],
  };
}

/** "Justices Elena Kagan and Ketanji Brown Jackson", "Presidents Biden and Macron": one title, several people. */
function rulePluralTitle(tokens: Token[], i: number, ctx: ScanContext): Proposal | null {
  const t = tokens[i]!;
  const role = t.cap ? pluralTitle(t.text) : null;
  if (!role) return null;
  const spans: Proposal['spans'] = [];
  let k = i + 1;
  for (;;) {
    const e = nameEnd(tokens, k, ctx);
    if (e === k) break;
    const name = nameWords(tokens, k, e);
    spans.push({
      type: 'person', a: k, b: e, name, role, affiliation: null, surnameOnly: false, titled: true, pin: null,
      gender: name.length > 1 ? genderOfGivenName(name[0]!) : null, context: name.join(' '),
    });
    k = e;
    if (tokens[k]?.text === ',' && isNameWord(tokens[k + 1])) k += 1;
    else if (lower(tokens[k]) === 'and' || (tokens[k]?.text === ',' && lower(tokens[k + 1]) === 'and')) k += tokens[k]!.text === ',' ? 2 : 1;
    else break;
  }
  return spans.length > 1 ? { end: spans.at(-1)!.b, spans } : null;
}
