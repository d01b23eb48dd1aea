/**
 * Reads PETRARCH2's CAMEO verb dictionary (data/cameo/CAMEO.2.0.txt): verb families
 * ("---  KILL   [190]  ---"), their verbs ("HANG {HANGS HANGING HANGED HUNG}", "+SHOOT_DOWN",
 * each may carry a code of its own: "STRANGLE [180]"), and phrase patterns ("- * WARNING [130]")
 * that refine a verb's code by the words after it. Synonym sets (&NAME) and transformations are
 * skipped: the events stage codes a verb by its lemma, then by a pattern's first word.
 */
import { verbForms } from '../../linguistic/vocabulary/speech-verbs.ts';

export interface CameoVerb {
  /** lower-case lemma; a multi-word verb with spaces: "shoot down" */
  lemma: string;
  /** the CAMEO event code ("190"), or null where the dictionary says "---" (no event) */
  code: string | null;
  /** the family (block) the verb is listed in: "KILL" */
  family: string;
  /** inflected forms listed in braces, lower-case */
  forms: string[];
}

export interface CameoPattern {
  /** the family the pattern is listed in */
  family: string;
  /** the verb it refines, named in its comment ("- * ATTACK [053] # PREVENT", an inflected form as its lemma), else the family's name; lower-case */
  verb: string;
  /** the words of the pattern after the verb ("*"), lower-case, synonym sets as "&name" */
  after: string[];
  code: string | null;
}

export interface CameoDictionary {
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}

/** "[190]" -> "190", "[041:041]" -> "041" (the active-voice code), "[---]" -> null. */
export function parseCode(bracket: string): string | null {
  const inner = /^\[\s*([^\]:\s]+)/.exec(bracket.trim())?.[1] ?? '---';
  return /^-+$/.test(inner) ? null : inner;
}

const wordOf = (w: string) => w.replace(/^\+/, '').replace(/_/g, ' ').toLowerCase().trim();

/** Parses the dictionary text; `file` names it in errors. */
export function parseCameoDictionary(text: string, file = 'CAMEO.2.0.txt'): CameoDictionary {
  const verbs: CameoVerb[] = [];
  const patterns: CameoPattern[] = [];
  let family: { name: string; code: string | null } | null = null;
  let section: 'synonyms' | 'verbs' | 'transformations' = 'synonyms';
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    if (/^#+\s*VERB PATTERNS/.test(raw)) section = 'verbs';
    else if (/^#+\s*TRANSFORMATIONS/.test(raw)) section = 'transformations';
    if (section !== 'verbs') continue;
    const line = raw.replace(/#.*$/, '').trimEnd();
    const comment = /#\s*(\+?[A-Z][A-Z_'-]*)/.exec(raw)?.[1];
    if (line.trim() === '') continue;
    const block = /^---\s+(\S+)\s+(\[[^\]]*\])\s+---/.exec(line);
    if (block) {
      family = { name: block[1], code: parseCode(block[2]) };
      continue;
    }
    if (!family) throw new Error(`${file}:${n + 1}: a verb before any "---  FAMILY  [code]  ---" line: start a family first`);
    const code = /\[[^\]]*\]/.exec(line)?.[0];
    if (line.startsWith('-')) {
      const words = line.slice(1).replace(/\[[^\]]*\]/, '').trim().split(/\s+/);
      const star = words.indexOf('*');
      patterns.push({ family: family.name, verb: wordOf(comment ?? family.name), after: star >= 0 ? words.slice(star + 1).map((w) => w.replace(/[{}()]/g, '').toLowerCase()).filter(Boolean) : [], code: code ? parseCode(code) : family.code });
      continue;
    }
    if (line.startsWith('&') || line.startsWith('~')) continue;
    const verb = /^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?/i.exec(line.trim());
    if (!verb) throw new Error(`${file}:${n + 1}: "${line.trim()}" is not a verb line (VERB {FORMS} [code]) nor a pattern (- ... [code])`);
    verbs.push({
      lemma: wordOf(verb[1]),
      code: code ? parseCode(code) : family.code,
      family: family.name,
      forms: (verb[2] ?? '').replace(/[{}]/g, '').split(/\s+/).filter(Boolean).map(wordOf),
    });
  }
  const lemmaOf = commentLemmas(verbs);
  for (const p of patterns) p.verb = lemmaOf.get(p.verb) ?? p.verb;
  return { verbs, patterns };
}

/**
 * A pattern's comment names the verb as the coders met it in text, often inflected ("- * STONES
 * [182] # THREW" under THROW {... THREW ...}, "# CALLED OFF" under CALL_OFF): each form, listed in
 * braces or regular (`verbForms`), maps to its lemma, so the pattern refines the verb it was written for.
 */
function commentLemmas(verbs: CameoVerb[]): Map<string, string> {
  const lemmas = new Set(verbs.map((v) => v.lemma));
  const out = new Map<string, string>();
  for (const v of verbs) {
    const [head, ...rest] = v.lemma.split(' ');
    const f = verbForms(head!);
    const regular = [f.s, f.ing, ...f.past].map((w) => [w, ...rest].join(' '));
    for (const form of [...v.forms, ...regular]) if (!lemmas.has(form) && !out.has(form)) out.set(form, v.lemma);
  }
  return out;
}

/** One code per lemma: a verb's own code before its family's, the first listing before later ones. */
export function codeByLemma(dict: CameoDictionary): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of dict.verbs) if (v.code && !out.has(v.lemma)) out.set(v.lemma, v.code);
  return out;
}
