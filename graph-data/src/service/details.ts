// Details of one node or edge: attributes, roles, neighbours grouped by relation,
// and evidence resolved against its source so the viewer can highlight it.
import type { AttributeElement, AttributeEntry, AttributeType, EdgeDetails, EvidenceView, NeighbourGroup, NodeDetails, NodeRef } from '../contract.js';
import { defaultsOf } from '../io/extra.js';
import { readAttribute } from './attributes.js';
import type { Evidence } from '../schema/model.js';
import type { Dataset } from './dataset.js';
import { fail } from './errors.js';
import { requireNode } from './neighbourhood.js';

function nodeRef(dataset: Dataset, id: string): NodeRef {
  const attrs = dataset.graph.getNodeAttributes(id);
  return { id, label: attrs.label, kind: attrs.kind };
}

function evidenceViews(dataset: Dataset, evidence: Evidence[] = []): EvidenceView[] {
  return evidence.map((e) => {
    const source = dataset.sources.get(e.source);
    return {
      source: e.source,
      sourceTitle: source?.title ?? e.source,
      quote: e.quote,
      // A case's evidence knows where its quote is; a flagged one is shown as not found.
      offset: !source || e.flagged ? -1 : e.offset !== undefined && source.text.startsWith(e.quote, e.offset) ? e.offset : source.text.indexOf(e.quote),
    };
  });
}

/** More than any real file carries per element; past it the Details panel would be unreadable anyway. */
export const MAX_DETAIL_ATTRIBUTES = 1000;

/** An attribute's type as the catalogue has it: one type per attribute, whatever one element holds. */
export type TypeOf = (element: AttributeElement, key: string, builtin: boolean) => AttributeType;

/**
 * The element's file attributes (`extra`, declared defaults applied), typed, in the file's
 * order: its own values first, then the defaults it took. Built-ins the panel shows elsewhere
 * are not repeated; `builtins` adds those it does not.
 */
function attributeEntries(dataset: Dataset, typeOf: TypeOf, type: AttributeElement, id: string, builtins: readonly string[] = []): AttributeEntry[] {
  const { graph } = dataset;
  const own = (type === 'node' ? graph.getNodeAttribute(id, 'extra') : graph.getEdgeAttribute(id, 'extra')) ?? {};
  const keys = [...new Set([...Object.keys(own), ...Object.keys(defaultsOf(graph, type))])];
  const entries: AttributeEntry[] = [];
  const add = (key: string, builtin: boolean) => {
    const value = readAttribute(graph, type, key, builtin, id);
    if (value === null || (Array.isArray(value) && value.length === 0)) return;
    const entry: AttributeEntry = { key, type: typeOf(type, key, builtin), value };
    if (builtin) entry.builtin = true;
    entries.push(entry);
  };
  for (const key of builtins) add(key, true);
  for (const key of keys.slice(0, MAX_DETAIL_ATTRIBUTES)) add(key, false);
  return entries;
}

function neighbourGroups(dataset: Dataset, id: string): NeighbourGroup[] {
  const { graph } = dataset;
  const groups = new Map<string, NeighbourGroup>();
  const add = (edge: string, way: 'out' | 'in', other: string) => {
    const relation = graph.getEdgeAttribute(edge, 'relation');
    // An edge the file gave no direction reads the same from either end.
    const direction = graph.getEdgeAttribute(edge, 'undirected') === true ? 'none' : way;
    const key = `${direction}:${relation}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation, direction, items: [] };
      groups.set(key, group);
    }
    group.items.push({ ...nodeRef(dataset, other), edgeId: edge });
  };
  graph.forEachOutEdge(id, (edge, _a, _s, target) => add(edge, 'out', target));
  graph.forEachInEdge(id, (edge, _a, source) => add(edge, 'in', source));
  return [...groups.values()];
}

export function nodeDetails(dataset: Dataset, id: string, typeOf: TypeOf): NodeDetails {
  requireNode(dataset.graph, id, 'nodeDetails');
  const attrs = dataset.graph.getNodeAttributes(id);
  const details: NodeDetails = {
    ...nodeRef(dataset, id),
    description: attrs.description ?? '',
    aliases: attrs.aliases ?? [],
    roles: (attrs.roles ?? []).map((role) => {
      const { organisation, ...rest } = role;
      return organisation && dataset.graph.hasNode(organisation)
        ? { ...rest, organisation: nodeRef(dataset, organisation) }
        : rest;
    }),
    degree: dataset.graph.degree(id),
    evidence: evidenceViews(dataset, attrs.evidence),
    neighbours: neighbourGroups(dataset, id),
    attributes: attributeEntries(dataset, typeOf, 'node', id),
  };
  if (attrs.date) details.date = attrs.date;
  return details;
}

export function edgeDetails(dataset: Dataset, id: string, typeOf: TypeOf): EdgeDetails {
  const { graph } = dataset;
  if (!graph.hasEdge(id)) fail('unknown_edge', 'edgeDetails', `unknown edge "${id}"`);
  const attrs = graph.getEdgeAttributes(id);
  const details: EdgeDetails = {
    id,
    source: nodeRef(dataset, graph.source(id)),
    target: nodeRef(dataset, graph.target(id)),
    relation: attrs.relation,
    evidence: evidenceViews(dataset, attrs.evidence),
    // Relation, allegation and date have their own lines; an edge's label and weight do not.
    attributes: attributeEntries(dataset, typeOf, 'edge', id, ['label', 'weight']),
  };
  if (attrs.undirected === true) details.undirected = true;
  if (attrs.allegation) {
    const { claimant } = attrs.allegation;
    details.allegation = {
      ...attrs.allegation,
      claimant: graph.hasNode(claimant) ? nodeRef(dataset, claimant) : { id: claimant, label: claimant, kind: 'person' },
    };
  }
  if (attrs.statusHistory?.length) details.statusHistory = attrs.statusHistory.map((h) => ({ from: h.from, to: h.to, at: h.at, ...(h.evidence && { evidence: evidenceViews(dataset, [h.evidence])[0] as EvidenceView }) }));
  if (attrs.date) details.date = attrs.date;
  return details;
}
