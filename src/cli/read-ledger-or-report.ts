import { readLedger } from '../build/id-ledger.ts';
import { ContentError } from '../build/read-content.ts';
import type { IdLedger } from '../pipeline/ids.ts';

/** Reads content/ids.json under the working folder; when it is broken prints why and returns null. */
export async function readLedgerOrReport(command: string): Promise<IdLedger | null> {
  try {
    return await readLedger(process.cwd());
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const p of e.problems) console.error(p);
    console.error(`dateline ${command}: the id ledger is broken; nothing was written`);
    return null;
  }
}
