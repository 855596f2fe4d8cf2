// The Interpol 2018 dataset as shipped: it must validate cleanly (every quote verbatim in
// the article) and keep the coverage the explorer's demo and docs rely on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { buildDataset } from '../../src/io/dataset-loader.js';
import { readDatasetParts } from '../../src/io/dataset-node.js';
import { createGraphService } from '../../src/service/index.js';
import { edgeAttributesSchema, nodeAttributesSchema, serializedGraphSchema, sourcesFileSchema } from '../../src/schema/model.js';
import { validateDataset } from '../../src/schema/validate-dataset.js';
import { ALLEGATION_TYPES } from '../../src/schema/vocabulary.js';
import type { NodeKind } from '../../src/schema/vocabulary.js';

const read = (name: string): string => readFileSync(new URL(name, import.meta.url), 'utf8');
const graphJson: unknown = JSON.parse(read('./graph.json'));
const sourcesJson: unknown = JSON.parse(read('./sources.json'));
const sources = sourcesFileSchema.parse(sourcesJson);
const texts = Object.fromEntries(sources.map((source) => [source.file, read(`./${source.file}`)]));

describe('interpol-2018 dataset', () => {
  it('validates with zero problems', () => {
    expect(validateDataset({ graph: graphJson, sources: sourcesJson, texts })).toEqual([]);
  });

  it('loads through the hosts’ dataset loader, every node placed by the saved layout', async () => {
    const dataset = buildDataset(await readDatasetParts(fileURLToPath(new URL('.', import.meta.url))));
    expect(dataset.graph.order).toBe(serializedGraphSchema.parse(graphJson).nodes.length);
    const view = createGraphService(dataset).initialView({});
    expect(view.nodes.length).toBe(dataset.graph.order);
    expect(view.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y)).length).toBe(dataset.graph.order);
  });

  it('loads again from the same parts (the browser host reopens its bundled copy)', async () => {
    const parts = await readDatasetParts(fileURLToPath(new URL('.', import.meta.url)));
    buildDataset(parts);
    expect(() => buildDataset(parts)).not.toThrow();
    expect(validateDataset({ graph: parts.graph, sources: parts.sources, texts: parts.texts })).toEqual([]);
  });

  const graph = serializedGraphSchema.parse(graphJson);
  const nodes = new Map(graph.nodes.map((node) => [node.key, nodeAttributesSchema.parse(node.attributes)]));
  const edges = graph.edges.map((edge) => edgeAttributesSchema.parse(edge.attributes));

  it('has 40–80 nodes and more edges than nodes', () => {
    expect(nodes.size).toBeGreaterThanOrEqual(40);
    expect(nodes.size).toBeLessThanOrEqual(80);
    expect(edges.length).toBeGreaterThan(nodes.size);
  });

  it('uses every allegation type at least once', () => {
    const used = new Set(edges.flatMap((edge) => (edge.allegation ? [edge.allegation.type] : [])));
    expect([...ALLEGATION_TYPES].filter((type) => !used.has(type))).toEqual([]);
  });

  const people: string[] = [
    'alexander-prokopchuk',
    'meng-hongwei',
    'bill-browder',
    'kim-jong-yang',
    'vince-cable',
    'akhmed-zakayev',
    'alexei-navalny',
    'michael-mcfaul',
    'harriet-baldwin',
    'vladimir-putin',
  ];
  it.each(people)('has %s as a person', (id) => {
    expect(nodes.get(id)?.kind).toBe<NodeKind>('person');
  });
});
