/** Shared by the actor stage's tests: sentences from plain strings, one paragraph each. */
import type { Sentence } from '../types.ts';

export function sentencesOf(texts: string[]): Sentence[] {
  let offset = 0;
  return texts.map((text, index) => {
    const s = { index, paragraph: index, text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return s;
  });
}
