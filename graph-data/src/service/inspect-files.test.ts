// inspectFiles: CSV tables come back with their columns, five preview rows and a suggested
// mapping; other formats only name the format.
import { describe, expect, it } from 'vitest';
import { inspectFiles } from './inspect-files.js';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const nodes = file('people.csv', ['Id;Label;Type', ...Array.from({ length: 8 }, (_, i) => `p${i};Person ${i};person`)].join('\n'));
const edges = file('links.csv', 'Source,Target,Relation\np0,p1,knows\np1,p2,knows\n');

describe('inspectFiles', () => {
  it('describes a nodes table and an edges table and suggests their columns', async () => {
    const result = await inspectFiles({ files: [nodes, edges] });
    expect(result.format).toBe('csv');
    const [n, e] = result.csv?.files ?? [];
    expect(n).toMatchObject({ name: 'people.csv', role: 'nodes', delimiter: ';', encoding: 'utf-8', columns: ['Id', 'Label', 'Type'] });
    expect(n?.preview).toHaveLength(5);
    expect(n?.preview[0]).toEqual(['p0', 'Person 0', 'person']);
    expect(e).toMatchObject({ role: 'edges', delimiter: ',', columns: ['Source', 'Target', 'Relation'] });
    expect(result.csv?.suggestion.nodes?.id).toBe('Id');
    expect(result.csv?.suggestion.edges).toMatchObject({ source: 'Source', target: 'Target' });
    // Per-file delimiters differ: the suggestion must not force one on both.
    expect(result.csv?.suggestion.delimiter).toBeUndefined();
  });

  it('names other formats without reading them as tables', async () => {
    await expect(inspectFiles({ files: [file('g.gexf', '<?xml version="1.0"?><gexf><graph/></gexf>')] })).resolves.toEqual({ format: 'gexf' });
    await expect(inspectFiles({ files: [file('g.xml', '<graphml></graphml>')] })).resolves.toEqual({ format: 'graphml' });
    await expect(inspectFiles({ files: [file('g.json', '{"nodes":[]}')] })).resolves.toEqual({ format: 'graphology-json' });
  });
});

describe('inspectFiles: what the open dialog is told', () => {
  const json = (name: string) => file(name, '{"nodes":[]}');
  it('guesses the JSON family from the extension: FollowTheMoney, Cytoscape, else graphology', async () => {
    for (const name of ['people.ftm', 'people.ijson', 'people.ftm.json', 'PEOPLE.FTM.JSON']) {
      await expect(inspectFiles({ files: [json(name)] }), name).resolves.toEqual({ format: 'ftm' });
    }
    await expect(inspectFiles({ files: [json('g.cyjs')] })).resolves.toEqual({ format: 'cytoscape-json' });
    await expect(inspectFiles({ files: [json('ftm.json')] })).resolves.toEqual({ format: 'graphology-json' });
  });
  it('takes the format the user chose over any guess', async () => {
    await expect(inspectFiles({ files: [json('people.ftm')], format: 'cytoscape-json' })).resolves.toEqual({ format: 'cytoscape-json' });
  });
  it('answers for no files at all with the chosen format, else graphology JSON', async () => {
    await expect(inspectFiles({ files: [] })).resolves.toEqual({ format: 'graphology-json' });
    await expect(inspectFiles({ files: [], format: 'gexf' })).resolves.toEqual({ format: 'gexf' });
  });
  it('does not read a table next to a file of another format as a mapping step', async () => {
    // A CSV first: the dialog is told "csv" (the import then names the file it cannot read).
    await expect(inspectFiles({ files: [edges, file('g.gexf', '<gexf/>')] })).resolves.toEqual({ format: 'csv' });
    await expect(inspectFiles({ files: [file('g.gexf', '<gexf/>'), edges] })).resolves.toEqual({ format: 'gexf' });
  });
  it('suggests only the columns of the tables it has: an edges table alone suggests no node columns', async () => {
    const result = await inspectFiles({ files: [edges] });
    expect(Object.keys(result.csv?.suggestion ?? {})).toEqual(['edges']);
    const onlyNodes = await inspectFiles({ files: [nodes] });
    expect(Object.keys(onlyNodes.csv?.suggestion ?? {})).toEqual(['nodes']);
    // With the nodes table first, the edges table after it must not take its suggestion away.
    const both = await inspectFiles({ files: [nodes, edges] });
    expect(Object.keys(both.csv?.suggestion ?? {}).sort()).toEqual(['edges', 'nodes']);
  });
});
