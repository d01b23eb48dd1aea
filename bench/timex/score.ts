/**
 * TempEval-3 time-expression scoring (task A), as the official scorer defines it:
 * - strict match: the system span has exactly the gold offsets; relaxed match: the spans overlap;
 * - precision = system spans that match some gold span / all system spans, recall = gold spans
 *   matched by some system span / all gold spans;
 * - type and value accuracy are taken over the relaxed-matched gold spans, each paired with its
 *   best system span (the exact one if there is one, else the first overlapping one);
 * - value F1 = relaxed F1 x value accuracy (the figure TempEval-3 ranks systems by).
 */

export interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface Scores {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  valueF1: number;
  counts: Counts;
}

/** One relaxed-matched pair, for error listings. */
export interface Pair<G extends Span, S extends Span> {
  gold: G;
  system: S;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strictGold: 0, strictSystem: 0, relaxedGold: 0, relaxedSystem: 0, typeCorrect: 0, valueCorrect: 0 };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** Counts one document's matches into `into` and returns the matched pairs. */
export function countDocument<G extends Span, S extends Span>(gold: G[], system: S[], into: Counts = emptyCounts()): { counts: Counts; pairs: Pair<G, S>[] } {
  const pairs: Pair<G, S>[] = [];
  into.gold += gold.length;
  into.system += system.length;
  for (const s of system) {
    if (gold.some((g) => same(g, s))) into.strictSystem++;
    if (gold.some((g) => overlaps(g, s))) into.relaxedSystem++;
  }
  for (const g of gold) {
    if (system.some((s) => same(g, s))) into.strictGold++;
    const best = system.find((s) => same(g, s)) ?? system.find((s) => overlaps(g, s));
    if (!best) continue;
    into.relaxedGold++;
    if (best.type === g.type) into.typeCorrect++;
    if (best.value === g.value) into.valueCorrect++;
    pairs.push({ gold: g, system: best });
  }
  return { counts: into, pairs };
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Turns counts into TempEval-3 figures, as fractions in 0..1. */
export function scores(c: Counts): Scores {
  const sp = ratio(c.strictSystem, c.system);
  const sr = ratio(c.strictGold, c.gold);
  const rp = ratio(c.relaxedSystem, c.system);
  const rr = ratio(c.relaxedGold, c.gold);
  const valueAccuracy = ratio(c.valueCorrect, c.relaxedGold);
  return {
    strict: { precision: sp, recall: sr, f1: f1(sp, sr) },
    relaxed: { precision: rp, recall: rr, f1: f1(rp, rr) },
    typeAccuracy: ratio(c.typeCorrect, c.relaxedGold),
    valueAccuracy,
    valueF1: f1(rp, rr) * valueAccuracy,
    counts: c,
  };
}

/**
 * The view of one type: gold spans of that type against the system spans of that type plus any
 * system span that overlaps one of them (so a gold DATE the system typed DURATION still counts as
 * found, and shows up in the type accuracy instead of twice as an error).
 */
export function ofType<G extends Span, S extends Span>(type: string, gold: G[], system: S[]): { gold: G[]; system: S[] } {
  const goldOfType = gold.filter((g) => g.type === type);
  return { gold: goldOfType, system: system.filter((s) => s.type === type || goldOfType.some((g) => overlaps(g, s))) };
}

/** The DATE-only view (see ofType). */
export function dateOnly<G extends Span, S extends Span>(gold: G[], system: S[]): { gold: G[]; system: S[] } {
  return ofType('DATE', gold, system);
}
