// Who did what to whom survives the import: an edge keeps its source and target, a CSV header
// with spaces in its names is still split on its commas, and two FollowTheMoney entities from
// the same publisher but different pages cite two different sources. Inline files only.
import { describe, expect, it } from 'vitest';
import { inspectCsv } from './index.js';
import { open, text } from './test-support.js';

const jsonl = (lines: object[]) => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;

describe('CSV delimiter detection', () => {
  // Commas and spaces both split every line of this file into the same number of cells.
  const csv = 'Source Node,Target Node\nAna Lima,Banco Sur\nBanco Sur,Rio Grande\n';

  it('shows "Source Node,Target Node" in the mapping step as two columns split on the comma', () => {
    const inspection = inspectCsv(text('edges.csv', csv));
    expect(inspection.delimiter).toBe(',');
    expect(inspection.columns).toEqual(['Source Node', 'Target Node']);
    expect(inspection.rows).toEqual([['Ana Lima', 'Banco Sur'], ['Banco Sur', 'Rio Grande']]);
  });

  it('imports it with the user\'s column choice, keeping names with spaces whole', async () => {
    const { graph } = (await open([text('edges.csv', csv)], { csv: { edges: { source: 'Source Node', target: 'Target Node' } } })).dataset;
    expect(graph.nodes().sort()).toEqual(['Ana Lima', 'Banco Sur', 'Rio Grande']);
    expect(graph.mapEdges((_e, _a, s, t) => `${s} → ${t}`)).toEqual(['Ana Lima → Banco Sur', 'Banco Sur → Rio Grande']);
  });

  it('prefers ; to spaces when both split every line evenly', () => {
    expect(inspectCsv(text('e.csv', 'from a;to b\nx y;z w\n')).columns).toEqual(['from a', 'to b']);
  });
});

describe('edge direction on import', () => {
  it('CSV: Source → Target', async () => {
    const { graph } = (await open([text('edges.csv', 'Source,Target\npayer,payee\n')])).dataset;
    const [edge] = graph.edges();
    expect([graph.source(edge as string), graph.target(edge as string)]).toEqual(['payer', 'payee']);
  });

  it('FtM: a Payment runs from payer to beneficiary, a Membership from member to organisation, an Ownership from owner to asset', async () => {
    const lines = [
      { id: 'p', schema: 'Person', properties: { name: ['Ana'] } },
      { id: 'c', schema: 'Company', properties: { name: ['Sur SA'] } },
      { id: 'o', schema: 'Organization', properties: { name: ['Club'] } },
      { id: 'pay', schema: 'Payment', properties: { payer: ['c'], beneficiary: ['p'], purpose: ['fee'] } },
      { id: 'mem', schema: 'Membership', properties: { member: ['p'], organization: ['o'] } },
      { id: 'own', schema: 'Ownership', properties: { owner: ['p'], asset: ['c'] } },
    ];
    const { graph } = (await open([text('links.ftm.json', jsonl(lines))])).dataset;
    const ends = (e: string) => [graph.source(e), graph.target(e)];
    expect(ends('pay')).toEqual(['c', 'p']);
    expect(ends('mem')).toEqual(['p', 'o']);
    expect(ends('own')).toEqual(['p', 'c']);
  });
});

describe('FtM provenance', () => {
  it('gives two pages of one publisher two sources, and one page cited twice one source', async () => {
    const lines = [
      { id: 'a', schema: 'Person', properties: { name: ['A'], publisher: ['El Diario'], sourceUrl: ['https://eldiario.example/one'] } },
      { id: 'b', schema: 'Person', properties: { name: ['B'], publisher: ['El Diario'], sourceUrl: ['https://eldiario.example/two'] } },
      { id: 'c', schema: 'Person', properties: { name: ['C'], publisher: ['El Diario'], sourceUrl: ['https://eldiario.example/one'] } },
    ];
    const { graph, sources } = (await open([text('people.ftm.json', jsonl(lines))])).dataset;
    const cited = (id: string) => graph.getNodeAttribute(id, 'evidence')?.[0]?.source ?? '';
    expect(cited('a')).not.toBe(cited('b'));
    expect(cited('c')).toBe(cited('a'));
    expect([...sources.values()].map((s) => s.url).sort()).toEqual(['https://eldiario.example/one', 'https://eldiario.example/two']);
  });

  it('gives two publishers of one page two sources', async () => {
    const lines = [
      { id: 'a', schema: 'Person', properties: { name: ['A'], publisher: ['El Diario'], sourceUrl: ['https://x.example/p'] } },
      { id: 'b', schema: 'Person', properties: { name: ['B'], publisher: ['La Hora'], sourceUrl: ['https://x.example/p'] } },
    ];
    const { sources } = (await open([text('two.ftm.json', jsonl(lines))])).dataset;
    expect([...sources.values()].map((s) => s.publisher).sort()).toEqual(['El Diario', 'La Hora']);
  });
});
