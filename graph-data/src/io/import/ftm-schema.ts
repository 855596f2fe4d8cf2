// FollowTheMoney schemata as Redthread sees them (data, not code): which schemata are things
// (nodes, with a kind), which are links between two entities (edges, with a relation and the
// properties naming their two ends), and which entity-valued properties become edges too.
import type { NodeKind, Relation } from '../../schema/vocabulary.js';

export const FTM_NODE_KINDS: Record<string, NodeKind> = {
  Person: 'person',
  Organization: 'organisation',
  Company: 'organisation',
  LegalEntity: 'organisation',
  PublicBody: 'agency',
  Address: 'place',
  RealEstate: 'place',
  Event: 'event',
  Document: 'document',
  Pages: 'document',
  Folder: 'document',
  PlainText: 'document',
  HyperText: 'document',
  Email: 'document',
  Article: 'document',
  Table: 'document',
  Workbook: 'document',
  Image: 'document',
  Video: 'media',
  Audio: 'media',
  Passport: 'document',
  Identification: 'document',
  Contract: 'document',
  Sanction: 'document',
  Note: 'document',
};

export interface FtmLink {
  source: string;
  target: string;
  relation: Relation;
  /** Properties whose first value labels the edge. */
  label: string[];
}

/** Interval schemata drawn as edges (FtM's own "edge" definitions: source → target). */
export const FTM_EDGE_SCHEMATA: Record<string, FtmLink> = {
  Membership: { source: 'member', target: 'organization', relation: 'member_of', label: ['role'] },
  Directorship: { source: 'director', target: 'organization', relation: 'director_of', label: ['role'] },
  Employment: { source: 'employee', target: 'employer', relation: 'works_for', label: ['role'] },
  Representation: { source: 'agent', target: 'client', relation: 'represents', label: ['role'] },
  Family: { source: 'person', target: 'relative', relation: 'family_of', label: ['relationship'] },
  Associate: { source: 'person', target: 'associate', relation: 'associate_of', label: ['relationship'] },
  Ownership: { source: 'owner', target: 'asset', relation: 'owns', label: ['role', 'ownershipType'] },
  UnknownLink: { source: 'subject', target: 'object', relation: 'linked_to', label: ['role'] },
  Payment: { source: 'payer', target: 'beneficiary', relation: 'paid', label: ['purpose'] },
  Succession: { source: 'predecessor', target: 'successor', relation: 'related_to', label: ['role'] },
  Debt: { source: 'debtor', target: 'creditor', relation: 'related_to', label: ['purpose'] },
  Occupancy: { source: 'holder', target: 'post', relation: 'holds_office_in', label: ['status'] },
  Similar: { source: 'candidate', target: 'match', relation: 'linked_to', label: ['criteria'] },
  EconomicActivity: { source: 'declarant', target: 'contractHolder', relation: 'related_to', label: ['description'] },
};

/** Entity-valued properties of things that become edges when the entity they name is in the file. */
export const FTM_REFERENCE_EDGES: Record<string, Relation> = {
  addressEntity: 'located_in',
  parent: 'part_of',
};

/**
 * Interval entities that are about one other entity (a sanction on a person, a passport or an
 * ID held by someone, a note on a company): they stay nodes, joined to that entity by an edge
 * "<interval> <relation> <entity>", so a sanction never floats apart from whom it names.
 */
export const FTM_POINTERS: Record<string, { property: string; relation: Relation }[]> = {
  Sanction: [{ property: 'entity', relation: 'sanctions' }],
  Identification: [{ property: 'holder', relation: 'identifies' }],
  Passport: [{ property: 'holder', relation: 'identifies' }],
  Note: [{ property: 'entity', relation: 'reports_on' }],
};

/** Properties that carry provenance: they become evidence and a source per publisher or URL. */
export const FTM_SOURCE_PROPERTIES = { publisher: 'publisher', url: ['sourceUrl', 'publisherUrl'], date: ['retrievedAt', 'modifiedAt', 'publishedAt'] };
export const FTM_LABEL_PROPERTIES = ['name', 'title', 'full', 'fileName', 'subject', 'summary'];
export const FTM_QUOTE_PROPERTIES = ['summary', 'description', 'notes'];
