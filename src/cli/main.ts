/**
 * `dateline <command>`: the command-line edge of the project. Each command is a module in
 * this folder exporting `run(args): Promise<number>` (the exit code).
 */
import { enableCompileCache } from 'node:module';

// Node's compile cache (see ../build/read-articles-worker.ts), on before a command's modules load:
// from the second run, loading the pipeline costs about 0.3 s of CPU, not 0.5 s.
enableCompileCache();

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  add: { summary: 'add FILE.txt --title T --publisher P --published YYYY-MM-DD [--url U]: add a plain-text article', load: () => import('./add.ts') },
  extract: { summary: 'extract: run the pipeline over content/articles/ and write .dateline/data/*.json', load: () => import('./extract.ts') },
  explain: { summary: 'explain ARTICLE: sentence by sentence, the times, actors and events found', load: () => import('./explain.ts') },
  timex: { summary: 'timex --dct YYYY-MM-DD: tag time expressions in stdin, print JSON', load: () => import('./timex.ts') },
};

function usage(): string {
  return ['usage: dateline <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

const [commandName, ...args] = process.argv.slice(2);
if (!commandName || commandName === '--help' || commandName === '-h') {
  console.log(usage());
  process.exit(commandName ? 0 : 2);
}
const command = COMMANDS[commandName];
if (!command) {
  console.error(`dateline: unknown command "${commandName}"\n\n${usage()}`);
  process.exit(2);
}
process.exitCode = await (await command.load()).run(args);

export {};
