/**
 * A worker thread of ./read-articles.ts. It reads (`readArticle`) each batch of articles it is
 * sent, keeps the reads and sends back only their outlines (no sentence structures: they are
 * most of a read's size, and copying them between threads costs the main thread time); once the
 * actors are unified across articles, it extracts the events (`extractArticle`) of what it read.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle, readArticle, type ArticleEvents, type ArticleOutline, type ArticleRead, type UnifiedActors } from '../pipeline/index.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import type { ActorPin } from '../schema/actor.ts';

export type WorkerRequest =
  /** read these articles (indices from `from` on in the whole list); a request with from 0 starts a new list */
  | { kind: 'read'; from: number; articles: SourceArticle[]; pins: ActorPin[] }
  /** the actors unified across all articles, for the extract requests that follow */
  | { kind: 'unified'; unified: Pick<UnifiedActors, 'canonical' | 'actorInfo'> }
  /** extract the events of articles [from, to) (all read by this worker) */
  | { kind: 'extract'; from: number; to: number };

export type WorkerReply =
  | { kind: 'read'; from: number; outlines: ArticleOutline[] }
  | { kind: 'extract'; from: number; events: Omit<ArticleEvents, 'facts'>[] }
  | { kind: 'error'; error: string };

if (parentPort) {
  const port = parentPort;
  const kept = new Map<number, ArticleRead>();
  let unified: Pick<UnifiedActors, 'canonical' | 'actorInfo'> | null = null;
  const answer = (request: WorkerRequest): WorkerReply | null => {
    switch (request.kind) {
      case 'read': {
        if (request.from === 0) kept.clear();
        const reads = request.articles.map((a) => readArticle(a, request.pins));
        reads.forEach((r, i) => kept.set(request.from + i, r));
        return { kind: 'read', from: request.from, outlines: reads.map(({ structures: _, ...outline }) => outline) };
      }
      case 'unified':
        unified = request.unified;
        return null;
      case 'extract': {
        const events: Omit<ArticleEvents, 'facts'>[] = [];
        for (let i = request.from; i < request.to; i++) {
          const read = kept.get(i);
          if (!read || !unified) throw new Error(`worker: article ${i} was not read here, or the actors are not unified yet`);
          // the facts stay here: they hold every sentence structure again
          const { facts: _, ...rest } = extractArticle(read, unified);
          events.push(rest);
        }
        return { kind: 'extract', from: request.from, events };
      }
    }
  };
  port.on('message', (request: WorkerRequest) => {
    try {
      const reply = answer(request);
      if (reply) port.postMessage(reply);
    } catch (e) {
      port.postMessage({ kind: 'error', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies WorkerReply);
    }
  });
}
