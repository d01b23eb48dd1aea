/**
 * The id ledger's file edge: content/ids.json holds every event id ever published and the
 * source sentences it stood for (src/pipeline/ids.ts says how ids are kept). It is committed
 * with the content: deleting or hand-editing it would let published permalinks break.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idLedgerSchema } from '../schema/redirect.ts';
import type { IdLedger } from '../pipeline/ids.ts';
import { ContentError } from './read-content.ts';

/** Where the ledger lives, relative to the project root. */
export const LEDGER_FILE = join('content', 'ids.json');

/** The ledger's bytes: ids sorted, one JSON document, a final newline; the same ledger always gives the same bytes. */
export function ledgerText(ledger: IdLedger): string {
  const sorted = Object.fromEntries(Object.entries(ledger).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/**
 * Where JSON.parse stopped: the position its message gives, else the place of the excerpt it
 * quotes around an unexpected token (V8 shows up to 10 characters before it, after "..."), else 0.
 */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const excerpt = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  const at = excerpt ? text.indexOf(excerpt[3]!) : -1;
  if (!excerpt || at < 0) return 0;
  return at + (excerpt[2] ? 10 : excerpt[3]!.indexOf(excerpt[1]!));
}

/** Parses the ledger's text, or throws a ContentError naming the file and line. */
export function parseLedger(text: string, file = LEDGER_FILE): IdLedger {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const line = lineAt(text, errorOffset(text, message));
    throw new ContentError([`${file}:${line}: not valid JSON (${message.split('\n')[0]}): restore it from version control (git checkout ${file}); it is written by \`npx dateline extract\``]);
  }
  const parsed = idLedgerSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => {
        const id = String(issue.path[0] ?? '');
        const at = id ? text.indexOf(JSON.stringify(id)) : -1;
        const what = issue.code === 'invalid_key' ? 'not an id (lower-case letters, digits and hyphens)' : issue.message;
        return `${file}:${at >= 0 ? lineAt(text, at) : 1}: ${id || 'the ledger'}: ${what}: restore the file from version control (git checkout ${file}); it is written by \`npx dateline extract\``;
      }),
    );
  }
  return parsed.data;
}

/** Reads content/ids.json under `root`; no file yet is an empty ledger. */
export async function readLedger(root: string): Promise<IdLedger> {
  let text: string;
  try {
    text = await readFile(join(root, LEDGER_FILE), 'utf8');
  } catch {
    return {};
  }
  return parseLedger(text);
}

/**
 * The ledger file to write when `after` differs from `before` (a run over unchanged content
 * writes nothing), with how many ids it adds.
 */
export function ledgerUpdate(root: string, before: IdLedger, after: IdLedger): { file: { path: string; content: string } | null; added: number } {
  const content = ledgerText(after);
  if (content === ledgerText(before)) return { file: null, added: 0 };
  return { file: { path: join(root, LEDGER_FILE), content }, added: Object.keys(after).length - Object.keys(before).length };
}

/** The warning for a published id whose event is gone with its article. */
export function lostIdWarning(id: string): string {
  return `warning: ${LEDGER_FILE}: the published id "${id}" leads nowhere: its article is gone (restore the article to keep the link working)`;
}
