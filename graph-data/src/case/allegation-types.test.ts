// A case's own allegation types: added with a colour, usable by a claim at once, counted and
// filtered by the service like the built-in ones, saved and opened again; an edge may only use
// a type its case declares.
import { describe, expect, it } from 'vitest';
import { createGraphService } from '../service/index.js';
import { ServiceFailure } from '../service/errors.js';
import { fixtureDataset, FIXTURE_TEXT } from '../service/test-fixture.js';
import { Editor } from './editor.js';
import { openCaseDocument } from './open.js';
import { saveCase } from './save.js';

const QUOTE = 'Björn accuses Anna of bribery.';
const citation = { source: 's1', quote: QUOTE, offset: FIXTURE_TEXT.indexOf(QUOTE) };

function withLaundering() {
  const editor = new Editor(fixtureDataset());
  const added = editor.edit({ type: 'addAllegationType', label: 'Money laundering', color: '#0E7490' });
  const claim = editor.edit({ type: 'addClaim', subject: 'bjorn', relation: 'accuses', object: 'bureau', allegation: { type: 'money_laundering', status: 'alleged', claimant: 'bjorn' }, citation });
  return { editor, added, claim };
}

describe('allegation types of a case', () => {
  it('a type added with its colour is used by a claim, counted, listed and filtered on', () => {
    const { editor, added, claim } = withLaundering();
    expect(added.created).toBe('money_laundering');
    const service = createGraphService(editor.dataset);
    const info = service.datasetInfo({});
    expect(info.customAllegationTypes).toEqual([{ id: 'money_laundering', label: 'Money laundering', color: '#0e7490' }]);
    expect(info.allegationTypes).toEqual({ bribery_corruption: 1, money_laundering: 1 });
    expect(service.filterFacets({ filter: {} }).allegationTypes).toEqual({ bribery_corruption: 1, money_laundering: 1 });
    const view = service.filterView({ filter: { allegationTypes: ['money_laundering'] }, nodes: editor.dataset.graph.nodes() });
    expect(view.visibleEdges).toEqual([claim.created]);
    expect(service.edgeDetails({ id: claim.created as string }).allegation?.type).toBe('money_laundering');
  });

  it('a claim with a type the case does not have is refused', () => {
    const editor = new Editor(fixtureDataset());
    let error: unknown;
    try {
      editor.edit({ type: 'addClaim', subject: 'bjorn', relation: 'accuses', object: 'bureau', allegation: { type: 'money_laundering', status: 'alleged', claimant: 'bjorn' }, citation });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceFailure);
    expect((error as ServiceFailure).message).toBe('service/edits: unknown allegation type "money_laundering" (add it to the case first)');
    expect(editor.dataset.graph.size).toBe(3);
  });

  it('saved and opened again, the type and the claim using it come back; a file using an undeclared type is refused', () => {
    const { editor, claim } = withLaundering();
    const doc = JSON.parse(new TextDecoder().decode(saveCase(editor.dataset, { savedAt: 'T' })));
    const opened = openCaseDocument(doc, 'c.redthread', { maxNodes: 100, maxEdges: 100 });
    expect(opened.extras.allegationTypes.find((t) => t.id === 'money_laundering')).toEqual({ id: 'money_laundering', label: 'Money laundering', color: '#0e7490' });
    expect(opened.graph.getEdgeAttribute(claim.created as string, 'allegation')?.type).toBe('money_laundering');
    doc.allegationTypes = doc.allegationTypes.filter((t: { id: string }) => t.id !== 'money_laundering');
    expect(() => openCaseDocument(doc, 'c.redthread', { maxNodes: 100, maxEdges: 100 })).toThrow(`edge "${claim.created}" has the allegation type "money_laundering", which the case does not declare`);
  });
});
