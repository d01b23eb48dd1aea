/**
 * Well-known organizations, each with the surface forms news uses and, where it has one, the
 * actor it belongs to. Forms are matched case-sensitively ("WHO" the agency, not "who"); a leading
 * "the" is not part of a form. Organizations not listed here are found by the patterns in
 * ../scan.ts ("X Ministry", "Ministry of X", "X Council", "82nd Airborne Division").
 */
import { slugify } from '../slug.ts';

export interface Organization {
  id: string;
  name: string;
  forms: string[];
  affiliation: string | null;
}

type Row = [name: string, forms: string[], affiliation: string | null];

const ROWS: Row[] = [
  // United States
  ['Pentagon', ['Department of Defense', 'Defense Department', 'U.S. Department of Defense', 'DoD', 'DOD', 'Defense Department'], 'united-states'],
  ['White House', [], 'united-states'],
  ['State Department', ['U.S. State Department', 'Department of State'], 'united-states'],
  ['Treasury Department', ['Department of the Treasury', 'U.S. Treasury', 'Treasury'], 'united-states'],
  ['Justice Department', ['Department of Justice', 'DOJ'], 'united-states'],
  ['Department of Homeland Security', ['Homeland Security Department', 'DHS'], 'united-states'],
  ['Congress', ['U.S. Congress'], 'united-states'],
  ['Senate', ['U.S. Senate'], 'united-states'],
  ['House of Representatives', ['U.S. House of Representatives'], 'united-states'],
  ['Joint Chiefs of Staff', [], 'united-states'],
  ['National Security Council', ['NSC'], 'united-states'],
  ['CIA', ['Central Intelligence Agency'], 'united-states'],
  ['FBI', ['Federal Bureau of Investigation'], 'united-states'],
  ['NSA', ['National Security Agency'], 'united-states'],
  ['Federal Reserve', ['Fed'], 'united-states'],
  ['NASA', [], 'united-states'],
  ['Biden administration', ['Biden Administration', 'Biden admin'], 'united-states'],
  ['Trump administration', ['Trump Administration'], 'united-states'],
  ['Obama administration', ['Obama Administration'], 'united-states'],
  ['Republican Party', ['GOP'], 'united-states'],
  ['Democratic Party', [], 'united-states'],
  ['U.S. military', ['US military', 'U.S. Army', 'U.S. Navy', 'U.S. Air Force', 'U.S. Marine Corps', 'U.S. forces'], 'united-states'],
  // Russia and the former Soviet Union
  ['Kremlin', [], 'russia'],
  ['State Duma', ['Duma'], 'russia'],
  ['FSB', ['Federal Security Service'], 'russia'],
  ['Gazprom', [], 'russia'],
  ['Wagner Group', ['Wagner'], 'russia'],
  ['KGB', [], 'soviet-union'],
  // Europe
  ['European Union', ['EU', 'E.U.'], null],
  ['European Commission', [], 'european-union'],
  ['European Parliament', [], 'european-union'],
  ['European Council', [], 'european-union'],
  ['NATO', ['North Atlantic Treaty Organization', 'Nato'], null],
  ['OSCE', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], null],
  ['Downing Street', [], 'united-kingdom'],
  ['Foreign Office', ['Foreign, Commonwealth and Development Office'], 'united-kingdom'],
  ['Bundestag', [], 'germany'],
  ['Élysée', ['Elysee', 'Élysée Palace', 'Elysee Palace'], 'france'],
  // Middle East and Asia
  ['Knesset', [], 'israel'],
  ['Israel Defense Forces', ['IDF'], 'israel'],
  ['Mossad', [], 'israel'],
  ['Hamas', [], null],
  ['Hezbollah', [], null],
  ['Houthis', ['Houthi rebels'], null],
  ['Taliban', [], null],
  ['Islamic State', ['ISIS', 'ISIL'], null],
  ['al-Qaeda', ['al Qaeda', 'Al Qaeda', 'Al-Qaeda'], null],
  ['Chinese Communist Party', ['Communist Party of China', 'CCP'], 'china'],
  ["People's Liberation Army", ['PLA'], 'china'],
  // International bodies
  ['United Nations', ['U.N.', 'UN'], null],
  ['United Nations Security Council', ['U.N. Security Council', 'UN Security Council', 'Security Council', 'UNSC'], 'united-nations'],
  ['United Nations General Assembly', ['U.N. General Assembly', 'UN General Assembly', 'General Assembly'], 'united-nations'],
  ['IAEA', ['International Atomic Energy Agency'], 'united-nations'],
  ['World Health Organization', ['WHO'], 'united-nations'],
  ['UNICEF', [], 'united-nations'],
  ['UNHCR', ['U.N. refugee agency', 'UN refugee agency'], 'united-nations'],
  ['International Monetary Fund', ['IMF'], null],
  ['World Bank', [], null],
  ['World Trade Organization', ['WTO'], null],
  ['International Criminal Court', ['ICC'], null],
  ['International Committee of the Red Cross', ['ICRC', 'Red Cross'], null],
  ['African Union', [], null],
  ['Economic Community of West African States', ['ECOWAS', 'Ecowas'], null],
  ['Southern African Development Community', ['SADC'], null],
  ['East African Community', ['EAC'], null],
  ['Intergovernmental Authority on Development', ['IGAD'], null],
  ['Gulf Cooperation Council', ['GCC'], null],
  ['Organization of American States', ['OAS'], null],
  ['Caribbean Community', ['CARICOM', 'Caricom'], null],
  ['Mercosur', [], null],
  ['Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization'], null],
  ['BRICS', [], null],
  ['World Food Programme', ['WFP', 'World Food Program'], 'united-nations'],
  ['U.N. Office for the Coordination of Humanitarian Affairs', ['OCHA'], 'united-nations'],
  ['Interpol', [], null],
  ['Médecins Sans Frontières', ['Doctors Without Borders', 'MSF', 'Medecins Sans Frontieres'], null],
  ['International Federation of Red Cross and Red Crescent Societies', ['IFRC'], null],
  ['ASEAN', ['Association of Southeast Asian Nations'], null],
  ['OPEC', [], null],
  ['Arab League', [], null],
  ['G7', ['G-7', 'Group of Seven'], null],
  ['G20', ['G-20', 'Group of 20'], null],
  ['Amnesty International', [], null],
  ['Human Rights Watch', [], null],
  // News organizations
  ['Associated Press', ['AP', 'The Associated Press'], null],
  ['Reuters', [], null],
  ['Agence France-Presse', ['AFP'], null],
  ['Fox News', [], null],
  ['CNN', [], null],
  ['BBC', [], null],
  ['The New York Times', ['New York Times'], null],
  ['The Washington Post', ['Washington Post'], null],
  ['The Wall Street Journal', ['Wall Street Journal'], null],
  ['Bloomberg', [], null],
  ['NPR', [], null],
  // Companies news names without a word saying they are companies
  ['Microsoft', [], null],
  ['Google', ['Alphabet'], null],
  ['Apple', [], null],
  ['Amazon', [], null],
  ['Meta', ['Facebook'], null],
  ['Tesla', [], null],
  ['Boeing', [], null],
  ['Airbus', [], null],
  ['Huawei', [], 'china'],
  ['TikTok', [], null],
  ['Samsung', [], 'south-korea'],
  ['Toyota', [], 'japan'],
  ['OpenAI', [], null],
  ['Nvidia', [], null],
  ['ExxonMobil', ['Exxon', 'Exxon Mobil'], null],
  ['BP', [], null],
  ['Rosneft', [], 'russia'],
  ['Lockheed Martin', [], null],
  ['Raytheon', [], null],
  ['General Motors', [], null],
  ['General Electric', [], null],
  ['General Dynamics', [], null],
];

export const ORGANIZATIONS: Organization[] = ROWS.map(([name, forms, affiliation]) => ({
  id: slugify(name),
  name,
  forms: [name, ...forms.filter((f) => f !== name)],
  affiliation,
})).sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(ORGANIZATIONS.map((o) => [o.id, o]));
export const organizationById = (id: string): Organization | undefined => byId.get(id);

/** surface form -> organization */
export const ORGANIZATION_BY_FORM = new Map<string, Organization>();
for (const o of ORGANIZATIONS) for (const f of o.forms) if (!ORGANIZATION_BY_FORM.has(f)) ORGANIZATION_BY_FORM.set(f, o);

/**
 * Last words that make a capitalized phrase an organization ("Russian Defense Ministry",
 * "Ukrainian Armed Forces", "Acme Corp."). Military units are organizations too.
 */
export const ORGANIZATION_HEADS = new Set([
  'Ministry', 'Department', 'Council', 'Committee', 'Commission', 'Agency', 'Bureau', 'Office', 'Service',
  'Party', 'Corps', 'Division', 'Brigade', 'Regiment', 'Battalion', 'Fleet', 'Command', 'Army', 'Navy',
  'Forces', 'Force', 'Guard', 'Guards', 'Militia', 'Parliament', 'Assembly', 'Court', 'Cabinet', 'Senate',
  'Congress', 'Government', 'Administration', 'Authority', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Co.', 'Ltd.',
  'Ltd', 'LLC', 'PLC', 'Group', 'Company', 'Bank', 'Fund', 'Foundation', 'Institute', 'University',
  'Association', 'Federation', 'Organization', 'Organisation', 'Alliance', 'Front', 'Movement', 'Union',
  'News', 'Times', 'Post', 'Press', 'Journal', 'Network', 'Airlines', 'Motors', 'Technologies', 'Systems',
  'Industries', 'Holdings', 'Enterprises', 'Electronics', 'Pharmaceuticals', 'Solutions', 'Partners',
  'Capital', 'Resources', 'Shipbuilding', 'Airways', 'Media', 'Labs', 'Telecom', 'Steel', 'Energy',
  'Observatory', 'Directorate', 'Secretariat', 'Tribunal', 'Coalition', 'Community', 'Consortium',
  'Brigades', 'Observatory', 'Program', 'Programme', 'Panel', 'Guard', 'Militia', 'Police', 'Agency',
  'Governorship', 'Embassy', 'Consulate', 'Mission', 'Center', 'Centre', 'Society', 'League', 'Club', 'Staff',
  'Survey', 'Board', 'Laboratory', 'Academy', 'Exchange',
]);

/** Heads that open an organization's name: "Ministry of Defense", "Department of Energy". */
export const ORGANIZATION_OPENERS = new Set(['Ministry', 'Department', 'Office', 'Bureau', 'Council', 'Committee', 'Commission', 'House', 'Bank', 'University', 'Institute', 'Court']);
