/**
 * What a reader of ./read-articles.ts does with each request, on a worker thread or on the
 * calling thread alike. It skims (`skimArticle`: stages 1, 2, 4, 5) each batch of articles it is
 * sent, keeps the skims and answers with their outlines (without the article, which the caller
 * has, and the cleaned document); once the actors are unified across articles, it runs the
 * linguistic layer (stage 3) and extracts the events (`extractArticle`) of each article it
 * skimmed, one article at a time, so that only one article's sentence structures are alive at
 * once: held for every article, they were most of the readers' memory.
 */
import { extractArticle, skimArticle, type ArticleEvents, type ArticleOutline, type ArticleSkim, type UnifiedActors } from '../pipeline/index.ts';
import { analyzeSentences } from '../pipeline/linguistic/index.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import type { ActorPin } from '../schema/actor.ts';

export type ReaderRequest =
  /** read these articles (indices from `from` on in the whole list); a request with from 0 starts a new list */
  | { kind: 'read'; from: number; articles: SourceArticle[]; pins: ActorPin[] }
  /** the actors unified across all articles, for the extract requests that follow */
  | { kind: 'unified'; unified: Pick<UnifiedActors, 'canonical' | 'actorInfo'> }
  /** extract the events of articles [from, to) (all read by this reader) */
  | { kind: 'extract'; from: number; to: number }
  /** read these articles and extract their events at once (a batch another reader read, and has not begun extracting) */
  | { kind: 'read-extract'; from: number; articles: SourceArticle[]; pins: ActorPin[] };

export type ReaderReply =
  | { kind: 'read'; from: number; outlines: Omit<ArticleOutline, 'article'>[] }
  | { kind: 'extract'; from: number; events: Omit<ArticleEvents, 'facts'>[] }
  | { kind: 'error'; error: string };

/** A reader: its answer to each request (none to `unified`), the skims it keeps between them. */
export function createReader(): (request: ReaderRequest) => ReaderReply | null {
  const kept = new Map<number, ArticleSkim>();
  let unified: Pick<UnifiedActors, 'canonical' | 'actorInfo'> | null = null;
  const extractSkim = (skim: ArticleSkim): Omit<ArticleEvents, 'facts'> => {
    if (!unified) throw new Error('reader: asked to extract before the actors were unified');
    // stage 3 here, not at reading time: one article's sentence structures alive at a time
    // (stages 4-7 do not read them); the facts, which hold them again, stay here too
    const { facts: _, ...rest } = extractArticle({ ...skim, structures: analyzeSentences(skim.sentences) }, unified);
    return rest;
  };
  const answer = (request: ReaderRequest): ReaderReply | null => {
    switch (request.kind) {
      case 'read': {
        if (request.from === 0) kept.clear();
        const reads = request.articles.map((a) => skimArticle(a, request.pins));
        reads.forEach((r, i) => kept.set(request.from + i, r));
        // without the article (the caller has it) and its cleaned document (only `explain` prints
        // it): copying them back from a worker would cost both threads time and memory
        return { kind: 'read', from: request.from, outlines: reads.map(({ article: _a, doc: _d, ...outline }) => outline) };
      }
      case 'unified':
        unified = request.unified;
        return null;
      case 'extract': {
        const events: Omit<ArticleEvents, 'facts'>[] = [];
        for (let i = request.from; i < request.to; i++) {
          const skim = kept.get(i);
          if (!skim) throw new Error(`reader: article ${i} was not read here`);
          // each article is extracted once: its reading is freed as it goes
          kept.delete(i);
          events.push(extractSkim(skim));
        }
        return { kind: 'extract', from: request.from, events };
      }
      case 'read-extract':
        return { kind: 'extract', from: request.from, events: request.articles.map((a) => extractSkim(skimArticle(a, request.pins))) };
    }
  };
  return (request) => {
    try {
      return answer(request);
    } catch (e) {
      return { kind: 'error', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  };
}
