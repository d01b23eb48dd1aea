/**
 * Tense and aspect: the present perfect ("has shut", "have declared") tells of a recent happening
 * before publication, not of the day another sentence names; a plan is dated by its announcement.
 */
import type { DateSource } from '../types.ts';

/** "has shut", "have already declared", "has been killed": a present perfect right before the verb. */
export const PRESENT_PERFECT = /\b(?:has|have|'ve)\s+(?:(?:not|never|now|also|just|already|since|recently|reportedly)\s+)*(?:been\s+)?$/i;

export const tenseAspect: DateSource = {
  name: 'tense and aspect',
  find({ masked, clause, trigger, status, context }) {
    if (status === 'announced') return { pass: 'planned: dated by its announcement' };
    const before = masked.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
    if (!PRESENT_PERFECT.test(before)) return { pass: 'not in the present perfect' };
    return { date: { start: context.published, end: context.published, precision: 'day', certain: false, text: '' }, because: 'present perfect: recently, before publication (inferred)' };
  },
};
