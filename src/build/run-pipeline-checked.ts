import { describeDropped } from '../pipeline/guard.ts';
import type { IdLedger } from '../pipeline/ids.ts';
import { runPipeline, type PipelineRun } from '../pipeline/index.ts';
import type { ActorPin } from '../schema/actor.ts';
import type { SourceArticle } from '../pipeline/types.ts';
import { ContentError } from './read-content.ts';
import { articlesFolder, timelineProblems } from './timeline-problems.ts';

const REPORT = 'this is a Dateline bug: move the article out of content/articles/ to build without it, and report it';

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e));

/**
 * The pipeline over validated content, its output checked against the published schemas. Throws
 * a ContentError whose every problem names a file and line: the sentence behind a bad record,
 * or the article the extractor failed on. Never lets a raw ZodError or stack reach an editor.
 */
export function runPipelineChecked(articles: SourceArticle[], pins: ActorPin[], ledger: IdLedger = {}): PipelineRun {
  let run: PipelineRun;
  try {
    run = runPipeline(articles, pins, ledger);
  } catch (error) {
    throw new ContentError(crashProblems(error, articles, pins));
  }
  const problems = timelineProblems(run.timeline, articles);
  if (problems.length > 0) throw new ContentError(problems);
  return run;
}

/** Which articles the extractor fails on, each alone; the articles together when none fails alone. */
function crashProblems(error: unknown, articles: SourceArticle[], pins: ActorPin[]): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    try {
      runPipeline([article], pins);
    } catch (e) {
      problems.push(`${article.file}:${article.bodyLine}: the extractor failed on this article (${describe(e)}): ${REPORT}`);
    }
  }
  if (problems.length === 0) {
    problems.push(`${articlesFolder(articles)}:1: the extractor failed on the articles together, though on none alone (${describe(error)}): ${REPORT}`);
  }
  return problems;
}

/** One line per candidate or actor the pipeline's guards dropped, naming the article file and sentence. */
export function droppedWarnings(run: PipelineRun, articles: { id: string; file: string }[]): string[] {
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  return run.dropped.map((d) => describeDropped(d, (id) => fileOf.get(id) ?? id));
}
