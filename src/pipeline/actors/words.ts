/** Closed word lists the actor rules share. */
import { SPEECH_CUE_FORMS } from '../linguistic/vocabulary/speech-verbs.ts';

/** Function words, dates and other capitalized words that start no name, of a person or an organization. */
export const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'Nor', 'If', 'When', 'While', 'As', 'At', 'In', 'On', 'Of', 'For', 'To',
  'From', 'By', 'With', 'Without', 'After', 'Before', 'During', 'Since', 'Until', 'Although', 'Though', 'However',
  'Meanwhile', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'What', 'Which', 'Who', 'Whom', 'Whose', 'Why', 'How',
  'Where', 'Also', 'Last', 'Next', 'Earlier', 'Later', 'Still', 'Yet', 'So', 'Then', 'Now', 'Today', 'Tonight',
  'Yesterday', 'Tomorrow', 'Not', 'No', 'Yes', 'All', 'Some', 'Many', 'Most', 'Both', 'Each', 'Every', 'Several',
  'Few', 'Other', 'Others', 'Such', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten',
  'First', 'Second', 'Third', 'According', 'Asked', 'Speaking', 'Despite', 'Amid', 'Among', 'Under', 'Over',
  'Against', 'About', 'Because', 'Once', 'Even', 'Just', 'Only', 'Instead', 'Already', 'Indeed', 'Yet', 'Thus',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.',
  'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Christmas', 'Easter', 'Ramadan', 'Thanksgiving',
  'Get', 'Sign', 'Click', 'Read', 'Watch', 'Follow', 'Subscribe',
]);

/** Capitalized words that never start or belong to a person's name. */
export const NOT_NAME_WORDS = new Set([
  ...FUNCTION_WORDS,
  'Officials', 'Authorities', 'Police', 'Troops', 'Residents', 'Experts', 'Analysts', 'Critics', 'Sources',
  'Reports', 'Witnesses', 'Observers', 'Diplomats', 'Lawmakers', 'Republicans', 'Democrats', 'Protesters',
  'Prosecutors', 'Investigators', 'Leaders', 'People', 'Forces', 'Soldiers', 'Citizens', 'Voters', 'Scientists',
  'Doctors', 'Workers', 'Researchers', 'Mr', 'Mrs', 'Ms', 'Dr', 'Article', 'Section', 'Chapter', 'Act', 'War',
  'Treaty', 'Accord', 'Agreement', 'Plan', 'Day', 'Week', 'Cold', 'World', 'Great', 'Civil', 'Revolution',
  'Olympics', 'Games', 'Cup', 'Summit', 'Conference', 'Report', 'Index', 'Program', 'Project', 'Operation',
  'Initiative', 'Bill', 'Law', 'Constitution', 'Charter', 'Declaration', 'Protocol', 'Convention', 'Prize',
  'CLICK', 'HERE', 'GET', 'APP', 'LIVE', 'UPDATES', 'READ', 'MORE', 'WATCH', 'Covid', 'COVID', 'COVID-19',
  'God', 'Allah', 'Internet', 'Web', 'Twitter', 'Telegram', 'Instagram', 'YouTube',
  'Western', 'Eastern', 'Northern', 'Southern', 'North', 'South', 'East', 'West', 'Central',
  'Storm', 'Hurricane', 'Typhoon', 'Cyclone', 'Tropical', 'Tornado', 'Wildfire', 'Earthquake', 'Flood',
  // first words of institutions' names, never of a person's
  'National', 'International', 'Federal', 'Royal', 'Supreme', 'Democratic', 'Republican', 'Islamic',
  'Ministry', 'Department', 'Office', 'Council', 'Committee', 'Agency', 'Bureau', 'Institute', 'University',
]);

/**
 * Words of the storm categories the meteorological services name (WMO, the US National Hurricane
 * Center, India's IMD) that stand before the hazard word: "Tropical Storm", "Super Typhoon",
 * "Severe Cyclonic Storm". WordNet lists the hazards but none of these compounds.
 */
export const HAZARD_QUALIFIERS = new Set(['Tropical', 'Subtropical', 'Post-Tropical', 'Super', 'Severe', 'Very', 'Extremely', 'Cyclonic', 'Winter']);

/** Category words that name a storm only after a qualifier: "Tropical Depression Bonnie". */
export const HAZARD_CATEGORY_WORDS = new Set(['Depression']);

/** Verbs that, right after a name, make it a speaker: "Kirby said" (from the speech vocabulary). */
export const REPORTING_VERBS = SPEECH_CUE_FORMS;

/** Words that may follow a role used as a name: "the president said", "the secretary or". */
export const ROLE_FOLLOWERS = new Set([
  'said', 'says', 'told', 'added', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'did', 'does', 'also', 'then', 'who', 'and', 'or', 'but', 'in', 'on', 'at', 'to',
  'for', 'from', 'with', 'by', 'during', 'after', 'before', 'as', 'about', 'when', 'while', 'since', 'himself',
  'herself', 'again', 'later', 'earlier', 'last', 'this', 'on', 'that',
]);

/** Particles inside names: "Charles de Gaulle", "Ursula von der Leyen", "Bashar al-Assad". */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'ter', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y']);

/** Words after a name that are part of it. */
export const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);

/** Nouns that make a nationality a group of people: "Russian officials". */
export const OFFICIAL_NOUNS = new Set([
  'officials', 'diplomats', 'authorities', 'lawmakers', 'leaders', 'negotiators', 'sources', 'intelligence',
  'hackers', 'separatists', 'rebels', 'militants', 'protesters', 'prosecutors', 'investigators',
  'ministers', 'envoys', 'legislators', 'regulators', 'ships', 'vessels', 'warships',
]);
/** Nouns that make a nationality its armed forces: "Russian troops". */
export const FORCE_NOUNS = new Set(['troops', 'forces', 'soldiers', 'military', 'servicemembers', 'sailors', 'airmen', 'marines']);

/**
 * Institutions a nationality names in lower case: "the Chinese coast guard", "China's foreign
 * ministry". They become the organization "Chinese Coast Guard", affiliated to the country.
 */
export const INSTITUTION_NOUNS = [
  'coast guard', 'navy', 'army', 'air force', 'foreign ministry', 'defense ministry', 'defence ministry',
  'interior ministry', 'finance ministry', 'health ministry', 'justice ministry', 'parliament', 'police',
  'embassy', 'central bank', 'intelligence service', 'intelligence services', 'security service',
  'security services', 'border guard', 'border guards', 'foreign office', 'military', 'armed forces',
  'national guard', 'special forces', 'maritime militia', 'militia', 'coast guard', 'space force', 'president’s office', "president's office", 'cabinet', 'consulate',
  ...['rebels', 'rebel group', 'militants', 'insurgents', 'mutineers', 'guerrillas', 'separatists', 'junta', 'group', 'alliance', 'movement'],
].map((n) => n.split(' '));
/** Nouns that refer back to a non-state armed group or movement named before: "the rebels", "the group". */
export const GROUP_NOUNS = new Set(['rebels', 'rebel group', 'militants', 'insurgents', 'mutineers', 'guerrillas', 'separatists', 'junta', 'group', 'alliance', 'movement']);
/** An armed group's members, after "its" or "their": "its fighters captured the town" is the group named before. */
export const GROUP_MEMBER_NOUNS = new Set(['fighters', 'militants', 'guerrillas', 'gunmen', 'militiamen']);
/** Words that make an organization's name a non-state group's: "Kivu Patriotic Alliance", "Wagner Group". */
export const GROUP_NAME = /\b(?:Army|Movement|Front|Group|Alliance|Brigades?|Militia|Liberation|Rebels?|Resistance|Forces|Council|Taliban|Hamas|Hezbollah|Houthis|Qaeda|State)\b/;
/** Nouns that make a nationality the state itself: "the Ukrainian government". */
export const STATE_NOUNS = new Set(['government', 'state', 'regime', 'leadership']);

/** A Map: every token is looked up, and "constructor" must not find Object.prototype's. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries({
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
} as const));
