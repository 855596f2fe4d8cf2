// Closed vocabularies of the Redthread model: node kinds, edge relations and the
// allegation taxonomy. Validators, the service and the UI all derive from these tuples.

export const NODE_KINDS = [
  'person',
  'agency',
  'group',
  'country',
  'place',
  'event',
  'document',
  'media',
  'organisation',
  'other',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  person: 'Person',
  agency: 'Agency',
  group: 'Group',
  country: 'Country',
  place: 'Place',
  event: 'Event',
  document: 'Document',
  media: 'Media outlet',
  organisation: 'Organisation',
  other: 'Other',
};

/** Edge relations, read as "source <relation> target". */
export const RELATIONS = [
  'holds_office_in',
  'formerly_held_office_in',
  'member_of',
  'part_of',
  'leads',
  'candidate_for',
  'participates_in',
  'supports',
  'opposes',
  'accuses',
  'denounces',
  'detained_by',
  'subject_of_red_notice',
  'issued',
  'victim_of',
  'spouse_of',
  'spokesperson_for',
  'works_for',
  'sanctions',
  'linked_to',
  'located_in',
  'reports_on',
  'communicated_with',
  'compares_to',
  // Company-register and sanctions-list links (FollowTheMoney and the tools that read it).
  'owns',
  'director_of',
  'represents',
  'family_of',
  'associate_of',
  'paid',
  'identifies',
  'related_to',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, string> = {
  holds_office_in: 'holds office in',
  formerly_held_office_in: 'formerly held office in',
  member_of: 'member of',
  part_of: 'part of',
  leads: 'leads',
  candidate_for: 'candidate for',
  participates_in: 'participates in',
  supports: 'supports',
  opposes: 'opposes',
  accuses: 'accuses',
  denounces: 'denounces',
  detained_by: 'detained by',
  subject_of_red_notice: 'subject of red notice',
  issued: 'issued',
  victim_of: 'victim of',
  spouse_of: 'spouse of',
  spokesperson_for: 'spokesperson for',
  works_for: 'works for',
  sanctions: 'sanctions',
  linked_to: 'linked to',
  located_in: 'located in',
  reports_on: 'reports on',
  communicated_with: 'communicated with',
  compares_to: 'compares to',
  owns: 'owns',
  director_of: 'director of',
  represents: 'represents',
  family_of: 'family of',
  associate_of: 'associate of',
  paid: 'paid',
  identifies: 'identifies',
  related_to: 'related to',
};

/** Every kind of allegation the Interpol article carries. */
export const ALLEGATION_TYPES = [
  'intelligence_ties',
  'red_notice_abuse',
  'bribery_corruption',
  'salisbury_poisoning',
  'organised_crime',
  'collusion',
  'death_of_tax_consultant',
  'election_interference',
  'smear_campaign',
] as const;
export type AllegationType = (typeof ALLEGATION_TYPES)[number];

export const ALLEGATION_TYPE_LABELS: Record<AllegationType, string> = {
  intelligence_ties: 'Intelligence / KGB ties',
  red_notice_abuse: 'Red notice abuse / political persecution',
  bribery_corruption: 'Bribery and corruption',
  salisbury_poisoning: 'Salisbury poisoning',
  organised_crime: 'Organised crime',
  collusion: 'Collusion',
  death_of_tax_consultant: 'Death of a tax consultant',
  election_interference: 'Interference in the election (counter-claim)',
  smear_campaign: 'Smear campaign (counter-claim)',
};

export const ALLEGATION_STATUSES = ['alleged', 'denied', 'confirmed', 'disputed'] as const;
export type AllegationStatus = (typeof ALLEGATION_STATUSES)[number];

/** Partial ISO dates ("2018", "2018-10", "2018-11-21") or an interval of two ("1930/1939"). */
export const DATE_PATTERN =
  /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/** Id of an allegation type: a built-in one, or one a case added (lower-case letters, digits and _). */
export const ALLEGATION_TYPE_ID = /^[a-z0-9_]{1,64}$/;
