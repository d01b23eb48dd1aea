/**
 * Scores extracted events against a gold timeline, by the gold's own matching rules: an
 * event matches a gold event when its start date lies in [from, to], its type is one of the
 * gold types, and one of its actors is named (by name or alias) in the gold actors. Matching
 * is one-to-one (a maximum bipartite matching, required gold events first), so two events
 * for one happening cost precision.
 */
import type { Actor } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import type { GoldEvent, GoldTimeline } from './gold.ts';

export interface Score {
  events: number;
  matched: number;
  precision: number;
  required: number;
  requiredFound: number;
  recall: number;
  optionalFound: number;
  /** required gold events reported by several articles, and how many of them one event cites all of */
  multiSource: number;
  multiSourceMerged: number;
  /** multi-source gold events whose matched event cites too few articles: "gold id -> event id (n articles)" */
  unmerged: string[];
  violations: string[];
  actorFailures: string[];
  missing: GoldEvent[];
  unmatched: TimelineEvent[];
  /** gold id -> event id */
  pairs: Map<string, string>;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

export function eventMatches(event: TimelineEvent, gold: GoldEvent, actorsById: Map<string, Actor>): boolean {
  if (event.date.start < gold.from || event.date.start > gold.to) return false;
  if (!gold.types.includes(event.type)) return false;
  const wanted = new Set(gold.actors.map(fold));
  return event.actors.some(({ id }) => {
    const actor = actorsById.get(id);
    const names = [id.replace(/-/g, ' '), ...(actor ? [actor.name, ...actor.aliases] : [])];
    return names.some((n) => wanted.has(fold(n)));
  });
}

/** Kuhn's augmenting paths: a matched gold event stays matched, so required ones go first. */
function maximumMatching(golds: GoldEvent[], events: TimelineEvent[], actorsById: Map<string, Actor>): Map<number, number> {
  const edges = golds.map((g) => events.map((e, j) => (eventMatches(e, g, actorsById) ? j : -1)).filter((j) => j >= 0));
  const eventToGold = new Map<number, number>();
  const tryGold = (gi: number, seen: Set<number>): boolean => {
    for (const ej of edges[gi]) {
      if (seen.has(ej)) continue;
      seen.add(ej);
      const other = eventToGold.get(ej);
      if (other === undefined || tryGold(other, seen)) {
        eventToGold.set(ej, gi);
        return true;
      }
    }
    return false;
  };
  const order = golds.map((_, i) => i).sort((a, b) => Number(golds[b].required) - Number(golds[a].required));
  for (const gi of order) tryGold(gi, new Set());
  return eventToGold;
}

export function scoreTimeline(gold: GoldTimeline, events: TimelineEvent[], actors: Actor[]): Score {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const eventToGold = maximumMatching(gold.events, events, actorsById);
  const goldToEvent = new Map([...eventToGold].map(([e, g]) => [g, e]));
  const pairs = new Map([...goldToEvent].map(([g, e]) => [gold.events[g].id, events[e].id]));
  const required = gold.events.filter((g) => g.required);
  const requiredFound = required.filter((g) => pairs.has(g.id)).length;
  const multi = gold.events.filter((g) => g.min_sources > 1 && g.required);
  const unmerged: string[] = [];
  const multiSourceMerged = multi.filter((g) => {
    const ei = goldToEvent.get(gold.events.indexOf(g));
    const n = ei === undefined ? 0 : new Set(events[ei].sources.map((s) => s.article)).size;
    if (n < g.min_sources) unmerged.push(`${g.id} -> ${ei === undefined ? 'no event' : events[ei].id} (${n} of ${g.min_sources} articles)`);
    return n >= g.min_sources;
  }).length;

  const violations: string[] = [];
  for (const rule of gold.must_not) {
    if ('pattern' in rule) {
      const p = fold(rule.pattern);
      for (const e of events) {
        const texts = [e.title, ...e.sources.map((s) => s.sentence), ...e.quotes.map((q) => q.text)];
        if (texts.some((t) => fold(t).includes(p))) violations.push(`${rule.desc}: event ${e.id} contains "${rule.pattern}"`);
      }
    } else {
      for (const e of events) {
        if (e.date.start === rule.date || (e.date.precision === 'day' && e.date.end === rule.date)) violations.push(`${rule.desc}: event ${e.id} is dated ${rule.date}`);
      }
    }
  }
  const actorFailures: string[] = [];
  for (const check of gold.actor_checks) {
    if ('must_not_have_actor_named' in check) {
      const bad = actors.filter((a) => fold(a.name).includes(fold(check.must_not_have_actor_named)));
      if (bad.length > 0) actorFailures.push(`${check.desc}: actor ${bad.map((a) => a.id).join(', ')}`);
    } else {
      const re = new RegExp(check.max_actors_matching, 'i');
      const hits = actors.filter((a) => re.test(fold(a.name)));
      if (hits.length > check.max) actorFailures.push(`${check.desc}: ${hits.length} actors (${hits.map((a) => a.id).join(', ')})`);
    }
  }
  return {
    events: events.length,
    matched: eventToGold.size,
    precision: events.length === 0 ? 0 : eventToGold.size / events.length,
    required: required.length,
    requiredFound,
    recall: required.length === 0 ? 1 : requiredFound / required.length,
    optionalFound: gold.events.filter((g) => !g.required && pairs.has(g.id)).length,
    multiSource: multi.length,
    multiSourceMerged,
    unmerged,
    violations,
    actorFailures,
    missing: required.filter((g) => !pairs.has(g.id)),
    unmatched: events.filter((_, i) => !eventToGold.has(i)),
    pairs,
  };
}
