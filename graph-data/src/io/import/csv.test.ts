// CSV reading on small tables written here: delimiters, quotes, encodings, headers or none,
// the column names of Gephi, Kumu and ICIJ, the user's mapping, and the mapping-step preview.
import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from './csv-parse.js';
import { inspectCsv } from './index.js';
import { failure, open, text } from './test-support.js';

const utf16 = (content: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + content.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    bytes.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
  }
  return bytes;
};

describe('CSV tokenizer', () => {
  it('handles quotes, escaped quotes, line breaks in fields and CRLF across chunk edges', () => {
    const rows: [string[], number][] = [];
    const tokenizer = new CsvTokenizer(',', (cells, line) => rows.push([cells, line]), () => {
      throw new Error('too long');
    });
    for (const piece of ['id,note\r', '\n1,"a ""quoted"",', ' word"\r\n2,"two\nlines"', '\n3,"', '"']) tokenizer.push(piece);
    expect(tokenizer.end()).toBeUndefined();
    expect(rows).toEqual([
      [['id', 'note'], 1],
      [['1', 'a "quoted", word'], 2],
      [['2', 'two\nlines'], 3],
      [['3', ''], 5],
    ]);
  });
});

describe('CSV import', () => {
  it('detects ; tab | and space delimiters', async () => {
    for (const delimiter of [';', '\t', '|', ' ']) {
      const { dataset } = await open([text('e.csv', `source${delimiter}target${delimiter}weight\na${delimiter}b${delimiter}2\nb${delimiter}c${delimiter}3\n`)]);
      expect([dataset.graph.order, dataset.graph.size, dataset.graph.getEdgeAttribute(dataset.graph.edges('a', 'b')[0] as string, 'weight')]).toEqual([3, 2, 2]);
    }
  });

  it('reads Gephi nodes and edges tables: Id/Label, Source/Target/Type/Weight', async () => {
    const nodes = text('nodes.csv', 'Id,Label,Category\nn1,Ana Lima,person\nn2,ACME Ltd,company\nn3,Rio,city\n');
    const edges = text('edges.csv', 'Source,Target,Type,Weight,Label\nn1,n2,Directed,1.5,director of\nn2,n3,Undirected,1,registered address\nn3,n9,Directed,1,\n');
    const { dataset, warnings } = await open([edges, nodes]);
    const { graph } = dataset;
    expect(graph.mapNodes((_n, a) => `${a.label}:${a.kind}`)).toEqual(['Ana Lima:person', 'ACME Ltd:organisation', 'Rio:place', 'n9:other']);
    const [first, second] = graph.edges();
    expect(graph.getEdgeAttributes(first as string)).toMatchObject({ relation: 'related_to', weight: 1.5, label: 'director of' });
    expect(graph.getEdgeAttribute(second as string, 'undirected')).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/^1 edge refers to nodes the file does not declare.*"n3" → "n9" line 4 needs "n9"/)]);
  });

  it('reads Kumu (From,To,Type / Label,Type) and maps types onto kinds and relations', async () => {
    const elements = text('elements.csv', 'Label,Type,Description\nMaria,Person,A witness\nBanco Sur,Organization,\n');
    const connections = text('connections.csv', 'From,To,Type\nMaria,Banco Sur,employee of\n');
    const { graph } = (await open([elements, connections])).dataset;
    expect(graph.getNodeAttributes('Maria')).toMatchObject({ label: 'Maria', kind: 'person', description: 'A witness' });
    expect(graph.getNodeAttribute('Banco Sur', 'kind')).toBe('organisation');
    expect(graph.getEdgeAttributes(graph.edges()[0] as string)).toMatchObject({ relation: 'works_for', extra: { Type: 'employee of' } });
  });

  it('reads the 2018+ ICIJ edges header (node_id_start,node_id_end,rel_type)', async () => {
    const { graph } = (await open([text('relationships.csv', 'node_id_start,node_id_end,rel_type,link\n1,2,officer_of,shareholder of\n2,3,registered_address,registered address\n')])).dataset;
    expect(graph.mapEdges((_e, a, s, t) => `${s}-${t}:${a.relation}`)).toEqual(['1-2:member_of', '2-3:located_in']);
  });

  it('skips SNAP comment lines before a header-less, tab-separated edge list', async () => {
    const snap = '# Directed graph (each unordered pair of nodes is saved once): Wiki-Vote.txt\n# Nodes: 3 Edges: 2\n# FromNodeId\tToNodeId\n30\t1412\n30\t3352\n';
    const { graph } = (await open([text('Wiki-Vote.txt', snap)])).dataset;
    expect(graph.mapEdges((_e, _a, s, t) => `${s}-${t}`)).toEqual(['30-1412', '30-3352']);
    expect(inspectCsv(text('Wiki-Vote.txt', snap))).toMatchObject({ delimiter: '\t', role: 'edges', rows: [['30', '1412'], ['30', '3352']] });
  });

  it('follows the user mapping over detection', async () => {
    const csv = text('people.csv', 'who,display,sort\np1,Ann,person\np2,Bo,company\n');
    const { graph } = (await open([csv], { csv: { nodes: { id: 'who', label: 'display', kind: 'sort' } } })).dataset;
    expect(graph.mapNodes((n, a) => `${n}=${a.label}:${a.kind}`)).toEqual(['p1=Ann:person', 'p2=Bo:organisation']);
    const edges = text('links.csv', 'x,y,z\na,b,c\n');
    const mapped = (await open([edges], { csv: { delimiter: ',', edges: { source: 'y', target: 'z' } } })).dataset.graph;
    expect(mapped.mapEdges((_e, _a, s, t) => `${s}-${t}`)).toEqual(['b-c']);
  });

  it('decodes UTF-16 LE and BE by their BOM', async () => {
    for (const bigEndian of [false, true]) {
      const { graph } = (await open([{ name: 'u16.csv', bytes: utf16('id,label\n1,Zoë 東京\n', bigEndian) }])).dataset;
      expect(graph.getNodeAttribute('1', 'label')).toBe('Zoë 東京');
    }
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', async () => {
    const bytes = Uint8Array.from('id,label\n1,Müller – €5\n', (c) => ({ ü: 0xfc, '–': 0x96, '€': 0x80 })[c] ?? c.charCodeAt(0));
    const { dataset, warnings } = await open([{ name: 'excel.csv', bytes }]);
    expect(dataset.graph.getNodeAttribute('1', 'label')).toBe('Müller – €5');
    expect(warnings).toEqual([expect.stringMatching(/^excel\.csv is not valid UTF-8 \(first at line 2\); it was read as Windows-1252/)]);
  });

  it('warns about ragged rows and a quote that never closes, and skips rows without endpoints', async () => {
    const { dataset, warnings } = await open([text('r.csv', 'source,target,note\na,b\nb,c,x,extra\n,c,z\nc,a,"never closed\n')]);
    expect(dataset.graph.size).toBe(3);
    expect(warnings).toEqual([
      '2 rows have a different number of cells than the header; missing cells are empty, extra cells were ignored (first: line 2 has 2 cells, the header 3)',
      '1 row has an empty source or target and was skipped (first: line 4)',
      '1 quoted field never ends; the file may be truncated (first: line 5)',
    ]);
  });

  it('refuses a quoted field that swallows the file', async () => {
    const f = await failure(open([text('q.csv', `id,label\n1,"${'x'.repeat(17 * 1024 * 1024)}`)], { maxBytes: 64 * 1024 ** 2 }));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import/csv: q.csv line 2: has a quoted field longer than 16 million characters: a quote is probably never closed']);
  });
});

describe('inspectCsv (the mapping step)', () => {
  it('previews an edges table with its suggested mapping', () => {
    const inspection = inspectCsv(text('e.csv', '\uFEFFFrom;To;Type\n"a";b;knows\nb;c;met\n'));
    expect(inspection).toEqual({
      delimiter: ';',
      encoding: 'utf-8',
      columns: ['From', 'To', 'Type'],
      rows: [['a', 'b', 'knows'], ['b', 'c', 'met']],
      role: 'edges',
      suggested: { delimiter: ';', encoding: 'utf-8', edges: { source: 'From', target: 'To', relation: 'Type' } },
      warnings: [],
    });
  });

  it('previews a header-less SNAP list and a nodes table', () => {
    const snap = inspectCsv(text('soc.csv', '1\t2\t-3\t99\n2\t3\t5\t98\n'));
    expect([snap.role, snap.columns, snap.rows.length]).toEqual(['edges', ['column 1', 'column 2', 'weight', 'column 4'], 2]);
    const nodes = inspectCsv(text('Officers.csv', 'name,node_id\nAnn,7\n'));
    expect([nodes.role, nodes.suggested.nodes]).toEqual(['nodes', { id: 'node_id', label: 'name' }]);
  });

  it('rejects what is not a table', () => {
    expect(() => inspectCsv({ name: 'x.csv', bytes: new Uint8Array(0) })).toThrow('io/import/csv: x.csv: is empty');
    expect(() => inspectCsv({ name: 'x.csv', bytes: new Uint8Array([0, 1, 2, 3]) })).toThrow('is not a text graph file');
  });
});
