// The allegation types every case starts with (the built-in taxonomy, with the light theme's
// colours) and the checks for the ones an investigator adds.
import { ALLEGATION_TYPE_LABELS, ALLEGATION_TYPES } from '../schema/vocabulary.js';
import type { CaseAllegationType } from './format.js';

const BUILTIN_COLOURS: Record<(typeof ALLEGATION_TYPES)[number], string> = {
  intelligence_ties: '#b91c1c',
  red_notice_abuse: '#c2410c',
  bribery_corruption: '#a16207',
  salisbury_poisoning: '#15803d',
  organised_crime: '#7e22ce',
  collusion: '#be185d',
  death_of_tax_consultant: '#1e3a8a',
  election_interference: '#0e7490',
  smear_campaign: '#475569',
};

export function builtinAllegationTypes(): CaseAllegationType[] {
  return ALLEGATION_TYPES.map((id) => ({ id, label: ALLEGATION_TYPE_LABELS[id], color: BUILTIN_COLOURS[id], builtin: true as const }));
}

/** "Money laundering" → "money_laundering": ids stay readable in the file. */
export function allegationTypeId(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return slug || 'type';
}
