// What a CSV table opens as, on tables written here (each test milliseconds): a header longer
// than the 256 KB detection sample, rows wider than the header, columns named in capitals or
// with spaces, kind/relation/time columns placed first, numbers that mean "no header", the
// delimiter's 50-line sample and a count tie, a chosen encoding over a BOM, and a preview cut
// in the middle of a UTF-8 character. Every expected value is read off the table.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectShape } from './csv-detect.js';
import { CsvTokenizer } from './csv-parse.js';
import { timesetDate } from './csv.js';
import { inspectCsv } from './index.js';
import { failure, open, text } from './test-support.js';
import { ServiceFailure } from '../../service/errors.js';

describe('CSV tables that open as written', () => {
  it('opens a table whose header alone is longer than the 256 KB detection sample', async () => {
    const names = Array.from({ length: 30_000 }, (_v, i) => `attribute${i}`);
    const csv = `id,label,${names.join(',')}\nn1,Ann,${'x,'.repeat(3)}7\nn2,Bo\n`;
    expect(csv.indexOf('\n')).toBeGreaterThan(256 * 1024);
    const { dataset } = await open([text('wide.csv', csv)]);
    expect(dataset.graph.mapNodes((id, a) => `${id}:${a.label}`)).toEqual(['n1:Ann', 'n2:Bo']);
    expect(dataset.graph.getNodeAttribute('n1', 'extra')).toEqual({ attribute0: 'x', attribute1: 'x', attribute2: 'x', attribute3: 7 });
  });

  it('sizes a header-less list by its first twenty rows, a weight third, so a later row may add it', async () => {
    const { graph } = (await open([text('list.csv', '1,2\n3,4\n5,6,0.5\n')])).dataset;
    expect(graph.mapEdges((_e, a, s, t) => `${s}>${t}:${a.weight ?? '-'}`)).toEqual(['1>2:-', '3>4:-', '5>6:0.5']);
    const rows = [...Array.from({ length: 20 }, (_v, i) => `${i},${i + 1}`), '30,31,9'];
    expect(detectShape(`${rows.join('\n')}\n`, undefined).columns).toEqual(['column 1', 'column 2']);
    expect(detectShape(`${rows.slice(1).join('\n')}\n`, undefined).columns).toEqual(['column 1', 'column 2', 'weight']);
  });

  it('ignores the cells of a row past the header\'s width', async () => {
    const { dataset, warnings } = await open([text('n.csv', 'id,party\n1,Green,surplus,more\n')]);
    expect(dataset.graph.getNodeAttribute('1', 'extra')).toEqual({ party: 'Green' });
    expect(warnings).toHaveLength(1);
  });

  it('finds columns named in capitals or padded with spaces', () => {
    expect(detectShape(' SOURCE , Target ,TYPE\na,b,c\n', undefined).mapping.edges).toEqual({ source: 'SOURCE', target: 'Target', relation: 'TYPE' });
    expect(detectShape('ID , Name\n1,A\n', undefined).mapping.nodes).toEqual({ id: 'ID', label: 'Name' });
  });

  it('reads a kind, relation, label or time set column that comes first', async () => {
    // Neo4j's :LABEL and :TYPE columns: only the column mapping reads them as kind and relation.
    const kinds = (await open([text('n.csv', ':LABEL,id\nCompany,1\n')])).dataset.graph;
    expect(kinds.getNodeAttribute('1', 'kind')).toBe('organisation');
    const times = (await open([text('n.csv', 'Timeset,id\n"[2001, 2002]",1\n')])).dataset.graph;
    expect(times.getNodeAttribute('1', 'date')).toBe('2001/2002');
    const edges = (await open([text('e.csv', ':TYPE,:START_ID,:END_ID\nOWNS,a,b\n')])).dataset.graph;
    expect(edges.mapEdges((_e, a) => a.relation)).toEqual(['owns']);
    const labelled = (await open([text('e.csv', 'label,source,target\nthe deal,a,b\n')])).dataset.graph;
    expect(labelled.mapEdges((_e, a) => a.label)).toEqual(['the deal']);
  });

  it('reads several node tables in the order given, before the edges', async () => {
    const tables = [text('Officers.csv', 'id,name\no1,Ann\n'), text('links.csv', 'source,target\no1,e1\n'), text('Entities.csv', 'id,name\ne1,Acme\n'), text('Intermediaries.csv', 'id,name\ni1,Law\n')];
    const { dataset, warnings } = await open(tables);
    expect(dataset.graph.mapNodes((id, a) => `${id}:${a.kind}`)).toEqual(['o1:person', 'e1:organisation', 'i1:organisation']);
    expect([dataset.name, dataset.format, dataset.graph.size, warnings]).toEqual(['links', 'csv', 1, []]);
    // Given edges first, the nodes table is still read first: its warnings come first.
    const people = await open([text('links.csv', 'source,target\nb,a\n,a\n'), text('people.csv', 'id,label\na,Ann\nb,Bo\na,Again\n')]);
    expect(people.dataset.graph.mapNodes((id, a) => `${id}:${a.label}`)).toEqual(['a:Ann', 'b:Bo']);
    expect(people.warnings.map((w) => w.split(' (')[0])).toEqual(['1 duplicate node id was kept once, the first occurrence wins', '1 row has an empty source or target and was skipped']);
  });

  it('reads a time set with spaces before its comma or closing bracket', () => {
    expect(['[2016 , 2017]', '[2016, 2017 ]', '[ 2016 ]', '[2016,2017]'].map(timesetDate)).toEqual(['2016/2017', '2016/2017', '2016', '2016/2017']);
  });

  it('trims the spaces around ids, labels and endpoints', async () => {
    const nodes = (await open([text('n.csv', 'id,label\n 1 , Ann \n')])).dataset.graph;
    expect(nodes.mapNodes((id, a) => `${id}:${a.label}`)).toEqual(['1:Ann']);
    const edges = (await open([text('e.csv', 'source,target,label\n a , b , deal \n')])).dataset.graph;
    expect(edges.mapEdges((_e, a, s, t) => `${s}>${t}:${a.label}`)).toEqual(['a>b:deal']);
    const bare = (await open([text('e.csv', 'source,target\na,b\n')])).dataset.graph;
    expect(bare.mapEdges((_e, a) => a.label ?? null)).toEqual([null]);
  });

  it('names a missing mapped column as a bad file, listing the table\'s first 20 columns', async () => {
    const columns = Array.from({ length: 25 }, (_v, i) => `c${i + 1}`);
    const f = await failure(open([text('wide.csv', `id,${columns.join(',')}\n1,${columns.map(() => 'x').join(',')}\n`)], { csv: { nodes: { id: 'id', label: 'nope' } } }));
    expect([f.code, f.message]).toEqual(['bad_file', `io/import/csv: wide.csv: has no column "nope" for the node labels (its columns are: ${['id', ...columns].slice(0, 20).join(', ')})`]);
  });

  it('reads a time set column whatever the case of its name', async () => {
    for (const column of ['Timeset', 'INTERVAL', 'Time']) {
      const { graph } = (await open([text('n.csv', `id,${column}\n1,"[2010, 2011]"\n`)])).dataset;
      expect(graph.getNodeAttribute('1', 'date'), column).toBe('2010/2011');
    }
    const edges = (await open([text('e.csv', 'source,target,Timeset\na,b,"[2012, 2013]"\nb,c,\n')])).dataset.graph;
    expect(edges.mapEdges((_e, a) => a.date ?? null)).toEqual(['2012/2013', null]);
  });

  it('takes a first row of numbers in any notation as data, and one word among them as a header', () => {
    for (const first of ['-12,+3', '4.25,5e3', ' 6 ,7E-2', '8,', '9,10.5e+1', '11,5e12']) {
      expect(detectShape(`${first}\n1,2\n`, undefined).hasHeader, first).toBe(false);
    }
    for (const first of ['1a,2', '1,.5', '1,2.', '1,e5', 'x1,2', '1,2 3', '1,--2', '1,5e']) {
      expect(detectShape(`${first}\n1,2\n`, undefined).hasHeader, first).toBe(true);
    }
  });
});

describe('CSV column mapping', () => {
  it('never gives two roles one column: a relation named by the user is not also the label, an id not also the kind', () => {
    expect(detectShape('from,to,label,name\na,b,c,d\n', { edges: { source: 'from', target: 'to', relation: 'label' } }).mapping.edges).toEqual({ source: 'from', target: 'to', relation: 'label', label: 'name' });
    expect(detectShape('type,category\na,b\n', { nodes: { id: 'type' } }).mapping.nodes).toEqual({ id: 'type', kind: 'category' });
  });

  it('follows a mapping\'s table role only when the columns it names exist', () => {
    expect(detectShape('a,b,who\n1,2,3\n', { nodes: { id: 'who' }, edges: { source: 'a', target: 'zz' } }).role).toBe('nodes');
    expect(detectShape('a,b,who\n1,2,3\n', { nodes: { id: 'who' }, edges: { source: 'zz', target: 'b' } }).role).toBe('nodes');
    expect(detectShape('source,target\na,b\n', { nodes: { id: 'zz' } }).role).toBe('edges');
  });
});

describe('CSV delimiter detection', () => {
  it('judges the delimiter by the first 50 non-blank lines only', () => {
    const head = Array.from({ length: 50 }, (_v, i) => `a${i};b${i}`);
    const tail = Array.from({ length: 60 }, (_v, i) => `c${i},d${i},e${i}`);
    expect(detectDelimiter(`${head.join('\n')}\n\n${tail.join('\n')}\n`)).toBe(';');
  });

  it('takes the larger cell count when two counts are equally common', () => {
    expect(detectDelimiter('a;b\nc\n')).toBe(';');
    expect(detectDelimiter('a\nb;c\n')).toBe(';');
  });
});

describe('CSV encodings', () => {
  it('drops the byte order mark of a UTF-8 file when the user chooses UTF-8', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,label\n1,Zoë\n')]);
    const { graph } = (await open([{ name: 'bom.csv', bytes }], { csv: { encoding: 'utf-8' } })).dataset;
    expect(graph.mapNodes((id, a) => `${id}:${a.label}`)).toEqual(['1:Zoë']);
    expect(inspectCsv({ name: 'bom.csv', bytes }, { encoding: 'utf-8' }).columns).toEqual(['id', 'label']);
  });

  it('refuses a table with NUL bytes as binary, and reads one whose last character is cut short as Windows-1252, with a warning', async () => {
    const binary = new Uint8Array([...new TextEncoder().encode('id,label\n1,'), 0, 0, 0, 10]);
    expect((await failure(open([{ name: 'bin.csv', bytes: binary }]))).message).toBe('io/import/csv: bin.csv: is not a text graph file (it contains binary data)');
    const cut = new Uint8Array([...new TextEncoder().encode('id,label\n1,Zo'), 0xc3]);
    const { dataset, warnings } = await open([{ name: 'cut.csv', bytes: cut }]);
    expect(dataset.graph.getNodeAttribute('1', 'label')).toBe('Zo\u00c3');
    expect(warnings).toEqual([expect.stringMatching(/^cut\.csv is not valid UTF-8 \(first at line 2\); it was read as Windows-1252/)]);
  });

  it('previews a UTF-8 file as UTF-8 when the 256 KB sample ends inside a character', () => {
    const head = 'id,label\n';
    // Row "1,é…" puts a two-byte é across the 256 KB boundary.
    const fill = 'é'.repeat(200_000);
    const bytes = new TextEncoder().encode(`${head}1,${fill}\n`);
    expect((256 * 1024 - head.length - 2) % 2).toBe(1);
    const inspection = inspectCsv({ name: 'long.csv', bytes });
    expect([inspection.encoding, inspection.warnings, inspection.columns]).toEqual(['utf-8', [], ['id', 'label']]);
  });
});

describe('CSV preview', () => {
  it('refuses an empty file as a bad file, and leaves rows of spaces out of the preview', () => {
    let refused: unknown;
    try {
      inspectCsv({ name: 'empty.csv', bytes: new Uint8Array(0) });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ServiceFailure);
    expect(refused).toMatchObject({ code: 'bad_file', message: expect.stringContaining('empty.csv: is empty') });
    expect(inspectCsv(text('n.csv', 'id,label\n  ,  \n1,a\n')).rows).toEqual([['1', 'a']]);
  });
});

function rowsOf(pieces: string[]): { rows: [string[], number][]; unterminated: number | undefined } {
  const rows: [string[], number][] = [];
  const tokenizer = new CsvTokenizer(',', (cells, line) => rows.push([cells, line]), () => {
    throw new Error('too long');
  });
  for (const piece of pieces) tokenizer.push(piece);
  return { rows, unterminated: tokenizer.end() };
}

describe('CSV tokenizer ends', () => {
  it('keeps a last row that is an empty quoted field or ends in a delimiter, and a quote closed at the very end', () => {
    expect(rowsOf(['x\n""'])).toEqual({ rows: [[['x'], 1], [[''], 2]], unterminated: undefined });
    expect(rowsOf(['a,'])).toEqual({ rows: [[['a', ''], 1]], unterminated: undefined });
    expect(rowsOf(['id\n"a"'])).toEqual({ rows: [[['id'], 1], [['a'], 2]], unterminated: undefined });
  });

  it('carries a CR and a closing quote across an empty piece', () => {
    expect(rowsOf(['a\r', '', '\nb\n']).rows).toEqual([[['a'], 1], [['b'], 2]]);
    expect(rowsOf(['"a"', '', '"b"\n']).rows).toEqual([[['a"b'], 1]]);
  });

  it('names the line of an unquoted field that passes 16 million characters', async () => {
    const f = await failure(open([text('u.csv', `id,label\n1,a\n2,${'x'.repeat(17 * 1024 * 1024)}`)]));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import/csv: u.csv line 3: has a quoted field longer than 16 million characters: a quote is probably never closed']);
  });
});
