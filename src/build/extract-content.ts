/**
 * content/ in, the checked timeline out: the one way the build, the Astro loader and
 * `dateline extract` run the pipeline over the project's content. Throws a ContentError (every
 * problem "file:line: ...") for broken articles, pins or id ledger; text never throws.
 */
import type { PipelineRun } from '../pipeline/index.ts';
import { ledgerUpdate, lostIdWarning, readLedger } from './id-ledger.ts';
import { readContent } from './read-content.ts';
import { droppedWarnings, runPipelineChecked } from './run-pipeline-checked.ts';

export interface ExtractedContent {
  run: PipelineRun;
  /** lines for the log, each starting "warning: " */
  warnings: string[];
  /** content/ids.json with this run's ids, to write once its output is published; null when unchanged */
  ledgerFile: { path: string; content: string } | null;
  /** ids this run publishes for the first time */
  newIds: number;
}

export async function extractContent(root: string): Promise<ExtractedContent> {
  const content = await readContent(root);
  const ledger = await readLedger(root);
  const run = runPipelineChecked(content.articles, content.pins, ledger);
  const update = ledgerUpdate(root, ledger, run.ledger);
  const warnings = [
    ...content.warnings.map((w) => `warning: ${w}`),
    ...droppedWarnings(run, content.articles).map((w) => `warning: ${w}`),
    ...run.lostIds.map(lostIdWarning),
  ];
  return { run, warnings, ledgerFile: update.file, newIds: update.added };
}
