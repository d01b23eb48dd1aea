/**
 * Where the TempEval-3 platinum documents are, and loading them. Only the benchmark and its
 * tests read this folder; the project never needs it at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeML, type TimeMLDocument } from './timeml.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** DATELINE_TEMPEVAL_DIR, else `../shared/data/tempeval3-platinum` beside the repository. */
export function corpusDir(): string {
  return process.env.DATELINE_TEMPEVAL_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'data', 'tempeval3-platinum');
}

export function corpusPresent(dir = corpusDir()): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.tml'));
}

/** Every .tml document in `dir`, sorted by file name. */
export function loadCorpus(dir = corpusDir()): TimeMLDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeML(readFileSync(join(dir, f), 'utf8'), f));
}
