/**
 * The named persons of the Phoenix actor dictionaries (data/phoenix/persons.json, built by
 * `npm run build:lexicons` with ./compile-persons.ts): who a name form stands for, the person's
 * country, and the terms the person held. A look-up reads the table as it is: no index to build.
 */
import TABLE from '../../../../data/phoenix/persons.json' with { type: 'json' };
import type { ActorPosition } from '../../../schema/actor.ts';
import { fold } from '../variants.ts';
import type { PersonsTable } from './compile-persons.ts';
import { sectorWords } from './sector-codes.ts';

export interface PhoenixPerson {
  /** display name: "Hosni Mubarak" */
  name: string;
  /** "Egypt" */
  country: string;
  /** every dated term of the dictionary, in its order */
  positions: ActorPosition[];
}

/** Does a term hold on this day (YYYY-MM-DD)? */
export const holdsOn = (p: ActorPosition, on: string) => (p.from === null || p.from <= on) && (p.until === null || on <= p.until);

const day = (d: string) => (d === '-' ? null : `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`);

/** A person look-up over a compiled table. */
export function personLookup(table: PersonsTable): (form: string, on?: string) => PhoenixPerson | null {
  const person = (i: number): PhoenixPerson => {
    const [name, country, ...terms] = table.persons[i]!.split('|');
    const positions = terms.flatMap((t) => {
      const [sector, from, until] = t.split(' ');
      // an undated code ("[EGYELI]") says nothing about a day: no term
      return from === '-' && until === '-' ? [] : [{ sector: sectorWords(sector!), from: day(from!), until: day(until!) }];
    });
    return { name: name!, country: table.countries[Number(country)]!, positions };
  };
  /**
   * The person a name form ("Husni Mubarak", "Mubarak") stands for; when several persons go by it
   * ("Bush"), the one holding a term on `on` (YYYY-MM-DD), if only one does. Null when none or unclear.
   */
  return (form, on) => {
    const key = fold(form);
    const found = Object.hasOwn(table.variants, key) ? table.variants[key]! : null;
    if (found === null) return null;
    if (typeof found === 'number') return person(found);
    const hit = found;
    const holding = on ? hit.map(person).filter((p) => p.positions.some((t) => holdsOn(t, on))) : [];
    return holding.length === 1 ? holding[0]! : null;
  };
}

/** The persons of the Phoenix dictionaries Dateline ships. */
export const phoenixPerson = personLookup(TABLE as PersonsTable);
