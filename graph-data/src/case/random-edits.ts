// Random edit steps for property tests (case edits, the service's incremental indexes):
// fast-check draws a step as numbers, and the step reads them against the graph it meets,
// so every draw is a usable edit.
import fc from 'fast-check';
import type { Dataset } from '../service/dataset.js';
import { ALLEGATION_STATUSES, ALLEGATION_TYPES, NODE_KINDS, RELATIONS } from '../schema/vocabulary.js';
import type { EditCommand } from './commands-schema.js';

const TEXTS = [
  'Interpol said on Tuesday that Kim Jong Yang was elected. Russia had backed Alexander Prokopchuk.',
  'Браудер заявил, что Прокопчук злоупотреблял красными уведомлениями. The Kremlin denied it.',
  'Meng Hongwei vanished in September; his wife Grace Meng said he sent a knife emoji 🔪 before.',
];

/** One step, as numbers the step reads against the graph it meets (so every draw is usable). */
export const step = fc.record({
  kind: fc.integer({ min: 0, max: 15 }),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  d: fc.nat(1000),
  flag: fc.boolean(),
});
export type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** A passage of one of the graph's sources: always verbatim, never only white space. */
function citation(dataset: Dataset, s: Step) {
  const source = pick([...dataset.sources.values()].filter((x) => x.text.trim().length > 0), s.a);
  if (!source) return undefined;
  const offset = s.b % source.text.length;
  const quote = source.text.slice(offset, offset + 1 + (s.c % 40));
  if (!quote.trim()) return undefined;
  return { source: source.id, quote, offset };
}

export function commandFor(dataset: Dataset, s: Step): EditCommand | 'undo' | 'redo' | undefined {
  const { graph } = dataset;
  const nodes = graph.nodes();
  const edges = graph.edges();
  const cite = citation(dataset, s);
  switch (s.kind) {
    case 0:
      return { type: 'addSource', source: { title: `Article ${s.a}`, text: TEXTS[s.a % TEXTS.length] as string, ...(s.flag && { publisher: 'Wire' }) } };
    case 1:
      return { type: 'addNode', node: { kind: pick(NODE_KINDS, s.b) ?? 'person', label: `Actor ${s.a % 7}`, ...(s.flag && { aliases: [`A${s.c % 3}`] }) }, ...(cite && { citation: cite }) };
    case 2:
    case 3: {
      if (!cite) return undefined;
      const subject = s.flag || nodes.length === 0 ? { new: 0 } : (pick(nodes, s.a) as string);
      const object = pick(nodes, s.d) ?? { new: 0 };
      const claimant = pick(nodes, s.c) ?? { new: 0 };
      return {
        type: 'addClaim',
        subject,
        relation: pick(RELATIONS, s.b) ?? 'linked_to',
        object,
        citation: cite,
        ...(s.kind === 3 && { allegation: { type: pick(ALLEGATION_TYPES, s.d) ?? 'collusion', status: pick(ALLEGATION_STATUSES, s.c) ?? 'alleged', claimant } }),
        newNodes: [{ kind: 'person', label: `New ${s.d % 5}` }],
      };
    }
    case 4: {
      if (!cite) return undefined;
      const onEdge = s.flag && edges.length > 0;
      const id = onEdge ? pick(edges, s.d) : pick(nodes, s.d);
      return id === undefined ? undefined : { type: 'attachEvidence', element: onEdge ? 'edge' : 'node', id, citation: cite };
    }
    case 5: {
      const id = pick(nodes, s.a);
      return id === undefined ? undefined : { type: 'editNode', id, label: `Renamed ${s.b % 5}`, ...(s.c % 3 === 0 && { kind: pick(NODE_KINDS, s.d) ?? 'group' }), ...(s.flag ? { description: null, aliases: [] } : { date: '2018-11', aliases: ['X', 'Y'] }) };
    }
    case 6: {
      const id = pick(edges, s.a);
      return id === undefined ? undefined : { type: 'editEdge', id, relation: pick(RELATIONS, s.b) ?? 'linked_to', ...(s.flag && { date: null }) };
    }
    case 7: {
      const id = pick(edges.filter((e) => graph.getEdgeAttribute(e, 'allegation')), s.a);
      return id === undefined ? undefined : { type: 'setStatus', id, status: pick(ALLEGATION_STATUSES, s.b) ?? 'denied', ...(cite && s.flag && { citation: cite }) };
    }
    case 8: {
      const id = pick(edges, s.a);
      return id === undefined ? undefined : { type: 'deleteEdge', id };
    }
    case 9: {
      // Claimants half the time: deleting one must take the allegations it makes.
      const claimants = edges.map((e) => graph.getEdgeAttribute(e, 'allegation')?.claimant).filter((c): c is string => c !== undefined);
      const id = s.flag && claimants.length ? pick(claimants, s.a) : pick(nodes, s.a);
      return id === undefined ? undefined : { type: 'deleteNode', id };
    }
    case 10: {
      const id = pick([...dataset.sources.keys()], s.a);
      return id === undefined ? undefined : { type: 'deleteSource', id, cascade: s.flag };
    }
    case 11:
      return { type: 'addAllegationType', label: `Type ${s.a % 4}`, color: '#123456' };
    case 12: {
      const keep = pick(nodes, s.a);
      const absorb = pick(nodes, s.b);
      return keep === undefined || absorb === undefined || keep === absorb ? undefined : { type: 'mergeNodes', keep, absorb };
    }
    case 13: {
      const id = pick([...dataset.sources.keys()], s.a);
      return id === undefined ? undefined : { type: 'editSource', id, title: `Title ${s.b % 3}`, url: s.flag ? null : 'https://example.org' };
    }
    case 14:
      return 'undo';
    default:
      return 'redo';
  }
}

