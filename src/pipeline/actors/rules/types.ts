/** What the scan rules produce: spans of a sentence that name or refer to an actor. */
import type { ActorKind, ActorPin } from '../../../schema/actor.ts';
import type { PhraseIndex } from '../gazetteer.ts';

export type Gender = 'm' | 'f' | null;

/** A non-person actor as the rules see it: enough to add it to the article's actors. */
export interface Seed {
  id: string;
  name: string;
  kind: Exclude<ActorKind, 'person'>;
  affiliation: string | null;
}

interface Base {
  /** UTF-16 offsets into the sentence */
  start: number;
  end: number;
  text: string;
  quoted: boolean;
}

export type Span = Base &
  (
    | {
        type: 'person';
        /** the name's words, title and honorific left out: ["Jen", "Pskai"] */
        name: string[];
        role: string | null;
        affiliation: Seed | null;
        gender: Gender;
        /** named with a title or honorific: a single word is a surname all the same */
        titled: boolean;
        /** after an honorific ("Mr Delos Santos"): every word is the surname */
        surnameOnly: boolean;
        pin: ActorPin | null;
        /** the words around the name, for "President Biden" pinned as an alias */
        context: string;
      }
    /**
     * a capitalized name that may be a person: kept if it fits a person named elsewhere, or is a
     * speaker ("cue"); `ordinary` when it opens the sentence and the article writes it in lower
     * case too ("Price increases ..."): then only a full name seen elsewhere can claim it
     */
    | { type: 'candidate'; name: string[]; cue: boolean; ordinary: boolean }
    | { type: 'actor'; seed: Seed; via: 'organization' | 'country' | 'demonym' | 'alias' | 'agent' }
    /** "the secretary", "Russia's president": `definite` after "the" */
    | { type: 'role'; head: string; role: string; affiliation: Seed | null; definite: boolean }
    | { type: 'pronoun'; gender: 'm' | 'f' }
    /** an unknown all-capitals word ("AFAD"): an actor if the article spelled it out before, "(AFAD)" */
    | { type: 'acronym' }
    /** "the coast guard": the organization named before whose name ends so */
    | { type: 'institution'; noun: string }
  );

/** What the rules may know about the whole article. */
export interface ScanContext {
  index: PhraseIndex;
  /** words the article uses in lower case: a capitalized one at a sentence start is no name */
  lowercaseWords: Set<string>;
}

/** A span before it has offsets: token indices [a, b) instead. */
export type Draft = (Span extends infer S ? (S extends Span ? Omit<S, 'start' | 'end' | 'text' | 'quoted'> : never) : never) & { a: number; b: number };

export interface Proposal {
  end: number;
  spans: Draft[];
}
