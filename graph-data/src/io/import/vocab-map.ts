// How other tools' types map onto Redthread's closed vocabularies: tables of synonyms (as data),
// matched after normalising case, separators and plurals. Anything unmatched is "other" /
// "related_to" and the original value stays in the element's extra attributes.
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../../schema/vocabulary.js';

const KIND_SYNONYMS: Record<Exclude<NodeKind, 'other'>, string[]> = {
  person: ['person', 'people', 'individual', 'human', 'officer', 'natural person', 'politician', 'journalist', 'employee', 'suspect', 'victim', 'witness', 'actor'],
  organisation: [
    'organisation', 'organization', 'org', 'company', 'companies', 'business', 'corporation', 'corp', 'firm', 'entity', 'legal entity',
    'legalentity', 'intermediary', 'ngo', 'ngo cso', 'bank', 'association', 'foundation', 'trust', 'partnership', 'enterprise', 'offshore entity',
    'university', 'institution',
  ],
  agency: ['agency', 'public body', 'publicbody', 'government', 'government agency', 'ministry', 'authority', 'police', 'court', 'regulator', 'intelligence service'],
  group: ['group', 'gang', 'party', 'political party', 'militia', 'network', 'movement', 'clan', 'cartel', 'team'],
  country: ['country', 'nation', 'jurisdiction', 'state country'],
  place: ['place', 'location', 'address', 'city', 'town', 'village', 'region', 'site', 'station', 'airport', 'venue', 'building', 'port'],
  event: ['event', 'meeting', 'incident', 'conference', 'election', 'trial', 'transaction'],
  document: ['document', 'file', 'report', 'passport', 'contract', 'letter', 'email', 'memo', 'record', 'article', 'identification', 'certificate'],
  media: ['media', 'media outlet', 'outlet', 'newspaper', 'news', 'website', 'tv', 'television', 'radio', 'publication', 'magazine', 'publisher', 'blog'],
};

const RELATION_SYNONYMS: Partial<Record<Relation, string[]>> = {
  member_of: ['member', 'member of', 'membership', 'belongs to', 'affiliated with', 'affiliate of', 'officer of', 'secretary of'],
  part_of: ['part of', 'subsidiary of', 'subsidiary', 'branch of', 'division of', 'child of org', 'parent'],
  leads: ['leads', 'chairman of', 'ceo of', 'head of', 'president of', 'leader of', 'chair of', 'manages'],
  director_of: ['director', 'director of', 'directorship', 'board member of', 'officer director of'],
  works_for: ['works for', 'employee of', 'employed by', 'employment', 'employer', 'lawyer for', 'advisor to', 'adviser to'],
  represents: ['represents', 'representation', 'agent of', 'representative of', 'nominee for'],
  owns: ['owns', 'owner of', 'ownership', 'shareholder of', 'shareholder', 'beneficial owner of', 'owner'],
  family_of: ['family', 'relative', 'relative of', 'family of', 'sibling', 'brother', 'sister', 'son', 'daughter', 'father', 'mother', 'parent of', 'child'],
  associate_of: ['associate', 'associate of', 'associated with', 'business associate'],
  paid: ['paid', 'payment', 'pays', 'paid to', 'transferred to', 'transfer'],
  identifies: ['identifies', 'identification', 'passport', 'passport of', 'id document of'],
  spouse_of: ['spouse of', 'spouse', 'married to', 'wife of', 'husband of', 'wife', 'husband', 'partner of'],
  located_in: ['located in', 'registered address', 'address', 'address of', 'lives in', 'based in', 'resides in', 'headquartered in', 'located at'],
  linked_to: ['linked to', 'link', 'unknown link', 'unknownlink', 'connected to', 'connection', 'similar name and address as', 'same name as', 'same as'],
  communicated_with: ['communicated with', 'called', 'emailed', 'contacted', 'contact', 'met', 'met with', 'communication', 'call', 'message'],
  supports: ['supports', 'support', 'funds', 'funded', 'donated to', 'donation', 'sponsor of', 'sponsors', 'endorses', 'backs'],
  opposes: ['opposes', 'opposed', 'against', 'rival of', 'enemy of'],
  accuses: ['accuses', 'accused', 'alleges'],
  denounces: ['denounces', 'criticises', 'criticizes', 'condemns'],
  detained_by: ['detained by', 'arrested by', 'held by', 'imprisoned by'],
  issued: ['issued', 'issues', 'published', 'authored', 'wrote'],
  victim_of: ['victim of', 'targeted by', 'attacked by'],
  spokesperson_for: ['spokesperson for', 'spokesman for', 'spokeswoman for', 'speaks for'],
  sanctions: ['sanctions', 'sanctioned', 'sanction'],
  reports_on: ['reports on', 'reported on', 'covers', 'mentions', 'cites'],
  participates_in: ['participates in', 'participant', 'attended', 'attends', 'took part in', 'participation'],
  holds_office_in: ['holds office in', 'occupancy', 'holds position in', 'minister of', 'official of'],
  candidate_for: ['candidate for', 'runs for', 'candidate'],
  compares_to: ['compares to', 'compared to', 'similar to'],
  related_to: ['related to', 'related', 'beneficiary of', 'succession', 'debt'],
};

/** "Legal_Entity", "legal-entity", "LEGAL ENTITIES" → "legal entity" / "legal entities". */
export function normaliseTerm(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[_\-./:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function singular(term: string): string {
  if (term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.endsWith('sses')) return term.slice(0, -2);
  if (term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

function buildTable<T extends string>(ownNames: readonly T[], synonyms: Partial<Record<T, string[]>>): Map<string, T> {
  const table = new Map<string, T>();
  for (const name of ownNames) table.set(normaliseTerm(name), name);
  for (const [name, words] of Object.entries(synonyms) as [T, string[]][]) {
    for (const word of words) if (!table.has(normaliseTerm(word))) table.set(normaliseTerm(word), name);
  }
  return table;
}

const KINDS = buildTable(NODE_KINDS, KIND_SYNONYMS);
const RELATION_TABLE = buildTable(RELATIONS, RELATION_SYNONYMS);

// Files repeat the same few type names thousands of times: remember each answer.
const memo = new Map<unknown, Map<string, unknown>>();

function lookup<T>(table: Map<string, T>, value: unknown): T | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  let cache = memo.get(table) as Map<string, T | undefined> | undefined;
  if (!cache) memo.set(table, (cache = new Map()) as Map<string, unknown>);
  if (cache.has(value)) return cache.get(value);
  const term = normaliseTerm(value);
  const found = table.get(term) ?? table.get(singular(term));
  if (cache.size < 10_000) cache.set(value, found);
  return found;
}

// Maltego names its entity types "maltego.<Name>": the name is read like any other tool's,
// except for Maltego's words that mean something else here (its Website is a host name, not a
// media outlet; an affiliation is an account on a social network).
const MALTEGO_PREFIX = /^maltego\./i;
const MALTEGO_KINDS = new Map<string, NodeKind>([
  ['website', 'other'],
  ['alias', 'other'],
  ['gps', 'place'],
  ['circular area', 'place'],
  ['news article', 'document'],
  ['image', 'document'],
  ['online group', 'group'],
]);

/** A node kind for a type name from another tool, or undefined when none matches. */
export function kindFor(value: unknown): NodeKind | undefined {
  if (typeof value === 'string' && MALTEGO_PREFIX.test(value)) {
    const name = value.replace(MALTEGO_PREFIX, '');
    const term = normaliseTerm(name);
    if (term.startsWith('affiliation')) return 'other';
    return MALTEGO_KINDS.get(term) ?? lookup(KINDS, name);
  }
  return lookup(KINDS, value);
}

/** A relation for a relationship name from another tool, or undefined when none matches. */
export function relationFor(value: unknown): Relation | undefined {
  return lookup(RELATION_TABLE, value);
}
