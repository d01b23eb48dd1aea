/**
 * Parses one article file (markdown with YAML frontmatter) into a SourceArticle, or into
 * errors that name the file, the line and the field and say what to do. Pure: the caller
 * reads the bytes.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { articleFrontmatterSchema } from '../schema/article.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import { slugify } from '../pipeline/actors/slug.ts';
import { transliterate } from 'transliteration';
import { yamlToJs } from './yaml-to-js.ts';
import { languageWarning, publicationDateProblems, unknownFieldWarnings } from './frontmatter-checks.ts';

export type { SourceArticle };


export interface ParseResult {
  article: SourceArticle | null;
  errors: string[];
  warnings: string[];
}

const FIELD_HELP: Record<string, string> = {
  title: 'add a line `title: "Headline of the article"`',
  publisher: 'add a line `publisher: "Name of the outlet"`',
  publishedAt: 'write the publication date as YYYY-MM-DD (e.g. 2022-02-02) or an ISO date-time (2022-02-02T14:30:00Z)',
  url: 'write the full address of the original article starting with https:// (or http://), or remove the line',
  byline: 'write the byline as plain text, or remove the line',
};

/**
 * Slug of a file name: lower-case ASCII letters, digits and single hyphens. Other scripts are
 * transliterated first ("Путин-в-Пекине.md" -> "putin-v-pekine"), so every name with a letter
 * or digit has an id; the result is empty only for a name of symbols alone.
 */
export function slugifyFileName(name: string): string {
  return slugify(transliterate(name.replace(/\.md$/i, '')));
}

/** Reads one article file's bytes: UTF-8 text (a BOM is dropped) parsed as an article, or located errors. */
export function parseArticleBytes(bytes: Uint8Array, file: string, today?: string): ParseResult {
  const text = decodeUtf8(bytes);
  if (text === null) return { article: null, errors: [`${file}:1: the file is not UTF-8 text: re-save it as UTF-8`], warnings: [] };
  return parseArticle(text, file, today);
}

/** Decodes bytes as UTF-8, or returns null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Is this ISO date (or date-time) a real calendar date? */
function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `today` (YYYY-MM-DD, the caller's clock) enables the checks of the publication date against it. */
export function parseArticle(source: string, file: string, today?: string): ParseResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    return {
      article: null,
      errors: [`${file}:1: no frontmatter: start the file with a line "---", then title, publisher and publishedAt lines, then "---"`],
      warnings,
    };
  }
  const yamlText = match[1];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // +1: the frontmatter starts on the line after the opening "---"
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      errors.push(`${file}:${lineOf(e.pos[0])}: frontmatter is not valid YAML (${e.message.split('\n')[0]}): fix the syntax, e.g. quote values that contain ":"`);
    }
    return { article: null, errors, warnings };
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    return { article: null, errors: [`${file}:2: frontmatter must be "key: value" lines (title, publisher, publishedAt)`], warnings };
  }
  const fieldLine = new Map<string, number>();
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.range) fieldLine.set(String(pair.key.value), lineOf(pair.key.range[0]));
  }
  const js = yamlToJs(doc);
  if ('problem' in js) return { article: null, errors: [`${file}:${lineOf(js.offset)}: frontmatter cannot be read: ${js.problem}`], warnings };
  const raw = js.value as Record<string, unknown>;
  // YAML reads an unquoted 2022-02-02 as a string with the default (core) schema; keep dates as written.
  for (const key of ['publishedAt', 'title', 'publisher', 'byline', 'url']) {
    if (typeof raw[key] === 'number') raw[key] = String(raw[key]);
  }
  const parsed = articleFrontmatterSchema.safeParse(raw);
  const closingLine = yamlText.split('\n').length + 2;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const line = fieldLine.get(field) ?? closingLine;
      const value = raw[field];
      const what = value === undefined ? `is missing` : `${JSON.stringify(value)} is not valid (${issue.message})`;
      errors.push(`${file}:${line}: ${field} ${what}: ${FIELD_HELP[field] ?? 'fix or remove this field'}`);
    }
  } else if (!isRealDate(parsed.data.publishedAt)) {
    errors.push(
      `${file}:${fieldLine.get('publishedAt')}: publishedAt ${JSON.stringify(parsed.data.publishedAt)} is not a calendar date: ${FIELD_HELP.publishedAt}`,
    );
  } else if (today) {
    const dated = publicationDateProblems(file, fieldLine.get('publishedAt')!, parsed.data.publishedAt, today);
    errors.push(...dated.errors);
    warnings.push(...dated.warnings);
  }
  warnings.push(...unknownFieldWarnings(file, fieldLine));
  const body = text.slice(match[0].length);
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  if (errors.length > 0 || !parsed.success) return { article: null, errors, warnings };
  if (body.trim() === '') warnings.push(`${file}:${bodyLine}: the article body is empty: it adds no events; paste the article text below the frontmatter`);
  const language = languageWarning(file, bodyLine, body);
  if (language) warnings.push(language);
  const name = file.split('/').pop() ?? file;
  const id = slugifyFileName(name);
  if (id === '') {
    return {
      article: null,
      errors: [`${file}:1: the file name gives the article no id (it has no letter or digit): rename the file, e.g. ${parsed.data.publishedAt.slice(0, 10)}-headline-words.md`],
      warnings,
    };
  }
  const data = parsed.data;
  return {
    article: {
      id,
      file,
      title: data.title,
      publisher: data.publisher,
      publishedAt: data.publishedAt,
      url: data.url ?? null,
      byline: data.byline ?? null,
      body,
      bodyLine,
    },
    errors,
    warnings,
  };
}
