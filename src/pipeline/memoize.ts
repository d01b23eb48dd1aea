/**
 * Remembers a pure function's answers for string arguments. Name matching asks the same few
 * questions ("is Pskai a spelling of Psaki?") once per mention of every person; remembering
 * the answers keeps a long article's cost per mention small. At most `limit` answers are kept
 * (when full, it starts afresh), so memory stays bounded whatever the input.
 */
export function memoize<R>(fn: (a: string) => R, limit?: number): (a: string) => R;
export function memoize<R>(fn: (a: string, b: string) => R, limit?: number): (a: string, b: string) => R;
export function memoize<R>(fn: (a: string, b: string) => R, limit = 100_000): (a: string, b: string) => R {
  // answers by first argument, then by second (no key string to build per question)
  let answers = new Map<string, Map<string, R>>();
  let size = 0;
  return (a: string, b = ''): R => {
    let byB = answers.get(a);
    const known = byB?.get(b);
    if (known !== undefined || byB?.has(b)) return known as R;
    const answer = fn(a, b);
    if (size >= limit) {
      answers = new Map();
      size = 0;
      byB = undefined;
    }
    if (!byB) answers.set(a, (byB = new Map()));
    byB.set(b, answer);
    size++;
    return answer;
  };
}
