/** Writes content/ids.json when a run published new ids, and says so: the file is committed with the articles. */
import { writeFileAtomic } from '../cli/write-atomic.ts';
import type { ExtractedContent } from './extract-content.ts';
import { LEDGER_FILE } from './id-ledger.ts';

export async function recordLedger({ ledgerFile, newIds }: Pick<ExtractedContent, 'ledgerFile' | 'newIds'>): Promise<void> {
  if (!ledgerFile) return;
  await writeFileAtomic(ledgerFile.path, ledgerFile.content);
  console.warn(`note: recorded ${newIds} new event ids in ${LEDGER_FILE}: commit it with the articles`);
}
