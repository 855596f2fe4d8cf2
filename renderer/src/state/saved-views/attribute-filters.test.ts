// Attribute filters travel in a saved view's filter without a new document version: a view
// saved before they existed still opens, one with them comes back with them, and a bad one is
// refused naming the field.
import { describe, expect, it } from 'vitest';
import { parseSavedViewJson } from './schema.js';

// A version 2 document as the app wrote it before attribute filters (no `attributes` key).
const OLD_VIEW = {
  format: 'redthread-view',
  version: 2,
  name: 'Before attributes',
  savedAt: '2026-11-01T10:00:00.000Z',
  dataset: { id: 'les_miserables', name: 'Les Misérables' },
  nodes: ['0.0', '1.0'],
  hidden: [],
  pinned: [],
  positions: { '0.0': { x: 1, y: 2 } },
  filter: { kinds: ['other'], dateFrom: '2018' },
  selection: null,
  layout: 'fcose',
  style: { measure: 'degree', sizeBy: false, communities: false },
};

describe('saved views and attribute filters', () => {
  it('open a view saved before attribute filters existed, its filter unchanged', () => {
    const parsed = parseSavedViewJson(JSON.stringify(OLD_VIEW));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.filter).toEqual({ kinds: ['other'], dateFrom: '2018' });
  });

  it('bring attribute filters back as they were saved', () => {
    const filter = {
      attributes: [
        { element: 'node', key: 'authority', range: { min: 0.01, max: 0.05 } },
        { element: 'edge', key: 'weight', builtin: true, range: { min: 2 } },
        { element: 'node', key: 'city', terms: ['Paris', 'Lyon'] },
      ],
    };
    const parsed = parseSavedViewJson(JSON.stringify({ ...OLD_VIEW, filter }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.filter).toEqual(filter);
  });

  it('refuse a malformed attribute filter, naming where it is', () => {
    const parsed = parseSavedViewJson(JSON.stringify({ ...OLD_VIEW, filter: { attributes: [{ element: 'node', key: 'when', range: { min: 'last year' } }] } }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('filter.attributes.0.range');
  });
});
