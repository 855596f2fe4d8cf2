// What the Details panel and the legend show for a hand-made graph: every expected value is read
// off the graph built here (counted by hand), never from the service's own answers.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { MAX_DETAIL_ATTRIBUTES } from './details.js';

const TEXT = 'Ana pays Bo. Ana pays Bo again. Bo meets Cy.';

function dataset(): Dataset {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  graph.setAttribute('defaults', { node: { country: 'FR', tags: [] }, edge: { currency: 'EUR' } });
  graph.addNode('ana', {
    label: 'Ana',
    kind: 'person',
    description: 'Payer.',
    aliases: ['A.'],
    date: '1970',
    roles: [
      { title: 'Director', organisation: 'acme', start: '2010', end: '2014' },
      { title: 'Consul', organisation: 'nowhere' },
    ],
    // Offsets as a case file records them: the second quote sits at the second "Ana pays Bo".
    evidence: [
      { source: 's1', quote: 'Ana pays Bo', offset: 13 },
      { source: 's1', quote: 'Ana pays Bo', offset: 5 },
      { source: 's1', quote: 'Bo meets Cy.', flagged: 'quote changed' },
      { source: 'gone', quote: 'Ana pays Bo' },
    ],
    extra: { country: 'ES', nickname: 'la jefa', score: 3, empty: [], nothing: null, list: ['x', 'y'] },
  });
  // A node from an imported file: no description, aliases, roles or evidence.
  graph.addNode('bo', { label: 'Bo', kind: 'person' });
  graph.addNode('cy', { label: 'Cy', kind: 'person' });
  graph.addNode('acme', { label: 'Acme', kind: 'organisation' });
  graph.addDirectedEdgeWithKey('p1', 'ana', 'bo', { relation: 'paid', label: 'first payment', weight: 2, date: '2012-03', extra: { amount: 100 } });
  graph.addDirectedEdgeWithKey('p2', 'ana', 'bo', { relation: 'paid', extra: { currency: 'USD' } });
  graph.addDirectedEdgeWithKey('m1', 'bo', 'cy', { relation: 'linked_to', undirected: true });
  graph.addDirectedEdgeWithKey('a1', 'cy', 'ana', {
    relation: 'accuses',
    allegation: { type: 'bribery_corruption', status: 'alleged', claimant: 'cy' },
  });
  graph.addDirectedEdgeWithKey('a2', 'bo', 'ana', {
    relation: 'accuses',
    allegation: { type: 'intelligence_ties', status: 'denied', claimant: 'Le Monde' },
  });
  graph.addDirectedEdgeWithKey('w1', 'ana', 'acme', { relation: 'works_for' });
  return {
    id: 'hand',
    name: 'Hand-made',
    format: 'gexf',
    graph,
    sources: new Map([
      ['s1', { id: 's1', title: 'Ledger', publisher: 'Court', date: '2015-01-02', file: 's1.txt', text: TEXT }],
      ['s2', { id: 's2', title: 'Memo', publisher: 'Ministry', date: '2016', file: 's2.txt', text: 'unused' }],
    ]),
  };
}

describe('datasetInfo: the legend and status bar counts', () => {
  it('counts nodes per kind, edges per relation and allegations per type, as built above', () => {
    const info = createGraphService(dataset()).datasetInfo({});
    expect(info).toMatchObject({ id: 'hand', name: 'Hand-made', format: 'gexf', nodeCount: 4, edgeCount: 6 });
    expect(info.kinds).toEqual({ person: 3, organisation: 1 });
    expect(info.relations).toEqual({ paid: 2, linked_to: 1, accuses: 2, works_for: 1 });
    expect(info.allegationTypes).toEqual({ bribery_corruption: 1, intelligence_ties: 1 });
  });
  it('lists every source with its title, publisher and date, and never its text', () => {
    expect(createGraphService(dataset()).datasetInfo({}).sources).toEqual([
      { id: 's1', title: 'Ledger', publisher: 'Court', date: '2015-01-02' },
      { id: 's2', title: 'Memo', publisher: 'Ministry', date: '2016' },
    ]);
  });
});

describe('nodeDetails', () => {
  const ana = () => createGraphService(dataset()).nodeDetails({ id: 'ana' });

  it('highlights each quote where the case file says it is, or finds it, or says it is not found', () => {
    expect(ana().evidence).toEqual([
      { source: 's1', sourceTitle: 'Ledger', quote: 'Ana pays Bo', offset: 13 },
      // The recorded offset 5 does not hold the quote: the first occurrence is shown instead.
      { source: 's1', sourceTitle: 'Ledger', quote: 'Ana pays Bo', offset: 0 },
      // Flagged by the investigator (the source changed): not highlighted although the text is there.
      { source: 's1', sourceTitle: 'Ledger', quote: 'Bo meets Cy.', offset: -1 },
      // A source the dataset does not have: its id stands for its title.
      { source: 'gone', sourceTitle: 'gone', quote: 'Ana pays Bo', offset: -1 },
    ]);
    expect(TEXT.slice(13, 13 + 'Ana pays Bo'.length)).toBe('Ana pays Bo');
  });
  it('shows description, aliases, date and degree; roles link to their organisation when it is in the graph', () => {
    const d = ana();
    expect([d.label, d.kind, d.description, d.aliases, d.date, d.degree]).toEqual(['Ana', 'person', 'Payer.', ['A.'], '1970', 5]);
    expect(d.roles).toEqual([
      { title: 'Director', start: '2010', end: '2014', organisation: { id: 'acme', label: 'Acme', kind: 'organisation' } },
      { title: 'Consul' },
    ]);
  });
  it('gives an imported node without them an empty description, no aliases, roles, evidence or date', () => {
    const bo = createGraphService(dataset()).nodeDetails({ id: 'bo' });
    expect([bo.description, bo.aliases, bo.roles, bo.evidence, bo.degree]).toEqual(['', [], [], [], 4]);
    expect('date' in bo).toBe(false);
  });
  it('groups neighbours by relation and direction; an undirected edge reads "none" from either end', () => {
    const service = createGraphService(dataset());
    // The two payments (p1, p2) are listed together, in whichever order.
    const bo = service.nodeDetails({ id: 'bo' }).neighbours.map((g) => ({ ...g, items: [...g.items].sort((a, b) => a.edgeId.localeCompare(b.edgeId)) }));
    expect(bo).toEqual([
      { relation: 'linked_to', direction: 'none', items: [{ id: 'cy', label: 'Cy', kind: 'person', edgeId: 'm1' }] },
      { relation: 'accuses', direction: 'out', items: [{ id: 'ana', label: 'Ana', kind: 'person', edgeId: 'a2' }] },
      {
        relation: 'paid',
        direction: 'in',
        items: [
          { id: 'ana', label: 'Ana', kind: 'person', edgeId: 'p1' },
          { id: 'ana', label: 'Ana', kind: 'person', edgeId: 'p2' },
        ],
      },
    ]);
    expect(service.nodeDetails({ id: 'cy' }).neighbours.map((g) => [g.relation, g.direction, g.items.map((i) => i.edgeId)])).toEqual([
      ['accuses', 'out', ['a1']],
      ['linked_to', 'none', ['m1']],
    ]);
  });
  it("lists the file's attributes in the file's order, then the defaults it took, leaving out empty ones", () => {
    expect(ana().attributes).toEqual([
      { key: 'country', type: 'string', value: 'ES' },
      { key: 'nickname', type: 'string', value: 'la jefa' },
      { key: 'score', type: 'number', value: 3 },
      { key: 'list', type: 'list', value: ['x', 'y'] },
    ]);
    expect(createGraphService(dataset()).nodeDetails({ id: 'bo' }).attributes).toEqual([{ key: 'country', type: 'string', value: 'FR' }]);
  });
  it(`shows at most ${MAX_DETAIL_ATTRIBUTES} file attributes`, () => {
    const d = dataset();
    const extra = Object.fromEntries(Array.from({ length: MAX_DETAIL_ATTRIBUTES + 5 }, (_, i) => [`k${i}`, i]));
    d.graph.setAttribute('defaults', {});
    d.graph.mergeNodeAttributes('cy', { extra });
    const keys = createGraphService(d).nodeDetails({ id: 'cy' }).attributes.map((a) => a.key);
    expect(keys).toHaveLength(1000);
    expect([keys[0], keys[999]]).toEqual(['k0', 'k999']);
  });
});

describe('edgeDetails', () => {
  it('shows both ends, the date, the label and weight as attributes, then file attributes and defaults', () => {
    const p1 = createGraphService(dataset()).edgeDetails({ id: 'p1' });
    expect([p1.source.label, p1.target.label, p1.relation, p1.date]).toEqual(['Ana', 'Bo', 'paid', '2012-03']);
    expect(p1.attributes).toEqual([
      { key: 'label', builtin: true, type: 'string', value: 'first payment' },
      { key: 'weight', builtin: true, type: 'number', value: 2 },
      { key: 'amount', type: 'number', value: 100 },
      { key: 'currency', type: 'string', value: 'EUR' },
    ]);
    expect('undirected' in p1 || 'allegation' in p1).toBe(false);
  });
  it("skips a label or weight the edge lacks, and its own value wins over the file's default", () => {
    const p2 = createGraphService(dataset()).edgeDetails({ id: 'p2' });
    expect(p2.attributes).toEqual([{ key: 'currency', type: 'string', value: 'USD' }]);
    expect('date' in p2).toBe(false);
  });
  it('says an undirected edge has no direction', () => {
    expect(createGraphService(dataset()).edgeDetails({ id: 'm1' }).undirected).toBe(true);
  });
  it('resolves a claimant in the graph, and names one outside it by its own words', () => {
    const service = createGraphService(dataset());
    expect(service.edgeDetails({ id: 'a1' }).allegation).toEqual({ type: 'bribery_corruption', status: 'alleged', claimant: { id: 'cy', label: 'Cy', kind: 'person' } });
    expect(service.edgeDetails({ id: 'a2' }).allegation).toEqual({ type: 'intelligence_ties', status: 'denied', claimant: { id: 'Le Monde', label: 'Le Monde', kind: 'person' } });
  });
  it('names the unknown edge', () => {
    expect(() => createGraphService(dataset()).edgeDetails({ id: 'zz' })).toThrow('service/edgeDetails: unknown edge "zz"');
  });
});
