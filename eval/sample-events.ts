/**
 * `npm run eval:sample [-- --topics a,b] [--n 60] [--seed 1] [--rule NAME] [--articles N] [--work DIR] [--json]`:
 * a seeded random sample of the events the pipeline publishes from real reporting (the Timeline17
 * development topics), for judging precision by hand: is it a happening the cited sentence
 * reports, is it dated as the text supports, are its title, type and actors sensible. The pipeline
 * runs as eval:real runs it (`runTopicPipeline`); with `--work DIR`, a topic whose
 * DIR/<topic>/events.json and articles.json exist (as `node eval/real.ts --worker TOPIC --work DIR`
 * leaves them) is read, not run again. `--n` is split evenly over the topics; the same seed and
 * the same events draw the same sample. `--rule NAME` draws only from the events a rule made
 * (its name as `rule` starts: "passive deed", "say"), to judge one rule.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimelineEvent } from '../src/schema/event.ts';
import { chooseTopics, runTopicPipeline } from '../src/eval/score-real-topic.ts';
import { sampleSeeded, splitEvenly } from '../src/eval/sample.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const n = Number(option('n') ?? 60);
const seed = Number(option('seed') ?? 1);
const limit = option('articles') ? Number(option('articles')) : undefined;
const asJson = args.includes('--json');
const rule = option('rule');
/** The rule's name: `rule` up to its first note ("passive deed (reported); date from ..." -> "passive deed"). */
const ruleName = (e: TimelineEvent) => e.rule.split(/ \(|;/)[0].trim();
if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
  console.error('eval:sample: --n and --seed take whole numbers');
  process.exit(2);
}
const topics = chooseTopics(option('topics'), 'eval:sample');
const keepWork = option('work');
const workRoot = keepWork ?? mkdtempSync(join(tmpdir(), 'dateline-eval-sample-'));

interface Published {
  events: TimelineEvent[];
  publishedAt: Map<string, string>;
}

async function published(topic: string): Promise<Published> {
  const dir = join(workRoot, topic);
  const eventsFile = join(dir, 'events.json');
  const articlesFile = join(dir, 'articles.json');
  if (keepWork && existsSync(eventsFile) && existsSync(articlesFile)) {
    process.stderr.write(`  ${topic}: reading ${eventsFile}\n`);
    const events = JSON.parse(readFileSync(eventsFile, 'utf8')) as TimelineEvent[];
    const articles = JSON.parse(readFileSync(articlesFile, 'utf8')) as { id: string; publishedAt: string }[];
    return { events, publishedAt: new Map(articles.map((a) => [a.id, a.publishedAt])) };
  }
  process.stderr.write(`  ${topic}: running the pipeline\n`);
  const run = await runTopicPipeline({ topic, workDir: dir, limit });
  return { events: run.events, publishedAt: new Map(run.articles.map((a) => [a.id, a.publishedAt])) };
}

const byTopic: Published[] = [];
for (const topic of topics) byTopic.push(await published(topic));
if (!keepWork) rmSync(workRoot, { recursive: true, force: true });

// Events in id order, so the draw depends on what was published, not on the order it was written in.
for (const p of byTopic) if (rule) p.events = p.events.filter((e) => ruleName(e) === rule);
for (const p of byTopic) p.events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const take = splitEvenly(byTopic.map((p) => p.events.length), n);
const sample = topics.flatMap((topic, t) =>
  sampleSeeded(byTopic[t].events, take[t], seed + t).map((event) => ({ topic, event, publishedAt: byTopic[t].publishedAt })),
);

const day = (iso: string | undefined) => (iso ?? '?').slice(0, 10);
if (asJson) {
  const rows = sample.map(({ topic, event: e, publishedAt }, i) => ({
    n: i + 1, topic, id: e.id, type: e.type, status: e.status, rule: e.rule, date: e.date, planned: e.planned, title: e.title,
    actors: e.actors, sources: e.sources.map((s) => ({ article: s.article, publishedAt: day(publishedAt.get(s.article)), sentenceIndex: s.sentenceIndex, sentence: s.sentence })),
  }));
  console.log(JSON.stringify(rows, null, 2));
} else {
  sample.forEach(({ topic, event: e, publishedAt }, i) => {
    const d = e.date;
    const range = d.start === d.end ? d.start : `${d.start}..${d.end}`;
    console.log(`#${i + 1} ${topic} ${e.id}`);
    console.log(`  type ${e.type}${e.cameo ? ` (CAMEO ${e.cameo})` : ''}, ${e.status}, rule ${e.rule}`);
    console.log(`  date ${range} ${d.precision} ${d.certain ? 'certain' : 'inferred'} ${JSON.stringify(d.text)}${e.planned ? `; planned ${e.planned.start}..${e.planned.end} ${JSON.stringify(e.planned.text)}` : ''}`);
    console.log(`  title ${e.title}`);
    console.log(`  actors ${e.actors.map((a) => `${a.id} (${a.role})`).join(', ') || '-'}`);
    for (const s of e.sources) console.log(`  [${s.article} published ${day(publishedAt.get(s.article))}, s-${s.sentenceIndex}] ${s.sentence}`);
    console.log('');
  });
  console.log(`${sample.length} events (seed ${seed}) of ${byTopic.map((p, t) => `${topics[t]} ${p.events.length}`).join(', ')}${rule ? ` made by rule ${JSON.stringify(rule)}` : ''}${limit ? `, first ${limit} articles each` : ''}`);
}
