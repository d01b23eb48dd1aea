/**
 * One Timeline17 topic scored as `../shared/data/timeline17/README.md` says: the pipeline runs
 * on the topic's articles and writes the events.json the site would publish; the naive peer and
 * the reference scorer run on it as separate processes (`../shared/eval/`), so the figures are
 * the reference's own. Key days are scored beside them with the scorer's date F1 (ported in tls.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readContentFrom } from '../build/read-content.ts';
import { runPipelineInParallel } from '../build/read-articles.ts';
import { rankKeyDays, type KeyDay, type KeyDayArticle } from '../utils/key-days.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { dateF1, parseTlsOutput, selectTopics, type TlsScore } from './tls.ts';
import { dateChecks, type DateChecks } from './date-checks.ts';

/** Where the reference scorer and the naive peer live, beside the clone. */
export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const TIMELINE17 = join(SHARED, 'data', 'timeline17');
const PEER = join(SHARED, 'eval', 'naive-peer.mjs');
const SCORER = join(SHARED, 'eval', 'tls-score.py');
const PROJECT = resolve(import.meta.dirname, '../..');

export interface RealTopicOptions {
  topic: string;
  /** a scratch folder outside the project: events.json, peer.json, the article subset */
  workDir: string;
  /** score only the first N articles (by file name) */
  limit?: number;
  verbose?: boolean;
}

export interface RealTopicResult {
  topic: string;
  articles: number;
  score: TlsScore;
  /** date F1 of the key days (their top k, k = gold days) against the gold days */
  keyDaysF1: number;
  /** the scorer's rows (with verbose): OK / DATE / MISS per stated gold sentence */
  rows: string[];
  /** the key days the ranking put in the top k that the gold lacks, and gold days it missed (verbose) */
  keyDayMisses: { extra: string[]; missed: string[] };
  /** gold-free checks of the published dates: weekdays, happenings dated after their first report */
  checks: DateChecks;
  seconds: { pipeline: number; peer: number; scorer: number };
}

function run(command: string, args: string[], stdoutFile?: string): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', async (code) => {
      const text = Buffer.concat(out).toString('utf8');
      if (code !== 0) return fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').slice(-2000)}`));
      if (stdoutFile) await writeFile(stdoutFile, text);
      ok(text);
    });
  });
}

/** The topic's article folder, or a folder of links to its first `limit` articles. */
async function articlesFolder(topicDir: string, workDir: string, limit?: number): Promise<string> {
  const dir = join(topicDir, 'articles');
  if (!limit) return dir;
  const subset = join(workDir, 'articles');
  await rm(subset, { recursive: true, force: true });
  await mkdir(subset, { recursive: true });
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort().slice(0, limit);
  for (const n of names) await symlink(join(dir, n), join(subset, n));
  return subset;
}

/** What the pipeline published for one topic, as written into its work folder. */
export interface TopicPipelineRun {
  articlesDir: string;
  articleCount: number;
  events: TimelineEvent[];
  articles: KeyDayArticle[];
  keyDays: KeyDay[];
}

/**
 * Runs the pipeline on one topic's articles (the first `limit` by file name) and writes
 * events.json, articles.json and key-days.json into `workDir`, as the site would publish them.
 * Shared by eval:real and eval:sample.
 */
export async function runTopicPipeline(options: Pick<RealTopicOptions, 'topic' | 'workDir' | 'limit'>): Promise<TopicPipelineRun> {
  const { topic, workDir, limit } = options;
  await mkdir(workDir, { recursive: true });
  const articlesDir = await articlesFolder(join(TIMELINE17, topic), workDir, limit);
  const content = await readContentFrom(articlesDir, join(workDir, 'no-actors.yaml'), TIMELINE17);
  const { timeline } = await runPipelineInParallel(content.articles, content.pins);
  await writeFile(join(workDir, 'events.json'), JSON.stringify(timeline.events));
  const articles = timeline.articles.map(({ id, publisher, publishedAt, daysMentioned }) => ({ id, publisher, publishedAt, daysMentioned }));
  await writeFile(join(workDir, 'articles.json'), JSON.stringify(articles));
  const keyDays = rankKeyDays(timeline.events, articles);
  await writeFile(join(workDir, 'key-days.json'), JSON.stringify(keyDays));
  return { articlesDir, articleCount: content.articles.length, events: timeline.events, articles, keyDays };
}

/** Runs the pipeline, the naive peer and the reference scorer on one topic. */
export async function scoreRealTopic(options: RealTopicOptions): Promise<RealTopicResult> {
  const { topic, workDir, limit, verbose = false } = options;
  const goldFile = join(TIMELINE17, topic, 'gold.json');

  let t0 = performance.now();
  const { articlesDir, articleCount, keyDays, events, articles } = await runTopicPipeline({ topic, workDir, limit });
  const pipeline = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const peerFile = join(workDir, 'peer.json');
  await run(process.execPath, [PEER, PROJECT, articlesDir], peerFile);
  const peer = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const scored = await run('python3', [SCORER, workDir, goldFile, peerFile, ...(verbose ? ['--verbose'] : [])]);
  const scorer = (performance.now() - t0) / 1000;
  const { score, rows } = parseTlsOutput(scored);

  const gold = JSON.parse(await readFile(goldFile, 'utf8')) as { date: string }[];
  const goldDays = new Set(gold.map((g) => g.date));
  const ranked = keyDays.map((d) => d.date);
  const top = ranked.slice(0, goldDays.size);
  return {
    topic,
    articles: articleCount,
    score,
    keyDaysF1: dateF1(ranked, goldDays),
    rows,
    keyDayMisses: { extra: top.filter((d) => !goldDays.has(d)).sort(), missed: [...goldDays].filter((d) => !top.includes(d)).sort() },
    checks: dateChecks(events, articles),
    seconds: { pipeline, peer, scorer },
  };
}

/**
 * The Timeline17 topics a command runs on: those named (`--topics a,b`), else the development
 * topics (the held-out ones left out). A missing corpus or an unknown topic ends the process with
 * a message naming `command`.
 */
export function chooseTopics(requested: string | undefined, command: string): string[] {
  if (!existsSync(TIMELINE17)) {
    console.error(`${command}: ${TIMELINE17} not found: check out the shared data beside the project (../shared/data/timeline17)`);
    process.exit(1);
  }
  const available = readdirSync(TIMELINE17, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  try {
    return selectTopics(available, requested?.split(',').filter(Boolean) ?? null);
  } catch (e) {
    console.error(`${command}: ${(e as Error).message}`);
    process.exit(2);
  }
}
