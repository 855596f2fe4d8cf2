// Hostile files, generated here by repetition (small to store, large once read): each of the
// amplification patterns an outside review found ends as a typed too_large naming its limit,
// or as a graph whose size follows the file. No timing is asserted: the structure of the answer
// is, and vitest's test timeout is the backstop for a parser that went super-linear again.
import { gzipSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LimitExceeded } from '../contract.js';
import type { Dataset } from '../service/dataset.js';
import { exportData } from './export/index.js';
import { defaultsOf } from './extra.js';
import { inspectCsv } from './import/index.js';
import { failure, open, text } from './import/test-support.js';

const join = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_v, i) => f(i)).join('');
const limitOf = async (promise: Promise<unknown>): Promise<LimitExceeded | undefined> => {
  const f = await failure(promise);
  expect(f.code).toBe('too_large');
  return f.limit;
};

// Generous per-test timeouts: the machine may be busy; the old code took minutes or ran out of memory.
describe('every import on a budget', { timeout: 30_000 }, () => {
  it('GraphML defaults × many keys (1.2 MB): each default kept once, no element copies them', async () => {
    const keys = 400;
    const nodes = 75_000;
    const xml = `<graphml>${join(keys, (k) => `<key id="k${k}" for="node" attr.name="a${k}" attr.type="string"><default>d${k}</default></key>`)}<graph edgedefault="undirected">${join(nodes, (i) => `<node id="${i}"/>`)}<edge source="0" target="1"/></graph></graphml>`;
    expect(xml.length).toBeGreaterThan(1_200_000);
    const { dataset } = await open([text('defaults.graphml', xml)]);
    const { graph } = dataset;
    expect(graph.order).toBe(nodes);
    // Copies would be 400 × 75,000 = 30 million values; none is made.
    expect(graph.filterNodes((_n, a) => a.extra !== undefined)).toEqual([]);
    expect(Object.keys(defaultsOf(graph, 'node'))).toHaveLength(keys);
    expect(defaultsOf(graph, 'node').a399).toBe('d399');
  });

  it('the attribute-value budget refuses a file whose own values pass it, naming maxAttributeCells', async () => {
    const xml = `<graphml><key id="v" for="node" attr.name="v" attr.type="string"/><graph>${join(2_000, (i) => `<node id="${i}"><data key="v">x</data></node>`)}</graph></graphml>`;
    expect(await limitOf(open([text('cells.graphml', xml)], { limits: { maxAttributeCells: 3_000 } }))).toEqual({ name: 'maxAttributeCells', limit: 3_000, found: 3_002 });
  });

  it('a FollowTheMoney ownership cross product (52 KB) is refused before any edge is made, and opens with a raised limit', async () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_v, i) => `${prefix}${i}`);
    const owners = ids('owner-', 2_000);
    const assets = ids('asset-', 2_000);
    const line = JSON.stringify({ id: 'own', schema: 'Ownership', properties: { owner: owners, asset: assets } });
    expect(line.length).toBeGreaterThan(45_000);
    expect(line.length).toBeLessThan(60_000);
    const body = `{"id":"p","schema":"Person","properties":{"name":["P"]}}\n${line}\n`;
    expect(await limitOf(open([text('cross.ftm.json', body)]))).toEqual({ name: 'maxExpandedEdges', limit: 500_000, found: 4_000_000 });
    // A small product opens; a raised limit lets the user open one the default refuses.
    const small = `{"id":"p","schema":"Person","properties":{"name":["P"]}}\n${JSON.stringify({ id: 'own', schema: 'Ownership', properties: { owner: ids('o', 30), asset: ids('a', 30) } })}\n`;
    expect(await limitOf(open([text('small.ftm.json', small)], { limits: { maxExpandedEdges: 500 } }))).toEqual({ name: 'maxExpandedEdges', limit: 500, found: 900 });
    const { dataset } = await open([text('small.ftm.json', small)], { limits: { maxExpandedEdges: 1_000 } });
    expect(dataset.graph.size).toBe(900);
    expect(dataset.graph.getEdgeAttribute('own', 'relation')).toBe('owns');
  });

  it('a cross product being built stops at Cancel: the check sits inside the inner loop', async () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_v, i) => `${prefix}${i}`);
    // Every owner and asset is declared, so each pair becomes an edge at once (none waits for the end).
    const entities = [...ids('o', 300).map((id) => ({ id, schema: 'Person', properties: {} })), ...ids('a', 300).map((id) => ({ id, schema: 'Company', properties: {} }))];
    const body = `${[...entities, { id: 'own', schema: 'Ownership', properties: { owner: ids('o', 300), asset: ids('a', 300) } }].map((e) => JSON.stringify(e)).join('\n')}\n`;
    // A signal that turns to cancelled after a number of checks, as if the user pressed Cancel mid-way.
    let reads = 0;
    const signal = {
      get cancelled() {
        return ++reads > 10;
      },
    };
    const f = await failure(open([text('cross.ftm.json', body)], { signal, limits: { maxExpandedEdges: 100_000 } }));
    expect(f.code).toBe('cancelled');
    expect(reads).toBe(11);
  });

  it('GraphML hyperedges (3.4 MB of them would be 4.8 million edges) stop at the expanded-edge budget', async () => {
    const endpoints = 64;
    const hyperedges = 300;
    const nodes = join(endpoints, (i) => `<node id="n${i}"/>`);
    const xml = `<graphml><graph edgedefault="undirected">${nodes}${join(hyperedges, (h) => `<hyperedge id="h${h}">${join(endpoints, (i) => `<endpoint node="n${i}"/>`)}</hyperedge>`)}</graph></graphml>`;
    expect(xml.length).toBeGreaterThan(400_000);
    // 2,016 pairs per hyperedge: a budget of 100,000 is passed at the 50th, before its pairs are made
    // (the default, 500,000, at the 249th: the same check, five times the edges to build in a test).
    const limit = await limitOf(open([text('hyper.graphml', xml)], { limits: { maxExpandedEdges: 100_000 } }));
    expect(limit).toEqual({ name: 'maxExpandedEdges', limit: 100_000, found: 50 * 2_016 });
  });

  it('nested GEXF <title>s stop at the nesting budget, and a raised budget still reads them in linear time', async () => {
    const depth = 100_000;
    const gexf = (inner: string) => `<gexf version="1.3"><meta>${inner}</meta><graph><nodes><node id="a"/></nodes></graph></gexf>`;
    const nested = gexf(`${'<title>t'.repeat(depth)}${'</title>'.repeat(depth)}`);
    expect(await limitOf(open([text('titles.gexf', nested)]))).toEqual({ name: 'maxDepth', limit: 1_000, found: 1_001 });
    const { dataset } = await open([text('titles.gexf', nested)], { limits: { maxDepth: depth + 10 } });
    expect(dataset.graph.order).toBe(1);
    // The outermost title holds the text of the ones inside it, up to 64 KB.
    expect(dataset.name).toBe('t'.repeat(64 * 1024));
  });

  it('a CSV with a 30,000-column header and short rows (3 MB) costs each row its own cells only', async () => {
    const columns = 30_000;
    const header = `source,target,${join(columns - 2, (i) => `c${i},`)}`.slice(0, -1);
    // A million rows with a source and no target: each is skipped, and must cost its two cells, not 30,000.
    const csv = `${header}\n${join(10, (i) => `n${i},n${i + 1}\n`)}${'x,\n'.repeat(1_000_000)}`;
    expect(csv.length).toBeGreaterThan(3_000_000);
    const { dataset, warnings } = await open([text('wide.csv', csv)]);
    expect([dataset.graph.order, dataset.graph.size]).toEqual([11, 10]);
    // The mapping step sees the whole header too.
    const inspection = inspectCsv(text('wide.csv', csv));
    expect([inspection.columns.length, inspection.suggested.edges?.source, inspection.suggested.edges?.target]).toEqual([columns, 'source', 'target']);
    expect(warnings).toEqual([
      expect.stringMatching(/^1,000,010 rows have a different number of cells than the header/),
      expect.stringMatching(/^1,000,000 rows have an empty source or target and were skipped/),
    ]);
  });

  it('one node id repeated 400,000 times (a 6 KB gzip) opens as one node with one counted warning', async () => {
    const gz = gzipSync(strToU8(`<gexf version="1.3"><graph><nodes>${'<node id="x"/>'.repeat(400_000)}</nodes><edges>${'<edge source="x" target="gone"/>'.repeat(100_000)}</edges></graph></gexf>`), { level: 9 });
    expect(gz.length).toBeLessThan(20_000);
    const { dataset, warnings } = await open([{ name: 'repeat.gexf.gz', bytes: gz }]);
    expect([dataset.graph.order, dataset.graph.size]).toEqual([2, 100_000]);
    expect(warnings).toEqual([expect.stringMatching(/^399,999 duplicate node ids were kept once/), expect.stringMatching(/^1 edge refers to nodes the file does not declare/)]);
  });

  it('XML nested past the budget is refused in GraphML too', async () => {
    const xml = `<graphml><graph>${'<node id="x"><graph>'.repeat(600)}${'</graph></node>'.repeat(600)}</graph></graphml>`;
    expect(await limitOf(open([text('deep.graphml', xml)]))).toEqual({ name: 'maxDepth', limit: 1_000, found: 1_001 });
  });
});

/** 2.7 MB of GEXF whose 24,000 nodes each carry their own attribute: 24,000 columns, one value each. */
async function sparseGexf(): Promise<Dataset> {
  const n = 24_000;
  const gexf = `<gexf version="1.3"><graph defaultedgetype="directed"><attributes class="node">${join(n, (i) => `<attribute id="k${i}" title="attribute ${i}" type="string"/>`)}</attributes><nodes>${join(n, (i) => `<node id="${i}" label="node ${i}"><attvalues><attvalue for="k${i}" value="v${i}"/></attvalues></node>`)}</nodes><edges>${join(n - 1, (i) => `<edge source="${i}" target="${i + 1}"/>`)}</edges></graph></gexf>`;
  expect(gexf.length).toBeGreaterThan(2_500_000);
  return (await open([text('sparse.gexf', gexf)])).dataset;
}

describe('data exports linear in the output', { timeout: 30_000 }, () => {
  it('a 2.7 MB GEXF with 24,000 sparse attributes exports to GEXF with exactly one value per node', async () => {
    const dataset = await sparseGexf();
    const out = new TextDecoder().decode((await exportData(dataset, { format: 'gexf' })).bytes);
    // 9 node fields, the file's 24,000 node attributes and 8 edge fields.
    expect(out.match(/<attribute id=/g)).toHaveLength(9 + 24_000 + 8);
    const nodes = out.slice(out.indexOf('<nodes>'), out.indexOf('</nodes>'));
    // The fixed label/kind/evidence_count per node, and the node's own attribute: never the other 23,999.
    expect(nodes.match(/<attvalue /g)).toHaveLength(24_000 * 4);
    expect(out).toContain('<node id="123" label="node 123"><attvalues><attvalue for="0" value="node 123"/><attvalue for="1" value="other"/><attvalue for="6" value="0"/><attvalue for="');
  });

  it('the same graph exports to CSV with exactly the fixed columns, its attributes as (id, attribute, value) rows', async () => {
    const dataset = await sparseGexf();
    const files = unzipSync((await exportData(dataset, { format: 'csv' })).bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'node-attributes.csv', 'nodes.csv']);
    const nodes = strFromU8(files['nodes.csv'] as Uint8Array).split('\r\n');
    expect(nodes[0]).toBe('id,x,y,label,kind,description,aliases,date,roles,evidence_count,evidence_sources,evidence_quotes');
    expect(nodes).toHaveLength(24_000 + 2);
    const long = strFromU8(files['node-attributes.csv'] as Uint8Array).split('\r\n');
    expect(long).toHaveLength(24_000 + 2);
    expect(long).toContain('123,attribute 123,v123');
  });

  it('an export stops at Cancel mid-way, and reports progress as task "write" phases', async () => {
    const dataset = await sparseGexf();
    let reads = 0;
    const signal = {
      get cancelled() {
        return ++reads > 100;
      },
    };
    const f = await failure(exportData(dataset, { format: 'graphml' }, { signal }));
    expect([f.code, f.message]).toEqual(['cancelled', 'io/export: the graphml export was cancelled']);
    // One check per element written: it stopped after the hundredth, not at the end.
    expect(reads).toBe(101);
  });
});
