/**
 * The pipeline with its per-article stages on worker threads: stages 1-5 (`readArticle`: clean,
 * sentences, linguistic, time, actors) and, once this thread has unified the actors across
 * articles, stage 8 (`extractArticle`: events). Each runs on one article alone, so they can run
 * on every core; the results come back in the articles' order and this thread merges them
 * (`assembleRun`): the output is the one the single-threaded run gives, byte for byte.
 *
 * The stages stay pure: threads live here, at the edge, with the other file and process access.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleRun, inPublicationOrder, runPipeline, unifyReads, type ArticleEvents, type ArticleOutline, type OutlineAnalysis, type PipelineRun, type UnifiedActors } from '../pipeline/index.ts';
import type { IdLedger } from '../pipeline/ids.ts';
import type { DroppedItem } from '../pipeline/guard.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import type { ActorPin } from '../schema/actor.ts';
import type { WorkerReply, WorkerRequest } from './read-articles-worker.ts';

/** Articles per message: small enough that both workers finish together, large enough that messages are few. */
const BATCH_ARTICLES = 8;
/**
 * Below this many articles the workers' start (each loads the modules, the tagger's model and
 * the dictionaries, and compiles the code afresh) costs more than it saves: on the project's
 * 2-core machine, 2 workers ran 64 articles at 0.6x the speed of one thread, 1,000 at 1.9x.
 */
const MIN_ARTICLES_FOR_WORKERS = 200;

/** Worker threads to use: DATELINE_WORKERS when set (1 reads in this thread), else one per core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.DATELINE_WORKERS;
  if (set === undefined || set === '') return availableParallelism();
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DATELINE_WORKERS="${set}" is not a whole number of threads: set it to 1 or more, or unset it for one per core`);
  return n;
}

/**
 * A set of worker threads; start it once, run with it many times, close it. Each worker keeps
 * the articles it read until the next `read`, and extracts their events when asked.
 */
export interface ReaderPool {
  readonly size: number;
  /** `readArticle` of each article, in the order given, without its sentence structures (the workers keep those) or cleaned document */
  read(articles: SourceArticle[], pins: ActorPin[]): Promise<ArticleOutline[]>;
  /** `extractArticle` of each article of the last `read`, in its order, without its facts */
  extract(unified: UnifiedActors): Promise<Omit<ArticleEvents, 'facts'>[]>;
  close(): Promise<void>;
}

interface Batch {
  from: number;
  to: number;
  worker: Worker;
}

export function startReaderPool(size: number): ReaderPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./read-articles-worker.ts', import.meta.url)));
  let batches: Batch[] = [];
  let count = 0;
  return {
    size,
    read: async (articles, pins) => {
      batches = [];
      count = articles.length;
      const reads: ArticleOutline[] = new Array(articles.length);
      let next = 0;
      // each worker takes the next batch when it is done with one: both stay busy to the end
      await exchange(workers, (worker) => {
        if (next >= articles.length) return null;
        const from = next;
        next = Math.min(articles.length, next + BATCH_ARTICLES);
        batches.push({ from, to: next, worker });
        return { kind: 'read', from, articles: articles.slice(from, next), pins };
      }, (reply) => {
        if (reply.kind === 'read') reply.outlines.forEach((r, i) => (reads[reply.from + i] = { article: articles[reply.from + i], ...r }));
      });
      return reads;
    },
    extract: async (unified) => {
      const events: Omit<ArticleEvents, 'facts'>[] = new Array(count);
      const message: WorkerRequest = { kind: 'unified', unified: { canonical: unified.canonical, actorInfo: unified.actorInfo } };
      for (const w of workers) w.postMessage(message);
      const todo = new Map(workers.map((w) => [w, batches.filter((b) => b.worker === w)]));
      await exchange(workers, (worker) => {
        const batch = todo.get(worker)!.shift();
        return batch ? { kind: 'extract', from: batch.from, to: batch.to } : null;
      }, (reply) => {
        if (reply.kind === 'extract') reply.events.forEach((e, i) => (events[reply.from + i] = e));
      });
      return events;
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Sends each worker its next request whenever it answers, until none has any left; rejects on the first error. */
function exchange(workers: Worker[], nextFor: (worker: Worker) => WorkerRequest | null, take: (reply: WorkerReply) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) w.removeAllListeners('message').removeAllListeners('error');
      if (error) reject(error);
      else resolve();
    };
    const send = (worker: Worker) => {
      const request = nextFor(worker);
      if (request) {
        pending++;
        worker.postMessage(request);
      } else if (pending === 0) {
        finish();
      }
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        pending--;
        if (reply.kind === 'error') return finish(new Error(reply.error));
        take(reply);
        send(worker);
      });
      worker.on('error', finish);
    }
    for (const worker of workers) send(worker);
  });
}

/**
 * `runPipeline`, its per-article stages on `workers` threads (1: all in this thread): the same
 * timeline, sooner on several cores. The analyses are outlines (no sentence structures or facts):
 * `dateline explain`, which prints those, runs `runPipeline` itself.
 */
export async function runPipelineInParallel(articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}, workers = workerCount()): Promise<PipelineRun<OutlineAnalysis>> {
  const sorted = inPublicationOrder(articles);
  if (workers <= 1 || sorted.length < MIN_ARTICLES_FOR_WORKERS) return runPipeline(articles, pins, ledger);
  const pool = startReaderPool(Math.min(workers, Math.ceil(sorted.length / BATCH_ARTICLES)));
  let found: Awaited<ReturnType<typeof readAndExtract>>;
  try {
    found = await readAndExtract(pool, articles, pins);
  } finally {
    // before the merge: the workers' memory (every sentence structure) is freed for it
    await pool.close();
  }
  return assembleRun(articles, found.analyses, found.unified, found.dropped, ledger);
}

/** `runPipeline` on a started pool. */
export async function runWithPool(pool: ReaderPool, articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}): Promise<PipelineRun<OutlineAnalysis>> {
  const { analyses, unified, dropped } = await readAndExtract(pool, articles, pins);
  return assembleRun(articles, analyses, unified, dropped, ledger);
}

/** The per-article stages on the pool, the actors unified in this thread between them. */
async function readAndExtract(pool: ReaderPool, articles: SourceArticle[], pins: ActorPin[]): Promise<{ analyses: OutlineAnalysis[]; unified: UnifiedActors; dropped: DroppedItem[] }> {
  const outlines = await pool.read(inPublicationOrder(articles), pins);
  const unified = unifyReads(outlines, pins);
  const events = await pool.extract(unified);
  const analyses = outlines.map((outline, i) => ({ ...outline, candidates: events[i].candidates, notes: events[i].notes }));
  return { analyses, unified, dropped: events.flatMap((e) => e.dropped) };
}
