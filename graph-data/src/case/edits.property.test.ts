// Property tests of case editing: any sequence of edits, undos and redos (fast-check draws them
// and shrinks a failure to its shortest form) keeps every quote verbatim at its offset and every
// edge between nodes that exist; undoing everything gives back the starting graph; saving and
// opening gives the same bytes; replaying the journal gives the same case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../service/dataset.js';
import { ServiceFailure } from '../service/errors.js';
import { fixtureDataset } from '../service/test-fixture.js';
import { ALLEGATION_STATUSES, ALLEGATION_TYPES, NODE_KINDS, RELATIONS } from '../schema/vocabulary.js';
import type { EditCommand } from './commands-schema.js';
import { Editor } from './editor.js';
import type { JournalEntry } from './journal.js';
import { replayJournal } from './journal.js';
import { openCaseDocument } from './open.js';
import { quoteAt } from './quotes.js';
import { caseDocument, saveCase } from './save.js';

const TEXTS = [
  'Interpol said on Tuesday that Kim Jong Yang was elected. Russia had backed Alexander Prokopchuk.',
  'Браудер заявил, что Прокопчук злоупотреблял красными уведомлениями. The Kremlin denied it.',
  'Meng Hongwei vanished in September; his wife Grace Meng said he sent a knife emoji 🔪 before.',
];

/** One step, as numbers the step reads against the graph it meets (so every draw is usable). */
const step = fc.record({
  kind: fc.integer({ min: 0, max: 15 }),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  d: fc.nat(1000),
  flag: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

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

function commandFor(dataset: Dataset, s: Step): EditCommand | 'undo' | 'redo' | undefined {
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
      return id === undefined ? undefined : { type: 'editNode', id, label: `Renamed ${s.b % 5}`, ...(s.flag ? { description: null, aliases: [] } : { date: '2018-11', aliases: ['X', 'Y'] }) };
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

/** The case as sets: node, edge and source order may change when an undo puts one back. */
function canonical(dataset: Dataset): string {
  const doc = caseDocument(dataset, { savedAt: 'T' });
  const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((x, y) => (x.key < y.key ? -1 : 1));
  return JSON.stringify({ ...doc, graph: { ...doc.graph, nodes: byKey(doc.graph.nodes), edges: byKey(doc.graph.edges) }, sources: [...doc.sources].sort((x, y) => (x.id < y.id ? -1 : 1)) });
}

function invariants(dataset: Dataset): void {
  const { graph, sources } = dataset;
  const checkEvidence = (where: string, list: { source: string; quote: string; offset?: number; flagged?: string }[] | undefined) => {
    for (const e of list ?? []) {
      if (e.flagged) continue;
      const text = sources.get(e.source)?.text;
      if (text === undefined || e.offset === undefined || !quoteAt(text, e.quote, e.offset)) {
        // The fixture's own quotes carry no offset: they must still be in the text.
        if (e.offset === undefined && text?.includes(e.quote)) continue;
        throw new Error(`${where}: quote "${e.quote}" is not at ${String(e.offset)} in "${e.source}"`);
      }
    }
  };
  graph.forEachNode((node, a) => {
    checkEvidence(`node ${node}`, a.evidence);
    for (const role of a.roles ?? []) if (role.organisation !== undefined && !graph.hasNode(role.organisation)) throw new Error(`node ${node}: role in missing "${role.organisation}"`);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!graph.hasNode(source) || !graph.hasNode(target)) throw new Error(`edge ${edge} points at a missing node`);
    if (a.allegation && !graph.hasNode(a.allegation.claimant)) throw new Error(`edge ${edge}: claimant "${a.allegation.claimant}" is missing`);
    checkEvidence(`edge ${edge}`, a.evidence);
    for (const h of a.statusHistory ?? []) checkEvidence(`edge ${edge} history`, h.evidence ? [h.evidence] : []);
  });
}

describe('case edits (property)', () => {
  it('any sequence of edits, undos and redos keeps quotes verbatim, edges whole, and undoes back to the start; save, open and the journal give the same case', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60, size: 'max' }), (steps) => {
        const dataset = fixtureDataset();
        const start = canonical(dataset);
        let clock = 0;
        const editor = new Editor(dataset, () => `2026-01-01T00:00:${String(clock++ % 60).padStart(2, '0')}.000Z`);
        const journal: JournalEntry[] = [];
        for (const s of steps) {
          const command = commandFor(dataset, s);
          if (command === undefined) continue;
          const before = canonical(dataset);
          try {
            const out = command === 'undo' ? editor.undo() : command === 'redo' ? editor.redo() : editor.edit(command);
            if (out.journal) journal.push(out.journal);
          } catch (error) {
            // A refused edit (a cited source, a status on a plain edge…) is typed and changes nothing.
            if (!(error instanceof ServiceFailure)) throw error;
            expect(canonical(dataset)).toBe(before);
          }
          invariants(dataset);
        }
        // Save → open → save: the same bytes.
        const bytes = saveCase(dataset, { savedAt: 'T' });
        const opened = openCaseDocument(JSON.parse(new TextDecoder().decode(bytes)), 'p.redthread', { maxNodes: 1e6, maxEdges: 1e6 });
        expect(opened.flagged).toEqual([]);
        const reopened = { ...dataset, graph: opened.graph, sources: opened.sources, case: opened.extras };
        expect(new TextDecoder().decode(saveCase(reopened, { savedAt: 'T' }))).toBe(new TextDecoder().decode(bytes));
        // The journal replayed onto a fresh start gives the same case.
        const replayed = replayJournal(fixtureDataset(), journal);
        expect(replayed.stopped).toBeUndefined();
        expect(canonical(replayed.editor.dataset)).toBe(canonical(dataset));
        // Undoing everything gives back the starting graph.
        while (editor.state().canUndo) editor.undo();
        expect(canonical(dataset)).toBe(start);
      }),
      { numRuns: 120, seed: 20261130 },
    );
    // 120 sequences of up to 60 steps: seconds, more on a busy machine.
  }, 120_000);
});
