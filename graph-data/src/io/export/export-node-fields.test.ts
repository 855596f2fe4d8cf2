// A node's date and roles reach every export: the GEXF column titles and values, read back with
// graphology-gexf, and the CSV columns. Values are the ones set on the graph below.
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { Dataset, RedthreadGraph } from '../../service/dataset.js';
import { exportData } from './index.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const ROLES = [{ title: 'Minister of Finance', organisation: 'gov', start: '2014', end: '2016' }];

function dataset(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  graph.addNode('m', { label: 'Minister', kind: 'person', date: '2014-05', roles: ROLES });
  graph.addNode('gov', { label: 'Government', kind: 'agency' });
  return { id: 'roles', name: 'Roles', format: 'redthread', graph, sources: new Map() };
}

describe('node date and roles in exports', () => {
  it('GEXF declares date and roles as text columns and carries their values', async () => {
    const xml = new TextDecoder().decode((await exportData(dataset(), { format: 'gexf' }, { now: NOW })).bytes);
    expect(xml).toMatch(/<attribute id="\d+" title="date" type="string"\/>/);
    expect(xml).toMatch(/<attribute id="\d+" title="roles" type="string"\/>/);
    const g = parseGexf(MultiGraph, xml);
    expect(g.getNodeAttribute('m', 'date')).toBe('2014-05');
    expect(JSON.parse(g.getNodeAttribute('m', 'roles') as string)).toEqual(ROLES);
    expect(g.getNodeAttribute('gov', 'roles')).toBeUndefined();
  });

  it('CSV has date and roles columns', async () => {
    const files = unzipSync((await exportData(dataset(), { format: 'csv' }, { now: NOW })).bytes);
    const [head, first] = strFromU8(files['nodes.csv'] as Uint8Array).split('\r\n');
    const columns = (head ?? '').split(',');
    expect(columns).toContain('date');
    expect(columns).toContain('roles');
    expect(first).toContain(',2014-05,');
  });
});
