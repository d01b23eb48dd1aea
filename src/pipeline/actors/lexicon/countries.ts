/**
 * Countries: names, aliases, demonyms and the capitals news uses as metonyms ("Moscow said").
 * Built from the world-countries data set (mledoze/countries: ISO names, alternative spellings,
 * English demonyms, capitals), plus the spellings news copy uses that the data set lacks.
 */
import worldCountries from 'world-countries';
import { slugify } from '../slug.ts';

export interface Country {
  id: string;
  name: string;
  /** every surface form that names the country, case as written */
  names: string[];
  /** "Russian", "American" */
  demonyms: string[];
  /** the adjective used to name its people as a group: "U.S. officials", "Russian officials" */
  adjective: string;
}

/** Territories are places, not actors; these few are actors in news all the same. */
const ACTOR_TERRITORIES = new Set(['TW', 'XK', 'PS']);

/** Spellings news copy uses that world-countries does not list (keyed by ISO alpha-2 code). */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  KP: ['DPRK'],
  KR: ['Republic of Korea'],
  AE: ['UAE', 'U.A.E.'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  NL: ['Holland'],
  VA: ['Holy See', 'Vatican'],
  CD: ['Democratic Republic of the Congo', 'DRC'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MK: ['Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American'],
  GB: ['British', 'UK', 'U.K.'],
  NL: ['Dutch'],
  AE: ['Emirati'],
  PH: ['Philippine'],
};

/** The name English news uses where it differs from world-countries' common name. */
const NEWS_NAME: Record<string, string> = { TR: 'Turkey' };

/** Group adjectives that differ from the demonym in news style ("U.S. officials", not "American officials"). */
const ADJECTIVE: Record<string, string> = { US: 'U.S.', GB: 'British' };

/** Historic or supranational states that news still names as actors. */
const HISTORIC: Country[] = [
  { id: 'soviet-union', name: 'Soviet Union', names: ['Soviet Union', 'USSR', 'U.S.S.R.'], demonyms: ['Soviet'], adjective: 'Soviet' },
];

/** Alternative spellings that are codes, other scripts or inverted ("Korea, Republic of") are no use in English prose. */
function isProseSpelling(s: string): boolean {
  return s.length > 3 && !s.includes(',') && /^[\p{Script=Latin}\s'’.()-]+$/u.test(s) && !/^[A-Z]{2,3}$/.test(s);
}

function build(): Country[] {
  const out: Country[] = [];
  for (const c of worldCountries) {
    if (!(c.independent || ACTOR_TERRITORIES.has(c.cca2))) continue;
    const name = NEWS_NAME[c.cca2] ?? c.name.common;
    const names = new Set<string>([name, c.name.common]);
    if (isProseSpelling(c.name.official)) names.add(c.name.official);
    for (const s of c.altSpellings) if (isProseSpelling(s)) names.add(s);
    for (const s of EXTRA_NAMES[c.cca2] ?? []) names.add(s);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng?.m) demonyms.add(eng.m);
    if (eng?.f) demonyms.add(eng.f);
    for (const s of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(s);
    const demonym = eng?.m ?? name;
    out.push({
      id: slugify(name),
      name,
      names: [...names],
      demonyms: [...demonyms],
      adjective: ADJECTIVE[c.cca2] ?? demonym,
    });
  }
  out.push(...HISTORIC);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export const COUNTRIES: Country[] = build();

const byId = new Map(COUNTRIES.map((c) => [c.id, c]));
export const countryById = (id: string): Country | undefined => byId.get(id);

/** surface form (case as written) -> country; the first country listing a form keeps it */
export const COUNTRY_BY_NAME = new Map<string, Country>();
/** demonym -> country ("Russian" -> Russia) */
export const COUNTRY_BY_DEMONYM = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of c.names) if (!COUNTRY_BY_NAME.has(n)) COUNTRY_BY_NAME.set(n, c);
}
/** Bare names news uses for the larger of two namesakes: "eastern Congo" is the DR Congo ("Congo-Brazzaville" is the other). */
const NEWS_DEFAULT: Record<string, string> = { Congo: 'dr-congo' };
for (const [name, id] of Object.entries(NEWS_DEFAULT)) {
  for (const c of COUNTRIES) {
    if (c.id === id) {
      if (!c.names.includes(name)) c.names.push(name);
      COUNTRY_BY_NAME.set(name, c);
    } else {
      c.names = c.names.filter((n) => n !== name);
    }
  }
}
for (const c of COUNTRIES) {
  for (const d of c.demonyms) {
    // a demonym that is also a country name ("UK") stays a name
    if (!COUNTRY_BY_DEMONYM.has(d)) COUNTRY_BY_DEMONYM.set(d, c);
  }
}

/** capital city -> country id, for placing a happening ("in Bissau") in its country; a place, never an actor */
export const COUNTRY_BY_CAPITAL = new Map<string, string>();
for (const c of worldCountries) {
  const country = COUNTRY_BY_NAME.get(NEWS_NAME[c.cca2] ?? c.name.common);
  if (!country) continue;
  for (const capital of c.capital ?? []) if (!COUNTRY_BY_CAPITAL.has(capital)) COUNTRY_BY_CAPITAL.set(capital, country.id);
}

/**
 * Capitals (and seats of power) that news uses for the government itself: "Moscow denied",
 * "promoted by Washington". Only these act as actors; every other city is a place. Kept short on
 * purpose: a capital that is also a common name ("Victoria", "Kingston") would do more harm than good.
 */
export const METONYMS: Record<string, string> = {
  Washington: 'united-states',
  Moscow: 'russia',
  Kyiv: 'ukraine',
  Kiev: 'ukraine',
  Beijing: 'china',
  London: 'united-kingdom',
  Paris: 'france',
  Berlin: 'germany',
  Tokyo: 'japan',
  Tehran: 'iran',
  Pyongyang: 'north-korea',
  Seoul: 'south-korea',
  Ankara: 'turkey',
  Damascus: 'syria',
  Baghdad: 'iraq',
  Kabul: 'afghanistan',
  Islamabad: 'pakistan',
  'New Delhi': 'india',
  Ottawa: 'canada',
  Canberra: 'australia',
  Riyadh: 'saudi-arabia',
  Cairo: 'egypt',
  Minsk: 'belarus',
  Warsaw: 'poland',
  Rome: 'italy',
  Madrid: 'spain',
  Taipei: 'taiwan',
  Caracas: 'venezuela',
  Havana: 'cuba',
  Budapest: 'hungary',
  Tbilisi: 'georgia',
  Doha: 'qatar',
  Manila: 'philippines',
  Hanoi: 'vietnam',
  Jakarta: 'indonesia',
  Bangkok: 'thailand',
  'Kuala Lumpur': 'malaysia',
  Dhaka: 'bangladesh',
  Kathmandu: 'nepal',
  Nairobi: 'kenya',
  'Addis Ababa': 'ethiopia',
  Abuja: 'nigeria',
  Pretoria: 'south-africa',
  Khartoum: 'sudan',
  Tripoli: 'libya',
  Amman: 'jordan',
  Beirut: 'lebanon',
  Athens: 'greece',
  Stockholm: 'sweden',
  Helsinki: 'finland',
  Oslo: 'norway',
  Copenhagen: 'denmark',
  Vienna: 'austria',
  Prague: 'czechia',
  Bucharest: 'romania',
  Belgrade: 'serbia',
  Vilnius: 'lithuania',
  Riga: 'latvia',
  Tallinn: 'estonia',
  Chisinau: 'moldova',
  Dublin: 'ireland',
  Lisbon: 'portugal',
  'Brasília': 'brazil',
  Brasilia: 'brazil',
  'Buenos Aires': 'argentina',
  'Mexico City': 'mexico',
  'Bogotá': 'colombia',
  Bogota: 'colombia',
  Yerevan: 'armenia',
  Baku: 'azerbaijan',
  Astana: 'kazakhstan',
  Brussels: 'european-union', // an organization, in the organization lexicon
};
