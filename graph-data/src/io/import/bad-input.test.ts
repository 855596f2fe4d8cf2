// Bad input ends in a clear ServiceFailure (code + a message naming the file, the place and the
// problem) or a lenient import with warnings — never a crash, a hang or an unexpected exception.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const gexf = (body: string, head = '') => `<?xml version="1.0" encoding="UTF-8"?>${head}\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n${body}\n</graph>\n</gexf>\n`;
const nodes = (n: number) => Array.from({ length: n }, (_v, i) => `<node id="n${i}" label="Node ${i}"/>`).join('\n');

describe('files that cannot be opened', () => {
  it('an empty file', async () => {
    const f = await failure(open([text('empty.gexf', '')]));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import: empty.gexf: is empty']);
  });

  it('a binary file (NUL bytes) and bytes that are no text encoding at all', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const f = await failure(open([{ name: 'graph.json', bytes: png }]));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import/json: graph.json: is not a text graph file (it contains binary data)']);
    const noise = new Uint8Array(4096).map((_v, i) => 0x80 + ((i * 37) % 0x7f));
    const g = await failure(open([{ name: 'graph.gexf', bytes: noise }]));
    expect(g.code).toBe('bad_file');
    expect(g.message).toContain('graph.gexf: is not a text graph file');
  });

  it('a file over the size limit says its size, the limit and that it can be raised', async () => {
    const f = await failure(open([text('big.csv', 'a,b\n'.repeat(600))], { maxBytes: 1024 }));
    expect(f.code).toBe('too_large');
    expect(f.message).toBe('io/import: big.csv: is 2.3 KB, larger than the 1.0 KB import limit; raise the limit to open it');
  });

  it('a gzip file that inflates past the limit stops early (too_large)', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const f = await failure(open([{ name: 'bomb.gexf.gz', bytes: new Uint8Array(bomb) }], { maxBytes: 1024 * 1024 }));
    expect(f.code).toBe('too_large');
    expect(f.message).toContain('bomb.gexf.gz: decompresses to more than 1.0 MB, the import limit');
  });

  it('a gzip file that inflates to exactly the limit opens, like a plain file of that size; one byte more does not', async () => {
    const gexfText = `<gexf version="1.3"><meta><description>${'x'.repeat(2000)}</description></meta><graph><nodes><node id="a"/></nodes></graph></gexf>`;
    const gz = new Uint8Array(gzipSync(Buffer.from(gexfText)));
    const size = Buffer.byteLength(gexfText);
    expect((await open([text('plain.gexf', gexfText)], { maxBytes: size })).dataset.graph.order).toBe(1);
    expect((await open([{ name: 'exact.gexf.gz', bytes: gz }], { maxBytes: size })).dataset.graph.order).toBe(1);
    expect((await failure(open([{ name: 'over.gexf.gz', bytes: gz }], { maxBytes: size - 1 }))).code).toBe('too_large');
  });

  it('a truncated gzip file', async () => {
    const whole = gzipSync(Buffer.from(gexf(nodes(200))));
    const f = await failure(open([{ name: 'cut.gexf.gz', bytes: new Uint8Array(whole.subarray(0, whole.length >> 1)) }]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toContain('cut.gexf.gz: is not a valid gzip file');
  });

  it('malformed XML names the line', async () => {
    const f = await failure(open([text('broken.gexf', gexf('<nodes>\n<node id="a">\n</nodes>'))]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toMatch(/^io\/import\/gexf: broken\.gexf line 6: is not well-formed XML: /);
  });

  it('a truncated XML file says it may be truncated', async () => {
    const whole = gexf(`<nodes>${nodes(50)}</nodes>`);
    const f = await failure(open([text('cut.gexf', whole.slice(0, whole.length / 2))]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toMatch(/cut\.gexf line \d+: is not well-formed XML: .*\(the file may be truncated\)$/);
  });

  it('a DOCTYPE with entity declarations (billion laughs) is refused before any expansion', async () => {
    const laughs = '<!DOCTYPE gexf [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const f = await failure(open([text('laughs.gexf', gexf('<nodes><node id="a" label="&lol2;"/></nodes>', laughs))]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toMatch(/laughs\.gexf line \d+: declares a DTD with an internal subset .* refuses the file$/);
  });

  it('an external entity (XXE) is never resolved', async () => {
    const xxe = '<!DOCTYPE gexf SYSTEM "file:///etc/passwd">';
    const f = await failure(open([text('xxe.gexf', gexf('<nodes><node id="a" label="&xxe;"/></nodes>', xxe))]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toMatch(/xxe\.gexf line \d+: is not well-formed XML: undefined entity/i);
  });

  it('XML that is neither GEXF nor GraphML', async () => {
    const f = await failure(open([text('page.xml', '<html><body/></html>')]));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import/graphml: page.xml line 1: is not a GraphML file: its root element is <html>, expected <graphml>']);
  });

  it('malformed and truncated JSON name the line', async () => {
    const f = await failure(open([text('bad.json', '{\n  "nodes": [\n    {"key": "a"},\n    {"key": "b",}\n  ]\n}')]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toMatch(/^io\/import\/json: bad\.json line 4: is not valid JSON: /);
    const cut = await failure(open([text('cut.json', '{"nodes": [{"key": "a"}, {"key": "b"')]));
    expect(cut.message).toMatch(/cut\.json line 1: is not valid JSON: .*\(the file may be truncated\)$/);
  });

  it('JSON nested deeper than the maxDepth budget (1,000) is refused before parsing, naming the limit', async () => {
    const deep = `${'['.repeat(1001)}${']'.repeat(1001)}`;
    const f = await failure(open([text('deep.json', deep)]));
    expect([f.code, f.limit]).toEqual(['too_large', { name: 'maxDepth', limit: 1000, found: 1001 }]);
    expect(f.message).toMatch(/^io\/import\/json: deep\.json: has at least 1,001 levels of nesting; the limit is 1,000 \(maxDepth\)/);
    // Past what JSON.parse can recurse through, no raised budget helps: a plain bad_file.
    const deeper = `${'['.repeat(5001)}${']'.repeat(5001)}`;
    const g = await failure(open([text('deeper.json', deeper)], { limits: { maxDepth: 10_000 } }));
    expect([g.code, g.message]).toEqual(['bad_file', 'io/import/json: deeper.json line 1: nests arrays or objects deeper than 5,000 levels, which no graph file needs']);
  });

  it('JSON that is not a graph', async () => {
    const f = await failure(open([text('config.json', '{"name": "x", "version": 2}')]));
    expect(f.message).toBe('io/import/json: config.json: is JSON but not a graph Redthread knows: expected graphology/sigma {nodes, edges}, Cytoscape.js {elements} or FollowTheMoney entities');
  });

  it('a graph past the element cap is refused with too_large', async () => {
    const edges = Array.from({ length: 11 }, (_v, i) => `<edge source="n0" target="n${i % 3}"/>`).join('');
    const f = await failure(open([text('dense.gexf', gexf(`<nodes>${nodes(3)}</nodes><edges>${edges}</edges>`))], { limits: { maxEdges: 10 } }));
    expect([f.code, f.limit]).toEqual(['too_large', { name: 'maxEdges', limit: 10, found: 11 }]);
    expect(f.message).toMatch(/^io\/import\/gexf: dense\.gexf: has at least 11 edges; the limit is 10 \(maxEdges\)\. Open it anyway with a higher limit/);
    const g = await failure(open([text('wide.gexf', gexf(`<nodes>${nodes(6)}</nodes>`))], { limits: { maxNodes: 5 } }));
    expect(g.limit).toEqual({ name: 'maxNodes', limit: 5, found: 6 });
  });

  it('only CSV tables open together', async () => {
    const f = await failure(open([text('a.csv', 'Source,Target\na,b\n'), text('b.gexf', gexf(''))]));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import: b.gexf: only CSV tables can be opened together (a nodes table and an edges table); open this file on its own']);
  });

  it('a CSV whose columns say nothing about nodes or edges, or whose mapping names a missing column', async () => {
    const f = await failure(open([text('notes.csv', 'colour,size\nred,3\n')]));
    expect(f.message).toBe('io/import/csv: notes.csv: has no column that looks like node ids or edge endpoints (its columns are: colour, size); choose the columns in the mapping step');
    const g = await failure(open([text('edges.csv', 'a,b\n1,2\n')], { csv: { edges: { source: 'a', target: 'b', relation: 'kind' } } }));
    expect(g.message).toBe('io/import/csv: edges.csv: has no column "kind" for the edge relations (its columns are: a, b)');
  });

  it('a signal set mid-import stops it with cancelled', async () => {
    const big = gexf(`<nodes>${nodes(60_000)}</nodes>`);
    const signal = { cancelled: false };
    let calls = 0;
    const f = await failure(
      open([text('big.gexf', big)], {
        signal,
        onProgress: (phase, done) => {
          calls++;
          if (phase === 'read' && done > 0) signal.cancelled = true;
        },
      }),
    );
    expect([f.code, f.message]).toEqual(['cancelled', 'io/import: opening big.gexf was cancelled']);
    expect(calls).toBeGreaterThan(1);
  });
});

describe('files that open leniently, with warnings', () => {
  it('self-loops are kept', async () => {
    const { dataset } = await open([text('loop.gexf', gexf(`<nodes>${nodes(1)}</nodes><edges><edge id="e" source="n0" target="n0"/></edges>`))]);
    expect(dataset.graph.hasEdge('n0', 'n0')).toBe(true);
  });

  it('duplicate node and edge ids: first node wins, the second edge gets a new id', async () => {
    const body = '<nodes><node id="a" label="first"/><node id="a" label="second"/><node id="b"/></nodes><edges><edge id="e" source="a" target="b"/><edge id="e" source="b" target="a"/></edges>';
    const { dataset, warnings } = await open([text('dups.gexf', gexf(body))]);
    expect(dataset.graph.getNodeAttribute('a', 'label')).toBe('first');
    expect(dataset.graph.edges().sort()).toEqual(['e', 'e#1']);
    expect(warnings).toEqual([
      '1 duplicate node id was kept once, the first occurrence wins (first: "a" line 4)',
      '1 edge id was used twice; the later edges got new ids (first: "e" "b" → "a" line 4)',
    ]);
  });

  it('NaN and infinite coordinates are dropped with a warning', async () => {
    const body = '<nodes><node id="a"><viz:position x="NaN" y="INF"/><viz:size value="-INF"/></node></nodes>';
    const { dataset, warnings } = await open([text('nan.gexf', gexf(body).replace('version="1.3"', 'version="1.3" xmlns:viz="http://gexf.net/1.3/viz"'))]);
    const a = dataset.graph.getNodeAttributes('a');
    expect([a.x, a.y, a.size]).toEqual([undefined, undefined, undefined]);
    expect(warnings).toEqual([expect.stringMatching(/^3 positions, sizes or weights were not a finite number .* \(first: node "a" line \d+ has "NaN"\)$/)]);
  });

  it('a coordinate or size that is not a number at all is dropped with the same warning, not silently', async () => {
    const body = '<nodes><node id="a"><viz:position x="abc" y="2"/><viz:size value="big"/></node><node id="b"><viz:position x="1" y="1"/></node></nodes>';
    const { dataset, warnings } = await open([text('words.gexf', gexf(body).replace('version="1.3"', 'version="1.3" xmlns:viz="http://gexf.net/1.3/viz"'))]);
    const a = dataset.graph.getNodeAttributes('a');
    expect([a.x, a.size]).toEqual([undefined, undefined]);
    expect(dataset.graph.getNodeAttribute('b', 'x')).toBe(1);
    expect(warnings).toEqual([expect.stringMatching(/^2 positions, sizes or weights were not a finite number .* \(first: node "a" line \d+ has "abc"\)$/)]);
  });

  it('a 1 MB label is cut to 1,000 characters with a warning', async () => {
    const label = 'x'.repeat(1024 * 1024);
    const { dataset, warnings } = await open([text('long.json', JSON.stringify({ nodes: [{ key: 'a', attributes: { label } }], edges: [] }))]);
    const node = dataset.graph.getNodeAttributes('a');
    expect(node.label).toHaveLength(1001);
    expect(node.label.endsWith('…')).toBe(true);
    expect(node.extra?.fullLabel).toBeUndefined();
    expect(warnings[0]).toMatch(/^1 label was longer than 1,000 characters and was shortened/);
  });

  it('entities are unescaped once: text stays text', async () => {
    const body = '<nodes><node id="a" label="&lt;b&gt;bold&lt;/b&gt; &amp;amp;"/></nodes>';
    const { dataset } = await open([text('escaped.gexf', gexf(body))]);
    expect(dataset.graph.getNodeAttribute('a', 'label')).toBe('<b>bold</b> &amp;');
  });

  it('an XML file declared as ISO-8859-1 is decoded as declared', async () => {
    const xml = gexf('<nodes><node id="a" label="Müller"/></nodes>').replace('UTF-8', 'ISO-8859-1');
    const bytes = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    const { dataset, warnings } = await open([{ name: 'latin1.gexf', bytes }]);
    expect(dataset.graph.getNodeAttribute('a', 'label')).toBe('Müller');
    expect(warnings).toEqual([]);
  });

  it('undeclared Windows-1252 in a UTF-8 XML file is re-read as Windows-1252, with a warning', async () => {
    const xml = gexf('<nodes><node id="a" label="Café €"/></nodes>');
    const bytes = Uint8Array.from(xml, (c) => (c === '€' ? 0x80 : c.charCodeAt(0)));
    const { dataset, warnings } = await open([{ name: 'excel.gexf', bytes }]);
    expect(dataset.graph.getNodeAttribute('a', 'label')).toBe('Café €');
    expect(warnings).toEqual(['excel.gexf is not valid UTF-8 (first at line 4); it was read as Windows-1252 (Western European).']);
  });
});
