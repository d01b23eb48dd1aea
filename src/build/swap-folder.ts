/**
 * All-or-nothing replacement of an output folder. A run builds its output in a fresh sibling,
 * `<out>.next-<pid>`, and only when everything is there moves it into place with two renames:
 * `<out>` -> `<out>.old-<pid>`, `<out>.next-<pid>` -> `<out>`. A run killed at any moment leaves
 * either the previous folder whole, or (killed between the two renames) the previous folder whole
 * under `.old-<pid>`, which the next run's `recoverInterrupted` puts back before anything else.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The fresh sibling this process builds `out` in. */
export function nextFolderOf(out: string, pid: number = process.pid): string {
  return `${out}.next-${pid}`;
}

/** Is process `pid` still running (so its `.next-<pid>` folder is work in progress, not a leftover)? */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leftovers of `out`'s interrupted runs: `.next-<pid>` (and its `.timeline.json`), `.old-<pid>`, `.tmp-<pid>`. */
function leftovers(out: string): { path: string; kind: string; pid: number }[] {
  const parent = dirname(out);
  const prefix = `${basename(out)}.`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => /^(next|old|tmp)-(\d+)(?:\..*)?$/.exec(name.slice(prefix.length)))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ path: join(parent, `${prefix}${m[0]}`), kind: m[1], pid: Number(m[2]) }));
}

/**
 * Undoes what a killed run left: puts the previous `out` back if a run died between its two
 * renames, and removes the half-built folders and temporary files of runs no longer running.
 */
export function recoverInterrupted(out: string): void {
  const found = leftovers(out).filter((l) => !isRunning(l.pid));
  const old = found.find((l) => l.kind === 'old');
  if (old && !existsSync(out)) renameSync(old.path, out);
  for (const l of found) if (existsSync(l.path)) rmSync(l.path, { recursive: true, force: true });
}

/** Moves the finished `next` folder into place as `out`, then removes the previous one. */
export function swapIntoPlace(next: string, out: string): void {
  const old = `${out}.old-${process.pid}`;
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, old);
  try {
    renameSync(next, out);
  } catch (e) {
    if (hadPrevious) renameSync(old, out);
    throw e;
  }
  if (hadPrevious) rmSync(old, { recursive: true, force: true });
}
