/**
 * Timeline17 scoring helpers: which topics to run, the date-selection measure ported from the
 * reference scorer (`../shared/eval/tls-score.py`, `date_f1`), and the scorer's output read back.
 * The scorer itself stays the reference: eval:real runs it, and tls.test.ts checks the port
 * against it on a small case.
 */

/** The lead's held-out topics: never run, read or scored during development. */
export const HELD_OUT_TOPICS: readonly string[] = ['SyrianCrisis_bbc', 'bpoil_washingtonpost'];

/**
 * The topics to run: the ones asked for (`--topics a,b`, held-out ones only when asked by name),
 * else every topic folder except the held-out ones. Unknown names are an error naming the known ones.
 */
export function selectTopics(available: string[], requested: string[] | null): string[] {
  const known = [...available].sort();
  if (!requested) return known.filter((t) => !HELD_OUT_TOPICS.includes(t));
  const unknown = requested.filter((t) => !known.includes(t));
  if (unknown.length > 0) throw new Error(`unknown topic(s) ${unknown.join(', ')}: choose from ${known.join(', ')}`);
  return [...new Set(requested)];
}

/**
 * F1 of the top k ranked days against the gold days, k = the number of gold days: the
 * date-selection measure of timeline summarization, exactly as the reference scorer computes it.
 */
export function dateF1(rankedDays: string[], goldDays: Set<string>): number {
  const k = goldDays.size;
  const top = new Set(rankedDays.slice(0, k));
  let tp = 0;
  for (const d of top) if (goldDays.has(d)) tp++;
  if (tp === 0) return 0;
  const p = tp / Math.max(1, top.size);
  const r = tp / Math.max(1, k);
  return (2 * p * r) / (p + r);
}

/** The reference scorer's figures for one topic (its closing `key=value` line). */
export interface TlsScore {
  events: number;
  gold_days: number;
  date_f1: number;
  peer_date_f1: number;
  pubdate_f1: number;
  stated: number;
  extracted: number;
  dated_right: number;
  peer_dated_right: number;
}

const SCORE_KEYS: (keyof TlsScore)[] = ['events', 'gold_days', 'date_f1', 'peer_date_f1', 'pubdate_f1', 'stated', 'extracted', 'dated_right', 'peer_dated_right'];

/** Reads the scorer's output: its closing figures, and (with --verbose) the rows above them. */
export function parseTlsOutput(output: string): { score: TlsScore; rows: string[] } {
  const lines = output.trim().split('\n');
  const last = lines.at(-1) ?? '';
  const pairs = new Map(last.split(' ').map((kv) => kv.split('=') as [string, string]));
  const missing = SCORE_KEYS.filter((k) => !pairs.has(k) || Number.isNaN(Number(pairs.get(k))));
  if (missing.length > 0) throw new Error(`the TLS scorer's last line lacks ${missing.join(', ')}: ${JSON.stringify(last.slice(0, 200))}`);
  const score = Object.fromEntries(SCORE_KEYS.map((k) => [k, Number(pairs.get(k))])) as unknown as TlsScore;
  return { score, rows: lines.slice(0, -1) };
}

/** Days ranked as the reference scorer ranks an events.json: distinct citing articles per day-precise day, ties by date. */
export function rankDaysByCitingArticles(events: { date: { start: string; precision: string }; sources: { article: string }[] }[]): string[] {
  const byDay = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.date.precision !== 'day') continue;
    const set = byDay.get(e.date.start) ?? new Set<string>();
    for (const s of e.sources) set.add(s.article);
    byDay.set(e.date.start, set);
  }
  return [...byDay.keys()].sort((a, b) => byDay.get(b)!.size - byDay.get(a)!.size || (a < b ? -1 : 1));
}
