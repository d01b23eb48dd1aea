/** A worker thread of ./read-articles.ts: `readArticle` of each batch of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { readArticle, type ArticleRead } from '../pipeline/index.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import type { ActorPin } from '../schema/actor.ts';

export interface ReadRequest {
  /** index of the batch's first article in the whole list */
  from: number;
  articles: SourceArticle[];
  pins: ActorPin[];
}

export type ReadReply = { from: number; reads: ArticleRead[] } | { from: number; error: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', ({ from, articles, pins }: ReadRequest) => {
    try {
      port.postMessage({ from, reads: articles.map((a) => readArticle(a, pins)) } satisfies ReadReply);
    } catch (e) {
      port.postMessage({ from, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies ReadReply);
    }
  });
}
