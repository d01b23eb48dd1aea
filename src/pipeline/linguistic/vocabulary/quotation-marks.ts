/** Quotation marks: the one home every stage reads them from (sentence splitting, tokens, quotations). */

/** Opening curly and guillemet marks; a straight " opens and closes alike. */
export const OPEN_QUOTES = new Set(['“', '«']);
export const CLOSE_QUOTES = new Set(['”', '»']);
/** A single curly quotation (British style) opens with ‘ and closes with ’ (also the apostrophe). */
export const OPEN_SINGLE = '‘';
export const CLOSE_SINGLE = '’';
