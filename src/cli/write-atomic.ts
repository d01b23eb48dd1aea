/**
 * Writes that are all or nothing: a folder of files swapped in with one rename (extract), or one
 * file renamed into place (add). Temporary files and folders are removed on every path out,
 * and a killed run's leftovers are cleaned by the next run before it writes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { nextFolderOf, recoverInterrupted, swapIntoPlace } from '../build/swap-folder.ts';

/** Thrown when `dir` holds files the swap would delete: the folder must be this writer's alone. */
export class ForeignFilesError extends Error {}

/**
 * Replaces folder `dir` with one holding exactly `files` (name -> content): every file is written
 * into a fresh `<dir>.next-<pid>`, which then takes `dir`'s place. Refuses a `dir` holding any
 * other file, since the swap replaces the whole folder.
 */
export async function writeFolderAtomic(dir: string, files: { name: string; content: string }[]): Promise<void> {
  recoverInterrupted(dir);
  const names = new Set(files.map((f) => f.name));
  const foreign = existsSync(dir) ? readdirSync(dir).filter((n) => !names.has(n)) : [];
  if (foreign.length > 0) {
    throw new ForeignFilesError(`${dir} holds other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}): the whole folder is replaced on each run, so choose a folder of its own with --out`);
  }
  const next = nextFolderOf(dir);
  try {
    await mkdir(next, { recursive: true });
    for (const f of files) await writeFile(join(next, f.name), f.content);
    swapIntoPlace(next, dir);
  } finally {
    await rm(next, { recursive: true, force: true });
  }
}

/** Writes one file by renaming a finished temporary copy over it; removes the copy on failure. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  recoverInterrupted(path); // a killed run's `<path>.tmp-<pid>`
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}
