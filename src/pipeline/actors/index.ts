/**
 * The actor stage: `findActors` per article (stage 4), `unifyActors` across articles (stage 6),
 * and `findPlaces` for the events stage. Pure functions: no file access, no clock.
 *
 * Modules, in the order the data flows:
 *   tokens.ts        words with offsets ("U.S.", "Gen.", "Thomas-Greenfield", possessives, quotes)
 *   gazetteer.ts     one phrase index over the lexicons (lexicon/*.ts) and the editors' pins
 *   scan.ts          runs the rules of rules/*.ts over a sentence; the longest span wins (pronoun,
 *                    titled person, lexicon phrase, bloc, pattern organization, pattern place, bare
 *                    name, acronym); rules/title.ts and rules/names.ts parse titles and names
 *   people.ts        names grouped into persons; variants.ts decides when two spellings are one
 *   find-actors.ts   persons, then mentions in reading order: surnames, roles, pronouns
 *   named-persons.ts persons the Phoenix dictionaries name (phoenix/persons.ts): one display name
 *                    for every spelling, the person's country and terms on the article's day
 *   pins.ts          editors' pins: canonical names, aliases, role and affiliation overrides
 *   unify.ts         one actor per person/organization/country across articles
 *   places.ts        places in a sentence (gazetteer, "Fort X"/"X region"/"Gulf of X" patterns)
 *
 * Decisions the brief left open:
 * - A capital stands for its government ("Washington said", "promoted by Washington", "should
 *   Moscow choose") unless a locative word comes before it ("in Moscow", "to Kyiv") or a region
 *   after it ("Kyiv, Ukraine"): then it is a place. Only capitals news uses that way are listed
 *   (lexicon/countries.ts METONYMS); "Brussels" stands for the European Union.
 * - "Russian officials", "U.S. officials", "Western officials" are group actors ("russian-officials",
 *   kind group, affiliation russia), so an anonymous official is not the state itself;
 *   "U.S. troops"/"Russian forces" are the country's military ("us-military", organization);
 *   "the Ukrainian government" is Ukraine; "top Pentagon officials" is the Pentagon.
 * - An organization's or country's name in front of a title is the person's affiliation, and is
 *   not a mention of its own: "Kremlin spokesman Dmitry Peskov said" is Peskov speaking.
 * - Pronouns: he/him/his/himself and she/her/hers/herself, outside quotations only (inside one,
 *   "he" is someone the speaker talks about). A possessive takes the nearest person before it in
 *   its sentence, a subject pronoun the first (the crude subject); else the first person of the
 *   nearest earlier sentence that names one. Gender comes from given-name lists, titles and
 *   honorifics; it only rules a person out when both genders are known. "they"/"it" never
 *   resolve to people.
 * - Spelling variants merge when given names agree (or one is missing) and the surnames are
 *   within Damerau-Levenshtein 1 (5+ letters) or 2 (8+ letters) and start with the same letter
 *   (the first letter is our addition: "Milley"/"Willey" are two people). Names opening with a
 *   common Chinese, Korean or Vietnamese family name are family name first ("Park Sung-min").
 * - A single capitalized word becomes a person only with a title or honorific ("Mr. Putin"), a
 *   speech cue ("Nebenzya added"), or as the surname of a full name in the article; else it is
 *   dropped (precision over recall: it is as often a town or a company).
 * - "the Chinese ambassador" with no holder named in the article is a person of its own
 *   ("chinese-ambassador", role ambassador, affiliation china); unifyActors joins it to the one
 *   named holder of that role another article gives.
 * - "the coast guard", "the ministry" refer back to the latest organization whose name ends so;
 *   an acronym refers to the organization it follows in parentheses ("(AFAD)") or whose
 *   initials it spells ("KCNA").
 */
export { findActors } from './find-actors.ts';
export { unifyActors } from './unify.ts';
export { carryNamedPersonFacts } from './named-persons.ts';
export { findPlaces, type PlaceSpan } from './places.ts';
