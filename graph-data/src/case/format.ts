// The `.redthread` case file, version 2: one UTF-8 JSON document holding the graph, every
// source's full text with its SHA-256, the layout, the renderer's saved views and appearance
// (opaque blocks), and the case's allegation types. Older versions are migrated step by step
// (case/migrate.ts) before this schema checks them.
import { z } from 'zod';
import { ALLEGATION_STATUSES, ALLEGATION_TYPE_ID, DATE_PATTERN, NODE_KINDS, RELATIONS } from '../schema/vocabulary.js';

export const CASE_FORMAT = 'redthread-case';
export const CASE_VERSION = 2;
export const CASE_EXTENSION = '.redthread';

const text = z.string().min(1).max(100_000);
const id = z.string().min(1).max(1024);
const partialDate = z.string().regex(DATE_PATTERN, 'expected an ISO date such as 2018, 2018-11 or 2018-11-21');
const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #a16207');
const extraValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
const extra = z.record(z.string(), extraValue);

export const caseEvidenceSchema = z.strictObject({
  source: id,
  quote: text,
  offset: z.number().int().min(0),
  flagged: z.string().max(1000).optional(),
});

export const statusChangeSchema = z.strictObject({
  from: z.enum(ALLEGATION_STATUSES),
  to: z.enum(ALLEGATION_STATUSES),
  at: z.string().max(40),
  evidence: caseEvidenceSchema.optional(),
});

export const caseNodeSchema = z.strictObject({
  key: id,
  attributes: z.strictObject({
    label: text,
    kind: z.enum(NODE_KINDS),
    description: z.string().max(100_000).optional(),
    aliases: z.array(text).max(10_000).optional(),
    roles: z
      .array(z.strictObject({ title: text, organisation: id.optional(), start: partialDate.optional(), end: partialDate.optional(), current: z.boolean().optional() }))
      .max(10_000)
      .optional(),
    date: partialDate.optional(),
    evidence: z.array(caseEvidenceSchema).max(100_000).optional(),
    extra: extra.optional(),
    color: z.string().max(100).optional(),
    size: finite.optional(),
  }),
});

export const caseEdgeSchema = z.strictObject({
  key: id,
  source: id,
  target: id,
  attributes: z.strictObject({
    relation: z.enum(RELATIONS),
    allegation: z.strictObject({ type: z.string().regex(ALLEGATION_TYPE_ID, 'expected an allegation type id'), status: z.enum(ALLEGATION_STATUSES), claimant: id }).optional(),
    statusHistory: z.array(statusChangeSchema).max(10_000).optional(),
    date: partialDate.optional(),
    evidence: z.array(caseEvidenceSchema).max(100_000).optional(),
    extra: extra.optional(),
    label: z.string().max(100_000).optional(),
    weight: finite.optional(),
    color: z.string().max(100).optional(),
    undirected: z.literal(true).optional(),
  }),
});

export const caseSourceSchema = z.strictObject({
  id,
  title: text,
  publisher: z.string().max(10_000),
  author: z.string().max(10_000).optional(),
  url: z.string().max(10_000).optional(),
  /** Publication date (partial ISO), empty when unknown. */
  published: z.union([partialDate, z.literal('')]),
  /** When the investigator read it (partial ISO). */
  accessed: partialDate.optional(),
  cites: z.array(id).max(10_000).optional(),
  /** The name the text had in a dataset folder, kept so a case can be written back as one. */
  file: z.string().max(1024).optional(),
  /** SHA-256 of `text` (UTF-8), lower-case hex: a text that changed after being cited shows. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  text: z.string(),
});

export const allegationTypeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]{1,64}$/, 'expected lower-case letters, digits and _'),
  label: text,
  color: hexColour,
  builtin: z.literal(true).optional(),
});

export const caseFileSchema = z.strictObject({
  format: z.literal(CASE_FORMAT),
  version: z.literal(CASE_VERSION),
  name: text,
  /** ISO timestamp of the save. */
  savedAt: z.string().max(40),
  /** The graph's own attributes (name, where it came from, declared attribute defaults). */
  graph: z.strictObject({
    attributes: z.record(z.string(), z.unknown()),
    nodes: z.array(caseNodeSchema),
    edges: z.array(caseEdgeSchema),
  }),
  sources: z.array(caseSourceSchema),
  allegationTypes: z.array(allegationTypeSchema).max(1_000),
  layout: z.strictObject({ positions: z.record(id, z.strictObject({ x: finite, y: finite })) }),
  /** Saved views and appearance: the renderer's own documents, kept as they are. */
  views: z.unknown(),
  appearance: z.unknown(),
});

export type CaseFile = z.infer<typeof caseFileSchema>;
export type CaseSource = z.infer<typeof caseSourceSchema>;
export type CaseAllegationType = z.infer<typeof allegationTypeSchema>;
