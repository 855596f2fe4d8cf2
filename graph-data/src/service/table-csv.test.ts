// The data table's CSV download: its file name (from the dataset id) and its bytes.
import { describe, expect, it } from 'vitest';
import { tableCsvFile } from './table-csv.js';

const table = { header: ['id', 'aliases', 'age', 'alive'], rows: [['n1', ['A', 'B'], 42, true], ['n2', null, null, false]] };

describe('tableCsvFile', () => {
  it('writes a UTF-8 CSV with a BOM, lists joined by "; " and an empty cell for no value', () => {
    const file = tableCsvFile('case', 'node', table);
    expect(file.mime).toBe('text/csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(file.bytes)).toBe('id,aliases,age,alive\r\nn1,A; B,42,true\r\nn2,,,false\r\n');
  });
  it('names the file after the dataset, one dash for each run of other characters, none at the ends', () => {
    expect(tableCsvFile('import-people', 'node', table).fileName).toBe('import-people-nodes.csv');
    expect(tableCsvFile('My case: 2018 / draft!', 'edge', table).fileName).toBe('My-case-2018-draft-edges.csv');
    expect(tableCsvFile('--case--', 'edge', table).fileName).toBe('case-edges.csv');
    expect(tableCsvFile('(case)', 'node', table).fileName).toBe('case-nodes.csv');
  });
  it('calls a file whose dataset id has no usable character "graph"', () => {
    expect(tableCsvFile('***', 'node', table).fileName).toBe('graph-nodes.csv');
    expect(tableCsvFile('', 'edge', table).fileName).toBe('graph-edges.csv');
  });
});
