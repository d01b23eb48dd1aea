/**
 * A worker thread of ./read-articles.ts. It skims (`skimArticle`: stages 1, 2, 4, 5) each batch
 * of articles it is sent, keeps the skims and sends back only their outlines (without the article,
 * which the main thread has, and the cleaned document); once the actors are unified across
 * articles, it runs the linguistic layer (stage 3) and extracts the events (`extractArticle`) of
 * each article it skimmed, one article at a time, so that only one article's sentence structures
 * are alive at once: held for every article, they were most of the workers' memory.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle, skimArticle, type ArticleEvents, type ArticleOutline, type ArticleSkim, type UnifiedActors } from '../pipeline/index.ts';
import { analyzeSentences } from '../pipeline/linguistic/index.ts';
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
  | { kind: 'read'; from: number; outlines: Omit<ArticleOutline, 'article'>[] }
  | { kind: 'extract'; from: number; events: Omit<ArticleEvents, 'facts'>[] }
  | { kind: 'error'; error: string };

if (parentPort) {
  const port = parentPort;
  const kept = new Map<number, ArticleSkim>();
  let unified: Pick<UnifiedActors, 'canonical' | 'actorInfo'> | null = null;
  const answer = (request: WorkerRequest): WorkerReply | null => {
    switch (request.kind) {
      case 'read': {
        if (request.from === 0) kept.clear();
        const reads = request.articles.map((a) => skimArticle(a, request.pins));
        reads.forEach((r, i) => kept.set(request.from + i, r));
        // without the article (this thread was sent it, and has it back) and its cleaned document
        // (only `explain` prints it): copying them back would cost both threads time and memory
        return { kind: 'read', from: request.from, outlines: reads.map(({ article: _a, doc: _d, ...outline }) => outline) };
      }
      case 'unified':
        unified = request.unified;
        return null;
      case 'extract': {
        const events: Omit<ArticleEvents, 'facts'>[] = [];
        for (let i = request.from; i < request.to; i++) {
          const skim = kept.get(i);
          if (!skim || !unified) throw new Error(`worker: article ${i} was not read here, or the actors are not unified yet`);
          // each article is extracted once: its reading is freed as it goes
          kept.delete(i);
          // stage 3 here, not at reading time: one article's sentence structures alive at a time
          // (stages 4-7 do not read them); the facts, which hold them again, stay here too
          const { facts: _, ...rest } = extractArticle({ ...skim, structures: analyzeSentences(skim.sentences) }, unified);
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
