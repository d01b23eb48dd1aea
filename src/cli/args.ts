/** Parses `--name value` options and positional arguments; flags listed in `booleans` take no value. */
export function parseArgs(args: string[], booleans: string[] = []): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (booleans.includes(name)) options.set(name, 'true');
      else if (inline !== undefined) options.set(name, inline);
      else if (i + 1 < args.length) options.set(name, args[++i]);
      else throw new Error(`option --${name} needs a value`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}
