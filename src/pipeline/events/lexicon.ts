/**
 * Words that signal an event, by type. Verb triggers name a happening with its agent as
 * subject; noun triggers ("sanctions packages", "a phone call") need a verb that announces,
 * holds or imposes them. Speech acts (statement, warning, denial) have a speaker.
 */
import type { EventType } from '../../schema/event.ts';
import { speechActForms } from '../linguistic/vocabulary/speech-verbs.ts';

/** The speech vocabulary's forms of one act as a regex alternation. */
const forms = (act: 'statement' | 'warning' | 'denial') => speechActForms(act).join('|');

export interface TriggerRule {
  type: EventType;
  /** matched against the clause text, case-insensitively unless noted */
  pattern: RegExp;
  kind: 'verb' | 'noun';
  /** a short name for `dateline explain` */
  name: string;
  /** the match opens with its subject noun ("the earthquake struck", "the collision happened"), so a determiner before it is expected */
  nounFirst?: boolean;
}

const FORCE_NOUNS = String.raw`(?:troops|forces|soldiers|servicemembers|service members|marines|sailors|personnel|warships|ships|vessels|jets|aircraft|fighter jets|bombers|tanks|units|battalions?|brigades?|divisions?|paratroopers|carrier|destroyers?|submarines?|missiles|air defen[cs]e systems?)`;

/** Hard events: things that happen in the world. Order matters only within a type. */
export const EVENT_TRIGGERS: TriggerRule[] = [
  { type: 'alert', kind: 'verb', name: 'put-on-alert', pattern: /\b(?:put|puts|putting|placed|places|placing|place)\b(?:[^.;]|(?<=[A-Z])\.|\.(?=\S)){0,80}?\bon (?:heightened |high |higher |full |increased |maximum )?(?:alert|standby|readiness|preparedness|prepare-to-deploy orders?)\b/i },
  { type: 'alert', kind: 'verb', name: 'raise-alert', pattern: /\b(?:raised|raises|raising|heightened|elevated|hoisted|issued)\b(?:[^.;]|(?<=[A-Z])\.|\.(?=\S)){0,40}\b(?:(?:alert|readiness|threat|warning) level|(?:danger|warning|storm|alert) signal|red alert|(?:flood|storm|tsunami|cyclone|hurricane|typhoon|heat|weather) (?:warning|alert|watch))\b/i },
  { type: 'alert', kind: 'noun', name: 'curfew-emergency', pattern: /\b(?:curfews?|state of emergency|states of emergency|martial law|lockdowns?|emergency rule)\b/i },
  { type: 'alert', kind: 'verb', name: 'on-alert', pattern: /\b(?:were|was|are|is|been|remain(?:s|ed)?) (?:put |placed )?on (?:heightened |high |full )?(?:alert|standby)\b/i },
  { type: 'deployment', kind: 'verb', name: 'deploy', pattern: /\b(?:deploy|deploys|deployed|deploying|redeploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\b/i },
  { type: 'deployment', kind: 'verb', name: 'send-forces', pattern: new RegExp(String.raw`\b(?:send|sends|sending|sent|move|moves|moving|moved|shift(?:s|ed|ing)?|rush(?:es|ed|ing)?)\b(?:[^.;]|(?<=[A-Z])\.|\.(?=\S)){0,50}?\b${FORCE_NOUNS}\b`, 'i') },
  { type: 'deployment', kind: 'noun', name: 'deployment', pattern: /\b(?:deployment|redeployment)s? of\b/i },
  { type: 'buildup', kind: 'verb', name: 'mass-forces', pattern: new RegExp(String.raw`\b(?:mass(?:es|ed|ing)?|amass(?:es|ed|ing)?|station(?:s|ed|ing)?|concentrat(?:es|ed|ing)|gather(?:s|ed|ing)|build(?:s|ing)? up|built up|reinforc(?:es|ed|ing))\b(?:[^.;]|(?<=[A-Z])\.|\.(?=\S)){0,50}?\b${FORCE_NOUNS}\b`, 'i') },
  { type: 'buildup', kind: 'noun', name: 'buildup', pattern: /\b(?:build-?up|buildup|massing) of\b/i },
  { type: 'exercise', kind: 'noun', name: 'exercise', pattern: /\b(?:military |joint |naval |air |live-fire |nuclear |large-scale )?(?:exercises?|drills?|war games|maneuvers|manoeuvres)\b/i },
  { type: 'attack', kind: 'verb', name: 'attack', pattern: /\b(?:attack(?:s|ed|ing)?|invade(?:s|d)?|invading|shell(?:s|ed|ing)|bomb(?:s|ed|ing)|strik(?:es|ing)|struck(?! (?:a|an|the) (?:deal|agreement|chord|tone|balance))|storm(?:s|ed|ing)(?! (?:out|off)\b)|raid(?:s|ed|ing)|ambush(?:es|ed|ing)|kill(?:s|ed|ing)|seiz(?:es|ed|ing)|captur(?:es|ed|ing)|hack(?:s|ed|ing)|fired (?:missiles|rockets|shells|drones|shots|flares|water cannons?|on|at)|ramm(?:ed|ing)|rams|water-cannon(?:s|ed)?|stole|steal(?:s|ing)|broke into|break(?:s|ing)? into|breach(?:es|ed))\b/i },
  { type: 'attack', kind: 'noun', name: 'attack', pattern: /\b(?:invasion|incursion|offensive|air ?strikes?|missile strikes?|drone strikes?|cyberattacks?|cyber-attacks?|bombing|shelling|assault)\b/i },
  { type: 'annexation', kind: 'verb', name: 'annex', pattern: /\b(?:annex(?:es|ed|ing)?)\b/i },
  { type: 'annexation', kind: 'noun', name: 'annexation', pattern: /\bannexation\b/i },
  { type: 'recognition', kind: 'verb', name: 'recognize', pattern: /\brecogni[sz](?:e|es|ed|ing)\b(?:[^.;]|(?<=[A-Z])\.|\.(?=\S)){0,60}\b(?:independence|independent|sovereignty|sovereign|as (?:a )?(?:state|country|nation)|republics?|government)\b/i },
  { type: 'sanctions', kind: 'verb', name: 'sanction', pattern: /\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|embargo(?:es|ed)?|asset freezes?|export controls|froze (?:the )?assets|freez(?:e|es|ing) (?:the )?assets)\b/i },
  { type: 'meeting', kind: 'verb', name: 'meet', pattern: /\b(?:met|meet|meets|convene(?:s|d)?|convening|sat down with|host(?:s|ed|ing)? (?:a |an |the )?(?:talks|summit|meeting|conference))\b/i },
  { type: 'meeting', kind: 'noun', name: 'meeting', pattern: /\b(?:meetings?|summits?|conferences?)\b/i },
  { type: 'diplomacy', kind: 'verb', name: 'call-talks', pattern: /\b(?:(?:phone |telephone |video )?call with|spoke (?:with|to|by phone)|speak(?:s|ing)? (?:with|to|by phone)|talk(?:s|ed|ing)? (?:with|to)|held talks|hold talks|negotiat(?:e|es|ed|ing|ions)|talks with|talks between|peace talks|ceasefire talks|summon(?:s|ed|ing)|lodg(?:e|es|ed|ing) (?:a |an )?(?:formal |strong |diplomatic )*protest|expel(?:s|led|ling) (?:\w+ )?(?:diplomats?|ambassador|envoy))\b/i },
  { type: 'evacuation', kind: 'noun', name: 'evacuation', pattern: /\bevacuations?\b/i },
  { type: 'evacuation', kind: 'verb', name: 'move-to-shelter', pattern: /\bmov(?:ed|es|ing)\b(?:[^.;]|(?<=[A-Z])\.){0,60}?\b(?:people|residents|villagers|families|civilians|inhabitants)\b(?:[^.;]){0,80}?\b(?:shelters?|safety|higher ground|relief camps?|camps?)\b/i },
  { type: 'evacuation', kind: 'verb', name: 'fly-out', pattern: /\b(?:fl(?:y|ies|ying|ew|own)|airlift(?:s|ed|ing)?|ferr(?:y|ies|ied|ying)|bus(?:es|ed|sed|ing|sing)?)\s+(?:(?:its|their|the|some|hundreds of|thousands of|\d[\d,]*)\s+)?(?:own\s+)?(?:citizens|nationals|residents|civilians|people|diplomats|staff|families|tourists|foreigners)\s+(?:out|to safety|home)\b/i },
  { type: 'evacuation', kind: 'verb', name: 'evacuate', pattern: /\b(?:evacuat(?:e|es|ed|ing)|ordered (?:[^.;]|(?<=[A-Z])\.|\.(?=\S)){0,40}\bto leave|pull(?:s|ed|ing)? out (?:its |their )?(?:diplomats|staff|embassy|personnel|citizens)|withdr(?:ew|aw|aws|awing) (?:its |their )?(?:diplomats|staff|embassy personnel|non-essential))\b/i },
];

/** Natural and industrial disasters: the happening is the disaster, not an attack. */
const DISASTER = String.raw`(?:earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|floods?|flooding|hurricanes?|typhoons?|cyclones?|storms?|tornado(?:es)?|wildfires?|landslides?|mudslides?|avalanches?|eruptions?|volcano(?:es)?|explosions?|blasts?)`;
const DISASTER_VERB = String.raw`(?:struck|strikes|hit|hits|rocked|rocks|killed|kills|killing|recorded|measured|erupted|swept|sweeps|destroyed|damaged|flattened|triggered|occurred|devastated|caused|followed|shook|tore|tears|slammed|slams|battered|batters|lashed|lashes|pounded|pounds|made landfall|makes landfall|inundated|submerged|flooded|burned|burnt|spread)`;
EVENT_TRIGGERS.unshift(
  { type: 'other', kind: 'verb', name: 'disaster', nounFirst: true, pattern: new RegExp(String.raw`\b${DISASTER}\b(?:[^.;]|(?<=[A-Z])\.){0,60}?\b${DISASTER_VERB}\b|\b${DISASTER_VERB}\b(?:[^.;]){0,20}?\b${DISASTER}\b`, 'i') },
);
EVENT_TRIGGERS.push(
  // "Shares in the airline fell 5%", "oil prices soar": a market's move, the news of a day in business reporting
  { type: 'other', kind: 'verb', name: 'market-move', nounFirst: true, pattern: /\b(?:shares|stocks|share price|stock price|prices|markets)(?:\s+(?:in|of)\s+(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+)?)?\s+(?:fell|falls?|rose|rises?|plunged|plunges?|slumped|slumps?|tumbled|tumbles?|soared|soars?|jumped|jumps?|dropped|drops?|surged|surges?|climbed|climbs?|sank|sinks?|crashed|crash(?:es)?|rallied|rall(?:y|ies))\b/i },
  // "The collision happened shortly after dawn": a happening named by its noun
  { type: 'attack', kind: 'verb', name: 'clash-happened', nounFirst: true, pattern: /\b(?:collision|clash(?:es)?|ramming|attack|raid|ambush|shelling|bombing|shooting|assault)\s+(?:happened|occurred|took place|came|unfolded)\b/i },
  // "There were fierce clashes in the capital": a happening named by its noun after "there were" (not "there was no fighting")
  { type: 'attack', kind: 'verb', name: 'there-were-clashes', nounFirst: true, pattern: /\bthere (?:is|are|was|were|has been|have been) (?!(?:no|little|few|hardly|barely|scarcely|any)\b)(?:[\w-]+ ){0,2}?(?:clash(?:es)?|fighting|gunfire|shelling|skirmish(?:es)?|firefights?|gun battles?)\b/i },
  { type: 'other', kind: 'verb', name: 'incident-happened', nounFirst: true, pattern: /\b(?:incident|accident|crash|explosion|fire|blast|derailment|collapse)\s+(?:happened|occurred|took place|unfolded)\b/i },
  { type: 'other', kind: 'verb', name: 'release', pattern: /\b(?:releas(?:ed|es|ing)|fre(?:ed|es|eing)|walked free|set free|handed over|swapp(?:ed|ing)|exchang(?:ed|ing) (?:prisoners|hostages|detainees))\b/i },
  // "the talks opened on <date>", "the round ended <when>": talks named by their noun
  { type: 'diplomacy', kind: 'verb', name: 'talks-open-close', nounFirst: true, pattern: /\b(?:talks|negotiations|round|peace process|dialogue)\s+(?:opened|began|started|resumed|ended|concluded|closed|collapsed|broke down|stalled|wrapped up)\b/i },
  { type: 'other', kind: 'noun', name: 'signing', pattern: /\bsigning of\b/i },
  { type: 'other', kind: 'verb', name: 'appoint-dismiss', pattern: /\b(?:dismiss(?:ed|es|ing)|sack(?:ed|s|ing)|fir(?:ed|es|ing) (?:his|her|their|the|its)|appoint(?:ed|s|ing)|nam(?:ed|es) [^.;]{0,40}\bas (?:the )?(?:new )?(?:prime minister|minister|president|chief|head|commander|ambassador|director)|reshuffl(?:ed|es|ing)|swore in|sworn in)\b/i },
  { type: 'other', kind: 'verb', name: 'halt-operations', pattern: /\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|clos(?:ed|es|ing)|shut(?:s|ting)?(?: down)?|reopen(?:ed|s|ing)?)\s+(?:all\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:operations|flights|traffic|handling|trading|services|schools|borders?|airports?|ports?|border crossings?|embassy|embassies|consulate)\b/i },
  { type: 'other', kind: 'verb', name: 'vote-rule-sign', pattern: /\b(?:voted|votes to|vote to|referendum|ruled|signed|ratified|elected|resigned|arrested|detained|sentenced|collided|crashed|exploded|detected|discovered|issu(?:e|es|ed|ing)\s+(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:warrants?|moratori(?:um|a)|bans?|decrees?|injunctions?|subpoenas?|ultimatums?)|declared (?:a |an |its |the )?(?:state of emergency|independence|martial law|war)|declared [^.;]{0,40}\bits \w+ (?:state|province|region))\b/i },
);

/** Habitual or background statements ("has long used", "for years") report no single event. */
export const GENERIC = /\b(?:has long|have long|had long|for years|for decades|for centuries|often|routinely|regularly|usually|typically|frequently|has a history of|have a history of|traditionally|historically)\b/i;

/** Event nouns that can be scheduled: "said the drills would begin Tuesday" announces the drills. */
export const SCHEDULABLE = new Set(['exercise', 'meeting', 'diplomacy', 'sanctions', 'evacuation', 'deployment']);

/** Speech acts: a speaker says, warns, denies. Past, present and participle forms. */
export const SPEECH_TRIGGERS: TriggerRule[] = [
  { type: 'denial', kind: 'verb', name: 'deny', pattern: new RegExp(String.raw`\b(?:${forms('denial')}|deny|dismissed (?:claims|reports|accusations|allegations)|rejected (?:claims|reports|accusations|allegations))\b`, 'i') },
  { type: 'warning', kind: 'verb', name: 'warn', pattern: new RegExp(String.raw`\b(?:${forms('warning')})\b`, 'i') },
  { type: 'statement', kind: 'verb', name: 'according-to', pattern: /\baccording to\b/i },
  { type: 'statement', kind: 'verb', name: 'address', pattern: /\b(?:address(?:ed|es|ing)? the (?:nation|country|parliament|assembly|congress|senate|summit|conference|crowd|media|press)|went on (?:national |state |live )?(?:television|TV|radio)|appeared on (?:national |state )?(?:television|TV|radio)|(?:gave|held) a (?:news|press) conference)\b/i },
  { type: 'warning', kind: 'verb', name: 'travel-advice', pattern: /\b(?:advis(?:ed|es|ing) against (?:all )?(?:but essential )?travel|issued a (?:travel )?(?:warning|advisory|alert)|urg(?:ed|es|ing) (?:its |their )?(?:citizens|nationals) to (?:leave|avoid|shelter))\b/i },
  { type: 'statement', kind: 'verb', name: 'say', pattern: new RegExp(String.raw`\b(?:quoted (?:by [^.;,]{1,60} )?as saying|${forms('statement')}|called (?:for|on)|calls (?:for|on)|called (?:it|this|that|them|him|her|the \w+)(?= (?:a|an|the|"|“|[a-z]+ly)\b))\b`, 'i') },
];

/** Verbs that announce a decision; with a hard-event noun as object they make that event. */
export const ANNOUNCE_VERBS = /\b(?:announced|announces|announcing|order|ordering|declared|declares|declaring|lifted|lifts|extended|extends|unveiled|unveils|approved|approves|ordered|orders|imposed|imposes|imposing|slapped|levied|developed|prepared|readied|agreed|agrees|held|holds|hold|suspend(?:s|ed|ing)?|cancel(?:s|ed|led|ing)?|postpon(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|halt(?:s|ed|ing)?|scrapp(?:ed|ing)|launched|launches|began|begins|begin|join|joins|joined|start(?:ed|s)|conduct(?:ed|s|ing)|stag(?:ed|es|ing)|mount(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|will hold|plans?)\b/i;

/** Markers of a planned or conditional happening: the event is announced, not yet occurred. */
export const FUTURE_MARKERS = /\b(?:will|would|shall|'ll|is to|are to|plans? to|planned|planning to|is set to|are set to|is expected to|are expected to|intends? to|is going to|are going to|scheduled|(?:is|are|was|were) due to(?= (?!the |a |an |its |his |her |their |this |that )\w)|upcoming|could soon|may soon|(?:could|might)(?! (?:not|never|have|n't)\b)|if|should (?:\w+ )?(?:choose|decide|invade|attack))\b/i;

/** Negation near a verb: "are not being deployed", "did not attack", "no plans to". */
export const NEGATION = /\b(?:not|n't|never|no plans? to|nor|neither|without|refused to|declined to|ruled out)\b/i;

/**
 * Words that say nothing of which happening a sentence is about: function words, reporting
 * verbs and the people news quotes. Two sentences "go on about the same happening" when they
 * share a content word outside this list (see dating/happening-words.ts).
 */
export const NOT_ABOUT_A_HAPPENING = new Set([
  // function words of four letters or more (shorter words are dropped anyway)
  'about', 'above', 'after', 'again', 'against', 'also', 'although', 'among', 'another', 'because', 'been', 'before',
  'being', 'below', 'between', 'both', 'could', 'does', 'doing', 'down', 'during', 'each', 'either', 'even', 'ever',
  'every', 'from', 'further', 'have', 'having', 'here', 'into', 'just', 'less', 'like', 'many', 'more', 'most', 'much',
  'must', 'near', 'neither', 'never', 'next', 'only', 'other', 'over', 'same', 'should', 'since', 'some', 'still',
  'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through',
  'under', 'until', 'upon', 'very', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'whom', 'whose',
  'will', 'with', 'within', 'without', 'would', 'your', 'ahead', 'later', 'earlier', 'already', 'including',
  // reporting and the usual sources of news
  'said', 'says', 'saying', 'told', 'tell', 'tells', 'added', 'adds', 'according', 'statement', 'reported', 'reports',
  'report', 'reporters', 'news', 'agency', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson',
  'government', 'people', 'year', 'years', 'week', 'weeks', 'month', 'months', 'time', 'times', 'last', 'first',
  // weekdays and months date a sentence; they do not say what it is about
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
