/**
 * The tense of the clause around a time expression, as a reader hears it: "would hold a summit
 * on Friday" looks ahead, "met on Friday" looks back.
 *
 * How it decides: it walks the words of the same sentence outward from the expression, left
 * and right, up to WINDOW_WORDS each way, and takes the nearest tense cue (the left one on a
 * tie, since English puts the verb before its time adverbial more often than after):
 * - future cues: will/'ll/shall/would, "going to", plan(s)/scheduled/set/due/expected/intend(s)
 *   followed by "to", next/upcoming/coming, "to" + a bare verb ("agreed to meet Friday"),
 *   rescheduling verbs before "until" ("postponed until Saturday"), and event verbs in the
 *   simple present, which news uses for the scheduled ("the president arrives Monday");
 * - past cues: said/was/were/had/did, irregular past forms, words ending in -ed (a participle
 *   right after be/being/been is passive and is skipped: "will be held Friday" stays future);
 *   a past intention verb ("agreed to") more than NEAR_INFINITIVE_WORDS away is the clause's
 *   own verb, so past;
 * - present cues: is/are/am/remains ("the vote is Friday"); a reporting "says" counts as past:
 *   "says Monday" is news about a day that has come.
 * A cue to the right of the expression counts only as the clause's own verb ("on Thursday
 * agreed to plead guilty" is past); one past a comma ("on Tuesday, officials said") only when
 * no cue stands on the left. With no cue it answers null and the caller chooses its
 * default (resolve.ts: past for weekdays, the nearest date for month-days).
 */
import { firstIndex } from '../first-index.ts';

export type Tense = 'past' | 'present' | 'future';

/** how far the cue may be from the expression, in words each way (a long object can sit between: "is expected to address the U.S. Congress via video link on Wednesday") */
const WINDOW_WORDS = 15;

const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', "won't", 'next', 'upcoming', 'coming', 'tomorrow', 'soon', 'later', 'scheduled', 'slated']);
/** words that look ahead only when "to" follows ("plans to hold") */
const FUTURE_BEFORE_TO = new Set(['plan', 'plans', 'planned', 'planning', 'scheduled', 'set', 'due', 'expected', 'expects', 'intend', 'intends', 'intended', 'aim', 'aims', 'hope', 'hopes', 'going', 'poised', 'likely', 'slated', 'agreed', 'agree', 'agrees', 'decided', 'promised', 'vowed', 'threatened', 'prepared', 'preparing', 'ready']);
/** bare verbs that, after "to", describe something still to happen ("agreed to meet Friday") */
const PROSPECTIVE_VERBS = new Set(['meet', 'hold', 'visit', 'travel', 'attend', 'vote', 'sign', 'return', 'announce', 'begin', 'start', 'launch', 'open', 'host', 'decide', 'discuss', 'release', 'resume', 'speak', 'testify', 'appear', 'arrive', 'leave', 'go', 'come', 'take', 'be', 'make', 'hold', 'give', 'deliver', 'unveil', 'publish', 'present', 'close', 'end', 'finish', 'complete', 'sit', 'convene', 'rule', 'report', 'hear', 'consider', 'review', 'submit', 'file', 'introduce', 'debate', 'fly', 'head', 'join', 'face', 'play', 'compete', 'run', 'march', 'rally', 'strike', 'protest', 'reopen', 'restart', 'expire', 'formally', 'address', 'brief', 'tour', 'inspect', 'outline', 'propose', 'raise', 'cut', 'lower', 'award', 'name', 'nominate', 'elect', 'choose', 'select', 'reach', 'resolve', 'settle', 'sign', 'ratify', 'approve', 'pass', 'adopt', 'enact', 'implement', 'deploy', 'withdraw', 'send', 'move', 'win', 'lose', 'retire', 'resign', 'step', 'stand', 'seek', 'continue', 'remain', 'stay', 'wait', 'kick', 'unveil']);
/** verbs whose past tense is spelled as their bare form: after "to" they are not past */
const SAME_FORM_VERBS = new Set(['hit', 'set', 'put', 'shut', 'spread', 'cut', 'cost', 'let', 'hurt', 'quit', 'beat', 'bet', 'cast', 'burst', 'split', 'upset', 'read', 'broadcast', 'forecast']);
/** verbs that move something to a later time: "postponed until Saturday" looks ahead */
const RESCHEDULING = new Set(['postponed', 'delayed', 'deferred', 'rescheduled', 'adjourned', 'extended', 'pushed']);
const PAST = new Set(['said', 'was', 'were', 'had', 'did', 'told', 'ago', 'went', 'came', 'took', 'met', 'saw', 'made', 'gave', 'began', 'held', 'left', 'spoke', 'won', 'lost', 'fell', 'rose', 'sent', 'fought', 'struck', 'brought', 'bought', 'sold', 'paid', 'wrote', 'found', 'thought', 'knew', 'felt', 'kept', 'led', 'ran', 'stood', 'sat', 'set', 'put', 'hit', 'shot', 'got', 'became', 'broke', 'chose', 'drew', 'drove', 'ate', 'flew', 'forgot', 'froze', 'grew', 'hung', 'heard', 'hid', 'laid', 'lay', 'lent', 'meant', 'rang', 'rode', 'sang', 'sank', 'shook', 'shut', 'slept', 'spent', 'spread', 'stole', 'stuck', 'swore', 'swept', 'taught', 'tore', 'threw', 'understood', 'woke', 'wore', 'withdrew', 'overtook', 'undertook', 'died', 'sued', 'tied', 'lied', 'owed', 'been', 'earlier', 'last', 'previously', 'yesterday']);
/** words that keep a chronology entry in the future ("Monday - Talks are due to resume") */
const CHRONOLOGY_FUTURE = /\b(?:will|would|shall|is to|are to|due to|scheduled|planned|expected to|set to)\b/i;
/** prepositions that put the clause's time after the happening their noun names */
const AFTER_WORDS = new Set(['following', 'after', 'since']);
/** present-tense cues ("the vote is Friday"): with a weekday they point at the nearer one */
const PRESENT = new Set(['is', 'are', 'am', "'re", 'does', 'remains', 'remain']);
/**
 * event verbs in the simple present: news uses them for what is scheduled ("the president
 * arrives Monday"), so they look ahead; reporting verbs ("says") are handled apart
 */
const SCHEDULED_PRESENT = new Set(['arrives', 'arrive', 'leaves', 'begins', 'starts', 'opens', 'meets', 'visits', 'travels', 'hosts', 'holds', 'plays', 'faces', 'returns', 'ends', 'closes', 'resumes', 'launches', 'votes', 'speaks', 'heads', 'expires', 'kicks', 'goes', 'convenes', 'debuts', 'premieres', 'reopens', 'takes', 'steps', 'retires', 'joins', 'hands', 'stands']);
const REPORTING_PRESENT = new Set(['says', 'say', 'tells', 'reports', 'announces', 'confirms', 'writes']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each']);
/** "has", "have": before a participle they make the present perfect */
const PERFECT_AUXILIARIES = new Set(['has', 'have', "'ve", 'hath']);
const BE_FORMS = new Set(['be', 'being', 'been', 'is', 'are', 'am', 'was', 'were']);
/** words ending in -ed that are not past forms */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'hundred', 'united', 'proceed', 'exceed', 'succeed', 'feed', 'seed', 'breed', 'bed', 'red', 'shed', 'wed', 'embed', 'naked', 'wicked', 'sacred', 'kindred', 'bled', 'fled', 'led', 'sled', 'creed', 'greed', 'weed', 'heed', 'deed', 'steed', 'tweed', 'ted', 'ned', 'fred', 'ahmed', 'mohammed', 'muhammad', 'based', 'related', 'armed', 'interested', 'concerned', 'alleged', 'supposed', 'so-called', 'detailed', 'limited', 'advanced', 'experienced', 'skilled', 'talented', 'beloved', 'learned', 'aged', 'biased', 'assorted', 'scheduled', 'planned', 'expected', 'intended', 'prepared', 'agreed', 'decided', 'promised', 'vowed', 'threatened']);

interface Word {
  text: string;
  lower: string;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z]+(?:'[a-z]+)?|'[a-z]+/g)].map((m) => ({ text: m[0], lower: m[0].toLowerCase() }));
}

/** A period after these is an abbreviation's, not a sentence end. */
const ABBREVIATION_BEFORE = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|approx|a\.m|p\.m)|\b[A-Z](?:\.[A-Z])+|(?:^|\s)[A-Z])$/;

/** A sentence boundary in a text: the end of one sentence (`index`) and the start of the next (`stop`). */
export interface Boundary {
  index: number;
  stop: number;
}

/** Every sentence boundary of `text`, in order: found once per text, not once per expression. */
export function sentenceBoundaries(text: string): Boundary[] {
  const boundary = /[.!?]["')\]]?\s+(?=["'(\[]?[A-Z0-9])|\n\s*\n|[;:]\s/g;
  const out: Boundary[] = [];
  for (const m of text.matchAll(boundary)) {
    // "Feb. 20", "U.S. Navy": an abbreviation's period right before a date or a capital is not a sentence end
    if (m[0].startsWith('.') && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ index: m.index, stop: m.index + m[0].length });
  }
  return out;
}

/**
 * The sentence around [start, end): from the last sentence end before it to the next after it.
 * Pass the text's `boundaries` when asking about many expressions of one text.
 */
export function sentenceAround(text: string, start: number, end: number, boundaries = sentenceBoundaries(text)): { left: string; right: string } {
  // boundaries are ordered by both index and stop: the first that stops past `start` follows the sentence's start
  const lo = firstIndex(boundaries.length, (i) => boundaries[i]!.stop > start);
  const from = lo > 0 ? boundaries[lo - 1]!.stop : 0;
  let next = lo;
  while (next < boundaries.length && boundaries[next]!.index < end) next++;
  const to = next < boundaries.length ? boundaries[next]!.index : text.length;
  return { left: text.slice(from, start), right: text.slice(end, to) };
}

/** Past forms of intention verbs ("agreed to sell ... in October") look ahead only this close, in words. */
const NEAR_INFINITIVE_WORDS = 6;

function cueOf(list: Word[], i: number, direction: -1 | 1, distance: number): Tense | null {
  const w = list[i].lower;
  const next = list[i + 1]?.lower;
  const previous = list[i - 1]?.lower;
  // "started coming from the cap late Sunday": "coming" after a verb is its participle, not "the coming week"
  if (w === 'coming' && previous !== undefined && /(?:ed|s|ing)$|^(?:be|is|are|was|were|keep|kept|start|begin|began|stop)$/.test(previous) && !DETERMINERS.has(previous)) return null;
  if (FUTURE.has(w)) return 'future';
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') {
    // "agreed to meet on Friday": the time belongs to the meeting, still ahead. But in "on
    // Thursday agreed to plead guilty" the time comes first and belongs to the agreeing, whose
    // own tense counts.
    // Far from it, a past form is more likely the clause's own verb: "agreed to sell back its
    // stake to Rosneft in October" reports an October agreement.
    if (direction === -1) return w.endsWith('ed') && distance > NEAR_INFINITIVE_WORDS ? 'past' : 'future';
    return w.endsWith('ed') ? 'past' : null;
  }
  if (w === 'to' && next && PROSPECTIVE_VERBS.has(next)) return direction === -1 ? 'future' : null;
  // "expected to hit", "set to cut": a verb whose past form is its bare form, after "to", is the bare form
  if (previous === 'to' && SAME_FORM_VERBS.has(w)) return direction === -1 ? 'future' : null;
  if (w === 'going' && next === 'to') return 'future';
  if (REPORTING_PRESENT.has(w)) return 'past';
  if (RESCHEDULING.has(w) && direction === -1 && list.slice(i + 1).some((x) => x.lower === 'until' || x.lower === 'to' || x.lower === 'till')) return 'future';
  if (PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z]/.test(list[i].text))) {
    // a participle after a form of "be" is passive: the tense is the auxiliary's, further out
    // ("will be held Sunday" looks ahead, "was held Sunday" back)
    // an adverb may sit between them: "will be officially released Monday"
    let j = i - 1;
    while (j > 0 && /^[a-z]{3,}ly$/.test(list[j].lower) && !BE_FORMS.has(list[j].lower)) j--;
    const auxiliary = list[j]?.lower;
    if (direction === -1 && auxiliary && BE_FORMS.has(auxiliary) && !BE_FORMS.has(w)) return null;
    // a present perfect takes no stated past day ("has announced a concert on 8 October"): the day
    // further on belongs to its object, a happening still to come or not placed by the verb
    if (direction === -1 && distance > 1 && auxiliary && PERFECT_AUXILIARIES.has(auxiliary) && w !== 'been') return null;
    // after a determiner or a superlative an -ed word is an adjective: "their largest combined exercise"
    if (!PAST.has(w) && previous && (DETERMINERS.has(previous) || /est$/.test(previous))) return null;
    return 'past';
  }
  if (PRESENT.has(w)) return 'present';
  if (SCHEDULED_PRESENT.has(w)) return 'future';
  return null;
}

/** The tense of the clause around text[start, end), or null when no cue is near. */
export function clauseTense(text: string, start: number, end: number, boundaries = sentenceBoundaries(text)): Tense | null {
  const { left, right } = sentenceAround(text, start, end, boundaries);
  // "March 5 - The council meets ...", "Feb. 17: Protesters gather": a chronology's entry tells, in
  // the historical present, of what has happened, unless it says outright that it is to come
  // (a colon ends the sentence for the time rules, so the entry after "Feb. 17:" is read on from it)
  if (left.trim() === '') {
    const colon = right.trim() === '' && /^:\s/.test(text.slice(end + right.length));
    const entry = /^\s*[-–—:]\s/.test(right) ? right : colon ? text.slice(end + right.length) : null;
    if (entry !== null) {
      if (!CHRONOLOGY_FUTURE.test(entry.slice(0, 120))) return 'past';
      // past the colon no cue is read: the entry's own words said it
      if (colon) return 'future';
    }
  }
  const before = words(left);
  // Past a comma on the right comes the next clause, often an attribution ("on Tuesday, officials
  // said"): its verb is not this clause's, so it counts only when nothing on the left does.
  const comma = right.search(/[,;]/);
  const after = words(comma >= 0 ? right.slice(0, comma) : right);
  const beyond = comma >= 0 ? words(right.slice(comma)) : [];
  let leftCue: Tense | null = null;
  let leftDistance = Infinity;
  let posterior = false;
  for (let i = before.length - 1, d = 1; i >= 0 && d <= WINDOW_WORDS; i--, d++) {
    const cue = cueOf(before, i, -1, d);
    if (cue) {
      // "faces lawsuits following its explosion on 20 April": what comes after the date is now,
      // so the date, which a noun of its own holds, is past
      leftCue = posterior && (cue === 'present' || SCHEDULED_PRESENT.has(before[i].lower)) ? 'past' : cue;
      leftDistance = d;
      break;
    }
    if (AFTER_WORDS.has(before[i].lower)) posterior = true;
  }
  let rightCue: Tense | null = null;
  let rightDistance = Infinity;
  for (let i = 0, d = 1; i < after.length && d <= WINDOW_WORDS; i++, d++) {
    const cue = cueOf(after, i, 1, d);
    if (cue) {
      rightCue = cue;
      rightDistance = d;
      break;
    }
  }
  if (leftCue && leftDistance <= rightDistance) return leftCue;
  if (rightCue ?? leftCue) return rightCue ?? leftCue;
  for (let i = 0, d = after.length + 1; i < beyond.length && d <= WINDOW_WORDS; i++, d++) {
    const cue = cueOf(beyond, i, 1, d);
    if (cue) return cue;
  }
  return null;
}
