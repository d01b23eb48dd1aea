/**
 * Remembers a pure function's answers for string arguments. Name matching asks the same few
 * questions ("is Pskai a spelling of Psaki?") once per mention of every person; remembering
 * the answers keeps a long article's cost per mention small. At most `limit` answers are kept
 * (the oldest forgotten first), so memory stays bounded whatever the input.
 */
export function memoize<A extends string[], R>(fn: (...args: A) => R, limit = 100_000): (...args: A) => R {
  const answers = new Map<string, R>();
  return (...args: A): R => {
    const key = args.length === 1 ? args[0]! : args.join('\u0000');
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as R;
    const answer = fn(...args);
    if (answers.size >= limit) answers.delete(answers.keys().next().value!);
    answers.set(key, answer);
    return answer;
  };
}
