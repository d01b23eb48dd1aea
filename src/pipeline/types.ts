/**
 * Types passed between the pipeline stages. Every stage is a pure function
 * `(input, context) => output`: no file access, no clock; `context.published` is the only "now".
 */
import type { Actor, ActorPin } from '../schema/actor.ts';
import type { Precision, TimelineEvent } from '../schema/event.ts';
import type { Article } from '../schema/article.ts';
import type { Redirect } from '../schema/redirect.ts';

export interface PipelineContext {
  /** article id (slug of the file name) */
  articleId: string;
  /** publication date, YYYY-MM-DD: the reference ("document creation time") for relative dates */
  published: string;
  /** actors editors pinned in content/actors.yaml */
  pins: ActorPin[];
}

/** A paragraph of the cleaned article body. */
export interface Paragraph {
  index: number;
  text: string;
}

/** A sentence of the cleaned body; `start`/`end` are UTF-16 offsets into the cleaned document text. */
export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

/** The cleaned document: paragraphs joined by "\n\n"; sentence offsets point into `text`. */
export interface CleanDocument {
  text: string;
  paragraphs: Paragraph[];
  /** what the clean stage dropped and why, for `dateline explain` */
  dropped: { text: string; reason: string }[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A calendar interval, inclusive, in ISO dates. */
export interface DayRange {
  start: string;
  end: string;
  precision: Precision;
}

/** A time expression found in text, normalized against the document creation time. */
export interface Timex {
  /** UTF-16 offsets into the text given to the tagger */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML TIMEX3 value: 2022-01-31, 2022-W04, 2022-01, 2014, P3D, PRESENT_REF, XXXX-WXX-1 ... */
  value: string;
  /** TimeML mod (BEFORE, AFTER, START, MID, END, APPROX ...) when the text qualifies the value */
  mod?: string;
  /** the calendar days the expression denotes, when it denotes a date or span of dates */
  range?: DayRange;
  /** true when the text states the date outright ("Feb. 20, 2022", "in 2014"); false when it is relative */
  certain: boolean;
  /** true for an announced, future time ("in the next few days", "on Friday" after "will") */
  future: boolean;
  /** the rule that produced it, for `dateline explain` */
  rule: string;
}

/** Where an actor is named (or referred to) in a sentence; offsets are into `Sentence.text`. */
export interface ActorMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** canonical actor id */
  actor: string;
  /** `agent`: a generic agent of the Phoenix dictionary ("protesters", "police") */
  via: 'name' | 'alias' | 'surname' | 'role' | 'pronoun' | 'organization' | 'country' | 'demonym' | 'agent';
}

/** What the actor stage finds in one article. */
export interface ArticleActors {
  actors: Actor[];
  mentions: ActorMention[];
}

/** An article as read from content/articles: validated frontmatter and the raw body. */
export interface SourceArticle {
  /** slug of the file name: the article's permalink id */
  id: string;
  /** path shown in messages, e.g. content/articles/x.md */
  file: string;
  title: string;
  publisher: string;
  /** as written: YYYY-MM-DD or an ISO date-time */
  publishedAt: string;
  url: string | null;
  byline: string | null;
  /** the markdown body, frontmatter removed */
  body: string;
  /** line number (1-based) of the body's first line in the file, for messages */
  bodyLine: number;
}

/** What the pipeline produces for the whole site. */
export interface Timeline {
  events: TimelineEvent[];
  actors: Actor[];
  articles: Article[];
  /** every retired event id and where it leads now */
  redirects: Redirect[];
}
