// CSV reading details on tables written here, each test milliseconds: the tokenizer's line
// ends and quotes across chunk edges, header names, which columns are ids, labels, kinds,
// sources, targets and relations, kinds from file names, neutralised formula cells, time
// sets, the mapping-step preview and the messages for a mapping that names a missing column.
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, tokenize } from './csv-parse.js';
import { detectDelimiter, detectShape, headerNames, kindFromFileName, skipLeadingComments } from './csv-detect.js';
import { timesetDate } from './csv.js';
import { inspectCsv } from './index.js';
import { failure, open, text } from './test-support.js';

function rowsOf(pieces: string[], delimiter = ','): { rows: [string[], number][]; unterminated: number | undefined } {
  const rows: [string[], number][] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => rows.push([cells, line]), () => {
    throw new Error('too long');
  });
  for (const piece of pieces) tokenizer.push(piece);
  return { rows, unterminated: tokenizer.end() };
}

describe('CSV tokenizer', () => {
  it('ends rows at LF, CRLF and a lone CR, also when CR and LF fall in different pieces', () => {
    expect(rowsOf(['a,b\rc,d\r', '\ne,f\n', 'g'])).toEqual({
      rows: [
        [['a', 'b'], 1],
        [['c', 'd'], 2],
        [['e', 'f'], 3],
        [['g'], 4],
      ],
      unterminated: undefined,
    });
    expect(rowsOf(['a\r', 'b\n'])).toEqual({ rows: [[['a'], 1], [['b'], 2]], unterminated: undefined });
  });

  it('keeps a quote inside an unquoted field, an escaped quote split across pieces, and empty fields', () => {
    expect(rowsOf(['5" pipe,"say "', '"hi""",,x\n'])).toEqual({ rows: [[['5" pipe', 'say "hi"', '', 'x'], 1]], unterminated: undefined });
    expect(rowsOf(['"ab"', 'c,d\n'])).toEqual({ rows: [[['abc', 'd'], 1]], unterminated: undefined });
    expect(rowsOf([',\n'])).toEqual({ rows: [[['', ''], 1]], unterminated: undefined });
    expect(rowsOf(['"', '"\n'])).toEqual({ rows: [[[''], 1]], unterminated: undefined });
  });

  it('counts the lines inside quoted fields and reports where an unclosed quote began', () => {
    expect(rowsOf(['id,note\n1,"two\nlines"\n2,"open\nstill'])).toEqual({
      rows: [
        [['id', 'note'], 1],
        [['1', 'two\nlines'], 2],
        [['2', 'open\nstill'], 4],
      ],
      unterminated: 4,
    });
    expect(rowsOf(['x\n']).rows).toEqual([[['x'], 1]]);
    expect(rowsOf(['']).rows).toEqual([]);
    expect(rowsOf(['a;b|c\n'], ';').rows).toEqual([[['a', 'b|c'], 1]]);
  });

  it('tokenizes a sample, dropping a cut-off last row when asked', () => {
    expect(tokenize('a,b\nc,d', ',')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', 'd'], line: 2 },
    ]);
    expect(tokenize('a,b\nc,d', ',', true)).toEqual([{ cells: ['a', 'b'], line: 1 }]);
  });
});

describe('CSV shape', () => {
  it('names empty and repeated header cells', () => {
    expect(headerNames(['', 'name', ' name ', 'name', ' '])).toEqual(['column 1', 'name', 'name (2)', 'name (3)', 'column 5']);
  });

  it('picks the delimiter that splits lines most consistently, the earlier one on a tie, and a comma when none splits', () => {
    expect(detectDelimiter('a;b;c\nd;e;f\ng,h;i;j\n')).toBe(';');
    expect(detectDelimiter('a\tb|c\nd\te|f\n')).toBe('\t');
    expect(detectDelimiter('one\ntwo\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
    // Commas split 2 of 3 lines into 2 cells; pipes split all 3 into 2.
    expect(detectDelimiter('a|b\nc,d|e\nf|g,h,i\n')).toBe('|');
  });

  it('finds id, label and kind columns of a nodes table, never the same column twice', () => {
    expect(detectShape('Name,Type,Notes\nAna,person,x\n', undefined)).toMatchObject({ role: 'nodes', mapping: { nodes: { id: 'Name', label: 'Name', kind: 'Type' }, edges: {} } });
    expect(detectShape('node_id,title,category\n1,A,b\n', undefined).mapping.nodes).toEqual({ id: 'node_id', label: 'title', kind: 'category' });
    expect(detectShape('Label,Kind\nx,y\n', undefined).mapping.nodes).toEqual({ id: 'Label', label: 'Label', kind: 'Kind' });
  });

  it('finds source, target, relation and label columns of an edges table, and honours the user\'s names', () => {
    expect(detectShape('from,to,type,name\na,b,c,d\n', undefined)).toMatchObject({ role: 'edges', hasHeader: true, mapping: { edges: { source: 'from', target: 'to', relation: 'type', label: 'name' }, nodes: {} } });
    expect(detectShape(':START_ID,:END_ID,:TYPE\n1,2,KNOWS\n', undefined).mapping.edges).toEqual({ source: ':START_ID', target: ':END_ID', relation: ':TYPE' });
    expect(detectShape('subject,object,kind,label\na,b,c,d\n', undefined).mapping.edges).toEqual({ source: 'subject', target: 'object', relation: 'kind', label: 'label' });
    // The user's mapping names the columns: a nodes table even though it has from/to columns.
    expect(detectShape('from,to,who\na,b,c\n', { nodes: { id: 'who' } })).toMatchObject({ role: 'nodes', mapping: { nodes: { id: 'who' } } });
    expect(detectShape('x,y,z\n1,2,3\n', { edges: { source: 'z', target: 'x' } })).toMatchObject({ role: 'edges', mapping: { edges: { source: 'z', target: 'x' } } });
  });

  it('reads a header-less numeric list as edges with a weight third', () => {
    expect(detectShape('1;2;0.5\n3;4;1\n', undefined)).toMatchObject({ delimiter: ';', hasHeader: false, columns: ['column 1', 'column 2', 'weight'], role: 'edges', mapping: { edges: { source: 'column 1', target: 'column 2' } } });
    expect(detectShape('1,2\n3,4,5,6\n', undefined).columns).toEqual(['column 1', 'column 2', 'weight', 'column 4']);
  });

  it('skips leading # and % comment lines only', () => {
    expect(skipLeadingComments('# a\n% b\nx,y\n# not a comment\n')).toEqual({ body: 'x,y\n# not a comment\n', skipped: 2 });
    expect(skipLeadingComments('x\n')).toEqual({ body: 'x\n', skipped: 0 });
    expect(skipLeadingComments('# only')).toEqual({ body: '', skipped: 1 });
  });

  it('suggests a kind from a table\'s file name', () => {
    expect(['Officers.csv', 'data/Entities_mini.csv', 'C:\\leak\\addresses.csv', 'people-2020.csv', 'nodes.csv', 'ab.csv', 'x.csv'].map(kindFromFileName)).toEqual(['person', 'organisation', 'place', 'person', undefined, undefined, undefined]);
  });

  it('takes the kind from the file name only, past words that are not kinds, without its last extension, skipping two-letter words', () => {
    // The folder does not count; a dotted stem keeps its inner parts; "tv" (media) is too short to be meant.
    expect(['entities/officers.csv', 'leak\\entities\\officers.csv', '2024.entities.csv', 'icij-officers.csv', 'tv-companies.csv'].map(kindFromFileName)).toEqual(['person', 'person', 'organisation', 'person', 'organisation']);
  });

  it('reads a Gephi time set\'s first interval as a date, open ends dropped', () => {
    expect(['[2016-02-03, 2016-02-04]', '<[2018, 2020]; [2021, 2022]>', '[2016-03-04, Infinity]', '[-Infinity, 2016-02-04]', '[2019]', 'no interval', '[]'].map(timesetDate)).toEqual([
      '2016-02-03/2016-02-04',
      '2018/2020',
      '2016-03-04',
      '2016-02-04',
      '2019',
      undefined,
      undefined,
    ]);
  });
});

describe('CSV import details', () => {
  it('reads a nodes table with kinds, a file-name kind hint and time sets, and cells a spreadsheet neutralised', async () => {
    const officers = text('Officers.csv', "id,name,note,interval\n1,'=Ana,'@home,\"[2015, 2016]\"\n2,Bo,'plain,\n,nobody,,\n");
    const { dataset, warnings } = await open([officers]);
    const { graph } = dataset;
    expect(graph.nodes()).toEqual(['1', '2']);
    expect(graph.getNodeAttributes('1')).toMatchObject({ label: '=Ana', kind: 'person', date: '2015/2016', extra: { note: '@home', interval: '[2015, 2016]' } });
    // A ' before ordinary text is part of the text.
    expect(graph.getNodeAttribute('2', 'extra')).toEqual({ note: "'plain" });
    expect(warnings).toEqual(['1 node has no id and was skipped (first: line 4)']);
  });

  it('reads relation and label columns of an edges table, and line numbers after skipped comments', async () => {
    const csv = '# exported\nsource,target,relation,label,amount\na,b,employee of,Clerk,12\nb,,owns,,\nc,a,unheard of,,3.5\n';
    const { dataset, warnings } = await open([text('e.csv', csv)]);
    const { graph } = dataset;
    expect(graph.mapEdges((_e, a, s, t) => [s, t, a.relation, a.label ?? null, a.extra ?? null])).toEqual([
      ['a', 'b', 'works_for', 'Clerk', { amount: 12, relation: 'employee of' }],
      ['c', 'a', 'related_to', null, { amount: 3.5, relation: 'unheard of' }],
    ]);
    expect(warnings).toEqual(['1 row has an empty source or target and was skipped (first: line 4)']);
  });

  it('names a missing column of the user\'s mapping, and an edges mapping without both ends', async () => {
    const nodes = text('n.csv', 'id,name\n1,A\n');
    expect((await failure(open([nodes], { csv: { nodes: { id: 'id', label: 'title' } } }))).message).toBe('io/import/csv: n.csv: has no column "title" for the node labels (its columns are: id, name)');
    expect((await failure(open([nodes], { csv: { nodes: { id: 'id', kind: 'type' } } }))).message).toBe('io/import/csv: n.csv: has no column "type" for the node kinds (its columns are: id, name)');
    expect((await failure(open([nodes], { csv: { nodes: { id: 'key' } } }))).message).toBe('io/import/csv: n.csv: has no column "key" for the node ids (its columns are: id, name)');
    const edges = text('e.csv', 'from,to\na,b\n');
    expect((await failure(open([edges], { csv: { edges: { source: 'from', target: 'to', label: 'what' } } }))).message).toBe('io/import/csv: e.csv: has no column "what" for the edge labels (its columns are: from, to)');
    expect((await failure(open([edges], { csv: { edges: { source: 'from', target: 'dest' } } }))).message).toMatch(/^io\/import\/csv: e\.csv: has no column "dest" for the edge targets/);
    expect((await failure(open([edges], { csv: { edges: { source: 'orig', target: 'to' } } }))).message).toMatch(/^io\/import\/csv: e\.csv: has no column "orig" for the edge sources/);
  });

  it('names the graph after its edges table and reads the nodes table first, whatever the order given', async () => {
    const { dataset, warnings } = await open([text('links.csv', 'source,target\np1,p2\n'), text('people.csv', 'id,label\np1,Ann\np2,Bo\n')]);
    expect(dataset.name).toBe('links');
    expect(dataset.graph.mapNodes((id, a) => `${id}:${a.label}`)).toEqual(['p1:Ann', 'p2:Bo']);
    expect(warnings).toEqual([]);
  });
});

describe('CSV preview', () => {
  it('shows five data rows at most, after the header, skipping blank lines', () => {
    const csv = `id,label\n\n${Array.from({ length: 8 }, (_v, i) => `${i},n${i}`).join('\n')}\n`;
    expect(inspectCsv(text('n.csv', csv)).rows).toEqual([['0', 'n0'], ['1', 'n1'], ['2', 'n2'], ['3', 'n3'], ['4', 'n4']]);
    expect(inspectCsv(text('e.csv', '1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n')).rows).toEqual([['1', '2'], ['3', '4'], ['5', '6'], ['7', '8'], ['9', '10']]);
  });

  it('refuses a file of high bytes that is neither UTF-8 nor plausible single-byte text', async () => {
    const noise = Uint8Array.from({ length: 600 }, (_v, i) => 0x80 + (i % 0x80));
    expect(await failure(open([{ name: 'noise.csv', bytes: noise }]))).toMatchObject({ code: 'bad_file', message: expect.stringContaining('noise.csv: is not a text graph file (it is neither UTF-8 nor single-byte text)') });
  });

  it('says which encoding it read, Windows-1252 with a warning, and honours a chosen one', () => {
    const latin = Uint8Array.from('id,label\n1,M\u00fcller\n', (c) => c.charCodeAt(0));
    const inspection = inspectCsv({ name: 'w.csv', bytes: latin });
    expect([inspection.encoding, inspection.rows, inspection.warnings.length]).toEqual(['windows-1252', [['1', 'Müller']], 1]);
    expect(inspectCsv({ name: 'w.csv', bytes: latin }, { encoding: 'windows-1252' })).toMatchObject({ encoding: 'windows-1252', warnings: [], suggested: { encoding: 'windows-1252', nodes: { id: 'id', label: 'label' } } });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'a,b\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(inspectCsv({ name: 'u.csv', bytes: utf16 }).encoding).toBe('utf-16le');
  });

  it('reads past the 256 KB sample to the first data row when the header is longer', () => {
    const header = Array.from({ length: 30_000 }, (_v, i) => `attribute${i}`).join(',');
    const inspection = inspectCsv(text('wide.csv', `id,${header}\nn1,${'x,'.repeat(5)}\n`));
    expect(inspection.columns).toHaveLength(30_001);
    expect(inspection.rows[0]?.slice(0, 3)).toEqual(['n1', 'x', 'x']);
  });
});
