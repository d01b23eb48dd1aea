/**
 * CAMEO's actor-type codes as the Phoenix actor dictionaries write them after a country code
 * ("EGYGOV", "EGYGOVMIL"), in words for a reader. From the CAMEO manual's list of role codes.
 */
export const SECTOR_WORDS: Record<string, string> = {
  GOV: 'government', MIL: 'military', LEG: 'legislature', JUD: 'judiciary', COP: 'police', SPY: 'intelligence',
  OPP: 'opposition', REB: 'rebels', INS: 'insurgents', SEP: 'separatists', PTY: 'party',
  // "elites": former officials and other public figures
  ELI: 'public figure',
  BUS: 'business', MED: 'media', CVL: 'civil society', LAB: 'labor', EDU: 'education', HLH: 'health',
  AGR: 'agriculture', REL: 'religion', HRI: 'human rights', ENV: 'environment', REF: 'refugees',
  CRM: 'crime', IGO: 'international organization', NGO: 'non-governmental organization', UAF: 'armed forces',
  MOD: 'moderate', RAD: 'radical', DEV: 'development', ELC: 'elections',
};

/** "GOVMIL" -> "government, military"; an unknown code stays as written. */
export function sectorWords(codes: string): string {
  const parts = codes.match(/.{1,3}/g) ?? [];
  return [...new Set(parts.map((c) => SECTOR_WORDS[c] ?? c))].join(', ');
}
