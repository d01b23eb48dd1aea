/**
 * Where an event's date came from, in words for its page: the words the article states, or how
 * the date was inferred (an inferred date always says so).
 */
import type { EventDate } from '../schema/event.ts';
import { BY_ORDER, FROM_PUBLICATION } from '../pipeline/date-rule-notes.ts';

export function dateBasis(date: EventDate, rule: string): string {
  if (date.certain) return `from “${date.text}”`;
  if (rule.includes(BY_ORDER)) return 'inferred from the order of a chronology: the entries around it are dated by other articles or by the chronology itself';
  if (date.text) return `inferred: the article does not state it; from “${date.text}” in its context`;
  if (rule.includes(FROM_PUBLICATION)) return 'inferred from the publication date: the article does not state it';
  return 'inferred from its context: the article does not state it';
}
