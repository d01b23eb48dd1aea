/**
 * Sanity check for the held-out gold sets in eval/gold/<set>/ (not the seeds):
 * every article parses as frontmatter + body and fits the article schema, every
 * timeline is well formed, and every gold claim is anchored in the article text.
 * It checks the gold, not the extractor: run it after editing a set.
 *
 *   node eval/gold/check-gold.ts            (exit code 1 when a problem is found)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { articleFrontmatterSchema } from '../../src/schema/article.ts';
import { EVENT_TYPES } from '../../src/schema/event.ts';

const GOLD_DIR = dirname(fileURLToPath(import.meta.url));
const SKIPPED_SETS = new Set(['seeds']); // owned by someone else, other layout
const MIN_BODY_WORDS = 250; // the brief's article length, body only
const MAX_BODY_WORDS = 600;
const MIN_REQUIRED_EVENTS = 10;
const MAX_REQUIRED_EVENTS = 20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type GoldEvent = {
  id: string; required: boolean; desc: string; from: string; to: string;
  types: string[]; actors: string[]; min_sources: number; quantity?: number;
};
type Timeline = {
  about: string; published: string;
  articles: { file: string; publishedAt: string }[];
  events: GoldEvent[];
  must_not: ({ desc: string; pattern: string } | { desc: string; date: string })[];
  actor_checks: ({ desc: string; must_not_have_actor_named: string } | { desc: string; max_actors_matching: string; max: number })[];
};

const problems: string[] = [];
const report = (where: string, what: string) => problems.push(`${where}: ${what}`);

/** Folds case and the Turkish dotless i so "Mr Aydin" finds "Selim Aydın". */
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

function splitFrontmatter(text: string, where: string): { data: unknown; body: string } | null {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) { report(where, 'no YAML frontmatter block (--- ... ---) at the top'); return null; }
  return { data: parseYaml(match[1]), body: match[2] };
}

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

for (const set of readdirSync(GOLD_DIR, { withFileTypes: true })) {
  if (!set.isDirectory() || SKIPPED_SETS.has(set.name)) continue;
  const setDir = join(GOLD_DIR, set.name);
  const timelinePath = join(setDir, 'timeline.json');
  if (!existsSync(timelinePath)) { report(set.name, 'missing timeline.json'); continue; }
  const timeline = JSON.parse(readFileSync(timelinePath, 'utf8')) as Timeline;

  // Articles: frontmatter, schema, length, and the publishedAt the timeline claims.
  const bodies = new Map<string, string>();
  for (const entry of timeline.articles) {
    const where = `${set.name}/${entry.file}`;
    const path = join(setDir, entry.file);
    if (!existsSync(path)) { report(where, 'listed in timeline.json but missing'); continue; }
    const parts = splitFrontmatter(readFileSync(path, 'utf8'), where);
    if (!parts) continue;
    const parsed = articleFrontmatterSchema.safeParse(parts.data);
    if (!parsed.success) { report(where, `frontmatter: ${parsed.error.message}`); continue; }
    if (parsed.data.publishedAt !== entry.publishedAt) {
      report(where, `publishedAt ${parsed.data.publishedAt} but timeline.json says ${entry.publishedAt}`);
    }
    const words = parts.body.split(/\s+/).filter(Boolean).length;
    if (words < MIN_BODY_WORDS || words > MAX_BODY_WORDS) {
      report(where, `body has ${words} words (expected ${MIN_BODY_WORDS}-${MAX_BODY_WORDS})`);
    }
    bodies.set(entry.file, parts.body);
  }
  const onDisk = readdirSync(join(setDir, 'articles')).filter((f) => f.endsWith('.md'));
  for (const file of onDisk) {
    if (!bodies.has(`articles/${file}`)) report(`${set.name}/articles/${file}`, 'not listed in timeline.json "articles"');
  }
  const allText = fold([...bodies.values()].join('\n'));

  // Events: shape, dates, types, and at least one actor name present in the text.
  const ids = new Set<string>();
  let required = 0;
  for (const event of timeline.events) {
    const where = `${set.name}/timeline.json event ${event.id}`;
    if (ids.has(event.id)) report(where, 'duplicate id');
    ids.add(event.id);
    if (event.required) required += 1;
    if (!isRealDate(event.from) || !isRealDate(event.to)) report(where, `from/to must be real YYYY-MM-DD dates (${event.from}, ${event.to})`);
    if (event.from > event.to) report(where, `from ${event.from} is after to ${event.to}`);
    const lastPublished = timeline.articles.map((a) => a.publishedAt).sort().at(-1) ?? timeline.published;
    if (event.from > lastPublished && !/announced|planned|will|to /i.test(event.desc)) {
      report(where, `starts after the last publication date ${lastPublished} but is not described as announced`);
    }
    for (const type of event.types) {
      if (!(EVENT_TYPES as readonly string[]).includes(type)) report(where, `type "${type}" is not in EVENT_TYPES`);
    }
    if (event.min_sources > bodies.size) report(where, `min_sources ${event.min_sources} exceeds the ${bodies.size} article(s)`);
    if (!event.actors.some((actor) => allText.includes(fold(actor)))) {
      report(where, `none of its actors (${event.actors.join(', ')}) appears in the articles`);
    }
  }
  if (required < MIN_REQUIRED_EVENTS || required > MAX_REQUIRED_EVENTS) {
    report(set.name, `${required} required events (expected ${MIN_REQUIRED_EVENTS}-${MAX_REQUIRED_EVENTS})`);
  }

  // must_not patterns must quote real noise lines, or they test nothing.
  for (const rule of timeline.must_not) {
    if ('pattern' in rule && !allText.includes(fold(rule.pattern))) {
      report(`${set.name}/timeline.json must_not "${rule.desc}"`, `pattern "${rule.pattern}" is not in any article`);
    }
    // A wrong date may fall inside a vague gold range (a week, a month) without harm,
    // but never on a date a right answer would start on: a range's ends or a publication day.
    if ('date' in rule) {
      const clash = timeline.events.find((e) => e.from === rule.date || e.to === rule.date);
      if (clash) report(`${set.name}/timeline.json must_not "${rule.desc}"`, `date ${rule.date} is where gold event ${clash.id} starts or ends`);
      if (timeline.articles.some((a) => a.publishedAt === rule.date)) {
        report(`${set.name}/timeline.json must_not "${rule.desc}"`, `date ${rule.date} is a publication date`);
      }
    }
  }
  for (const check of timeline.actor_checks) {
    if ('max_actors_matching' in check) new RegExp(check.max_actors_matching); // throws on a bad regex
  }
  console.log(`${set.name}: ${bodies.size} article(s), ${timeline.events.length} events (${required} required), ${timeline.must_not.length} must_not, ${timeline.actor_checks.length} actor checks`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log('gold sets OK');
}
