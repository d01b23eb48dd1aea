import { ContentError, readContent, type Content } from '../build/read-content.ts';

/** Runs `step`; on invalid content prints every problem ("file:line: ...") and returns null. */
export async function orReport<T>(command: string, step: () => T | Promise<T>): Promise<T | null> {
  try {
    return await step();
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const p of e.problems) console.error(p);
    console.error(`dateline ${command}: ${e.problems.length} problem(s) in content/; nothing was written`);
    return null;
  }
}

/** Reads content/ under the working folder; on invalid content prints every problem and returns null. */
export async function readContentOrReport(command: string): Promise<Content | null> {
  const content = await orReport(command, () => readContent(process.cwd()));
  for (const w of content?.warnings ?? []) console.warn(`warning: ${w}`);
  return content;
}
