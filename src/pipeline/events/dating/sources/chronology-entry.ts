/** A chronology's date heading dates the sentences of its entry (see ../entries.ts). */
import type { DateSource } from '../types.ts';
import { inferred } from '../timex-date.ts';

export const chronologyEntry: DateSource = {
  name: 'chronology entry',
  find({ context: { entry } }) {
    if (!entry) return { pass: 'not in a chronology entry' };
    return { date: inferred(entry.date), because: `an entry of the article's chronology, under the heading "${entry.date.text}" (sentence ${entry.sentence + 1})` };
  },
};
