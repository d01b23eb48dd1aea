import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes every file or none: each goes to a temporary name first, then all are renamed. */
export async function writeFilesAtomic(files: { path: string; content: string }[]): Promise<void> {
  const staged: { tmp: string; path: string }[] = [];
  for (const f of files) {
    await mkdir(dirname(f.path), { recursive: true });
    const tmp = `${f.path}.tmp-${process.pid}`;
    await writeFile(tmp, f.content);
    staged.push({ tmp, path: f.path });
  }
  for (const s of staged) await rename(s.tmp, s.path);
}
