// Older `.redthread` files are brought to the current version one step at a time: each step
// checks the shape of its own version, then rewrites it as the next one. Opening a version-1
// file runs v1→v2 then the current schema's check, so a step never has to know later versions.
import { z } from 'zod';
import { ServiceFailure } from '../service/errors.js';
import { builtinAllegationTypes } from './allegation-types.js';
import { CASE_FORMAT, CASE_VERSION } from './format.js';
import { textHash } from './hash.js';

/**
 * Version 1 (Redthread 0.1 previews): a graphology export whose nodes carry x/y, evidence
 * without offsets, sources with `date` and no hash, and no allegation types, views or appearance.
 */
const v1Evidence = z.looseObject({ source: z.string(), quote: z.string() });
const v1Schema = z.looseObject({
  format: z.literal(CASE_FORMAT),
  version: z.literal(1),
  name: z.string(),
  savedAt: z.string().optional(),
  graph: z.looseObject({
    attributes: z.record(z.string(), z.unknown()).optional(),
    nodes: z.array(z.looseObject({ key: z.string(), attributes: z.looseObject({ x: z.number().optional(), y: z.number().optional(), evidence: z.array(v1Evidence).optional() }) })),
    edges: z.array(z.looseObject({ key: z.string(), source: z.string(), target: z.string(), attributes: z.looseObject({ evidence: z.array(v1Evidence).optional() }) })),
  }),
  sources: z.array(z.looseObject({ id: z.string(), title: z.string(), publisher: z.string(), date: z.string(), url: z.string().optional(), text: z.string() })),
});

function v1ToV2(raw: unknown): unknown {
  const doc = v1Schema.parse(raw);
  const texts = new Map(doc.sources.map((s) => [s.id, s.text]));
  // Offsets did not exist: the first occurrence is the quote meant. One that is not in its
  // text is carried over flagged (opening checks every quote again and reports it).
  const evidence = (list: z.infer<typeof v1Evidence>[] | undefined) =>
    list?.map(({ source, quote }) => {
      const at = texts.get(source)?.indexOf(quote) ?? -1;
      return at >= 0 ? { source, quote, offset: at } : { source, quote, offset: 0, flagged: 'the quote is not in its source text (found when upgrading a version 1 case)' };
    });
  const positions: Record<string, { x: number; y: number }> = {};
  const nodes = doc.graph.nodes.map(({ key, attributes }) => {
    const { x, y, evidence: list, ...rest } = attributes;
    if (x !== undefined && y !== undefined) positions[key] = { x, y };
    return { key, attributes: { ...rest, ...(list && { evidence: evidence(list) }) } };
  });
  const edges = doc.graph.edges.map(({ key, source, target, attributes }) => {
    const { evidence: list, ...rest } = attributes;
    return { key, source, target, attributes: { ...rest, ...(list && { evidence: evidence(list) }) } };
  });
  return {
    format: CASE_FORMAT,
    version: 2,
    name: doc.name,
    savedAt: doc.savedAt ?? '',
    graph: { attributes: doc.graph.attributes ?? {}, nodes, edges },
    sources: doc.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      ...(s.url !== undefined && { url: s.url }),
      published: s.date,
      sha256: textHash(s.text),
      text: s.text,
    })),
    allegationTypes: builtinAllegationTypes(),
    layout: { positions },
    views: null,
    appearance: null,
  };
}

/** version → the step that rewrites it as version + 1. */
export const MIGRATIONS: Record<number, (doc: unknown) => unknown> = { 1: v1ToV2 };

/** Brings a case document of any known version to CASE_VERSION; `steps` lists what ran. */
export function migrateCase(doc: unknown, version: number, file: string): { doc: unknown; steps: string[] } {
  if (!Number.isInteger(version) || version < 1) throw new ServiceFailure('bad_file', `case/migrate: ${file}: "version" must be a whole number from 1, found ${JSON.stringify(version)}`);
  if (version > CASE_VERSION) {
    throw new ServiceFailure('bad_file', `case/migrate: ${file} is a version ${version} case, made by a newer Redthread; this one opens versions up to ${CASE_VERSION}`);
  }
  const steps: string[] = [];
  let current = doc;
  for (let v = version; v < CASE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new ServiceFailure('internal', `case/migrate: no step from version ${v}`);
    try {
      current = step(current);
    } catch (error) {
      if (error instanceof z.ZodError) {
        const issue = error.issues[0];
        throw new ServiceFailure('bad_file', `case/migrate: ${file} is not a valid version ${v} case: ${issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'unreadable'}`);
      }
      throw error;
    }
    steps.push(`${v}→${v + 1}`);
  }
  return { doc: current, steps };
}
