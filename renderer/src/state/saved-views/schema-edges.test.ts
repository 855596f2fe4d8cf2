// What a saved-view file may not hold: a view the user cannot name or find again, ids that
// name nothing, numbers that cannot be drawn. Each refusal says which field is wrong.
import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from '../appearance/settings.js';
import { parseSavedView, parseSavedViewJson, savedViewFileName, type SavedView } from './schema.js';

function view(): SavedView {
  return {
    format: 'redthread-view',
    version: 3,
    name: 'Browder chain',
    savedAt: '2024-05-01T10:00:00.000Z',
    dataset: { id: 'interpol-2018', name: 'Interpol 2018' },
    nodes: ['a', 'b'],
    hidden: [],
    pinned: ['a'],
    positions: { a: { x: 1, y: 2 } },
    filter: {},
    selection: { type: 'node', id: 'a' },
    layout: 'fcose',
    style: { measure: 'none', sizeBy: false, communities: false },
    appearance: { ...DEFAULT_APPEARANCE },
  };
}
const refused = (change: (v: Record<string, unknown>) => void): string => {
  const v = view() as unknown as Record<string, unknown>;
  change(v);
  const parsed = parseSavedView(v);
  return parsed.ok ? 'accepted' : parsed.error;
};

describe('saved-view schema', () => {
  it('accepts a complete view', () => {
    expect(parseSavedView(view())).toEqual({ ok: true, value: view() });
  });

  it.each(['', '   ', '\t\n'])('refuses the blank name %j, saying a view needs a name', (name) => {
    expect(refused((v) => (v.name = name))).toBe('name: a saved view needs a name');
  });

  it('refuses a name past 120 characters', () => {
    expect(refused((v) => (v.name = 'x'.repeat(121)))).toMatch(/^name: /);
    expect(refused((v) => (v.name = 'x'.repeat(120)))).toBe('accepted');
  });

  it.each([
    ['a node id', (v: Record<string, unknown>) => (v.nodes = ['a', ''])],
    ['a hidden id', (v: Record<string, unknown>) => (v.hidden = [''])],
    ['a pinned id', (v: Record<string, unknown>) => (v.pinned = [''])],
    ['a selected id', (v: Record<string, unknown>) => (v.selection = { type: 'edge', id: '' })],
    ['a positioned id', (v: Record<string, unknown>) => (v.positions = { '': { x: 0, y: 0 } })],
    ['the dataset id', (v: Record<string, unknown>) => (v.dataset = { id: '', name: 'x' })],
  ])('refuses an empty id as %s', (_what, change) => {
    expect(refused(change)).not.toBe('accepted');
  });

  it('names the field of an empty id', () => {
    expect(refused((v) => (v.nodes = ['a', '']))).toMatch(/^nodes\.1: /);
    expect(refused((v) => (v.dataset = { id: '', name: 'x' }))).toMatch(/^dataset\.id: /);
  });

  it('refuses positions that cannot be drawn, and unknown fields', () => {
    expect(refused((v) => (v.positions = { a: { x: Number.NaN, y: 0 } }))).toMatch(/^positions\.a\.x: /);
    expect(refused((v) => (v.extra = 1))).not.toBe('accepted');
    expect(refused((v) => (v.layout = 'spiral'))).toMatch(/^layout: /);
    expect(refused((v) => (v.savedAt = 'yesterday'))).toMatch(/^savedAt: /);
  });

  it('lists at most three problems, then counts the rest', () => {
    const error = refused((v) => {
      v.name = '';
      v.nodes = [''];
      v.hidden = [''];
      v.pinned = [''];
      v.layout = 'spiral';
    });
    expect(error.split('; ')).toHaveLength(3);
    expect(error).toMatch(/ \(and 2 more problems\)$/);
  });

  it('says what is wrong with a file that is not a saved view', () => {
    expect(parseSavedViewJson('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON \(/) });
    expect(parseSavedViewJson('[]')).toEqual({ ok: false, error: 'expected one saved view (a JSON object)' });
    expect(parseSavedViewJson('null')).toEqual({ ok: false, error: 'expected one saved view (a JSON object)' });
    expect(parseSavedViewJson('{"format":"other"}')).toEqual({ ok: false, error: 'not a Redthread saved view (format should be "redthread-view")' });
    expect(parseSavedViewJson('{"format":"redthread-view"}')).toMatchObject({ ok: false, error: expect.stringMatching(/^version: /) });
  });

  it('names exported files after the view, safely', () => {
    expect(savedViewFileName({ name: 'Browder / Interpol: 2018?' })).toBe('Browder - Interpol- 2018-.redthread-view.json');
    expect(savedViewFileName({ name: '***' })).toBe('-.redthread-view.json');
    expect(savedViewFileName({ name: '   ' })).toBe('view.redthread-view.json');
    expect(savedViewFileName({ name: 'é'.repeat(100) })).toBe(`${'é'.repeat(80)}.redthread-view.json`);
  });
});

describe('saved-view schema, more edges', () => {
  it('says "the file" when the whole document is the wrong type', () => {
    expect(parseSavedView(5)).toMatchObject({ ok: false, error: expect.stringMatching(/^the file: /) });
  });

  it('lists exactly three problems without a "more" note', () => {
    const error = refused((v) => {
      v.name = '';
      v.nodes = [''];
      v.hidden = [''];
    });
    expect(error.split('; ')).toHaveLength(3);
    expect(error).not.toContain('more problems');
  });

  it('refuses JSON that is a number or a string as not one saved view', () => {
    expect(parseSavedViewJson('5')).toEqual({ ok: false, error: 'expected one saved view (a JSON object)' });
    expect(parseSavedViewJson('"view"')).toEqual({ ok: false, error: 'expected one saved view (a JSON object)' });
  });

  it('accepts a selected edge', () => {
    expect(refused((v) => (v.selection = { type: 'edge', id: 'e1' }))).toBe('accepted');
  });

  it('folds runs of spaces in a file name', () => {
    expect(savedViewFileName({ name: 'a   b  c' })).toBe('a b c.redthread-view.json');
  });
});
