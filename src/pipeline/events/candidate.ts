/** An event as one article reports it, before merging across sentences and articles. */
import type { EventDate, EventType, EventSource } from '../../schema/event.ts';
import type { PendingRelation } from './dating/types.ts';

export type EventRole = 'speaker' | 'agent' | 'target' | 'participant';

export interface Candidate {
  type: EventType;
  /** the CAMEO event code of the trigger (PETRARCH2's dictionary), when it has one */
  cameo?: string;
  /** WordNet's class of the trigger verb (verb.weather, verb.contact ...), when it has one */
  verbClass?: string;
  /** whether the CAMEO code is the dictionary's for the trigger, or the type's default */
  cameoFrom?: 'dictionary' | 'type';
  /** a happening with no agent ("the quake struck"): no actor is invented for it */
  agentless?: boolean;
  status: 'occurred' | 'announced';
  date: EventDate;
  planned: EventDate | null;
  actors: { id: string; role: EventRole }[];
  quotes: { text: string; speaker: string }[];
  quantities: { value: number; unit: string }[];
  places: string[];
  sources: EventSource[];
  /** the rule that made it: trigger name and how the date was found */
  rule: string;
  /** a readable headline drawn from the reporting clause */
  title: string;
  /** the paragraph of the first source, for merging elaborations within an article */
  paragraph: number;
  /** "article#n" of every candidate merged into this one, for tracing a sentence to its event */
  keys?: string[];
  /** "two days after the vote" with no vote the article dates: resolved against other articles after merging (../relations.ts) */
  relation?: PendingRelation;
}

/** Speech acts: one event per speaker per day holds them all. */
export const SPEECH_TYPES = new Set<EventType>(['statement', 'warning', 'denial']);
