// @vitest-environment happy-dom
// Looks that come from an attribute (issue #13's edits on imported graphs): renaming a node keeps
// the values the service gave for the view's nodes, rather than dropping every node's colour and
// label until the same values are asked for and come back.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttributeCatalog, DatasetInfo, ViewNode } from '../../../../graph-data/src/contract.js';
import { DEFAULT_APPEARANCE } from '../../state/appearance/settings.js';
import { edited } from '../../state/id-index.js';
import type { ViewState } from '../../state/view-history.js';
import { useAppearance } from './use-appearance.js';

afterEach(cleanup);

const catalog: AttributeCatalog = {
  graph: 'g',
  node: [{ key: 'city', builtin: false, type: 'string', count: 3, distinct: 3 }],
  edge: [],
};
const node = (id: string, label = id): ViewNode => ({ id, label, kind: 'other', degree: 0 });
const viewOf = (nodes: ViewNode[]) => ({ graph: 'g', nodes, edges: [] }) as unknown as ViewState;
const info = { kinds: {} } as unknown as DatasetInfo;

describe('useAppearance with labels from an attribute', () => {
  it('a renamed node leaves the labels on screen and asks the service nothing again', async () => {
    const call = vi.fn((method: string, args: { ids?: string[] }) =>
      Promise.resolve(method === 'attributes' ? catalog : method === 'attributeValues' ? { values: (args.ids ?? []).map((id) => `${id} city`) } : null),
    );
    const settings = { ...DEFAULT_APPEARANCE, labelBy: 'attr:city' };
    const first = viewOf([node('a'), node('b'), node('c')]);
    const { result, rerender } = renderHook(({ view }) => useAppearance(call as never, view, info, 'light', settings), { initialProps: { view: first } });
    await act(async () => undefined);
    expect(result.current.draw?.nodeLabels?.get('b')).toBe('b city');
    const asked = call.mock.calls.filter(([method]) => method === 'attributeValues').length;

    // An edit replaces the renamed node's object in place (view-patch.ts does it through `edited`).
    const renamed = viewOf(edited(first.nodes, { replaced: new Map([[1, node('b', 'Bee')]]), removed: new Set(), added: [] }));
    rerender({ view: renamed });
    expect(result.current.draw?.nodeLabels?.get('b')).toBe('b city');
    expect(result.current.draw?.pending).toBe(false);
    await act(async () => undefined);
    expect(call.mock.calls.filter(([method]) => method === 'attributeValues')).toHaveLength(asked);
  });
});
