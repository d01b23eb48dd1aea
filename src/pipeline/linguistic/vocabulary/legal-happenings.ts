/**
 * What a court or the police do to a person, told in the passive with no agent named ("was
 * remanded in custody", "was found guilty", "was acquitted"): legal happenings. CAMEO codes some
 * of these verbs as coercion (arrest, jail, convict) and the structure triggers take those from
 * it; the verbs here are the rest of the class, which CAMEO codes as something else or not at all.
 */

/** Lemmas whose passive is a legal happening whatever follows: custody, bail, a verdict, a charge. */
export const LEGAL_PASSIVE_VERBS = new Set(['remand', 'acquit', 'charge', 'bail', 'extradite', 'try', 'fine', 'sentence', 'convict', 'indict']);

/** Verbs whose passive is a verdict only with the word after them ("was found guilty", "was ruled unfit"). */
export const VERDICT_VERBS = new Set(['find', 'declare', 'rule']);
/** The verdicts those verbs take. */
export const VERDICT_WORDS = new Set(['guilty', 'innocent', 'liable', 'unfit', 'incompetent']);

/** Verbs of coming before a court ("appeared in court", "appears before a judge"): a hearing, whatever CAMEO codes them as. */
export const APPEARANCE_VERBS = new Set(['appear']);
/** A court and who sits in it: what they do to the parties before them is a legal happening ("the court ordered", "a judge granted bail"). */
export const COURT_BODIES = new Set(['court', 'judge', 'judges', 'magistrate', 'magistrates', 'tribunal', 'jury']);
/** Where one appears for a hearing: the court and who sits in it. */
export const COURT_NOUNS = new Set([...COURT_BODIES, 'courtroom', 'hearing']);
