// Runtime schema of a Redthread graph: the attributes of nodes and edges, checked
// with zod so loaders and validate-data report exactly which field is wrong.
import { z } from 'zod';
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  DATE_PATTERN,
  NODE_KINDS,
  RELATIONS,
} from './vocabulary.js';

const nonEmpty = z.string().trim().min(1);
const partialDate = z.string().regex(DATE_PATTERN, 'expected an ISO date such as 2018, 2018-11 or 2018-11-21');

export const evidenceSchema = z.strictObject({
  source: nonEmpty,
  quote: nonEmpty,
  /** Where the quote starts in its source's text (UTF-16 units); cases always carry it, curated datasets may not. */
  offset: z.number().int().min(0).optional(),
  /** Why a case file's quote could not be confirmed on opening (case/quotes.ts); absent when it was. */
  flagged: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const roleSchema = z.strictObject({
  title: nonEmpty,
  /** Node id of the organisation the role is held in. */
  organisation: nonEmpty.optional(),
  start: partialDate.optional(),
  end: partialDate.optional(),
  current: z.boolean().optional(),
});
export type Role = z.infer<typeof roleSchema>;

export const nodeAttributesSchema = z.strictObject({
  label: nonEmpty,
  kind: z.enum(NODE_KINDS),
  description: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
  roles: z.array(roleSchema).optional(),
  date: partialDate.optional(),
  evidence: z.array(evidenceSchema).min(1, 'every node needs at least one evidence entry'),
});
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;

export const allegationSchema = z.strictObject({
  type: z.enum(ALLEGATION_TYPES),
  status: z.enum(ALLEGATION_STATUSES),
  /** Node id of whoever makes the claim. */
  claimant: nonEmpty,
});
export type Allegation = z.infer<typeof allegationSchema>;

export const edgeAttributesSchema = z.strictObject({
  relation: z.enum(RELATIONS),
  allegation: allegationSchema.optional(),
  date: partialDate.optional(),
  evidence: z.array(evidenceSchema).min(1, 'every edge needs at least one evidence entry'),
});
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;

export const sourceSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  publisher: nonEmpty,
  cites: z.array(nonEmpty).optional(),
  date: partialDate,
  file: nonEmpty,
  url: z.string().optional(),
});
export type SourceInfo = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema).min(1);

/** graphology's serialisation format, restricted to what Redthread stores. */
export const serializedGraphSchema = z.object({
  options: z
    .object({
      type: z.enum(['directed', 'undirected', 'mixed']).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: nonEmpty, attributes: z.unknown() })),
  edges: z.array(
    z.object({
      key: nonEmpty,
      source: nonEmpty,
      target: nonEmpty,
      undirected: z.boolean().optional(),
      attributes: z.unknown(),
    }),
  ),
});
export type SerializedGraph = z.infer<typeof serializedGraphSchema>;
