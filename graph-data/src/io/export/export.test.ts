// Data exports: each format parsed back with a real parser (graphology-gexf,
// graphology-graphml, fflate's unzip) keeps the counts and the attributes that matter.
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { argsSchemas } from '../../contract.js';
import type { ExportedFile } from '../../contract.js';
import { createSession } from '../../service/session.js';
import { open } from '../import/test-support.js';
import { fixtureDataset } from '../../service/test-fixture.js';
import { exportData, exportFileName } from './index.js';
import { csvRecords } from './test-csv.js';

const CURLY = 'He said “it’s a ‘smear’” & left <quietly>';
const XSS = '<img src=x onerror=alert(1)>';

/** The service fixture plus the awkward strings real datasets carry. */
function dataset() {
  const d = fixtureDataset();
  d.graph.mergeEdgeAttributes('e2', { evidence: [{ source: 's1', quote: CURLY }, { source: 's1', quote: 'line one\nline two' }] });
  d.graph.mergeNodeAttributes('dora', { label: XSS, extra: { score: 2.5, verified: true } });
  d.graph.mergeNodeAttributes('anna', { extra: { score: 1 } });
  return d;
}

const NOW = new Date('2026-11-27T10:00:00Z');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exportData', () => {
  it('names files after the dataset and the day', () => {
    expect(exportFileName('interpol-2018', 'svg', NOW)).toBe('interpol-2018-2026-11-27.svg');
    expect(exportFileName('../../etc/passwd', 'json', NOW)).toBe('etc-passwd-2026-11-27.json');
  });

  it('graphology JSON keeps every attribute and reads back into a graph', async () => {
    const out = await exportData(dataset(), { format: 'json' }, { now: NOW });
    expect(out.fileName).toBe('fixture-2026-11-27.json');
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(text(out.bytes)));
    expect([g.order, g.size]).toEqual([5, 3]);
    expect(g.getEdgeAttribute('e2', 'evidence')[0].quote).toBe(CURLY);
    expect(g.getEdgeAttribute('e2', 'allegation')).toEqual({ type: 'bribery_corruption', status: 'alleged', claimant: 'bjorn' });
  });

  it('exports only the view: its nodes and the edges among them', async () => {
    const out = await exportData(dataset(), { format: 'json', nodes: ['anna', 'bjorn', 'nobody'] }, { now: NOW });
    const parsed = JSON.parse(text(out.bytes)) as { nodes: { key: string }[]; edges: { key: string }[] };
    expect(parsed.nodes.map((n) => n.key).sort()).toEqual(['anna', 'bjorn']);
    expect(parsed.edges.map((e) => e.key)).toEqual(['e2']);
    const filtered = JSON.parse(text((await exportData(dataset(), { format: 'json', nodes: ['anna', 'bjorn', 'bureau'], edges: ['e1'] }, { now: NOW })).bytes)) as typeof parsed;
    expect(filtered.edges.map((e) => e.key)).toEqual(['e1']);
  });

  it('GEXF opens in graphology-gexf with typed attributes, colours and positions', async () => {
    const out = await exportData(
      dataset(),
      { format: 'gexf', positions: { anna: { x: 10, y: 20 } }, colors: { kinds: { person: '#2563eb' }, allegations: { bribery_corruption: '#a16207' } } },
      { now: NOW },
    );
    const xml = text(out.bytes);
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).not.toContain(XSS);
    const g = parseGexf(MultiDirectedGraph, xml);
    expect([g.order, g.size]).toEqual([5, 3]);
    expect(g.getNodeAttribute('dora', 'label')).toBe(XSS);
    expect(g.getNodeAttribute('dora', 'extra.score')).toBe(2.5);
    expect(g.getNodeAttribute('dora', 'extra.verified')).toBe(true);
    expect(g.getNodeAttribute('anna', 'color')).toBe('rgb(37,99,235)');
    expect([g.getNodeAttribute('anna', 'x'), g.getNodeAttribute('anna', 'y')]).toEqual([10, -20]);
    const e2 = g.edges().find((e) => g.getEdgeAttribute(e, 'allegation_type'));
    if (!e2) throw new Error('no allegation edge after the round trip');
    expect(g.getEdgeAttribute(e2, 'allegation_type')).toBe('bribery_corruption');
    expect(g.getEdgeAttribute(e2, 'allegation_status')).toBe('alleged');
    expect(g.getEdgeAttribute(e2, 'evidence_quotes')).toBe(`${CURLY}\nline one\nline two`);
    expect(g.getEdgeAttribute(e2, 'evidence_count')).toBe(2);
  });

  it("GEXF colours an edge of the case's own allegation type as the screen does; the contract takes such a type", async () => {
    const d = dataset();
    d.graph.mergeEdgeAttributes('e2', { allegation: { type: 'sanctions_evasion', status: 'alleged', claimant: 'bjorn' } });
    const args = { format: 'gexf', colors: { allegations: { bribery_corruption: '#a16207', sanctions_evasion: '#7c3aed' } } } as const;
    expect(argsSchemas.exportData.safeParse(args).success).toBe(true);
    const g = parseGexf(MultiDirectedGraph, text((await exportData(d, args, { now: NOW })).bytes));
    const e2 = g.edges().find((e) => g.getEdgeAttribute(e, 'allegation_type') === 'sanctions_evasion');
    if (!e2) throw new Error('no allegation edge after the round trip');
    expect(g.getEdgeAttribute(e2, 'color')).toBe('rgb(124,58,237)');
    // Type ids are the case file's own: lower-case letters, digits and _.
    expect(argsSchemas.exportData.safeParse({ format: 'gexf', colors: { allegations: { 'Not An Id': '#7c3aed' } } }).success).toBe(false);
  });

  it('GEXF viz colours are what the screen shows: a node drawn in another colour keeps it, a file colour survives the round trip', async () => {
    const d = dataset();
    d.graph.setNodeAttribute('dora', 'color', 'rgb(186,41,68)');
    d.graph.setNodeAttribute('dora', 'kind', 'other');
    const out = await exportData(d, { format: 'gexf', colors: { kinds: { person: '#2563eb', other: '#78716c' }, nodes: { anna: '#00ff00' } } }, { now: NOW });
    const g = parseGexf(MultiDirectedGraph, text(out.bytes));
    expect(g.getNodeAttribute('anna', 'color')).toBe('rgb(0,255,0)');
    // Of no known kind, drawn in the file's colour: that colour, not the grey of "Other".
    expect(g.getNodeAttribute('dora', 'color')).toBe('rgb(186,41,68)');
    expect(argsSchemas.exportData.safeParse({ format: 'gexf', colors: { nodes: { a: 'rgb(1,2,3)' } } }).success).toBe(false);
  });

  it('GraphML opens in graphology-graphml with typed keys', async () => {
    const out = await exportData(dataset(), { format: 'graphml', positions: { anna: { x: 1.5, y: -3 } } }, { now: NOW });
    const xml = text(out.bytes);
    expect(xml).toMatch(/<key id="[^"]+" for="node" attr.name="evidence_count" attr.type="long"\/>/);
    const g = parseGraphml(MultiDirectedGraph, xml);
    expect([g.order, g.size]).toEqual([5, 3]);
    expect(g.getNodeAttribute('dora', 'label')).toBe(XSS);
    expect(g.getNodeAttribute('anna', 'x')).toBe(1.5);
    const e2 = g.edges().find((e) => g.getEdgeAttribute(e, 'allegation_type'));
    if (!e2) throw new Error('no allegation edge after the round trip');
    expect(g.getEdgeAttribute(e2, 'allegation_type')).toBe('bribery_corruption');
    expect(g.getEdgeAttribute(e2, 'evidence_quotes')).toContain(CURLY);
    expect(g.getEdgeAttribute(e2, 'label')).toBe('accuses');
  });

  it('CSV: a zip of nodes.csv and edges.csv with every attribute', async () => {
    const out = await exportData(dataset(), { format: 'csv' }, { now: NOW });
    expect(out.fileName).toBe('fixture-2026-11-27.zip');
    const files = unzipSync(out.bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv']);
    const nodes = csvRecords(strFromU8(files['nodes.csv'] ?? new Uint8Array()));
    const edges = csvRecords(strFromU8(files['edges.csv'] ?? new Uint8Array()));
    expect(nodes).toHaveLength(5);
    expect(edges).toHaveLength(3);
    expect(nodes.find((n) => n.id === 'dora')?.label).toBe(XSS);
    expect(nodes.find((n) => n.id === 'anna')?.aliases).toBe('Madame A');
    const e2 = edges.find((e) => e.id === 'e2');
    expect(e2).toMatchObject({ source: 'bjorn', target: 'anna', allegation_type: 'bribery_corruption', allegation_claimant: 'bjorn' });
    expect(e2?.evidence_quotes?.split('\n')[0]).toBe(CURLY);
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('Test source');
  });

  it('CSV: cells a spreadsheet would run as formulas are neutralised, and read back as the labels they were', async () => {
    const d = dataset();
    const hostile = { anna: '=HYPERLINK("http://evil.example","click")', bjorn: '@SUM(1+1)*cmd|\' /C calc\'!A0', bureau: '+1-2', carl: '-3 apples', dora: '\tTabbed' };
    for (const [id, label] of Object.entries(hostile)) d.graph.setNodeAttribute(id, 'label', label);
    d.graph.setEdgeAttribute('e1', 'label', '\rcarriage');
    d.graph.mergeNodeAttributes('anna', { extra: { note: '=1+1', count: -5 } });
    const files = unzipSync((await exportData(d, { format: 'csv' }, { now: NOW })).bytes);
    const nodes = csvRecords(strFromU8(files['nodes.csv'] ?? new Uint8Array()));
    // OWASP: a leading ' before = + - @ tab CR; numbers stay numbers.
    for (const [id, label] of Object.entries(hostile)) expect(nodes.find((n) => n.id === id)?.label).toBe(`'${label}`);
    expect(nodes.find((n) => n.id === 'anna')).toMatchObject({ 'extra.note': "'=1+1", 'extra.count': '-5' });
    expect(csvRecords(strFromU8(files['edges.csv'] ?? new Uint8Array())).find((e) => e.id === 'e1')?.label).toBe("'\rcarriage");
    // Redthread's CSV importer reads the neutralised cells back as the original text.
    const back = (await open([{ name: 'nodes.csv', bytes: files['nodes.csv'] as Uint8Array }, { name: 'edges.csv', bytes: files['edges.csv'] as Uint8Array }])).dataset.graph;
    for (const [id, label] of Object.entries(hostile)) expect(back.getNodeAttribute(id, 'label')).toBe(label.trim());
  });

  it('is a session task whose arguments the contract validates', async () => {
    const session = createSession({ loadDefault: () => Promise.resolve(dataset()) });
    const result = await session.handle('exportData', { format: 'graphml', nodes: ['carl', 'bureau'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(text((result.value as ExportedFile).bytes).match(/<node /g)).toHaveLength(2);
    expect(argsSchemas.exportData.safeParse({ format: 'xlsx' }).success).toBe(false);
    expect(argsSchemas.exportData.safeParse({ format: 'gexf', colors: { kinds: { person: 'red' } } }).success).toBe(false);
  });
});
