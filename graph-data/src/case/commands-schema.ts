// Edit commands as data: what the renderer sends (`edit` in the contract), what the journal
// records and what replay applies. Ids the service chooses (new nodes, claims, sources) may be
// left out by the caller; the editor fills them in, so the journal holds a resolved command
// that replays to the same graph.
import { z } from 'zod';
import { ALLEGATION_STATUSES, ALLEGATION_TYPE_ID, DATE_PATTERN, NODE_KINDS, RELATIONS } from '../schema/vocabulary.js';

const id = z.string().min(1).max(1024);
const name = z.string().trim().min(1).max(1_000);
const partialDate = z.string().regex(DATE_PATTERN, 'expected an ISO date such as 2018, 2018-11 or 2018-11-21');
const longText = z.string().max(100_000);
/** Largest source text an edit may add (10 MB of characters, like a long PDF). */
export const MAX_SOURCE_TEXT = 10_000_000;

/** A passage of a stored source: the quote must be found verbatim at `offset`. */
export const citationSchema = z.strictObject({
  source: id,
  quote: z.string().min(1).max(20_000),
  offset: z.number().int().min(0),
});
export type Citation = z.infer<typeof citationSchema>;

export const newNodeSchema = z.strictObject({
  id: id.optional(),
  kind: z.enum(NODE_KINDS),
  label: name,
  aliases: z.array(name).max(200).optional(),
  description: longText.optional(),
});
export type NewNode = z.infer<typeof newNodeSchema>;

/** A node of the graph, or the n-th of the claim's `newNodes`. */
const nodeRef = z.union([id, z.strictObject({ new: z.number().int().min(0).max(2) })]);
export type NodeRef = z.infer<typeof nodeRef>;

const sourceMeta = {
  title: name,
  publisher: z.string().max(1_000).optional(),
  author: z.string().max(1_000).optional(),
  url: z.string().max(4_000).optional(),
  /** Publication date. */
  published: partialDate.optional(),
  accessed: partialDate.optional(),
};

export const editCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('addSource'), source: z.strictObject({ id: id.optional(), ...sourceMeta, text: z.string().min(1).max(MAX_SOURCE_TEXT) }) }),
  z.strictObject({
    type: z.literal('editSource'),
    id,
    title: name.optional(),
    publisher: z.string().max(1_000).optional(),
    author: z.string().max(1_000).nullable().optional(),
    url: z.string().max(4_000).nullable().optional(),
    published: partialDate.nullable().optional(),
    accessed: partialDate.nullable().optional(),
  }),
  z.strictObject({ type: z.literal('addNode'), node: newNodeSchema, citation: citationSchema.optional() }),
  z.strictObject({
    type: z.literal('addClaim'),
    id: id.optional(),
    subject: nodeRef,
    relation: z.enum(RELATIONS),
    object: nodeRef,
    date: partialDate.optional(),
    allegation: z.strictObject({ type: z.string().regex(ALLEGATION_TYPE_ID, 'expected an allegation type id'), status: z.enum(ALLEGATION_STATUSES), claimant: nodeRef }).optional(),
    citation: citationSchema,
    /** Actors created with the claim (one undo step), referred to as `{ new: i }`. */
    newNodes: z.array(newNodeSchema).max(3).optional(),
  }),
  z.strictObject({ type: z.literal('attachEvidence'), element: z.enum(['node', 'edge']), id, citation: citationSchema }),
  z.strictObject({
    type: z.literal('editNode'),
    id,
    label: name.optional(),
    kind: z.enum(NODE_KINDS).optional(),
    aliases: z.array(name).max(200).optional(),
    description: longText.nullable().optional(),
    date: partialDate.nullable().optional(),
    /** The node's other attributes (a file's columns): each given key is set, or removed when null. */
    attributes: z.record(z.string().min(1).max(200), z.union([z.string().max(10_000), z.number().finite(), z.boolean(), z.null()])).optional(),
  }),
  z.strictObject({ type: z.literal('editEdge'), id, relation: z.enum(RELATIONS).optional(), date: partialDate.nullable().optional() }),
  z.strictObject({
    type: z.literal('setStatus'),
    id,
    status: z.enum(ALLEGATION_STATUSES),
    /** The passage that confirms or denies it (added to the edge's evidence too). */
    citation: citationSchema.optional(),
    /** ISO timestamp; the editor stamps it when absent. */
    at: z.string().max(40).optional(),
  }),
  z.strictObject({ type: z.literal('deleteEdge'), id }),
  z.strictObject({ type: z.literal('deleteNode'), id }),
  /** Refused while claims cite the source, unless `cascade`: then those go too. */
  z.strictObject({ type: z.literal('deleteSource'), id, cascade: z.boolean().optional() }),
  z.strictObject({ type: z.literal('addAllegationType'), id: z.string().regex(/^[a-z0-9_]{1,64}$/).optional(), label: name, color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #a16207') }),
  /** `absorb` goes; its edges, evidence, aliases and name move to `keep`. */
  z.strictObject({ type: z.literal('mergeNodes'), keep: id, absorb: id }),
]);
export type EditCommand = z.infer<typeof editCommandSchema>;
export type EditType = EditCommand['type'];
