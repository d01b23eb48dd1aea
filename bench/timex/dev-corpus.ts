/**
 * The development set that is not the platinum set: hand annotations of Timeline17 paragraphs
 * (bench/timex/dev/timeline17-timex.json), applied at run time to the articles in
 * ../shared/data/timeline17 (research data, never copied into the project).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldTimex, TimeMLDocument } from './timeml.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/**
 * The development set, the check set annotated after its fixes, and a fresh set annotated
 * before the tagger was run on it (see dev/README.md).
 */
export const DEV_SETS = {
  dev: join(HERE, 'dev', 'timeline17-timex.json'),
  check: join(HERE, 'dev', 'timeline17-timex-check.json'),
  fresh: join(HERE, 'dev', 'timeline17-timex-fresh.json'),
  fresh2: join(HERE, 'dev', 'timeline17-timex-fresh2.json'),
};

/** [words, which whole-word occurrence (1-based), type, value, mod?] */
type Annotation = [string, number, string, string, string?];
interface AnnotatedDocument {
  id: string;
  dct: string;
  paragraphs: number[];
  timexes: Annotation[];
}

/** DATELINE_TIMELINE17_DIR, else `../shared/data/timeline17` beside the repository. */
export function timeline17Dir(): string {
  return process.env.DATELINE_TIMELINE17_DIR ?? resolve(HERE, '..', '..', '..', 'shared', 'data', 'timeline17');
}

/** The body of an article file: what follows the frontmatter, without the blank line after it. */
export function articleBody(source: string): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(source);
  return (m ? source.slice(m[0].length) : source).replace(/^\n+/, '');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the n-th whole-word occurrence of `words` starts in `text`, or -1. */
export function occurrence(text: string, words: string, n: number): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'gu');
  let seen = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (++seen === n) return m.index;
  return -1;
}

/** Builds one scored document from its annotation; errors name the document and the annotation. */
export function annotatedDocument(doc: AnnotatedDocument, source: string, file = 'annotations'): TimeMLDocument {
  const paragraphs = articleBody(source).split('\n\n');
  const text = doc.paragraphs.map((i) => paragraphs[i] ?? '').join('\n\n');
  const timexes: GoldTimex[] = doc.timexes.map(([words, n, type, value, mod]) => {
    const start = occurrence(text, words, n);
    if (start < 0) throw new Error(`${file}: ${doc.id}: "${words}" occurrence ${n} is not in paragraphs ${doc.paragraphs.join(',')} (fix the words or the occurrence)`);
    return { start, end: start + words.length, text: words, type, value, ...(mod ? { mod } : {}) };
  });
  return { id: doc.id, dct: doc.dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

export function devCorpusPresent(dir = timeline17Dir()): boolean {
  return existsSync(dir);
}

/** Every annotated document, read from the Timeline17 articles. */
export function loadDevCorpus(dir = timeline17Dir(), file = DEV_SETS.dev): TimeMLDocument[] {
  const { documents } = JSON.parse(readFileSync(file, 'utf8')) as { documents: AnnotatedDocument[] };
  return documents.map((doc) => {
    const [topic, name] = doc.id.split('/');
    return annotatedDocument(doc, readFileSync(join(dir, topic, 'articles', `${name}.md`), 'utf8'), file);
  });
}
