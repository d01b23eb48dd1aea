/**
 * Dateline's event type from a CAMEO code: the one table. The most specific prefix wins
 * ("154" before "15"). CAMEO roots (codebook names): 01 make public statement, 02 appeal,
 * 03 express intent to cooperate, 04 consult, 05 diplomatic cooperation, 06 material cooperation,
 * 07 provide aid, 08 yield, 09 investigate, 10 demand, 11 disapprove, 12 reject, 13 threaten,
 * 14 protest, 15 exhibit force posture, 16 reduce relations, 17 coerce, 18 assault, 19 fight,
 * 20 unconventional mass violence.
 */
import type { EventType } from '../../../schema/event.ts';

export const CAMEO_TYPES: Record<string, EventType> = {
  '01': 'statement',
  '016': 'denial', // deny responsibility
  '02': 'statement',
  '03': 'statement',
  '04': 'meeting',
  '041': 'diplomacy', // discuss by telephone
  '045': 'diplomacy', // mediate
  '046': 'diplomacy', // negotiate
  '05': 'diplomacy',
  '051': 'statement', // praise or endorse
  '052': 'statement', // defend verbally
  '053': 'statement', // rally support
  '054': 'recognition', // grant diplomatic recognition
  '06': 'other',
  '07': 'other',
  '08': 'other',
  '09': 'other',
  '10': 'statement',
  '11': 'statement',
  '12': 'statement',
  '13': 'warning',
  '14': 'protest', // demonstrations, hunger strikes, strikes and boycotts, blockades, riots
  '15': 'alert',
  '150': 'exercise', // demonstrate military or police power
  '153': 'buildup', // mobilize or increase police power
  '154': 'deployment', // mobilize or increase armed forces
  '16': 'diplomacy',
  '162': 'sanctions', // reduce or stop aid
  '163': 'sanctions', // impose embargo, boycott or sanctions
  '17': 'other', // coerce: seize, arrest, ban, repress
  '18': 'attack',
  '19': 'attack',
  '20': 'attack',
};

/** The type a CAMEO code stands for, by its most specific listed prefix; undefined for an unknown code. */
export function typeOfCameo(code: string): EventType | undefined {
  for (let n = code.length; n >= 2; n--) {
    const type = CAMEO_TYPES[code.slice(0, n)];
    if (type) return type;
  }
  return undefined;
}

/** Types CAMEO has no code for: a disaster is nobody's act, so its verb's code ("killed": 190) would say someone did it. */
export const UNCODED_TYPES: ReadonlySet<EventType> = new Set(['disaster']);

/**
 * CAMEO codes for the event nouns Dateline's lexicon types ("imposed sanctions", "held drills"),
 * where the type comes from the noun, not from the verb that holds it.
 */
export const CAMEO_OF_TYPE: Partial<Record<EventType, string>> = {
  statement: '010',
  warning: '130',
  denial: '016', // deny responsibility
  meeting: '040',
  diplomacy: '040',
  recognition: '054',
  sanctions: '163',
  exercise: '150',
  alert: '152',
  buildup: '154',
  deployment: '154',
  attack: '190',
  evacuation: '0233', // appeal for humanitarian aid: the nearest CAMEO has
  protest: '141', // demonstrate or rally
};
