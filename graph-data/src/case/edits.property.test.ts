// Property tests of case editing: any sequence of edits, undos and redos (fast-check draws them
// and shrinks a failure to its shortest form) keeps every quote verbatim at its offset and every
// edge between nodes that exist; undoing everything gives back the starting graph; saving and
// opening gives the same bytes; replaying the journal gives the same case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../service/dataset.js';
import { ServiceFailure } from '../service/errors.js';
import { fixtureDataset } from '../service/test-fixture.js';
import { commandFor, step } from './random-edits.js';
import { Editor } from './editor.js';
import type { JournalEntry } from './journal.js';
import { replayJournal } from './journal.js';
import { openCaseDocument } from './open.js';
import { quoteAt } from './quotes.js';
import { caseDocument, saveCase } from './save.js';

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
