import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../schema/actor.ts';
import { actorSearchText, pickShownActors, rankActors } from './shown-actors.ts';

const actor = (id: string, name: string, aliases: string[] = [], role: string | null = null): Actor => ({ id, name, kind: 'person', aliases, role, affiliation: null });
const actors = [
  actor('ann', 'Ann Lee', ['A. Lee'], 'minister'),
  actor('bob', 'Bob Ray'),
  actor('cat', 'Cat Ode', [], 'spokeswoman'),
  actor('dan', 'Dan Lee'),
];
const counts = new Map([['ann', 5], ['bob', 9], ['cat', 1], ['dan', 5]]);
const searchText = new Map(actors.map((a) => [a.id, actorSearchText(a)]));
const ranked = rankActors(actors, counts);

// [typed text, chosen ids, limit, shown ids, matches, unshown matches, only match]
const rows: [string, string[], number, string[], number, number, string | null][] = [
  ['', [], 2, ['bob', 'ann'], 4, 2, null], // most events first; ties by name
  ['', [], 10, ['bob', 'ann', 'dan', 'cat'], 4, 0, null],
  ['', ['cat'], 2, ['bob', 'ann', 'cat'], 4, 1, null], // a chosen actor stays shown beyond the limit
  ['lee', [], 10, ['ann', 'dan'], 2, 0, null],
  ['  LEE ', [], 1, ['ann'], 2, 1, null],
  ['minister', [], 10, ['ann'], 1, 0, 'ann'], // roles are searched
  ['a. lee', ['bob'], 10, ['ann', 'bob'], 1, 0, 'ann'], // aliases too; the chosen one stays
  ['zed', [], 10, [], 0, 0, null],
];
for (const [text, chosen, limit, shown, matches, unshown, only] of rows) {
  test(`pickShownActors "${text}" chosen=${chosen.join(',')} limit=${limit}`, () => {
    const result = pickShownActors(ranked, searchText, text, chosen, limit);
    assert.deepEqual(result.shown.map((a) => a.id), shown);
    assert.equal(result.matches, matches);
    assert.equal(result.unshown, unshown);
    assert.equal(result.only?.id ?? null, only);
  });
}
