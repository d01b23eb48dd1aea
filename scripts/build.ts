/**
 * `npm run build`: the whole site or nothing. Reads and extracts the content first (a content
 * error is a list of "file:line: ..." messages, and the site is left as it was), builds the site
 * with Astro and indexes it with Pagefind in a fresh `<out>.next-<pid>` folder, and swaps that
 * into place only when both succeeded. A build killed at any moment leaves the previous site
 * whole; the next build first undoes what a killed one left (src/build/swap-folder.ts).
 *
 * DATELINE_OUT_DIR (default dist) is where the site goes; with DATELINE_TIMELINE the site is
 * built from that timeline file instead of content/ (test fixtures).
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { extractContent, type ExtractedContent } from '../src/build/extract-content.ts';
import { ContentError } from '../src/build/read-content.ts';
import { recordLedger } from '../src/build/record-ledger.ts';
import { nextFolderOf, recoverInterrupted, swapIntoPlace } from '../src/build/swap-folder.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.DATELINE_OUT_DIR ?? 'dist');
const next = nextFolderOf(out);
const timelineFile = `${next}.timeline.json`;
const shownOut = relative(root, out) || out;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let child: ReturnType<typeof spawn> | null = null;
const cleanUp = () => {
  rmSync(next, { recursive: true, force: true });
  rmSync(timelineFile, { force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** Runs a command with the build's environment; resolves to its exit code. */
function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((done) => {
    // this Node first on PATH: Astro's and Pagefind's launchers start `node` from it
    const PATH = [dirname(process.execPath), join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter);
    child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env, PATH } });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** The content extracted and validated, written for Astro to load; null after reporting content errors. */
async function extractForAstro(): Promise<ExtractedContent | null> {
  try {
    const extracted = await extractContent(root);
    for (const line of extracted.warnings) console.warn(line);
    writeFileSync(timelineFile, JSON.stringify(extracted.run.timeline));
    return extracted;
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const p of e.problems) console.error(p);
    console.error(`build: ${e.problems.length} problem(s) in content/`);
    return null;
  }
}

async function build(): Promise<number> {
  recoverInterrupted(out);
  const fixture = process.env.DATELINE_TIMELINE;
  const extracted = fixture ? null : await extractForAstro();
  if (!fixture && !extracted) return 1;
  const env = { DATELINE_OUT_DIR: next, DATELINE_TIMELINE: fixture ? resolve(root, fixture) : timelineFile };
  const astro = await run(bin('astro'), ['build'], env);
  if (astro !== 0) return astro;
  const pagefind = await run(bin('pagefind'), ['--site', next], env);
  if (pagefind !== 0) return pagefind;
  swapIntoPlace(next, out);
  // the ids the site now publishes join the ledger, so they keep resolving whatever is added later
  if (extracted) await recordLedger(extracted);
  console.log(`build: the new site is in place in ${shownOut}/`);
  return 0;
}

try {
  process.exitCode = await build();
  if (process.exitCode !== 0) console.error(`build: failed; the site in ${shownOut}/ was not changed`);
} finally {
  cleanUp();
}
