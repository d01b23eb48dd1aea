/** Last: the publication date, marked inferred. */
import type { DateSource } from '../types.ts';
import { PUBLICATION_SOURCE } from '../../../date-rule-notes.ts';

export const publication: DateSource = {
  name: PUBLICATION_SOURCE,
  find: ({ context }) => ({ date: { start: context.published, end: context.published, precision: 'day', certain: false, text: '' }, because: 'nothing closer: the publication date (inferred)' }),
};
