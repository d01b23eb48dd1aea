/**
 * The file-reading edge: content/articles/*.md and content/actors.yaml in, validated
 * SourceArticles and actor pins out. Collects every problem before failing, so an editor
 * sees them all at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { actorsFileSchema, type ActorPin } from '../schema/actor.ts';
import { parseArticleBytes, type SourceArticle } from './parse-article.ts';
import { pinWarnings } from './pin-checks.ts';
import { yamlToJs } from './yaml-to-js.ts';

/** Thrown when content is invalid; `problems` are complete "file:line: what, and what to do" lines. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface Content {
  articles: SourceArticle[];
  pins: ActorPin[];
  warnings: string[];
}

/** Reads content/articles and content/actors.yaml under `root`. */
export function readContent(root: string): Promise<Content> {
  return readContentFrom(join(root, 'content', 'articles'), join(root, 'content', 'actors.yaml'), root);
}

/**
 * Reads articles from `dir` and pins from `pinsFile`; paths in messages are relative to `root`.
 * `today` (YYYY-MM-DD) is what publication dates are checked against.
 */
export async function readContentFrom(dir: string, pinsFile: string, root: string, today = new Date().toISOString().slice(0, 10)): Promise<Content> {
  const problems: string[] = [];
  const warnings: string[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  } catch {
    throw new ContentError([`${relative(root, dir) || dir}: folder not found: create it and add articles with \`npx dateline add\``]);
  }
  const articles: SourceArticle[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const result = parseArticleBytes(await readFile(join(dir, name)), file, today);
    problems.push(...result.errors);
    warnings.push(...result.warnings);
    if (!result.article) continue;
    const other = seen.get(result.article.id);
    if (other) {
      problems.push(`${file}:1: its id "${result.article.id}" is the same as ${other}'s: rename one of the files`);
      continue;
    }
    seen.set(result.article.id, file);
    articles.push(result.article);
  }
  const pins = await readPins(pinsFile, root, problems, warnings);
  if (problems.length > 0) throw new ContentError(problems);
  return { articles, pins, warnings };
}

async function readPins(path: string, root: string, problems: string[], warnings: string[]): Promise<ActorPin[]> {
  const file = relative(root, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return []; // the pins file is optional
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push(`${file}:${lineCounter.linePos(e.pos[0]).line}: not valid YAML (${e.message.split('\n')[0]}): fix the syntax`);
    return [];
  }
  const js = yamlToJs(doc);
  if ('problem' in js) {
    problems.push(`${file}:${lineCounter.linePos(js.offset).line}: cannot be read: ${js.problem}`);
    return [];
  }
  const parsed = actorsFileSchema.safeParse(js.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
      problems.push(`${file}:${line}: ${issue.path.join('.')}: ${issue.message}: each entry needs a name, and may have kind, aliases, role, affiliation`);
    }
    return [];
  }
  const lineOf = (...path: (string | number)[]) => {
    const node = doc.getIn(['actors', ...path], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  warnings.push(...pinWarnings(file, parsed.data.actors, (i, field, alias) => (alias === undefined ? lineOf(i, field) : lineOf(i, field, alias))));
  return parsed.data.actors;
}
