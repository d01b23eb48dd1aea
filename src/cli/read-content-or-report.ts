import { ContentError, readContent, type Content } from '../build/read-content.ts';

/** Reads content/ under the working folder; on invalid content prints every problem and returns null. */
export async function readContentOrReport(command: string): Promise<Content | null> {
  try {
    const content = await readContent(process.cwd());
    for (const w of content.warnings) console.warn(`warning: ${w}`);
    return content;
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const p of e.problems) console.error(p);
    console.error(`dateline ${command}: ${e.problems.length} problem(s) in content/; nothing was written`);
    return null;
  }
}
