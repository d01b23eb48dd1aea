/**
 * Titles and roles: the words that, before a name, say what the person is ("Defense Secretary",
 * "Kremlin spokesman", "Gen."), and, after "the", stand for the last person who held them
 * ("the secretary"). Matched case-insensitively.
 */

/** Words that can end a title: "president", "minister", "spokesman" ... */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor',
  'pope', 'sheikh', 'emir', 'sultan', 'monarch', 'leader', 'dictator', 'secretary', 'secretary-general',
  'undersecretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'general', 'admiral', 'commander', 'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'marshal',
  'chairman', 'chairwoman', 'chair', 'senator', 'representative', 'congressman', 'congresswoman',
  'lawmaker', 'governor', 'mayor', 'executive', 'ceo', 'director', 'chief', 'head', 'adviser', 'advisor',
  'attorney', 'judge', 'justice', 'prosecutor', 'speaker', 'diplomat', 'negotiator',
  'bishop', 'cardinal', 'ayatollah', 'commissioner', 'administrator', 'ruler', 'deputy', 'commodore',
  'inspector', 'superintendent', 'detective', 'sheriff', 'rabbi', 'imam', 'archbishop', 'patriarch',
  'brigadier', 'corporal', 'warden', 'consul', 'attaché', 'registrar',
  'provost', 'rector', 'chancellor', 'treasurer', 'comptroller', 'auditor', 'magistrate', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'legislator',
  'founder', 'coach', 'president-elect', 'premier-elect', 'chief-of-staff',
]);

/** Words that may stand before a head inside a title: "Defense Secretary", "Prime Minister". */
export const TITLE_MODIFIERS = new Set([
  'prime', 'vice', 'deputy', 'assistant', 'acting', 'former', 'interim', 'senior', 'top', 'chief',
  'foreign', 'defense', 'defence', 'interior', 'home', 'finance', 'treasury', 'economy', 'economic',
  'trade', 'commerce', 'health', 'energy', 'justice', 'education', 'agriculture', 'transport',
  'transportation', 'labor', 'labour', 'environment', 'culture', 'state', 'press', 'security',
  'national', 'homeland', 'intelligence', 'military', 'supreme', 'opposition', 'majority', 'minority',
  'house', 'senate', 'attorney', 'general', 'executive', 'special', 'presidential', 'lieutenant',
  'brigadier', 'major', 'army', 'naval', 'navy', 'air', 'force', 'crown', 'first', 'lead', 'high',
  'communications', 'then', 'then-', 'outgoing', 'incoming', 'newly', 'elected', 'party',
  'rebel', 'separatist', 'team', 'policy', 'foreign-policy', 'shadow',
]);

/**
 * Abbreviated ranks and titles, with what they stand for. An abbreviation alone is a title
 * ("Gen. Mark Milley", "Sen. Ted Cruz"). These tables are Maps, not object literals: the actor
 * rules look up every token of every sentence in them, and a token such as "constructor" must not
 * find Object.prototype's (an object look-up of arbitrary words is also the slower of the two).
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  'Gen.': 'general', 'Lt.': 'lieutenant', 'Col.': 'colonel', 'Maj.': 'major', 'Capt.': 'captain',
  'Adm.': 'admiral', 'Cmdr.': 'commander', 'Sgt.': 'sergeant', 'Brig.': 'brigadier', 'Cpl.': 'corporal',
  'Pvt.': 'private', 'Sen.': 'senator', 'Rep.': 'representative', 'Gov.': 'governor', 'Amb.': 'ambassador',
  'Sec.': 'secretary', 'Pres.': 'president', 'Supt.': 'superintendent', 'Insp.': 'inspector',
  'Lt. Gen.': 'lieutenant general', 'Maj. Gen.': 'major general', 'Brig. Gen.': 'brigadier general',
  'Lt. Col.': 'lieutenant colonel', 'Vice Adm.': 'vice admiral', 'Rear Adm.': 'rear admiral',
  // British style writes military ranks without the full stop ("Adm Ana Ruiz", "Lt Col Tomas Brandt")
  'Gen': 'general', 'Lt': 'lieutenant', 'Col': 'colonel', 'Maj': 'major', 'Capt': 'captain',
  'Adm': 'admiral', 'Cmdr': 'commander', 'Sgt': 'sergeant', 'Brig': 'brigadier', 'Cpl': 'corporal',
}));

/** Honorifics: they mark a person but are no role. */
export const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Prof.', 'Rev.', 'Sir', 'Dame', 'Lord', 'Lady', 'Mr', 'Mrs', 'Ms', 'Dr']);

/** Gender an honorific implies, for pronoun resolution. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries({
  'Mr.': 'm', Mr: 'm', Sir: 'm', Lord: 'm', 'Mrs.': 'f', Mrs: 'f', 'Ms.': 'f', Ms: 'f', Miss: 'f', Dame: 'f', Lady: 'f',
} as const));

/** Titles that imply a gender. */
export const TITLE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries({
  king: 'm', prince: 'm', emperor: 'm', spokesman: 'm', chairman: 'm', congressman: 'm', sultan: 'm', emir: 'm',
  queen: 'f', princess: 'f', spokeswoman: 'f', chairwoman: 'f', congresswoman: 'f',
} as const));

/**
 * Modifiers that make another job of the head: "the secretary" is not the press secretary, "the
 * president" is not the vice president.
 */
export const DISTINCT_ROLE_MODIFIERS = new Set(['press', 'vice', 'deputy', 'assistant', 'prime', 'under', 'former', 'shadow']);

/** Heads that refer back to a person when they stand alone after "the": "the president said". */
export const ANAPHORIC_HEADS = new Set([
  'president', 'premier', 'chancellor', 'king', 'queen', 'pope', 'secretary', 'minister', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'general', 'admiral', 'commander', 'chairman',
  'chairwoman', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'director', 'prosecutor',
  'speaker', 'secretary-general', 'emir', 'sultan', 'prince', 'princess', 'chancellor', 'leader',
]);

/** "the Brazilian leader": a leader is whoever heads the state or government. */
export const LEADER_HEADS = new Set(['leader', 'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'emir', 'sultan', 'dictator', 'ruler', 'monarch']);
