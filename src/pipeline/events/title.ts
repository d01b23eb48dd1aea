/**
 * Event headlines. A rule offers drafts, best first (the reporter's clause from its subject on,
 * a speaker's own words, the whole main clause); the first draft that is readable once cleaned
 * becomes the title. When none is, the events stage drops the candidate with a note, so an event
 * never carries an empty or punctuation-only title.
 */

/** A headline's length in words. */
export const TITLE_WORDS = 14;
/** A headline's length in characters: joined tokens or a line with no spaces stay short. */
export const TITLE_CHARS = 140;

/** Punctuation and dashes that neither open nor close a headline. */
const EDGE_PUNCTUATION = /^[\s,;:—–-]+|[\s,;:—–-]+$/g;
/** A word of two letters or more: what a reader can read. */
const WORD = /\p{L}{2,}/u;

/** The first `words` words of `text` (and at most TITLE_CHARS characters), with an ellipsis when cut. */
export function truncateWords(text: string, words: number): string {
  const parts = text.trim().replace(/\s+/g, ' ').split(' ');
  const cut = parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
  return cut.length <= TITLE_CHARS ? cut : `${cut.slice(0, TITLE_CHARS - 1).trimEnd()}…`;
}

/** A clause as a headline: no edge punctuation or final full stop, tight commas, a capital first letter. */
export function cleanTitle(text: string): string {
  const tidy = text.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(EDGE_PUNCTUATION, '').replace(/[.]+$/, '');
  return truncateWords(tidy, TITLE_WORDS).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A speaker's own words as a headline: `Name: “the first words”`. */
export function quoteTitle(speaker: string, quote: string): string {
  return `${speaker}: “${truncateWords(quote, TITLE_WORDS - 2)}”`;
}

/** Does the headline hold at least one word a reader can read? */
export function isReadableTitle(title: string): boolean {
  return WORD.test(title);
}

/** The first readable draft, cleaned; null when no draft is readable. Empty drafts are skipped. */
export function firstReadableTitle(drafts: (string | null | undefined)[]): string | null {
  for (const draft of drafts) {
    if (!draft) continue;
    if (isReadableTitle(draft)) return draft;
  }
  return null;
}
