/**
 * `dateline timex --dct YYYY-MM-DD`: tags the time expressions of the plain text on stdin and
 * prints them as a JSON array of {start, end, text, type, value, mod?}. It calls the same
 * tagger the pipeline uses (src/pipeline/time).
 */
import { parseIsoDay } from '../pipeline/time/calendar.ts';
import { tagTimexes } from '../pipeline/time/index.ts';
import type { Timex } from '../pipeline/types.ts';

const USAGE = 'usage: dateline timex --dct YYYY-MM-DD < article.txt';

/** The JSON shape the command prints for one time expression (also what the benchmark scores). */
export interface TimexJson {
  start: number;
  end: number;
  text: string;
  type: Timex['type'];
  value: string;
  mod?: string;
}

export function toJson(t: Timex): TimexJson {
  return { start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, ...(t.mod ? { mod: t.mod } : {}) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[]): Promise<number> {
  let dct: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dct') dct = args[++i];
    else if (arg.startsWith('--dct=')) dct = arg.slice('--dct='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`dateline timex: unknown argument "${arg}"\n${USAGE}`);
      return 2;
    }
  }
  if (dct === undefined) {
    console.error(`dateline timex: --dct is required: the publication date the relative times are read against\n${USAGE}`);
    return 2;
  }
  if (parseIsoDay(dct) === null) {
    console.error(`dateline timex: --dct "${dct}" is not a date (expected YYYY-MM-DD, e.g. --dct 2022-02-02)\n${USAGE}`);
    return 2;
  }
  const text = await readStdin();
  console.log(JSON.stringify(tagTimexes(text, dct).map(toJson), null, 2));
  return 0;
}
