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
import { createReader, type ReaderReply, type ReaderRequest } from './article-reader.ts';

/** Articles per request: small enough that the readers finish together, large enough that messages are few. */
const BATCH_ARTICLES = 8;
/** Requests a worker holds at once: it starts the next batch while its last answer is on its way. */
const WORKER_DEPTH = 2;
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
 * `size` threads that read articles: this one and `size - 1` worker threads. Start it once, run
 * with it many times, close it. Each reader keeps the articles it read until the next `read`, and
 * extracts their events when asked. This thread reads too: it has the modules and the tagger's
 * model loaded already, so it starts at once while the workers load theirs, and a run on two
 * cores pays for one worker's start, not two.
 */
export interface ReaderPool {
  readonly size: number;
  /** `readArticle` of each article, in the order given, without its sentence structures (the readers keep those) or cleaned document */
  read(articles: SourceArticle[], pins: ActorPin[]): Promise<ArticleOutline[]>;
  /** `extractArticle` of each article of the last `read`, in its order, without its facts */
  extract(unified: UnifiedActors): Promise<Omit<ArticleEvents, 'facts'>[]>;
  close(): Promise<void>;
}

/** One reader: a worker thread, or this thread between the workers' messages. */
interface Reader {
  /** requests in flight at once */
  readonly depth: number;
  /** the answer to a request (none to `unified`); an error comes back as a reply, never as a rejection */
  ask(request: ReaderRequest): Promise<ReaderReply | null>;
  close(): Promise<void>;
}

/** A reader on a worker thread; it answers in the order it was asked. */
function workerReader(): Reader {
  const worker = new Worker(new URL('./read-articles-worker.ts', import.meta.url));
  const waiting: ((reply: ReaderReply) => void)[] = [];
  let failed: string | null = null;
  worker.on('message', (reply: ReaderReply) => waiting.shift()?.(reply));
  worker.on('error', (e) => {
    failed = `worker: ${e.name}: ${e.message}`;
    for (const w of waiting.splice(0)) w({ kind: 'error', error: failed });
  });
  return {
    depth: WORKER_DEPTH,
    ask: (request) => {
      if (failed) return Promise.resolve({ kind: 'error', error: failed });
      worker.postMessage(request);
      return request.kind === 'unified' ? Promise.resolve(null) : new Promise((resolve) => waiting.push(resolve));
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** A reader on this thread: each request runs as a task of its own, so the workers' answers are taken between them. */
function localReader(): Reader {
  const answer = createReader();
  return {
    depth: 1,
    ask: (request) => new Promise((resolve) => setImmediate(() => resolve(answer(request)))),
    close: async () => {},
  };
}

interface Batch {
  from: number;
  to: number;
  reader: Reader;
}

export function startReaderPool(size: number): ReaderPool {
  const readers = [localReader(), ...Array.from({ length: Math.max(0, size - 1) }, workerReader)];
  let batches: Batch[] = [];
  let articles: SourceArticle[] = [];
  let pins: ActorPin[] = [];
  return {
    size: readers.length,
    read: async (list, withPins) => {
      articles = list;
      pins = withPins;
      batches = [];
      const reads: ArticleOutline[] = new Array(articles.length);
      let next = 0;
      // each reader takes the next batch when it is done with one: all stay busy to the end
      await exchange(readers, (reader) => {
        if (next >= articles.length) return null;
        const from = next;
        next = Math.min(articles.length, next + BATCH_ARTICLES);
        batches.push({ from, to: next, reader });
        return { kind: 'read', from, articles: articles.slice(from, next), pins };
      }, (reply) => {
        if (reply.kind === 'read') reply.outlines.forEach((r, i) => (reads[reply.from + i] = { article: articles[reply.from + i], ...r }));
      });
      return reads;
    },
    extract: async (unified) => {
      const events: Omit<ArticleEvents, 'facts'>[] = new Array(articles.length);
      const message: ReaderRequest = { kind: 'unified', unified: { canonical: unified.canonical, actorInfo: unified.actorInfo } };
      for (const r of readers) void r.ask(message);
      const todo = new Map(readers.map((r) => [r, batches.filter((b) => b.reader === r)]));
      await exchange(readers, (reader) => {
        const own = todo.get(reader)!.shift();
        if (own) return { kind: 'extract', from: own.from, to: own.to };
        // done with its own: it reads again, then extracts, the last batch another has not begun
        // (the skims are pure: the same events), so no reader waits on another at the end
        const other = [...todo.values()].filter((t) => t.length > 0).sort((a, b) => b.length - a.length)[0];
        const stolen = other?.pop();
        return stolen ? { kind: 'read-extract', from: stolen.from, articles: articles.slice(stolen.from, stolen.to), pins } : null;
      }, (reply) => {
        if (reply.kind === 'extract') reply.events.forEach((e, i) => (events[reply.from + i] = e));
      });
      return events;
    },
    close: async () => {
      await Promise.all(readers.map((r) => r.close()));
    },
  };
}

/**
 * Keeps each reader asked (up to its depth) with its next request, until none has any left;
 * rejects on the first error, after which no reader is asked anything more.
 */
async function exchange(readers: Reader[], nextFor: (reader: Reader) => ReaderRequest | null, take: (reply: ReaderReply) => void): Promise<void> {
  let error: string | null = null;
  await Promise.all(readers.map(async (reader) => {
    const inFlight: Promise<ReaderReply | null>[] = [];
    for (;;) {
      while (!error && inFlight.length < reader.depth) {
        const request = nextFor(reader);
        if (!request) break;
        inFlight.push(reader.ask(request));
      }
      const pending = inFlight.shift();
      if (!pending) return;
      const reply = await pending;
      if (reply?.kind === 'error') error ??= reply.error;
      else if (reply && !error) take(reply);
    }
  }));
  if (error) throw new Error(error);
}

/**
 * `runPipeline`, its per-article stages on `workers` threads (1: all in this thread): the same
 * timeline, sooner on several cores. The analyses are outlines (no sentence structures or facts):
 * `dateline explain`, which prints those, runs `runPipeline` itself.
 */
export async function runPipelineInParallel(articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}, workers = workerCount()): Promise<PipelineRun<OutlineAnalysis>> {
  const sorted = inPublicationOrder(articles);
  if (sorted.length < MIN_ARTICLES_FOR_WORKERS) return runPipeline(articles, pins, ledger);
  // one thread still reads through the pool (its local reader only): every article is skimmed
  // first, and an article's sentence structures are held only while its events are extracted
  const pool = startReaderPool(Math.max(1, Math.min(workers, Math.ceil(sorted.length / BATCH_ARTICLES))));
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
