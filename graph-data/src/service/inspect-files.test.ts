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
