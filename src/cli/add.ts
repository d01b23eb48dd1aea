/** `dateline add FILE.txt --title T --publisher P --published YYYY-MM-DD [--url U] [--byline B] [--id SLUG]` */
import { access, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { decodeUtf8, parseArticle, slugifyFileName } from '../build/parse-article.ts';
import { parseArgs } from './args.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Long enough to tell articles apart, short enough for a readable URL. */
const MAX_ID_CHARS = 60;

/** Cuts a slug at a word boundary. */
function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

const USAGE = 'usage: dateline add FILE.txt --title T --publisher P --published YYYY-MM-DD [--url U] [--byline B] [--id SLUG] [--force]';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['force']);
  } catch (e) {
    console.error(`dateline add: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positional, options } = parsed;
  const [file] = positional;
  const missing = ['title', 'publisher', 'published'].filter((k) => !options.get(k));
  if (!file || missing.length > 0) {
    console.error(`dateline add: ${!file ? 'no article file given' : `missing --${missing.join(', --')}`}\n${USAGE}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    console.error(`dateline add: ${file}: cannot read the file: check the path`);
    return 1;
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    console.error(`${file}:1: the file is not UTF-8 text: re-save it as UTF-8 and run again`);
    return 1;
  }
  const frontmatter: Record<string, string> = {
    title: options.get('title')!,
    publisher: options.get('publisher')!,
    publishedAt: options.get('published')!,
  };
  if (options.get('url')) frontmatter.url = options.get('url')!;
  if (options.get('byline')) frontmatter.byline = options.get('byline')!;
  const id = truncateSlug(slugifyFileName(options.get('id') ?? `${frontmatter.publishedAt.slice(0, 10)}-${frontmatter.title}`), MAX_ID_CHARS);
  const target = join('content', 'articles', `${id}.md`);
  const body = text.replace(/\r\n?/g, '\n').trim();
  const markdown = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
  // Validate exactly what will be written, with the same parser the build uses.
  const check = parseArticle(markdown, relative(process.cwd(), target), new Date().toISOString().slice(0, 10));
  if (check.errors.length > 0) {
    for (const e of check.errors) console.error(e.replace(/^[^:]+:\d+: /, 'dateline add: '));
    return 1;
  }
  for (const w of check.warnings) console.warn(`warning: ${w}`);
  if (!options.has('force')) {
    try {
      await access(target);
      console.error(`dateline add: ${target} exists already: pass --force to replace it, or --id to choose another name`);
      return 1;
    } catch {
      // does not exist: good
    }
  }
  await writeFileAtomic(target, markdown);
  console.log(`added ${target} (id ${id}); run \`npm run build\` or \`npx dateline extract\` to update the timeline`);
  return 0;
}
