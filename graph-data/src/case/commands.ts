// Each edit command as primitive ops (ops.ts). `resolveCommand` fills in the ids and timestamps
// the caller left out, so the journal holds a command that replays exactly; `runCommand` checks
// it against the graph (unknown ids, quotes not verbatim at their offsets) and records its ops.
import type { Evidence } from '../schema/model.js';
import type { Dataset, GraphNodeAttributes, LoadedSource } from '../service/dataset.js';
import { fail } from '../service/errors.js';
import { allegationTypeId } from './allegation-types.js';
import type { Citation, EditCommand, NewNode, NodeRef } from './commands-schema.js';
import { deleteNode, deleteSource, type Removed } from './delete.js';
import { mergeNodes } from './merge.js';
import { allegationTypesOf, OpRecorder, type Op } from './ops.js';
import { quoteAt, withEvidence } from './quotes.js';
import { withoutAccents } from '../util/accents.js';

export interface CommandOutcome {
  ops: Op[];
  /** The id of what the command created (node, claim, source, allegation type), when it did. */
  created?: string;
  /** Ids of the nodes the command created (addClaim's new actors, addNode). */
  createdNodes: string[];
  removed: Removed;
}

const ORIGIN = 'edits';

function slug(text: string): string {
  return (
    withoutAccents(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item'
  );
}

/** `prefix-slug`, then `-2`, `-3`… until no node, edge or source has it. */
function freshId(taken: (id: string) => boolean, prefix: string, text: string): string {
  const base = `${prefix}-${slug(text)}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The command with every id and timestamp chosen: what the journal stores. */
export function resolveCommand(dataset: Dataset, command: EditCommand, now: () => string): EditCommand {
  const { graph } = dataset;
  const nodeTaken = (id: string) => graph.hasNode(id);
  switch (command.type) {
    case 'addSource':
      return command.source.id ? command : { ...command, source: { ...command.source, id: freshId((id) => dataset.sources.has(id), 'src', command.source.title) } };
    case 'addNode':
      return command.node.id ? command : { ...command, node: { ...command.node, id: freshId(nodeTaken, 'n', command.node.label) } };
    case 'addClaim': {
      const chosen = new Set<string>();
      const newNodes = command.newNodes?.map((n) => {
        if (n.id) return n;
        const id = freshId((x) => nodeTaken(x) || chosen.has(x), 'n', n.label);
        chosen.add(id);
        return { ...n, id };
      });
      const id = command.id ?? freshId((x) => graph.hasEdge(x), 'c', command.relation);
      return { ...command, id, ...(newNodes && { newNodes }) };
    }
    case 'setStatus':
      return command.at ? command : { ...command, at: now() };
    case 'addAllegationType': {
      if (command.id) return command;
      const types = allegationTypesOf(dataset);
      const base = allegationTypeId(command.label).slice(0, 60);
      let id = base;
      for (let n = 2; types.some((t) => t.id === id); n++) id = `${base}_${n}`;
      return { ...command, id };
    }
    default:
      return command;
  }
}

/** The cited passage as evidence, after checking it is verbatim at its offset. */
export function checkedEvidence(dataset: Dataset, citation: Citation): Evidence {
  const source = dataset.sources.get(citation.source);
  if (!source) fail('unknown_source', ORIGIN, `unknown source "${citation.source}"`);
  if (!quoteAt(source.text, citation.quote, citation.offset)) {
    const found = source.text.slice(citation.offset, citation.offset + Math.min(citation.quote.length, 40));
    fail('bad_arguments', ORIGIN, `the quote is not verbatim at offset ${citation.offset} of source "${citation.source}" (the text there reads "${found}")`);
  }
  if (citation.quote.trim().length === 0) fail('bad_arguments', ORIGIN, 'the quote is only white space');
  return { source: citation.source, quote: citation.quote, offset: citation.offset };
}

function requireNode(dataset: Dataset, id: string): void {
  if (!dataset.graph.hasNode(id)) fail('unknown_node', ORIGIN, `unknown node "${id}"`);
}
function requireEdge(dataset: Dataset, id: string): void {
  if (!dataset.graph.hasEdge(id)) fail('unknown_edge', ORIGIN, `unknown edge "${id}"`);
}


function nodeAttributes(node: NewNode, evidence: Evidence | undefined): GraphNodeAttributes {
  const aliases = node.aliases?.filter((a) => a !== node.label);
  return {
    label: node.label,
    kind: node.kind,
    ...(aliases?.length && { aliases }),
    ...(node.description && { description: node.description }),
    ...(evidence && { evidence: [evidence] }),
  };
}

const NOTHING: Removed = { nodes: [], edges: [], sources: [] };

/** Applies a resolved command; on any failure nothing of it stays. */
export function runCommand(dataset: Dataset, command: EditCommand): CommandOutcome {
  const rec = new OpRecorder(dataset);
  try {
    const outcome = compile(rec, command);
    return { ops: rec.ops, createdNodes: [], removed: NOTHING, ...outcome };
  } catch (error) {
    rec.rollback();
    throw error;
  }
}

function compile(rec: OpRecorder, command: EditCommand): Partial<CommandOutcome> {
  const { dataset } = rec;
  const { graph } = dataset;
  switch (command.type) {
    case 'addSource': {
      const s = command.source;
      const id = s.id as string;
      if (dataset.sources.has(id)) fail('bad_arguments', ORIGIN, `a source "${id}" already exists`);
      const source: LoadedSource = {
        id,
        title: s.title,
        publisher: s.publisher ?? '',
        date: s.published ?? '',
        file: '',
        text: s.text,
        ...(s.author && { author: s.author }),
        ...(s.url && { url: s.url }),
        ...(s.accessed && { accessed: s.accessed }),
      };
      rec.push({ op: 'addSource', source });
      return { created: id };
    }
    case 'editSource': {
      const before = dataset.sources.get(command.id);
      if (!before) fail('unknown_source', ORIGIN, `unknown source "${command.id}"`);
      const { author, url, accessed, ...rest } = before;
      // null clears a field, undefined leaves it as it was.
      const keep = (given: string | null | undefined, was: string | undefined) => (given === null ? undefined : (given ?? was));
      const next = { author: keep(command.author, author), url: keep(command.url, url), accessed: keep(command.accessed, accessed) };
      const after: LoadedSource = {
        ...rest,
        ...(command.title !== undefined && { title: command.title }),
        ...(command.publisher !== undefined && { publisher: command.publisher }),
        ...(command.published !== undefined && { date: command.published ?? '' }),
        ...(next.author !== undefined && { author: next.author }),
        ...(next.url !== undefined && { url: next.url }),
        ...(next.accessed !== undefined && { accessed: next.accessed }),
      };
      rec.push({ op: 'setSource', before, after });
      return {};
    }
    case 'addNode': {
      const id = command.node.id as string;
      if (graph.hasNode(id)) fail('bad_arguments', ORIGIN, `a node "${id}" already exists`);
      const evidence = command.citation && checkedEvidence(dataset, command.citation);
      rec.push({ op: 'addNode', key: id, attributes: nodeAttributes(command.node, evidence) });
      return { created: id, createdNodes: [id] };
    }
    case 'addClaim': {
      const id = command.id as string;
      if (graph.hasEdge(id)) fail('bad_arguments', ORIGIN, `an edge "${id}" already exists`);
      const evidence = checkedEvidence(dataset, command.citation);
      const created: string[] = [];
      for (const node of command.newNodes ?? []) {
        const nodeId = node.id as string;
        if (graph.hasNode(nodeId)) fail('bad_arguments', ORIGIN, `a node "${nodeId}" already exists`);
        rec.push({ op: 'addNode', key: nodeId, attributes: nodeAttributes(node, evidence) });
        created.push(nodeId);
      }
      const resolve = (ref: NodeRef): string => {
        if (typeof ref === 'string') {
          requireNode(dataset, ref);
          return ref;
        }
        const made = created[ref.new];
        if (made === undefined) fail('bad_arguments', ORIGIN, `the claim refers to new node ${ref.new}, but only ${created.length} ${created.length === 1 ? 'is' : 'are'} given`);
        return made;
      };
      const subject = resolve(command.subject);
      const object = resolve(command.object);
      if (command.allegation && !allegationTypesOf(dataset).some((t) => t.id === command.allegation?.type)) fail('bad_arguments', ORIGIN, `unknown allegation type "${command.allegation.type}" (add it to the case first)`);
      const allegation = command.allegation && { type: command.allegation.type, status: command.allegation.status, claimant: resolve(command.allegation.claimant) };
      rec.push({
        op: 'addEdge',
        key: id,
        source: subject,
        target: object,
        attributes: { relation: command.relation, ...(allegation && { allegation }), ...(command.date && { date: command.date }), evidence: [evidence] },
      });
      return { created: id, createdNodes: created };
    }
    case 'attachEvidence': {
      const evidence = checkedEvidence(dataset, command.citation);
      if (command.element === 'node') {
        requireNode(dataset, command.id);
        rec.setNode(command.id, (a) => ({ ...a, evidence: withEvidence(a.evidence, evidence) }));
      } else {
        requireEdge(dataset, command.id);
        rec.setEdge(command.id, (a) => ({ ...a, evidence: withEvidence(a.evidence, evidence) }));
      }
      return {};
    }
    case 'editNode': {
      requireNode(dataset, command.id);
      rec.setNode(command.id, (a) => {
        const next = { ...a };
        if (command.label !== undefined) next.label = command.label;
        if (command.kind !== undefined) next.kind = command.kind;
        if (command.aliases !== undefined) {
          if (command.aliases.length) next.aliases = [...new Set(command.aliases)];
          else delete next.aliases;
        }
        if (command.description === null) delete next.description;
        else if (command.description !== undefined) next.description = command.description;
        if (command.date === null) delete next.date;
        else if (command.date !== undefined) next.date = command.date;
        if (command.attributes) {
          const given = command.attributes;
          const kept = Object.entries(next.extra ?? {}).filter(([key]) => !Object.hasOwn(given, key));
          const set = Object.entries(given).filter(([, value]) => value !== null);
          const extra = Object.fromEntries([...kept, ...set]);
          if (Object.keys(extra).length) next.extra = extra;
          else delete next.extra;
        }
        return next;
      });
      return {};
    }
    case 'editEdge': {
      requireEdge(dataset, command.id);
      rec.setEdge(command.id, (a) => {
        const next = { ...a };
        if (command.relation !== undefined) next.relation = command.relation;
        if (command.date === null) delete next.date;
        else if (command.date !== undefined) next.date = command.date;
        return next;
      });
      return {};
    }
    case 'setStatus': {
      requireEdge(dataset, command.id);
      const allegation = graph.getEdgeAttribute(command.id, 'allegation');
      if (!allegation) fail('bad_arguments', ORIGIN, `edge "${command.id}" is not an allegation`);
      const evidence = command.citation && checkedEvidence(dataset, command.citation);
      rec.setEdge(command.id, (a) => ({
        ...a,
        allegation: { ...allegation, status: command.status },
        statusHistory: [...(a.statusHistory ?? []), { from: allegation.status, to: command.status, at: command.at ?? '', ...(evidence && { evidence }) }],
        ...(evidence && { evidence: withEvidence(a.evidence, evidence) }),
      }));
      return {};
    }
    case 'deleteEdge':
      requireEdge(dataset, command.id);
      rec.dropEdge(command.id);
      return { removed: { nodes: [], edges: [command.id], sources: [] } };
    case 'deleteNode':
      requireNode(dataset, command.id);
      return { removed: deleteNode(rec, command.id) };
    case 'deleteSource':
      return { removed: deleteSource(rec, command.id, command.cascade === true) };
    case 'addAllegationType': {
      const before = allegationTypesOf(dataset);
      const id = command.id as string;
      if (before.some((t) => t.id === id)) fail('bad_arguments', ORIGIN, `an allegation type "${id}" already exists`);
      rec.push({ op: 'setTypes', before, after: [...before, { id, label: command.label, color: command.color.toLowerCase() }] });
      return { created: id };
    }
    case 'mergeNodes':
      requireNode(dataset, command.keep);
      requireNode(dataset, command.absorb);
      if (command.keep === command.absorb) fail('bad_arguments', ORIGIN, 'a node cannot be merged with itself');
      return { removed: mergeNodes(rec, command.keep, command.absorb) };
  }
}
