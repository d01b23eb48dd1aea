/**
 * The notes a stage after extraction adds to an event's `rule` when it moves the event's date:
 * one home for the words, which the pages read to say where an inferred date came from.
 */

/** A chronology's entry dated by the order of entries other articles date (./chronology.ts). */
export const BY_ORDER = "dated by the chronology's order";

/** The name of the last date source, the publication day (./events/dating/sources/publication.ts) ... */
export const PUBLICATION_SOURCE = 'publication date';
/** ... and how an event's rule says its date came from it (extract.ts: "date from <source>"). */
export const FROM_PUBLICATION = `date from ${PUBLICATION_SOURCE}`;
