/** Last: the publication date, marked inferred. */
import type { DateSource } from '../types.ts';

export const publication: DateSource = {
  name: 'publication date',
  find: ({ context }) => ({ date: { start: context.published, end: context.published, precision: 'day', certain: false, text: '' }, because: 'nothing closer: the publication date (inferred)' }),
};
