/**
 * Stages 1-5 (`readArticle`: clean, sentences, linguistic, time, actors) of many articles on
 * worker threads. Each article is read on its own, so the reads can run on every core; the
 * results come back in the articles' order, and `runPipeline` does the rest (across articles)
 * in this thread: the output is the one the single-threaded run gives, byte for byte.
 *
 * The stages stay pure: threads live here, at the edge, with the other file and process access.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inPublicationOrder, readArticle, runPipeline, type ArticleRead, type PipelineRun } from '../pipeline/index.ts';
import type { IdLedger } from '../pipeline/ids.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import type { ActorPin } from '../schema/actor.ts';
import type { ReadReply, ReadRequest } from './read-articles-worker.ts';

/** Articles per message: small enough that both workers finish together, large enough that messages are few. */
const BATCH_ARTICLES = 8;
/** Below this many articles a worker's start (loading the tagger's model) costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 4 * BATCH_ARTICLES;

/** Worker threads to use: DATELINE_WORKERS when set (1 reads in this thread), else one per core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.DATELINE_WORKERS;
  if (set === undefined || set === '') return availableParallelism();
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DATELINE_WORKERS="${set}" is not a whole number of threads: set it to 1 or more, or unset it for one per core`);
  return n;
}

/** A set of worker threads that read articles; start it once, read with it many times, close it. */
export interface ReaderPool {
  readonly size: number;
  /** `readArticle` of each article, in the order given */
  read(articles: SourceArticle[], pins: ActorPin[]): Promise<ArticleRead[]>;
  close(): Promise<void>;
}

export function startReaderPool(size: number): ReaderPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./read-articles-worker.ts', import.meta.url)));
  return {
    size,
    read: (articles, pins) => readWith(workers, articles, pins),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function readWith(workers: Worker[], articles: SourceArticle[], pins: ActorPin[]): Promise<ArticleRead[]> {
  const reads: ArticleRead[] = new Array(articles.length);
  let next = 0;
  let pending = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) w.removeAllListeners('message').removeAllListeners('error');
      reject(error);
    };
    const send = (worker: Worker) => {
      if (next >= articles.length) {
        if (pending === 0) {
          for (const w of workers) w.removeAllListeners('message').removeAllListeners('error');
          resolve(reads);
        }
        return;
      }
      const from = next;
      next = Math.min(articles.length, next + BATCH_ARTICLES);
      pending++;
      worker.postMessage({ from, articles: articles.slice(from, next), pins } satisfies ReadRequest);
    };
    for (const worker of workers) {
      worker.on('message', (reply: ReadReply) => {
        pending--;
        if ('error' in reply) return fail(new Error(reply.error));
        reply.reads.forEach((r, i) => (reads[reply.from + i] = r));
        send(worker);
      });
      worker.on('error', fail);
      send(worker);
    }
  });
}

/** `readArticle` of every article, in the order given, on `workers` threads (1: in this thread). */
export async function readArticles(articles: SourceArticle[], pins: ActorPin[], workers = workerCount()): Promise<ArticleRead[]> {
  if (workers <= 1 || articles.length < MIN_ARTICLES_FOR_WORKERS) return articles.map((a) => readArticle(a, pins));
  const pool = startReaderPool(Math.min(workers, Math.ceil(articles.length / BATCH_ARTICLES)));
  try {
    return await pool.read(articles, pins);
  } finally {
    await pool.close();
  }
}

/** `runPipeline` with the per-article stages on worker threads: the same run, sooner on several cores. */
export async function runPipelineInParallel(articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}, workers = workerCount()): Promise<PipelineRun> {
  const reads = await readArticles(inPublicationOrder(articles), pins, workers);
  return runPipeline(articles, pins, ledger, reads);
}
