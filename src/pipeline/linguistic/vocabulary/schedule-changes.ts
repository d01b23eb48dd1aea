/**
 * Verbs whose passive tells what befell a planned happening ("the trial was postponed", "the vote
 * is delayed", "the talks were suspended"): a happening of its own, though no agent is named.
 * WordNet files them under states and changes of every kind (its classes do not single out the
 * changing of a plan), and CAMEO codes none of them so: the class is written here.
 */
export const SCHEDULE_CHANGE_VERBS = new Set(['postpone', 'delay', 'defer', 'adjourn', 'suspend', 'cancel', 'reschedule', 'scrap', 'halt']);
