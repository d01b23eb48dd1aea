/**
 * The pipeline's output checked against the published schemas, each failure told as the
 * article and sentence that produced the bad record: "file:line: what is wrong: what to do".
 */
import type { Timeline, SourceArticle } from '../pipeline/types.ts';
import { timelineSchema } from '../schema/timeline.ts';

const ADVICE = 'the extractor made a record the site cannot publish (a Dateline bug): reword or remove this sentence to build now, and report it';
const MAX_SHOWN = 80; // characters of a sentence or value quoted in a message

/** The folder the articles were read from, for a problem no single article holds. */
export const articlesFolder = (articles: readonly SourceArticle[]) => articles[0]?.file.replace(/\/[^/]*$/, '') ?? 'content/articles';

const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** The 1-based line of `sentence` in the article's file (the body's first line when it is not found as written). */
export function lineOfSentence(article: SourceArticle, sentence: string): number {
  const probe = sentence.trim().slice(0, 40);
  const at = probe ? article.body.indexOf(probe) : -1;
  return at < 0 ? article.bodyLine : article.bodyLine + (article.body.slice(0, at).match(/\n/g)?.length ?? 0);
}

interface Origin {
  article: SourceArticle | undefined;
  sentence: string | undefined;
}

/** The article and sentence a published record came from. */
function originOf(timeline: Timeline, collection: string, index: number, rest: PropertyKey[], byId: Map<string, SourceArticle>): Origin {
  if (collection === 'events') {
    const source = timeline.events[index]?.sources?.[0];
    return { article: source && byId.get(source.article), sentence: source?.sentence };
  }
  if (collection === 'articles') {
    const record = timeline.articles[index];
    const sentence = rest[0] === 'sentences' && typeof rest[1] === 'number' ? record?.sentences?.[rest[1]]?.text : undefined;
    return { article: record && byId.get(record.id), sentence };
  }
  // an actor: the first event that names it, else the first article whose text holds its name
  const actor = timeline.actors[index];
  const event = timeline.events.find((e) => e.actors?.some((a) => a.id === actor?.id));
  if (event?.sources?.[0]) return { article: byId.get(event.sources[0].article), sentence: event.sources[0].sentence };
  const article = [...byId.values()].find((a) => actor?.name && a.body.includes(actor.name));
  return { article, sentence: actor?.name };
}

/** Every way `timeline` breaks the published schemas, located in the content; [] when it is valid. */
export function timelineProblems(timeline: Timeline, articles: readonly SourceArticle[]): string[] {
  const parsed = timelineSchema.safeParse(timeline);
  if (parsed.success) return [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const fallback = articlesFolder(articles);
  return parsed.error.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path;
    const { article, sentence } = originOf(timeline, String(collection), Number(index), rest, byId);
    const where = article ? `${article.file}:${sentence ? lineOfSentence(article, sentence) : 1}` : `${fallback}:1`;
    const record = `${String(collection).replace(/s$/, '')} ${String(index)}`;
    const from = sentence ? ` drawn from "${shorten(sentence)}"` : '';
    const field = rest.join('.') || '(the whole record)';
    let value: unknown = (timeline as unknown as Record<string, unknown[]>)[String(collection)]?.[Number(index)];
    for (const key of rest) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as string];
    const shown = value === undefined ? 'missing' : shorten(JSON.stringify(value) ?? String(value));
    return `${where}: the ${record}${from} has ${field} ${shown}, which is not valid (${issue.message}): ${ADVICE}`;
  });
}
