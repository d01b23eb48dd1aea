/**
 * The Phoenix agent codes Dateline turns into actors, and the name each such actor goes by.
 * A generic agent the text does not tie to a country ("Protesters battled police") is one
 * group actor per code; "Egyptian protesters" stays the country's group (rules/phrase.ts).
 * Codes left out (GOV officials, BUS, MED ...) are speakers the events stage treats as unnamed.
 */
export const AGENT_ACTORS: Record<string, string> = {
  OPP: 'Protesters', // protesters, demonstrators, activists, dissidents
  COP: 'Police', // police, policemen, riot police
  MIL: 'Soldiers', // soldiers, troops, paratroopers
  REB: 'Rebels', // rebels, insurgents, guerrillas, separatists
  CVL: 'Civilians', // residents, villagers, civilians, passengers
  HLH: 'Medical workers', // doctors, nurses, medics
};

/** Codes whose agents may be groups as well as people in WordNet ("police", "troops"); the others are people only. */
export const GROUP_AGENT_CODES = new Set(['COP', 'MIL']);
