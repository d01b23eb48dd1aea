/**
 * A large article made deterministically from the project's own articles (the seeds in
 * content/articles and the gold articles in eval/gold): their paragraphs in a fixed shuffled
 * order, round after round, until the size is reached. For `npm run bench:article-size`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../../src/build/parse-article.ts';

const root = join(import.meta.dirname, '..', '..');

/** Every paragraph of the project's own articles, in file order. */
async function sourceParagraphs(): Promise<string[]> {
  const dirs = [join(root, 'content', 'articles')];
  const gold = join(root, 'eval', 'gold');
  for (const set of (await readdir(gold, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    dirs.push(join(gold, set, 'articles'));
  }
  const paragraphs: string[] = [];
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
      const { article } = parseArticle(await readFile(join(dir, name), 'utf8'), name);
      if (article) paragraphs.push(...article.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
    }
  }
  return paragraphs;
}

/** A fixed pseudo-random order (mulberry32), so every run builds the same article. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** An article body of about `bytes` UTF-8 bytes. */
export async function largeBody(bytes: number): Promise<string> {
  const paragraphs = await sourceParagraphs();
  const parts: string[] = [];
  let size = 0;
  for (let round = 1; size < bytes; round++) {
    for (const p of shuffled(paragraphs, round)) {
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n');
}
