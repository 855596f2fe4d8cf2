// The service's indexes after an edit (service/index.ts update: the search index updated for the
// touched nodes, the filter index patched in place or dropped) answer exactly as a service built
// afresh on the edited graph: the second implementation is the full build.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../case/editor.js';
import { commandFor, step } from '../case/random-edits.js';
import type { FilterSpec } from '../contract.js';
import type { Dataset } from './dataset.js';
import { ServiceFailure } from './errors.js';
import { createGraphService, createLiveGraphService, type GraphService, type IndexUpdate } from './index.js';
import { fixtureDataset } from './test-fixture.js';

const FILTERS: FilterSpec[] = [{}, { kinds: ['person', 'group'] }, { statuses: ['alleged'] }, { statuses: ['confirmed', 'denied'], context: 1 }, { relations: ['accuses', 'leads'] }, { dateFrom: '2018', hideUndated: true }, { allegationTypes: ['bribery_corruption'] }, { statuses: ['alleged', 'denied'], keepRelations: true }, { kinds: ['person'], hideUndated: true }];

function queries(dataset: Dataset): string[] {
  const words = new Set(['renamed', 'actor', 'new', 'anna', 'madame', 'x', 'bureau', 'renamd 3']);
  dataset.graph.forEachNode((_id, a) => {
    for (const name of [a.label, ...(a.aliases ?? [])]) words.add(name.split(' ')[0] ?? name);
  });
  return [...words];
}

/** Everything a reader of the indexes sees, ids compared as sets where only order of insertion differs. */
function answers(service: GraphService, dataset: Dataset) {
  const { graph } = service.datasetInfo({});
  const nodes = dataset.graph.nodes();
  return {
    info: { ...service.datasetInfo({}), graph: graph === '' ? '' : 'x' },
    search: queries(dataset).map((query) => service.search({ query, limit: 1000 })),
    filters: FILTERS.map((filter) => ({ view: service.filterView({ filter, nodes }), facets: service.filterFacets({ filter }) })),
    paths: nodes.length >= 2 ? service.allPaths({ from: nodes[0] as string, to: nodes.at(-1) as string, maxLength: 3 }) : null,
    attributes: service.attributes({}),
    degree: service.measures({ measure: 'degree' }),
    communities: service.communities({}),
  };
}

describe('incremental service indexes (property)', () => {
  it('after any sequence of edits, undos and redos, search, filters, facets and paths equal a full rebuild', () => {
    const seen = new Set<IndexUpdate>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 3, maxLength: 40, size: 'max' }), (steps) => {
        const dataset = fixtureDataset();
        const editor = new Editor(dataset, () => '2026-01-01T00:00:00.000Z');
        const live = createLiveGraphService(dataset, { graphId: 'g' });
        for (const s of steps) {
          const command = commandFor(dataset, s);
          if (command === undefined) continue;
          // Half the time the filter index is in use before the edit, so the edit must patch or drop it.
          if (s.a % 2 === 0) live.service.filterFacets({ filter: {} });
          let out;
          try {
            out = command === 'undo' ? editor.undo() : command === 'redo' ? editor.redo() : editor.edit(command);
          } catch (error) {
            if (!(error instanceof ServiceFailure)) throw error;
            continue;
          }
          seen.add(live.update(out.touched));
          expect(answers(live.service, dataset)).toEqual(answers(createGraphService(dataset, { graphId: 'g' }), dataset));
        }
      }),
      { numRuns: 60, seed: 20261130 },
    );
    // Both ways were taken: attribute edits patched the index, structural ones dropped it.
    expect([...seen].sort()).toEqual(['dropped', 'not built', 'patched', 'restructured']);
  }, 120_000);

  it('a rename is found by its new name at once, and the filter index is patched, not rebuilt', () => {
    const dataset = fixtureDataset();
    const editor = new Editor(dataset);
    const live = createLiveGraphService(dataset);
    live.service.filterFacets({ filter: {} });
    const out = editor.edit({ type: 'editNode', id: 'carl', label: 'Carlos Quintero', kind: 'organisation', aliases: ['El Contador'] });
    expect(live.update(out.touched)).toBe('patched');
    expect(live.service.search({ query: 'quintero' }).map((h) => h.id)).toEqual(['carl']);
    expect(live.service.search({ query: 'contador' })).toEqual([{ id: 'carl', label: 'Carlos Quintero', kind: 'organisation', matchedAlias: 'El Contador' }]);
    expect(live.service.search({ query: 'carl' }).map((h) => h.id)).toEqual(['carl']);
    expect(live.service.filterView({ filter: { kinds: ['organisation', 'agency'] }, nodes: dataset.graph.nodes() }).visibleNodes).toEqual(['bureau', 'carl']);
    const deleted = editor.edit({ type: 'deleteNode', id: 'carl' });
    // Carl's role in the Bureau dates him (2016), at an end of the data's date range: only a rebuild knows the new range.
    expect(live.update(deleted.touched)).toBe('dropped');
    expect(live.service.search({ query: 'quintero' })).toEqual([]);
  });
});
