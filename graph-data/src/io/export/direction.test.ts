// An exported file says who accuses whom the same way round as the graph: each edge's
// source and target, read back with an independent XML parser (@xmldom/xmldom), with
// graphology's own GEXF/GraphML readers, and with our importer.
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../import/index.js';
import { fixtureDataset } from '../../service/test-fixture.js';
import { exportData } from './index.js';

const NOW = new Date('2026-11-27T10:00:00Z');
// From the fixture: e1 anna → bureau (leads), e2 bjorn → anna (accuses), e3 carl → bureau (works_for).
const EXPECTED = { e1: ['anna', 'bureau'], e2: ['bjorn', 'anna'], e3: ['carl', 'bureau'] };

function xmlEdges(bytes: Uint8Array): Record<string, string[]> {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
  const edges = Array.from(doc.getElementsByTagName('edge'));
  return Object.fromEntries(edges.map((e) => [e.getAttribute('id') ?? '', [e.getAttribute('source') ?? '', e.getAttribute('target') ?? '']]));
}

describe('exported edge direction', () => {
  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format}: source and target as in the graph`, async () => {
      const { bytes } = await exportData(fixtureDataset(), { format }, { now: NOW });
      expect(xmlEdges(bytes)).toEqual(EXPECTED);

      const xml = new TextDecoder().decode(bytes);
      const theirs = format === 'gexf' ? parseGexf(MultiDirectedGraph, xml) : parseGraphml(MultiDirectedGraph, xml);
      expect(Object.fromEntries(theirs.mapEdges((e, _a, s, t) => [e, [s, t]]))).toEqual(EXPECTED);
      expect(theirs.type).toBe('directed');

      const ours = (await importGraph({ files: [{ name: `x.${format}`, bytes }], maxBytes: 1e7, signal: { cancelled: false }, onProgress: () => undefined })).dataset.graph;
      expect(Object.fromEntries(ours.mapEdges((e, _a, s, t) => [e, [s, t]]))).toEqual(EXPECTED);
      expect(ours.getEdgeAttribute('e2', 'extra')?.undirected).toBeUndefined();
    });
  }
});
