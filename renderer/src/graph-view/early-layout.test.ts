// A large view laid out from the view alone, before Cytoscape has its elements: the places the
// worker starts from, the edges it pulls on, and how the preview colours the nodes.
import { describe, expect, it } from 'vitest';
import type { ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import type { ViewState } from '../state/view-history.js';
import { placedLayoutInput, viewLayoutInput } from './early-layout.js';
import { kindColour } from './palette.js';
import { viewLook } from './preview-look.js';

const node = (id: string, kind: ViewNode['kind'] = 'person'): ViewNode => ({ id, label: id.toUpperCase(), kind, degree: 1 });
const edge = (id: string, source: string, target: string): ViewEdge => ({ id, source, target, relation: 'related_to' });

function view(parts: Partial<ViewState>): ViewState {
  return { graph: 'g', nodes: [], edges: [], hidden: [], positions: {}, reason: '', truncated: false, filter: {}, pinned: [], ...parts };
}

describe('viewLayoutInput', () => {
  it('starts each node from its saved place, else none', () => {
    const v = view({ nodes: [node('a'), node('b'), node('c')], positions: { a: { x: 1, y: 2 }, b: { x: 7, y: 8 } } });
    const input = viewLayoutInput(v);
    expect(input.ids).toEqual(['a', 'b', 'c']);
    expect(Array.from(input.positions)).toEqual([1, 2, 7, 8, NaN, NaN]);
    expect(Array.from(input.fixed)).toEqual([0, 0, 0]);
  });

  it('pulls on every edge between two different nodes of the view, by their index in it', () => {
    const v = view({
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('e1', 'c', 'a'), edge('loop', 'b', 'b'), edge('out', 'a', 'gone'), edge('e2', 'b', 'c')],
    });
    expect(Array.from(viewLayoutInput(v).edges)).toEqual([2, 0, 1, 2]);
  });

  it('starts from places given in view order, without element definitions (a quick placement)', () => {
    const v = view({ nodes: [node('a'), node('b')], edges: [edge('e', 'b', 'a')], positions: { a: { x: 9, y: 9 } } });
    const places = Float32Array.of(1, 2, 3, 4);
    const input = placedLayoutInput(v, places);
    expect(input.ids).toEqual(['a', 'b']);
    // The array itself: its buffer moves to the layout worker, with no copy made here.
    expect(input.positions).toBe(places);
    expect(Array.from(input.positions)).toEqual([1, 2, 3, 4]);
    expect(Array.from(input.edges)).toEqual([1, 0]);
  });
});

describe('viewLook', () => {
  it('colours nodes by kind in the theme, one colour per kind, and leaves hidden nodes out', () => {
    const v = view({ nodes: [node('a', 'person'), node('b', 'agency'), node('c', 'person'), node('d', 'agency')], hidden: ['d'] });
    const look = viewLook(v, 'dark');
    expect(look.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(look.colours).toEqual([kindColour('dark', 'person'), kindColour('dark', 'agency')]);
    const colourOf = Array.from(look.colourOf);
    expect(colourOf.slice(0, 3)).toEqual([0, 1, 0]);
    // Past the colour list: the preview neither draws nor grabs it.
    expect(colourOf[3]).toBeGreaterThanOrEqual(look.colours.length);
  });

  it("draws a graph without kinds in its file's own colours, and a node without one in the kind colour", () => {
    const v = view({ nodes: [{ ...node('a', 'other'), color: '#ff0000' }, node('b', 'other'), { ...node('c', 'other'), color: '#00ff00' }] });
    const look = viewLook(v, 'light');
    expect(look.colours).toEqual(['#ff0000', kindColour('light', 'other'), '#00ff00']);
    expect(Array.from(look.colourOf)).toEqual([0, 1, 2]);
  });

  it('keeps kind colours when the graph has kinds, even where the file gave colours', () => {
    const v = view({ nodes: [{ ...node('a', 'person'), color: '#ff0000' }, node('b', 'other')] });
    expect(viewLook(v, 'light').colours).toEqual([kindColour('light', 'person'), kindColour('light', 'other')]);
  });
});
