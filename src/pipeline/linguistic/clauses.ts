/**
 * Clause structure of a sentence (its speech quotations masked, see quotations.ts): which
 * stretches are subordinate clauses whose happenings are background unless they carry a date
 * of their own, where coordinated main clauses start, and the trailing attribution.
 */
import { ATTRIBUTION_FORMS } from './vocabulary/speech-verbs.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * Openers of subordinate clauses. After a comma or dash: conjunctions that also have other
 * uses ("as", "while"); anywhere: unambiguous ones.
 */
const SUBORDINATE_AFTER_COMMA = /(?:,|\s[—–-]{1,2})\s+(?:as|while|when|whereas|after|before|since|although|though(?!\s*,)|even as|even though|because|which|who|whom|whose|where|amid|despite|including|especially|particularly|stoking|prompting|sparking|raising|leaving|following|a day after|days after)\b/gi;
const SUBORDINATE_ANYWHERE = /\b(?:if|unless|whether|amid|when|after|before|in which|during which|by which|under which|should (?=[A-Z]\w+ (?:choose|decide|invade|attack|move))|because)\b/g;
/** Relative clauses right after a noun: "the troops that Austin put on standby". */
const RELATIVE = /\b(?:that|which|who|whom) (?=(?:[A-Z]\w+|he|she|they|it|we)\b)/g;
/** A verb that takes a that-clause: "announced that", "said that", "believes that". */
const VERB_BEFORE_COMPLEMENT = /\b(?:\w+ed|said|says|say|told|tells|know|knows|knew|think|thinks|thought|believe|believes|warns|claims|argues|insists|notes|means|shows|hope|hopes|fear|fears|expects|expect|adds|maintains|admits|concedes|says|insist|argue|clear|sure|likely|possible)\s+$|\b(?:said|says|told|announced|warned|added|confirmed|reported|stated|insisted)\s+(?:on\s+|late\s+|early\s+)?[A-Z]\w+\s+$/;
/** A sentence-initial subordinate clause: "When asked whether ...," "If Russia invades,"; an absolute phrase: "With the votes counted," */
const LEADING_SUBORDINATE = /^\s*(?:(?:and|but|so)\s+)?(when|while|if|as|after|before|although|though|because|since|unless|whether|once|despite|in spite of|amid|unlike|following|with)\b/i;
/**
 * ", following the fire, " — a prepositional phrase bracketed by commas inside the clause: the
 * clause resumes after the closing comma ("the company's record, following the fire, forces it to
 * withdraw"). Prepositions only: a participle (", killing five,") may carry on to the sentence's end.
 */
const BRACKETED_PHRASE = /,\s+(?:following|including|especially|particularly|amid|despite)\b[^,]*,/gi;
/** ", who ..., " — a relative clause about a person, closed by the next comma. */
const APPOSITIVE_RELATIVE = /,\s+(?:who|whose|whom|which)\b/gi;
/** A subject and a finite verb within a few words: what makes "after ..." a clause. */
const CLAUSE_AFTER_PREPOSITION = /^\s+(?:[\w'’.-]+\s+){0,7}?(?:[a-z]+ed|was|were|had|has|have|is|are|met|struck|began|took|made|went|came|left|fell|held|won|lost|said|sent|broke|stole|fled|shot|hit|ran|rose|spoke|told|fought|led|drew|threw|gave|saw|knew)\b/;
/** Coordinated main clauses: ", but on Tuesday, X said ..." */
const COORDINATE = /(?:,\s+but|;|,\s+yet|,\s+and(?=\s+(?:(?:the|its|their|his|her)\s+)?\p{Lu}|\s+(?:the two|both sides|both|they|he|she|we)\s+(?:will|would|had|have|has|are|were|also|then|later|[a-z]+ed)\b))\s+/gu;

export interface ClauseMap {
  /** subordinate stretches (offsets into the sentence) */
  subordinate: Span[];
  /** a trailing attribution (", the Pentagon said Wednesday." / ", said Kirby."), part of the main clause */
  attribution: Span | null;
  /** the starts of main clauses (0, and after each coordinating ", but" / ";") */
  mainStarts: number[];
}

/**
 * ", the Pentagon said Wednesday." or ", said Pentagon spokesman John Kirby." at the end of a
 * sentence; also after the closing mark of a quotation opened in an earlier sentence (',"').
 */
const ATTRIBUTION = ATTRIBUTION_FORMS.join('|');
const REPORTING = String.raw`(?:${ATTRIBUTION}|(?:was|were) quoted as saying|told reporters|told [A-Z][\w.]*(?: [A-Z][\w.]*)*)`;
const TRAILING_ATTRIBUTION = new RegExp(
  // ", the Pentagon said Wednesday."
  String.raw`,["”]?\s+(?:[^,"“”]{2,90}?)\s+${REPORTING}(?:\s+(?:on|in|at|during|after|before|late|early|last|this|next|yesterday|today|tonight|to|via|through|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+[^,"“”\s]+){0,5})?(?:,\s+\w+ing\b[^"“”]*?)?[.!?]?["”]?\s*$|` +
    // ", according to Istanbul's Kandilli Observatory."
    String.raw`,["”]?\s+according to\s+[^,"“”]{2,90}?[.!?]?["”]?\s*$|` +
    // ", said Pentagon spokesman John Kirby." (a name, not "said the United States ...")
    String.raw`,["”]?\s+(?:${ATTRIBUTION})\s+(?!(?:the|that|a|an|it|he|she|they|we|there|this|its|his|her|their)\b)(?:[\w.'’-]+\s+){0,6}[A-Z][\w.'’-]*\s*[.!?]?["”]?\s*$`,
);

export function mapClauses(masked: string): ClauseMap {
  const cuts: { at: number; kind: 'sub' | 'main' | 'resume' }[] = [];
  const trailing = TRAILING_ATTRIBUTION.exec(masked);
  const attribution = trailing ? { start: trailing.index + 1, end: masked.length } : null;
  // ", officials said, brushing aside threats ...": the participle clause is not the attribution's
  const participle = attribution ? /,\s+\w+ing\b/.exec(masked.slice(attribution.start + 1)) : null;
  if (attribution && participle) cuts.push({ at: attribution.start + 1 + participle.index, kind: 'sub' });
  // ", who flew to Bursa yesterday," is bracketed by commas: the main clause resumes after it.
  APPOSITIVE_RELATIVE.lastIndex = 0;
  for (let m = APPOSITIVE_RELATIVE.exec(masked); m; m = APPOSITIVE_RELATIVE.exec(masked)) {
    const close = masked.indexOf(',', m.index + m[0].length);
    if (close > 0) cuts.push({ at: m.index, kind: 'sub' }, { at: close + 1, kind: 'resume' });
  }
  BRACKETED_PHRASE.lastIndex = 0;
  for (let m = BRACKETED_PHRASE.exec(masked); m; m = BRACKETED_PHRASE.exec(masked)) {
    cuts.push({ at: m.index, kind: 'sub' }, { at: m.index + m[0].length, kind: 'resume' });
    BRACKETED_PHRASE.lastIndex = m.index + m[0].length - 1;
  }
  for (const re of [SUBORDINATE_AFTER_COMMA, SUBORDINATE_ANYWHERE, RELATIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      if (re === SUBORDINATE_AFTER_COMMA && /^,\s+(?:who|whose|whom|which)\b/i.test(m[0]) && masked.indexOf(',', m.index + m[0].length) > 0) continue;
      // "said that Russia will ..." is the content of a verb, not a relative clause
      if (re === RELATIVE && VERB_BEFORE_COMPLEMENT.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "after dawn yesterday" is a time adverbial; "after a Chinese vessel rammed the boat" a clause
      if (/^(?:after|before)$/i.test(m[0]) && !CLAUSE_AFTER_PREPOSITION.test(masked.slice(m.index + m[0].length))) continue;
      cuts.push({ at: m.index, kind: 'sub' });
    }
  }
  COORDINATE.lastIndex = 0;
  for (let m = COORDINATE.exec(masked); m; m = COORDINATE.exec(masked)) cuts.push({ at: m.index + m[0].length, kind: 'main' });
  // A sentence that opens with a subordinate clause ("When asked whether X, Kirby said")
  // returns to the main clause at the first comma.
  const opener = LEADING_SUBORDINATE.exec(masked);
  const openerEnd = opener ? masked.indexOf(',', opener[0].length) : -1;
  if (opener && openerEnd > 0) {
    for (let i = cuts.length - 1; i >= 0; i--) if (cuts[i].at < openerEnd && cuts[i].kind === 'sub') cuts.splice(i, 1);
    cuts.push({ at: opener.index + opener[0].length - opener[1].length, kind: 'sub' }, { at: openerEnd + 1, kind: 'main' });
  }
  cuts.sort((a, b) => a.at - b.at);
  const subordinate: Span[] = [];
  const mainStarts = [0];
  let openSub: number | null = null;
  for (const cut of cuts) {
    if (cut.kind === 'main' || cut.kind === 'resume') {
      if (openSub !== null) subordinate.push({ start: openSub, end: cut.at });
      openSub = null;
      if (cut.kind === 'main') mainStarts.push(cut.at);
    } else if (openSub === null) {
      openSub = cut.at;
    }
  }
  if (openSub !== null) subordinate.push({ start: openSub, end: masked.length });
  // The attribution belongs to the main clause even after a subordinate one ("..., amid X, the Pentagon said").
  const clipped = attribution
    ? subordinate
        .filter((s) => s.start < attribution.start || (participle && s.start >= attribution.start + 1 + participle.index))
        .map((s) => (s.start < attribution.start ? { start: s.start, end: Math.min(s.end, attribution.start) } : s))
    : subordinate;
  return { subordinate: clipped, mainStarts, attribution };
}

export function inSpans(at: number, spans: Span[]): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}
