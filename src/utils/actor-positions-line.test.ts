import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../schema/actor.ts';
import { actorPositionsLine } from './actor-positions-line.ts';

type Facts = Pick<Actor, 'country' | 'positions'>;
const ROWS: [Facts, string | null][] = [
  [{}, null],
  [{ country: 'Zembria' }, 'Zembria'],
  [{ country: 'Zembria', positions: [{ sector: 'government', from: '1985-03-02', until: '2011-02-11' }] }, 'Zembria · government 1985–2011'],
  [{ country: 'Zembria', positions: [{ sector: 'government', from: '2009-01-20', until: null }] }, 'Zembria · government since 2009'],
  [{ country: 'Zembria', positions: [{ sector: 'public figure', from: null, until: '1985-03-01' }] }, 'Zembria · public figure until 1985'],
  [{ country: 'Zembria', positions: [{ sector: 'government', from: '2011-02-01', until: '2011-02-11' }, { sector: 'military', from: '2012-08-12', until: '2014-03-26' }] }, 'Zembria · government 2011, military 2012–2014'],
  // two terms of one sector in the same years read once
  [{ country: 'Zembria', positions: [{ sector: 'government', from: '1981-10-07', until: '2011-01-02' }, { sector: 'government', from: '1981-10-14', until: '2011-02-11' }] }, 'Zembria · government 1981–2011'],
];
for (const [facts, line] of ROWS) test(`actorPositionsLine ${JSON.stringify(facts)}`, () => assert.equal(actorPositionsLine(facts), line));
