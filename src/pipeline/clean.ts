/**
 * Stage 1, clean: keep the reporting, drop what is not (related-story headlines in capitals,
 * app and newsletter promos, credit lines, bylines, photo credits), and turn light markdown
 * into plain text. Everything dropped is kept with its reason for `dateline explain`.
 */
import type { CleanDocument, Paragraph } from './types.ts';

/** Share of upper-case among letters above which a line is a shouted headline, not prose. */
const HEADLINE_UPPERCASE_SHARE = 0.85;
/** Shorter all-caps lines are acronym-only sentences ("NATO.") more likely than headlines. */
const HEADLINE_MIN_LETTERS = 12;

/** Promotional lines: calls to click, download, subscribe, follow or watch. */
const PROMO = [
  /^\s*click here\b/i,
  /\b(?:download|get) (?:the|our) [\w\s'’-]{0,40}\bapp\b/i,
  /^\s*(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|alerts?|updates|podcast)\b/i,
  /^\s*(?:follow|like) us on\b/i,
  /^\s*get (?:the |our )?[\w\s'’-]{0,60}\b(?:newsletter|brief|briefing|alerts?)\b.{0,40}\binbox\b/i,
  /\bin your inbox\b.{0,30}$/i,
  /^\s*(?:watch|listen|read more|related|see also|more on this|trending|advertisement)\s*[:|-]/i,
  /^\s*(?:advertisement|story continues below)\s*$/i,
];

/** Credit lines: who contributed, reported, edited, or took the photo. */
const CREDIT = [
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\s*$/i,
  /^\s*(?:additional )?reporting by\b/i,
  /^\s*(?:writing|editing|edited) by\b/i,
  /^\s*\(?(?:photo|image|video)(?: credit)?\s*:/i,
  /^\s*(?:this (?:story|article) (?:has been|was) (?:updated|corrected))\b/i,
  /^\s*[Bb]y [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?(?:,\s*(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})?\s*$/,
];

/**
 * Where readers' comments begin: the time stamp a comment system puts on each comment, with its
 * action links or a bare pipe ("March 9, 2011 at 6:19 pm | Reply", "| Report abuse |") or its author ("At 10:14
 * am on 28 May 2010, reader42 wrote:"). Pages saved with their comment thread run it straight on
 * after the article; what readers wrote is no reporting.
 */
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?`;
const COMMENT_STAMPS = [
  new RegExp(String.raw`\b${MONTH_NAME}\s+\d{1,2},\s+\d{4},?\s+at\s+${CLOCK}\s*\|`, 'i'),
  new RegExp(String.raw`\bAt\s+${CLOCK}\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}\s+\d{4},\s*[^\s,:]{1,40}(?:\s+[^\s,:]{1,40}){0,2}\s+wrote:`, 'i'),
];

/**
 * A comment system's own words around its thread: the invitation that opens it ("We welcome
 * comments that advance the story ...") and the notice that closes it ("This discussion is now
 * closed"). From either on, the page holds readers' words and the site's chrome, no reporting.
 */
const COMMENT_NOTICES = [
  /\bWe welcome comments (?:that|on our)\b/i,
  /\bThis (?:discussion|debate|thread) is (?:now )?closed\b/i,
  /\bComments (?:are|have been) (?:now )?closed\b/i,
];

/** Where the readers' comments under an article begin (the first comment's time stamp, or the comment system's notice), or null. */
export function commentsStart(body: string): number | null {
  let first: number | null = null;
  for (const re of [...COMMENT_STAMPS, ...COMMENT_NOTICES]) {
    const m = re.exec(body);
    if (m && (first === null || m.index < first)) first = m.index;
  }
  return first;
}

/** How much of a long dropped stretch `dateline explain` shows. */
const DROPPED_SHOWN_CHARS = 160;

/** Why a paragraph is not reporting, or null when it is. */
export function whyNotReporting(paragraph: string): string | null {
  const letters = paragraph.match(/\p{L}/gu) ?? [];
  const upper = paragraph.match(/\p{Lu}/gu) ?? [];
  if (letters.length >= HEADLINE_MIN_LETTERS && upper.length / letters.length >= HEADLINE_UPPERCASE_SHARE) {
    return 'headline in capitals';
  }
  if (PROMO.some((re) => re.test(paragraph))) return 'promotion';
  if (CREDIT.some((re) => re.test(paragraph))) return 'credit line';
  return null;
}

/** Light markdown to plain text: links keep their text, emphasis and heading marks go. */
export function markdownToText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A wire dateline before the first sentence: "KYIV, Ukraine (AP) — ", "LONDON (Reuters) - ",
 * "WASHINGTON — ", "TRIPOLI/MANAMA (Reuters) - ", "BERLIN, March 6 (Reuters) - ", or the agency
 * alone in brackets, "(CNN) -- ".
 */
const DATELINE = /^((?:\p{Lu}[\p{Lu}/.'’ -]+)(?:,\s+[\p{L}.'’ -]{2,30})?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([\p{L}.&' -]{2,30}\))?\s*[—–-]{1,2}\s+)(?=\S)/u;
/**
 * A wire page's stamp: a bar, then the weekday, date, clock time and zone it was filed, after its
 * place ("GENEVA | Thu Mar 10, 2011 11:55 am EST "). Looked for in the first line's opening
 * characters: a page's chrome ("Full Article", a headline, a photo credit) may come before it.
 */
const PAGE_STAMP = /\|\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+\p{Lu}{2,5}\s+(?=\S)/u;
const PAGE_STAMP_REACH = 300;
/** The agency alone in brackets before the dash: "(CNN) -- ", "(AP) — " (one or two words, the first a capital). */
const AGENCY_DATELINE = /^(\(\p{Lu}[\p{L}.&']{1,15}(?: [\p{L}.&']{1,15})?\)\s*[—–-]{1,2}\s+)(?=\S)/u;

/** Splits a wire dateline off the start of a paragraph: [dateline or null, the rest]. */
export function splitDateline(text: string): [string | null, string] {
  // a wire page's stamp before its dateline: "RABAT | Sun Feb 20, 2011 6:47 pm EST RABAT (Reuters) - "
  const stamp = PAGE_STAMP.exec(text.slice(0, PAGE_STAMP_REACH));
  if (stamp) {
    const end = stamp.index + stamp[0].length;
    const [dateline, rest] = splitDateline(text.slice(end));
    return [`${text.slice(0, end)}${dateline ?? ''}`.trim(), rest];
  }
  const agency = AGENCY_DATELINE.exec(text);
  if (agency) return [agency[1].trim(), text.slice(agency[1].length)];
  const m = DATELINE.exec(text);
  // the dateline's place is in capitals: "NATO —" would be a sentence's own subject only without a place or agency
  if (!m || !/\p{Lu}{3,}/u.test(m[1]) || m[1].length > 70) return [null, text];
  // "NATO — the alliance — said": a pair of dashes brackets an aside, it does not end a dateline
  if (/^[^(,]*$/.test(m[1]) && /\s[—–-]{1,2}\s/.test(text.slice(m[1].length))) return [null, text];
  return [m[1].trim(), text.slice(m[1].length)];
}

export function cleanArticle(body: string): CleanDocument {
  const paragraphs: Paragraph[] = [];
  const dropped: CleanDocument['dropped'] = [];
  // A paragraph is a run of non-blank lines; a lone line that is a headline or promo is
  // its own block even when the writer left no blank line around it.
  let text = body.replace(/\r\n?/g, '\n');
  // readers' comments run to the end of the page: cut there (a comment the system stamps after
  // its text, the first one's words stay: nothing marks where it begins)
  const comments = commentsStart(text);
  if (comments !== null) {
    const rest = text.slice(comments).replace(/\s+/g, ' ').trim();
    const shown = rest.length > DROPPED_SHOWN_CHARS ? `${rest.slice(0, DROPPED_SHOWN_CHARS)}… (${rest.length} characters)` : rest;
    text = text.slice(0, comments);
    dropped.push({ text: shown, reason: 'readers\' comments, from the comment system\'s first time stamp or notice on' });
  }
  const blocks = text.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').map(markdownToText).filter((l) => l !== '');
    let current: string[] = [];
    const flush = () => {
      if (current.length > 0) paragraphs.push({ index: paragraphs.length, text: current.join(' ') });
      current = [];
    };
    for (const line of lines) {
      const reason = whyNotReporting(line);
      if (reason) {
        flush();
        dropped.push({ text: line, reason });
      } else if (paragraphs.length === 0 && current.length === 0 && splitDateline(line)[0]) {
        const [dateline, rest] = splitDateline(line);
        dropped.push({ text: dateline!, reason: 'dateline' });
        current.push(rest);
      } else {
        current.push(line);
      }
    }
    flush();
  }
  return { text: paragraphs.map((p) => p.text).join('\n\n'), paragraphs, dropped };
}
