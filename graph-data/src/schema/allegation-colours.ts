// The built-in allegation types' colours on a light background: what a case file stores for
// them and what the renderer's light palette draws (its dark palette has its own lighter set).
import type { AllegationType } from './vocabulary.js';

export const BUILTIN_ALLEGATION_COLOURS: Readonly<Record<AllegationType, string>> = {
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
