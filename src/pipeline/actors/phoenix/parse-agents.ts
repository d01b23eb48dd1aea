/**
 * Reads PETRARCH2's Phoenix agents dictionary (data/phoenix/Phoenix.agents.txt): generic agents
 * ("PROTESTER [~OPP]", "POLICE {} [~COP]", "POLICE!PERSON! [~COP]": policeman, policewoman ...) with their CAMEO agent codes.
 * Substitution sets ("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON") are expanded; "_" joins words;
 * braces list irregular plurals ("{}" means none); a regular plural is implied, as PETRARCH does.
 */

export interface PhoenixAgent {
  /** lower-case, words joined by spaces: "riot police" */
  noun: string;
  /** irregular plurals given in braces, lower-case */
  plurals: string[];
  /** the CAMEO agent code without "~": "OPP", "COP", "MIL" */
  code: string;
}

const words = (w: string) => w.replace(/[_\s]+/g, ' ').toLowerCase().trim();

/**
 * Parses the agents file. A line that is no agent line (the file has a few, e.g. a noun with no
 * code) is skipped and reported in `skipped` as "file:line: what is wrong".
 */
export function parsePhoenixAgents(text: string, file = 'Phoenix.agents.txt'): { agents: PhoenixAgent[]; skipped: string[] } {
  const sets = new Map<string, string[]>();
  const agents: PhoenixAgent[] = [];
  const skipped: string[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/#.*$/, '').trim();
    if (line === '') continue;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1], set[2].split(',').map((w) => w.trim()));
      continue;
    }
    // a few lines of the file write a space for "_" or close the code with a brace ("[~ENV}"): read them as meant
    const m = /^([^{[]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)[\]}]/.exec(line);
    if (!m) {
      skipped.push(`${file}:${n + 1}: "${line}" is not an agent line (NOUN {PLURALS} [~CODE])`);
      continue;
    }
    const [, head, braces, code] = m;
    const sub = /![A-Z]+!/.exec(head)?.[0];
    const expansions = sub ? (sets.get(sub) ?? []).map((w) => head.replace(sub, w)) : [head];
    if (sub && !sets.has(sub)) {
      skipped.push(`${file}:${n + 1}: substitution set ${sub} is not defined above it`);
      continue;
    }
    const plurals = (braces ?? '').replace(/[{}]/g, '').split(/\s+/).filter(Boolean).map(words);
    for (const e of expansions) agents.push({ noun: words(e), plurals, code });
  }
  return { agents, skipped };
}

/** The regular English plural of a noun PETRARCH implies: "protester" -> "protesters", "policeman" -> "policemen". */
export function regularPlural(noun: string): string {
  if (/man$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
