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

/** Parses the ledger's text, or throws a ContentError naming the file and line. */
export function parseLedger(text: string, file = LEDGER_FILE): IdLedger {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    throw new ContentError([`${file}:${line}: not valid JSON (${message.split('\n')[0]}): restore it from version control (git checkout ${file}); it is written by \`npx dateline extract\``]);
  }
  const parsed = idLedgerSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => {
        const id = String(issue.path[0] ?? '');
        const at = id ? text.indexOf(JSON.stringify(id)) : -1;
        return `${file}:${at >= 0 ? lineAt(text, at) : 1}: ${id || 'the ledger'}: ${issue.message}: restore the file from version control (git checkout ${file}); it is written by \`npx dateline extract\``;
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
